#pragma once

#include "annotation.h"

#include <QList>

#include <chrono>

namespace pc {

struct GrafanaAnnotationQuery;
struct LoadPlan;
struct LoadRunSummary;
struct LoadStats;
struct PromAlert;
struct PromQueryResult;

/// What becomes an annotation, as pure functions: the app's start, the managed Prometheus's
/// starts, load runs, alerts changing state, and the answer of a dashboard's annotation query.
/// Stateless; any thread.
namespace AnnotationSources {

/// A marker: the app started (its version in the text).
Annotation appStarted(qint64 atMs, const QString &version);
/// A marker: the managed Prometheus is ready; `restart` after it had stopped (`how` it
/// stopped, as "crashed", or empty).
Annotation prometheusStarted(qint64 atMs, bool restart, const QString &how,
                             const QString &description);
/// A span over a finished load run, with its mode, routes (or URL), asked rate or count,
/// achieved rate and requests sent.
Annotation loadRun(const LoadRunSummary &run);
/// The run in progress, planned as `plan` and started at `startedMs`, as a span up to `nowMs`
/// with its figures so far; replaced by loadRun() once it is over.
Annotation loadRunInProgress(const LoadPlan &plan, qint64 startedMs, qint64 nowMs,
                             const LoadStats &stats);
/// Markers for the alerts that went pending, firing or resolved between two answers of
/// `/api/v1/alerts` (an alert is its label set): pending and firing at the time the answer
/// gives (activeAt) when it is within the last poll, else at `nowMs`; resolved at `nowMs`.
QList<Annotation> alertChanges(const QList<PromAlert> &previous, const QList<PromAlert> &current,
                               qint64 nowMs);
/// Annotations from a dashboard annotation query's range answer, as Grafana's Prometheus data
/// source makes them: per series, its samples above zero, grouped into one span while they are
/// at most `step` apart (a lone one is a marker); the title from `titleFormat` (the entry's
/// name when empty), the text from `textFormat`, the tags from the values of `tagKeys`.
QList<Annotation> fromQuery(const PromQueryResult &result, const GrafanaAnnotationQuery &query);

}  // namespace AnnotationSources

}  // namespace pc
