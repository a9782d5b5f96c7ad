#pragma once

#include "prometheus/alertcondition.h"
#include "prometheus/promreply.h"

#include <QDateTime>
#include <QWidget>

#include <chrono>
#include <optional>

class QLabel;

namespace pc {
class AlertBandsPoller;
class PromClient;
class RangePoller;
class TimeRange;
}  // namespace pc

namespace pc::app {

class ChartWidget;

/// An alerting rule's chart, as Grafana shows an alert rule's query with its state history: the
/// rule's expression over a time range, its threshold as a dashed red line, and where each of
/// its alert's instances was pending (amber) or firing (red), from the ALERTS series, as bands
/// on the chart. Opened from the rules view, the alerts list and a notification's Show action.
/// Given only the alert's name, it asks `/api/v1/rules` for the rule. Owns its range and
/// pollers; the client is not owned. A top-level window. GUI thread.
class AlertChartWindow : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        pc::PromClient *client = nullptr;
        QString alertName;
        /// The rule's expression and threshold; none: asked from `/api/v1/rules` by name.
        std::optional<pc::AlertCondition> condition;
        std::chrono::seconds forDuration{0};
        /// How much of the recent past is shown, following the present.
        std::chrono::seconds window = std::chrono::hours(1);
    };

    explicit AlertChartWindow(const Options &options, QWidget *parent = nullptr);
    ~AlertChartWindow() override;

    QString alertName() const { return m_options.alertName; }
    /// The rule's expression and bounds, once known.
    const std::optional<pc::AlertCondition> &condition() const { return m_options.condition; }
    /// Shows the last `window`, following the present.
    void showRecent(std::chrono::seconds window);
    /// How much of the past shows an alert active since `activeAt`: a little before it went
    /// pending, three times as long as it has been active and at least 15 minutes; an hour
    /// when `activeAt` is unknown. Pure.
    static std::chrono::seconds windowAround(const QDateTime &activeAt, const QDateTime &now);

    ChartWidget *chart() const { return m_chart; }
    pc::TimeRange *timeRange() const { return m_range; }
    pc::RangePoller *poller() const { return m_poller; }
    pc::AlertBandsPoller *bandsPoller() const { return m_bands; }
    /// What the line under the title says: a failure, or empty.
    QString problem() const;

    /// The chart's annotation layer of the bands.
    static constexpr const char *BandsLayer = "alerts";

private:
    void askForRule();
    void applyCondition();
    void showProblem(const QString &text);

    Options m_options;
    pc::TimeRange *m_range;
    pc::RangePoller *m_poller;
    pc::AlertBandsPoller *m_bands;
    QLabel *m_heading;
    QLabel *m_problem;
    ChartWidget *m_chart;
    pc::PromReplyPtr m_rulesReply;
};

}  // namespace pc::app
