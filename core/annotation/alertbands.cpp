#include "alertbands.h"

#include "chart/timerange.h"
#include "prometheus/alertrule.h"
#include "prometheus/promclient.h"
#include "prometheus/promresponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>

namespace pc {

namespace {

QString labelLines(const QMap<QString, QString> &labels)
{
    QStringList lines;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != QLatin1String("alertname") && it.key() != QLatin1String("alertstate")
            && it.key() != QLatin1String("__name__"))
            lines.append(it.key() % QStringLiteral("=\"") % it.value() % u'"');
    }
    return lines.join(u'\n');
}

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss"));
}

Annotation band(const PromSeries &series, bool firing, qint64 startMs, qint64 endMs, bool toTheEnd)
{
    Annotation a;
    a.kind = firing ? Annotation::Kind::AlertFiring : Annotation::Kind::AlertPending;
    // As Grafana's alert state history colours them: pending #FF9830, alerting #F2495C.
    a.colour = firing ? QStringLiteral("#f2495c") : QStringLiteral("#ff9830");
    const QString name = series.labels.value(QStringLiteral("alertname"));
    //: %1 is an alert's name
    a.title = (firing ? QCoreApplication::translate("pc::AlertBands", "%1 firing")
                      : QCoreApplication::translate("pc::AlertBands", "%1 pending"))
                  .arg(name);
    a.startMs = startMs;
    a.endMs = endMs;
    const QString span = promDuration(std::chrono::seconds((endMs - startMs) / 1000));
    //: %1 and %2 are clock times, %3 a duration such as 3m30s
    QString when = QCoreApplication::translate("pc::AlertBands", "From %1 to %2 (%3)")
                       .arg(clock(startMs), clock(endMs), span);
    if (toTheEnd)
        when = firing ? QCoreApplication::translate("pc::AlertBands",
                                                    "From %1, still firing at %2 (%3 so far)")
                            .arg(clock(startMs), clock(endMs), span)
                      : QCoreApplication::translate("pc::AlertBands",
                                                    "From %1, still pending at %2 (%3 so far)")
                            .arg(clock(startMs), clock(endMs), span);
    const QString labels = labelLines(series.labels);
    a.text = labels.isEmpty() ? when : labels % u'\n' % when;
    a.tags = {QStringLiteral("alert"), name,
              firing ? QStringLiteral("firing") : QStringLiteral("pending")};
    QStringList identity;
    for (auto it = series.labels.cbegin(); it != series.labels.cend(); ++it)
        identity.append(it.key() % u'=' % it.value());
    a.id = QStringLiteral("alert-band:") % identity.join(u',') % u'@' % QString::number(startMs);
    return a;
}

/// One series' spans: runs of samples no more than 1.5 steps apart.
void addSpans(const PromSeries &series, bool firing, qint64 stepMs, qint64 rangeEndMs,
              QList<Annotation> *bands)
{
    const qint64 maxGap = stepMs * 3 / 2;
    qint64 start = -1;
    qint64 last = -1;
    auto close = [&] {
        if (start < 0)
            return;
        const bool toTheEnd = rangeEndMs - last <= maxGap;
        const qint64 end = toTheEnd ? std::max(rangeEndMs, last) : last + stepMs;
        bands->append(band(series, firing, start, end, toTheEnd));
        start = -1;
    };
    for (const PromSample &sample : series.samples) {
        if (!std::isfinite(sample.value) || sample.value == 0)
            continue;
        if (start >= 0 && sample.timestampMs - last > maxGap)
            close();
        if (start < 0)
            start = sample.timestampMs;
        last = sample.timestampMs;
    }
    close();
}

}  // namespace

AlertBandsOutcome alertBands(const PromQueryResult &answer, std::chrono::seconds step,
                             qint64 rangeEndMs)
{
    if (answer.type != PromQueryResult::Type::Matrix)
        return QCoreApplication::translate(
            "pc::AlertBands", "The answer for the alert's states is not a range of samples.");
    const qint64 stepMs = std::max<qint64>(1000, qint64(step.count()) * 1000);
    QList<Annotation> bands;
    for (const PromSeries &series : answer.series) {
        const QString state = series.labels.value(QStringLiteral("alertstate"));
        if (state != QLatin1String("pending") && state != QLatin1String("firing")) {
            //: %1 is what the series' alertstate label says
            return QCoreApplication::translate(
                       "pc::AlertBands",
                       "A series of the answer is no ALERTS series: its alertstate is "
                       "\u201c%1\u201d, not pending or firing.")
                .arg(state);
        }
        addSpans(series, state == QLatin1String("firing"), stepMs, rangeEndMs, &bands);
    }
    std::stable_sort(bands.begin(), bands.end(), [](const Annotation &a, const Annotation &b) {
        return a.startMs < b.startMs;
    });
    return bands;
}

AlertBandsOutcome alertBands(const QByteArray &body, int httpStatus, std::chrono::seconds step,
                             qint64 rangeEndMs)
{
    const PromQueryOutcome outcome = parseQueryResponse(body, httpStatus);
    if (const PromError *error = std::get_if<PromError>(&outcome))
        return error->message;
    return alertBands(std::get<PromQueryResult>(outcome), step, rangeEndMs);
}

QString alertsSelector(const QStringList &alertNames)
{
    QString value;
    if (alertNames.size() == 1) {
        value = alertNames.first();
    } else {
        QStringList patterns;
        for (const QString &name : alertNames)
            patterns.append(QRegularExpression::escape(name));
        value = patterns.join(u'|');
    }
    value.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return (alertNames.size() == 1 ? QStringLiteral("ALERTS{alertname=\"")
                                   : QStringLiteral("ALERTS{alertname=~\""))
           % value % QStringLiteral("\"}");
}

AlertBandsPoller::AlertBandsPoller(PromClient *client, TimeRange *range, QObject *parent)
    : QObject(parent), m_client(client), m_range(range)
{
}

void AlertBandsPoller::setAlertNames(const QStringList &names)
{
    if (names == m_names)
        return;
    m_names = names;
    m_reply.reset();
    m_bands.clear();
    emit updated(m_bands);
}

void AlertBandsPoller::refreshNow()
{
    if (m_names.isEmpty() || !m_client)
        return;
    const auto [from, to] = m_range->range();
    m_roundEndMs = to;
    m_roundStep = m_step;
    m_reply = m_client->queryRange(alertsSelector(m_names), QDateTime::fromMSecsSinceEpoch(from),
                                   QDateTime::fromMSecsSinceEpoch(to), m_step);
    connect(m_reply.get(), &PromReply::finished, this, &AlertBandsPoller::onFinished);
}

void AlertBandsPoller::onFinished()
{
    const PromReplyPtr reply = std::move(m_reply);
    if (reply->error()) {
        emit failed(reply->error()->message);
        return;
    }
    AlertBandsOutcome outcome = alertBands(reply->queryResult(), m_roundStep, m_roundEndMs);
    if (const QString *error = std::get_if<QString>(&outcome)) {
        emit failed(*error);
        return;
    }
    m_bands = std::get<QList<Annotation>>(std::move(outcome));
    emit updated(m_bands);
}

}  // namespace pc
