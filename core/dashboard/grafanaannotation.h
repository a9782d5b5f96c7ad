#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace pc {

/// One entry of a dashboard's `annotations.list` that asks Prometheus: its PromQL and how
/// Grafana's Prometheus data source turns the answer into annotations (`step`, `titleFormat`,
/// `textFormat`, `tagKeys`). Grafana's built-in "Annotations & Alerts" entry and entries of
/// other data sources are not read. A plain value.
struct GrafanaAnnotationQuery
{
    QString name;
    QString expr;
    QString step;         // "60s", or empty for Grafana's default
    QString titleFormat;  // "{{alertname}}"; empty: the entry's name
    QString textFormat;
    QString tagKeys;    // comma-separated label names whose values become tags
    QString iconColor;  // as Grafana writes it: "red", "#ff0000", "rgba(…)"
    bool enabled = true;
    bool hidden = false;

    /// `step` as a duration, Grafana's 60 s when empty or unreadable, never under a second.
    std::chrono::seconds stepDuration() const;

    /// The Prometheus entries of the dashboard root's `annotations.list`, in order: those
    /// whose `datasource` `isPrometheus` says is one (as a panel's is resolved). Pure.
    static QList<GrafanaAnnotationQuery> readList(
        const QJsonObject &root, const std::function<bool(const QJsonValue &)> &isPrometheus);
};

}  // namespace pc
