#include "annotationsources.h"

#include "chart/legendformat.h"
#include "dashboard/grafanaannotation.h"
#include "format/displayformat.h"
#include "load/loadplan.h"
#include "load/loadreport.h"
#include "load/loadspec.h"
#include "prometheus/promalerts.h"
#include "prometheus/promresponse.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringBuilder>

#include <cmath>

namespace pc::AnnotationSources {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("pc::AnnotationSources", text, nullptr, n);
}

QString labelsText(const QMap<QString, QString> &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != QLatin1String("alertname"))
            parts.append(it.key() % u'=' % it.value());
    }
    return parts.join(QStringLiteral(", "));
}

Annotation alertMarker(const PromAlert &alert, Annotation::Kind kind, qint64 atMs)
{
    Annotation a;
    a.kind = kind;
    a.startMs = atMs;
    const QString state = kind == Annotation::Kind::AlertPending  ? tr("pending")
                          : kind == Annotation::Kind::AlertFiring ? tr("firing")
                                                                  : tr("resolved");
    //: %1 an alert's name, %2 pending, firing or resolved
    a.title = tr("Alert %1 %2").arg(alert.name, state);
    QStringList lines;
    if (!alert.summary().isEmpty())
        lines.append(alert.summary());
    const QString labels = labelsText(alert.labels);
    if (!labels.isEmpty())
        lines.append(labels);
    a.text = lines.join(u'\n');
    a.tags = {QStringLiteral("alert"), alert.name};
    return a;
}

QHash<QString, PromAlert> byIdentity(const QList<PromAlert> &alerts)
{
    QHash<QString, PromAlert> map;
    for (const PromAlert &alert : alerts) {
        QStringList key;
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
            key.append(it.key() % u'\x1f' % it.value());
        map.insert(alert.name % u'\x1e' % key.join(u'\x1e'), alert);
    }
    return map;
}

}  // namespace

Annotation appStarted(qint64 atMs, const QString &version)
{
    Annotation a;
    a.kind = Annotation::Kind::AppStart;
    a.startMs = atMs;
    a.title = tr("Prom Companion started");
    a.text = tr("Version %1").arg(version);
    a.tags = {QStringLiteral("app")};
    return a;
}

Annotation prometheusStarted(qint64 atMs, bool restart, const QString &how,
                             const QString &description)
{
    Annotation a;
    a.kind = restart ? Annotation::Kind::PrometheusRestart : Annotation::Kind::PrometheusStart;
    a.startMs = atMs;
    a.title = restart ? tr("Prometheus restarted") : tr("Prometheus started");
    QStringList lines;
    if (!how.isEmpty())
        //: %1 how it stopped: "crashed", "exited with code 1"
        lines.append(tr("It had stopped: %1.").arg(how));
    if (!description.isEmpty())
        lines.append(description);
    a.text = lines.join(u'\n');
    a.tags = {QStringLiteral("prometheus")};
    return a;
}

namespace {

/// A load run's figures, one a line: mode, routes or URL, asked, achieved.
QStringList loadRunLines(const LoadPlan &plan, double achievedRate)
{
    const QString routes = plan.url.isEmpty() ? tr("Routes: %1").arg(routeMixName(plan.mix))
                                              : tr("URL: %1").arg(plan.url.toString());
    return {tr("Mode: %1").arg(LoadReport::modeName(plan.mode)), routes,
            tr("Asked: %1").arg(LoadReport::askedText(plan)),
            tr("Achieved: %1")
                .arg(DisplayFormat::value(achievedRate, DisplayFormat::Unit::RequestsPerSecond))};
}

}  // namespace

Annotation loadRun(const LoadRunSummary &run)
{
    Annotation a;
    a.kind = Annotation::Kind::LoadRun;
    a.id = QStringLiteral("run-") % QString::number(run.startedMsecsSinceEpoch);
    a.startMs = run.startedMsecsSinceEpoch;
    a.endMs = run.startedMsecsSinceEpoch + std::max<qint64>(1, run.elapsedUs / 1000);
    const LoadPlan &plan = run.plan;
    //: %1 the mode: single, burst or rate
    a.title = tr("Load run: %1").arg(LoadReport::askedText(plan));
    QStringList lines = loadRunLines(plan, run.achievedRate());
    lines.append(tr("Requests sent: %1 (%2 answered, %3 errors)")
                     .arg(run.sent)
                     .arg(run.answered())
                     .arg(run.errorCount()));
    if (run.stopped)
        lines.append(tr("Stopped before its planned end"));
    a.text = lines.join(u'\n');
    a.tags = {QStringLiteral("load"), LoadReport::modeName(plan.mode)};
    return a;
}

Annotation loadRunInProgress(const LoadPlan &plan, qint64 startedMs, qint64 nowMs,
                             const LoadStats &stats)
{
    Annotation a;
    a.kind = Annotation::Kind::LoadRun;
    a.id = QStringLiteral("run-") % QString::number(startedMs);
    a.startMs = startedMs;
    a.endMs = std::max(startedMs + 1, nowMs);
    //: %1 what was asked: "burst of 100", "50 req/s for 10 s"
    a.title = tr("Load run in progress: %1").arg(LoadReport::askedText(plan));
    const double seconds = double(*a.endMs - startedMs) / 1000.0;
    QStringList lines = loadRunLines(plan, double(stats.succeeded + stats.failed) / seconds);
    // Failed counts the requests lost as well as the error answers: the summary at the end
    // tells them apart.
    lines.append(tr("Requests sent so far: %1 (%2 succeeded, %3 failed)")
                     .arg(stats.sent)
                     .arg(stats.succeeded)
                     .arg(stats.failed));
    a.text = lines.join(u'\n');
    a.tags = {QStringLiteral("load"), LoadReport::modeName(plan.mode)};
    return a;
}

QList<Annotation> alertChanges(const QList<PromAlert> &previous, const QList<PromAlert> &current,
                               qint64 nowMs)
{
    const QHash<QString, PromAlert> before = byIdentity(previous);
    const QHash<QString, PromAlert> now = byIdentity(current);
    QList<Annotation> changes;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const PromAlert &alert = it.value();
        const auto was = before.constFind(it.key());
        const bool wasPending = was != before.cend() && was->state == PromAlert::State::Pending;
        const bool wasFiring = was != before.cend() && was->state == PromAlert::State::Firing;
        if (alert.state == PromAlert::State::Pending && !wasPending && !wasFiring) {
            const qint64 at = alert.activeAt.isValid() ? alert.activeAt.toMSecsSinceEpoch() : nowMs;
            changes.append(alertMarker(alert, Annotation::Kind::AlertPending, std::min(at, nowMs)));
        } else if (alert.state == PromAlert::State::Firing && !wasFiring) {
            changes.append(alertMarker(alert, Annotation::Kind::AlertFiring, nowMs));
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const bool gone =
            !now.contains(it.key()) || now.value(it.key()).state == PromAlert::State::Inactive;
        if (gone && it->state == PromAlert::State::Firing)
            changes.append(alertMarker(*it, Annotation::Kind::AlertResolved, nowMs));
    }
    std::stable_sort(changes.begin(), changes.end(), [](const Annotation &a, const Annotation &b) {
        return a.startMs < b.startMs;
    });
    return changes;
}

QList<Annotation> fromQuery(const PromQueryResult &result, const GrafanaAnnotationQuery &query)
{
    const qint64 stepMs = qint64(query.stepDuration().count()) * 1000;
    QStringList tagKeys;
    for (const QString &key : query.tagKeys.split(u',', Qt::SkipEmptyParts))
        tagKeys.append(key.trimmed());
    QList<Annotation> out;
    for (const PromSeries &series : result.series) {
        QStringList tags;
        for (const QString &key : std::as_const(tagKeys)) {
            const QString value = series.labels.value(key);
            if (!value.isEmpty())
                tags.append(value);
        }
        Annotation a;
        a.kind = Annotation::Kind::Query;
        a.title = query.titleFormat.isEmpty()
                      ? query.name
                      : expandLegendFormat(query.titleFormat, series.labels);
        a.text = expandLegendFormat(query.textFormat, series.labels);
        if (query.textFormat.isEmpty())
            a.text.clear();
        a.tags = tags;
        a.colour = query.iconColor;
        std::optional<Annotation> open;
        for (const PromSample &sample : series.samples) {
            if (!(sample.value > 0))
                continue;
            if (open && open->lastMs() + stepMs >= sample.timestampMs) {
                open->endMs = sample.timestampMs;
                continue;
            }
            if (open)
                out.append(*open);
            open = a;
            open->startMs = sample.timestampMs;
            open->endMs = sample.timestampMs;
        }
        if (open)
            out.append(*open);
    }
    for (Annotation &annotation : out) {
        // A region of one sample is a marker, as Grafana draws it.
        if (annotation.endMs == annotation.startMs)
            annotation.endMs.reset();
        annotation.id =
            query.name % u'@' % QString::number(annotation.startMs) % u'#' % annotation.title;
    }
    return out;
}

}  // namespace pc::AnnotationSources
