#pragma once

#include "dashboard/grafanapanel.h"
#include "dashboard/variableinterpolation.h"

#include <QList>

namespace pc {

/// The values a variable's selection stands for, one copy of a repeated panel each: the
/// selected values, or every option when "All" is selected. Pure.
QStringList repeatValues(const VariableSelection &selection);

/// A dashboard's panels with Grafana's repeats made, as Grafana lays them out:
/// - a row with `repeat` is copied, with its panels, once per value of the variable, each copy
///   under the one before;
/// - a panel with `repeat` is copied once per value: side by side, each
///   max(24 / copies, 24 / maxPerRow) columns wide and wrapping to a new line, or stacked when
///   `repeatDirection` is "v"; the panels below it in its row move down to make room.
/// Each copy holds its value in `scopedVars` and has that value in its title (`CPU $node` →
/// `CPU web-1`). A panel whose variable has no value here, or is not a variable of
/// `selections`, is kept once as it is. Panels are in the input's order, a row's copies
/// each followed by their panels. Pure.
QList<GrafanaPanel> expandRepeats(const QList<GrafanaPanel> &panels,
                                  const VariableSelections &selections);

/// `selections` with each of `scopedVars` standing for its one value, as a repeated copy's
/// queries see them. Pure.
VariableSelections withScopedVars(VariableSelections selections,
                                  const QHash<QString, QString> &scopedVars);

}  // namespace pc
