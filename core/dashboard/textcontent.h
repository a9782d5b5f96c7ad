#pragma once

#include "dashboard/variableinterpolation.h"

#include <QString>

namespace pc {

/// A text panel's content with the dashboard's variables in it, as Grafana's text panel puts
/// them before it renders markdown or HTML: each variable's value HTML-escaped, the values of a
/// multi-value or All selection joined by ", " (Grafana's `html` format), so that a value can
/// neither add markup nor break the page. Unknown names are left as written. Pure.
QString textPanelContent(const QString &content, const VariableSelections &selections);

}  // namespace pc
