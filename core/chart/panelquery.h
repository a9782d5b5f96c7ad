#pragma once

#include <QList>
#include <QString>

namespace pc {

/// One query of a chart, as a Grafana panel has several: its PromQL and how its series are
/// named (`legendFormat`, legendformat.h; empty names them by the labels that vary). Not to be
/// confused with a scrape target (ScrapeTarget), which Prometheus scrapes. A plain value.
struct PanelQuery
{
    QString promql;
    QString legendFormat;
    QString refId = {};  // Grafana's "A", "B": overrides matched byFrameRefID find it by it

    friend bool operator==(const PanelQuery &a, const PanelQuery &b)
    {
        return a.promql == b.promql && a.legendFormat == b.legendFormat && a.refId == b.refId;
    }
};

}  // namespace pc
