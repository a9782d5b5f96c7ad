#pragma once

#include "dashboard/grafanapanel.h"

#include <QString>

namespace pc {

/// How faithfully the app draws a panel: as Grafana would, approximately (and what differs),
/// or not at all (and why). One place that every view and the dashboard check ask, so that
/// what a renderer cannot do is said, never silently dropped. A plain value.
struct PanelFidelity
{
    enum class State { Drawn, Approximated, NotDrawn };
    State state = State::Drawn;
    QString note;  // what is approximated or why it is not drawn; empty when drawn

    /// The verdict for one panel of a dashboard (rows are not panels: Drawn). Pure.
    static PanelFidelity of(const GrafanaPanel &panel);
    /// "drawn", "approximated: …" or "not drawn: …", as --check-dashboard prints it.
    QString text() const;
};

}  // namespace pc
