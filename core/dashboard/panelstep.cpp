#include "panelstep.h"

#include "prometheus/promresponse.h"

#include <algorithm>

namespace pc {

namespace {

std::chrono::seconds intervalOf(const QString &written, const VariableSelections &selections)
{
    QString text = interpolateVariables(written, selections).trimmed();
    if (text.startsWith(u'>'))  // Grafana's "at least", the meaning of every min interval here
        text.remove(0, 1);
    const auto duration = parsePromDuration(text);
    return duration ? std::chrono::ceil<std::chrono::seconds>(*duration) : std::chrono::seconds(0);
}

}  // namespace

PanelStep PanelStep::of(const GrafanaPanel &panel, const VariableSelections &selections)
{
    PanelStep step;
    step.minimum = intervalOf(panel.interval, selections);
    step.maxPoints = std::max(0, panel.maxDataPoints);
    for (const GrafanaQuery &query : panel.queries) {
        if (query.hidden)
            continue;
        step.minimum = std::max(step.minimum, intervalOf(query.interval, selections));
        step.factor = std::max(step.factor, query.intervalFactor);
    }
    return step;
}

}  // namespace pc
