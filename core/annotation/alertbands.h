#pragma once

#include "annotation.h"
#include "prometheus/promreply.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <variant>

namespace pc {

class PromClient;
class TimeRange;
struct PromQueryResult;

/// The spans of alerts, or one sentence saying why the answer holds none that can be read.
using AlertBandsOutcome = std::variant<QList<Annotation>, QString>;

/// Where each alert instance was pending or firing, from a range answer of
/// `ALERTS{alertname="…"}` asked at `step` over a range ending at `rangeEndMs`: Prometheus
/// writes a series per instance and state (`alertstate`), worth 1 while in that state. A
/// sample missing for more than 1.5 steps ends a span, which then lasts a step past its last
/// sample; a span still there at the end of the range runs to it. NaN and zero samples are no
/// samples. Each span is an Annotation of kind AlertPending (amber) or AlertFiring (red) titled
/// "HighLatency firing", its text the instance's labels and its time span; sorted by start.
/// Anything but a range answer of ALERTS series is an error. Pure.
AlertBandsOutcome alertBands(const PromQueryResult &answer, std::chrono::seconds step,
                             qint64 rangeEndMs);
/// alertBands() of a raw `/api/v1/query_range` answer, parse errors as sentences. Pure.
AlertBandsOutcome alertBands(const QByteArray &body, int httpStatus, std::chrono::seconds step,
                             qint64 rangeEndMs);
/// `ALERTS{alertname="X"}` for one alert, `ALERTS{alertname=~"X|Y"}` for several (the names
/// matched literally), escaped as a PromQL string. Pure.
QString alertsSelector(const QStringList &alertNames);

/// Asks Prometheus for the ALERTS series of some alerts over a TimeRange, once per refreshNow()
/// (a chart calls it each time its own lines are asked for, so that the bands cost one range
/// query per refresh, whatever the number of lines), and delivers the bands. Owns its reply: a
/// new round cancels the one in flight. Neither the client nor the range is owned. GUI thread.
class AlertBandsPoller : public QObject
{
    Q_OBJECT
public:
    AlertBandsPoller(PromClient *client, TimeRange *range, QObject *parent = nullptr);

    /// The alerts whose bands are asked for; none: updated() with no bands.
    void setAlertNames(const QStringList &names);
    const QStringList &alertNames() const { return m_names; }
    /// The step asked for, at least a second (the chart's own step keeps them in line).
    void setStep(std::chrono::seconds step) { m_step = std::max(step, std::chrono::seconds(1)); }
    std::chrono::seconds step() const { return m_step; }

    void refreshNow();
    const QList<Annotation> &bands() const { return m_bands; }

signals:
    void updated(const QList<pc::Annotation> &bands);
    /// Prometheus could not be asked, or its answer could not be read.
    void failed(const QString &message);

private:
    void onFinished();

    PromClient *m_client;
    TimeRange *m_range;
    QStringList m_names;
    std::chrono::seconds m_step{15};
    qint64 m_roundEndMs = 0;
    std::chrono::seconds m_roundStep{15};
    PromReplyPtr m_reply;
    QList<Annotation> m_bands;
};

}  // namespace pc
