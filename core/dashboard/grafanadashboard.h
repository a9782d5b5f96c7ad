#pragma once

#include "grafanaannotation.h"
#include "grafanapanel.h"
#include "grafanavariable.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>
#include <variant>

namespace pc {

struct GrafanaDashboard;

/// Why a dashboard could not be read: one sentence for the user.
struct GrafanaDashboardError
{
    QString message;
};

using GrafanaDashboardOutcome = std::variant<GrafanaDashboard, GrafanaDashboardError>;

/// A Grafana dashboard JSON read into plain values: what the app's Dashboard view draws. Reads
/// the classic JSON, Grafana's "export for sharing" form (its `__inputs` datasource
/// placeholders such as `${DS_PROMETHEUS}` resolved to their plugin type) and the API's
/// `{"dashboard": …}` wrapper; a Grafana 12 v2 resource is refused with how to export it.
/// Panels are in the file's order; a row's panels follow it, collapsed or not. A plain value.
struct GrafanaDashboard
{
    QString uid;
    QString title;
    QString timeFrom = QStringLiteral("now-6h");  // `time.from`, Grafana's default when absent
    QString timeTo = QStringLiteral("now");
    QString refresh;  // "5s", or empty for no auto-refresh
    QList<GrafanaPanel> panels;
    QList<GrafanaVariable> variables;           // `templating.list`, in order
    QList<GrafanaAnnotationQuery> annotations;  // `annotations.list`'s Prometheus entries

    /// The window of a relative range "now-<duration>" to "now" (`now-15m` → 15 min); empty
    /// for an absolute or rounded range (`now-1d/d`).
    std::optional<std::chrono::milliseconds> timeRange() const;
    /// The auto-refresh interval; empty when there is none or it does not read as a duration.
    std::optional<std::chrono::milliseconds> refreshInterval() const;

    /// Reads a dashboard from its JSON. Fails with a sentence when the text is not JSON, not
    /// an object, or has no `panels` list, or when a panel or target is not an object. Pure.
    static GrafanaDashboardOutcome parse(const QByteArray &json);
    /// parse() of a file; the sentence names the file.
    static GrafanaDashboardOutcome fromFile(const QString &path);
    /// The dashboard shipped in resources/grafana/dashboards/prom-companion.json, as embedded
    /// in the core library: the one file both Grafana and the app read.
    static GrafanaDashboardOutcome shipped();
};

}  // namespace pc
