#include "panelrepeats.h"

#include <algorithm>

namespace pc {

namespace {

constexpr int GridColumns = 24;

VariableSelection single(const QString &value)
{
    VariableSelection selection;
    selection.values = {value};
    return selection;
}

GrafanaPanel scopedCopy(const GrafanaPanel &panel, const QString &variable, const QString &value)
{
    GrafanaPanel copy = panel;
    copy.scopedVars.insert(variable, value);
    VariableSelections own;
    for (auto it = copy.scopedVars.cbegin(); it != copy.scopedVars.cend(); ++it)
        own.insert(it.key(), single(it.value()));
    copy.title = interpolateVariables(panel.title, own);
    return copy;
}

// The values `variable` repeats over for `panel`: its own when a repeated row already chose
// one for it.
QStringList valuesFor(const GrafanaPanel &panel, const VariableSelections &selections)
{
    if (const auto scoped = panel.scopedVars.constFind(panel.repeat);
        scoped != panel.scopedVars.cend())
        return {scoped.value()};
    const auto selection = selections.constFind(panel.repeat);
    return selection == selections.cend() ? QStringList() : repeatValues(selection.value());
}

// Rows first: each repeated row becomes one section per value, its panels scoped by it.
QList<GrafanaPanel> expandRows(const QList<GrafanaPanel> &panels,
                               const VariableSelections &selections)
{
    QList<GrafanaPanel> out;
    for (qsizetype i = 0; i < panels.size();) {
        qsizetype end = i + 1;
        while (end < panels.size() && panels[end].kind != GrafanaPanel::Kind::Row)
            ++end;
        const GrafanaPanel &first = panels[i];
        const QStringList values = first.kind == GrafanaPanel::Kind::Row && !first.repeat.isEmpty()
                                       ? valuesFor(first, selections)
                                       : QStringList();
        if (values.isEmpty()) {
            out.append(panels.mid(i, end - i));
            i = end;
            continue;
        }
        int bottom = first.gridPos.y + 1;
        for (qsizetype p = i + 1; p < end; ++p)
            bottom = std::max(bottom, panels[p].gridPos.y + panels[p].gridPos.h);
        const int height = bottom - first.gridPos.y;
        for (int k = 0; k < int(values.size()); ++k) {
            for (qsizetype p = i; p < end; ++p) {
                GrafanaPanel copy = scopedCopy(panels[p], first.repeat, values[k]);
                copy.gridPos.y += k * height;
                if (p == i)
                    copy.repeat.clear();
                out.append(copy);
            }
        }
        i = end;
    }
    return out;
}

// Lays the copies of `panel` out from its place; returns how far the panels below move down.
int layOutCopies(const GrafanaPanel &panel, const QStringList &values, QList<GrafanaPanel> *copies)
{
    const int n = int(values.size());
    const int width = std::clamp(
        std::max(GridColumns / n, GridColumns / std::max(1, panel.maxPerRow)), 1, GridColumns);
    int x = 0;
    int y = panel.gridPos.y;
    for (int k = 0; k < n; ++k) {
        GrafanaPanel copy = scopedCopy(panel, panel.repeat, values[k]);
        copy.repeat.clear();
        if (panel.repeatVertical) {
            copy.gridPos.y = y;
            y += panel.gridPos.h;
        } else {
            if (x + width > GridColumns) {
                x = 0;
                y += panel.gridPos.h;
            }
            copy.gridPos = {x, y, width, panel.gridPos.h};
            x += width;
        }
        copies->append(copy);
    }
    const int bottom = copies->last().gridPos.y + panel.gridPos.h;
    return bottom - (panel.gridPos.y + panel.gridPos.h);
}

}  // namespace

QStringList repeatValues(const VariableSelection &selection)
{
    return selection.all ? selection.allOptions : selection.values;
}

QList<GrafanaPanel> expandRepeats(const QList<GrafanaPanel> &panels,
                                  const VariableSelections &selections)
{
    QList<GrafanaPanel> out = expandRows(panels, selections);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const GrafanaPanel panel = out[i];
        if (panel.kind == GrafanaPanel::Kind::Row || panel.repeat.isEmpty())
            continue;
        const QStringList values = valuesFor(panel, selections);
        if (values.isEmpty())
            continue;
        QList<GrafanaPanel> copies;
        const int below = layOutCopies(panel, values, &copies);
        // Only the panels of its own row move: each row lays out under its own header.
        qsizetype start = i;
        while (start > 0 && out[start - 1].kind != GrafanaPanel::Kind::Row)
            --start;
        for (qsizetype j = start; j < out.size() && out[j].kind != GrafanaPanel::Kind::Row; ++j) {
            if (j != i && out[j].gridPos.y > panel.gridPos.y)
                out[j].gridPos.y += below;
        }
        out.remove(i);
        for (qsizetype k = 0; k < copies.size(); ++k)
            out.insert(i + k, copies[k]);
        i += copies.size() - 1;
    }
    return out;
}

VariableSelections withScopedVars(VariableSelections selections,
                                  const QHash<QString, QString> &scopedVars)
{
    for (auto it = scopedVars.cbegin(); it != scopedVars.cend(); ++it)
        selections.insert(it.key(), single(it.value()));
    return selections;
}

}  // namespace pc
