#include "panelfidelity.h"

#include <QCoreApplication>
#include <QStringList>

namespace pc {
PanelFidelity PanelFidelity::of(const GrafanaPanel &panel)
{
    using Kind = GrafanaPanel::Kind;
    if (panel.kind == Kind::Row)
        return {};
    if (!panel.datasource.isPrometheus()) {
        //: %1 is a data source's name, %2 its type, such as loki
        return {State::NotDrawn, QCoreApplication::translate(
                                     "pc::PanelFidelity",
                                     "its data source \u201c%1\u201d is of type %2, not Prometheus")
                                     .arg(panel.datasource.name, panel.datasource.type)};
    }
    if (panel.kind != Kind::TimeSeries && panel.kind != Kind::Stat && panel.kind != Kind::Gauge
        && panel.kind != Kind::BarGauge) {
        //: %1 is a Grafana panel type, such as table
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
    for (const GrafanaQuery &query : panel.queries) {
        if (!query.hidden && query.instant) {
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
