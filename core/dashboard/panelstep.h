#pragma once

#include "dashboard/grafanapanel.h"
#include "dashboard/variableinterpolation.h"

#include <chrono>

namespace pc {

/// What a panel's query options ask of the step of its range queries, as Grafana reads them:
/// the panel's "Min interval" and each query's `interval` (`30s`, `>1m`, or a variable that
/// stands for one), `maxDataPoints`, and the legacy `intervalFactor` (a step that many times
/// coarser). A plain value.
struct PanelStep
{
    std::chrono::seconds minimum{0};  // 0: no floor of the panel's own
    int maxPoints = 0;                // 0: one point per pixel
    int factor = 1;

    /// The panel's options, variables in them interpolated with `selections`; what does not
    /// read as a duration is left out. When queries ask for different intervals the coarsest
    /// wins: one step serves all of a panel's queries here. Pure.
    static PanelStep of(const GrafanaPanel &panel, const VariableSelections &selections);
};

}  // namespace pc
