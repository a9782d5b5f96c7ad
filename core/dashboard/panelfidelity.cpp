#include "panelfidelity.h"

#include "dashboard/heatmapoptions.h"
#include "dashboard/statreducer.h"
#include "dashboard/tablecolumns.h"
#include "dashboard/transformations.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace pc {

namespace {

// What the field config and the legend ask for that is not drawn as Grafana would.
QStringList fieldConfigNotes(const GrafanaPanel &panel)
{
    QStringList notes = panel.fields.approximations();
    if (!panel.unit.recognized)
        //: %1 is a Grafana unit id, such as lengthmm
        notes.append(QCoreApplication::translate("pc::PanelFidelity",
                                                 "the unit %1 is shown as a plain number")
                         .arg(panel.unit.name));
    if (!isKnownStatReducer(panel.reducer) && panel.kind != GrafanaPanel::Kind::TimeSeries)
        //: %1 is a Grafana reducer id, such as stdDev
        notes.append(
            QCoreApplication::translate("pc::PanelFidelity", "the %1 calculation is not computed")
                .arg(panel.reducer));
    if (panel.kind != GrafanaPanel::Kind::TimeSeries)
        return notes;
    QStringList unknownCalcs;
    for (const QString &calc : panel.legend.calcs) {
        if (!isKnownStatReducer(calc))
            unknownCalcs.append(calc);
    }
    if (!unknownCalcs.isEmpty())
        //: %1 lists Grafana reducer ids, such as stdDev, p95
        notes.append(
            QCoreApplication::translate("pc::PanelFidelity", "legend calculations not computed: %1")
                .arg(unknownCalcs.join(QStringLiteral(", "))));
    for (const FieldOverride &entry : panel.fields.overrides) {
        const bool ownUnit =
            std::any_of(entry.properties.cbegin(), entry.properties.cend(),
                        [](const FieldProperty &property) { return property.id == u"unit"; });
        if (ownUnit) {
            notes.append(QCoreApplication::translate(
                "pc::PanelFidelity", "series with a unit of their own share the panel's axis"));
            break;
        }
    }
    return notes;
}

bool isDrawnKind(GrafanaPanel::Kind kind)
{
    using Kind = GrafanaPanel::Kind;
    return kind == Kind::TimeSeries || kind == Kind::Stat || kind == Kind::Gauge
           || kind == Kind::BarGauge || kind == Kind::Table || kind == Kind::Text
           || kind == Kind::Heatmap;
}

// What a table draws otherwise than Grafana: transformations, reducers and field properties.
QStringList tableGaps(const GrafanaPanel &panel)
{
    QStringList gaps;
    for (const GrafanaTransformation &t : GrafanaTransformation::listFrom(panel.transformations)) {
        if (!t.disabled && !isKnownTransformation(t.id))
            //: %1 is a Grafana transformation's id, such as calculateField
            gaps.append(
                QCoreApplication::translate("pc::PanelFidelity", "transformation %1 not applied")
                    .arg(t.id));
        if (t.disabled || t.id != u"reduce")
            continue;
        for (const QString &reducer :
             t.options.value(QLatin1String("reducers")).toVariant().toStringList()) {
            if (!isKnownTableReducer(reducer))
                //: %1 is a reducer's id, such as median
                gaps.append(QCoreApplication::translate("pc::PanelFidelity",
                                                        "the %1 calculation is left empty")
                                .arg(reducer));
        }
    }
    for (const QString &property : TablePanelOptions::fromPanel(panel).unsupportedProperties())
        //: %1 is a Grafana field property or cell display mode, such as mappings or lcd-gauge
        gaps.append(
            QCoreApplication::translate("pc::PanelFidelity", "%1 not applied").arg(property));
    return gaps;
}

QStringList textGaps(const GrafanaPanel &panel)
{
    static const QRegularExpression image(QStringLiteral(R"(<img\b|!\[[^\]]*\]\()"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString content = panel.options.value(QLatin1String("content")).toString();
    if (image.match(content).hasMatch())
        return {QCoreApplication::translate("pc::PanelFidelity", "images are not loaded")};
    return {};
}

}  // namespace

PanelFidelity PanelFidelity::of(const GrafanaPanel &panel)
{
    using Kind = GrafanaPanel::Kind;
    if (panel.kind == Kind::Row)
        return {};
    if (panel.kind == Kind::Text) {  // no data to ask for, whatever its data source
        const QStringList gaps = textGaps(panel);
        return gaps.isEmpty() ? PanelFidelity()
                              : PanelFidelity{State::Approximated, gaps.join(QStringLiteral("; "))};
    }
    if (!panel.datasource.isPrometheus()) {
        //: %1 is a data source's name, %2 its type, such as loki
        return {State::NotDrawn, QCoreApplication::translate(
                                     "pc::PanelFidelity",
                                     "its data source \u201c%1\u201d is of type %2, not Prometheus")
                                     .arg(panel.datasource.name, panel.datasource.type)};
    }
    if (!isDrawnKind(panel.kind)) {
        //: %1 is a Grafana panel type, such as piechart
        return {State::NotDrawn,
                QCoreApplication::translate("pc::PanelFidelity",
                                            "the \u201c%1\u201d panel type is not drawn yet")
                    .arg(panel.type)};
    }
    QStringList missing;
    if (panel.kind == Kind::BarGauge && !panel.displayMode.isEmpty()
        && panel.displayMode != u"basic")
        //: %1 is a bar gauge's display mode: gradient or lcd
        missing.append(
            QCoreApplication::translate("pc::PanelFidelity", "the %1 bars are drawn as basic ones")
                .arg(panel.displayMode));
    if (panel.kind == Kind::Table)
        missing.append(tableGaps(panel));
    if (panel.kind == Kind::Heatmap)
        missing.append(HeatmapOptions::fromPanel(panel).unsupported);
    if (panel.kind == Kind::TimeSeries || panel.kind == Kind::Stat || panel.kind == Kind::Gauge
        || panel.kind == Kind::BarGauge)
        missing.append(fieldConfigNotes(panel));
    for (const GrafanaQuery &query : panel.queries) {
        // A table asks instant queries as such; charts draw them over the range.
        if (!query.hidden && query.instant && panel.kind != Kind::Table) {
            missing.append(QCoreApplication::translate("pc::PanelFidelity",
                                                       "instant queries are drawn over the range"));
            break;
        }
    }
    if (missing.isEmpty())
        return {};
    return {State::Approximated, missing.join(QStringLiteral("; "))};
}

QString PanelFidelity::text() const
{
    switch (state) {
    case State::Drawn:
        return QCoreApplication::translate("pc::PanelFidelity", "drawn");
    case State::Approximated:
        //: %1 says what differs from Grafana
        return QCoreApplication::translate("pc::PanelFidelity", "approximated: %1").arg(note);
    case State::NotDrawn:
        //: %1 says why
        return QCoreApplication::translate("pc::PanelFidelity", "not drawn: %1").arg(note);
    }
    return {};
}

}  // namespace pc
