#pragma once

#include "chart/liveview.h"

#include <QWidget>

#include <chrono>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QStringListModel;

namespace pc {
class TimeRange;
}

namespace pc::app {

class ComparePicker;

/// The live chart's controls, as Prometheus's graph page has them: what to chart (the
/// tutorial's total, the rate by code, or any PromQL with completion from the query history
/// and the metric names), the window, stacking, pan, an absolute range, back to live, and Open
/// in Prometheus. Moves the TimeRange it is given (not owned) itself; the rest it signals.
/// GUI thread.
class ExploreBar : public QWidget
{
    Q_OBJECT
public:
    explicit ExploreBar(pc::TimeRange *range, QWidget *parent = nullptr);

    pc::LiveView view() const;
    /// The PromQL typed in the field (the custom view's query).
    QString customPromql() const;
    /// Shows `view`, and `promql` in the field; emits viewChanged().
    void setView(pc::LiveView view, const QString &promql = {});
    /// Selects the window among the choices (1 min, 5 min, 15 min, 1 h).
    void setWindow(std::chrono::seconds window);
    bool isStacked() const;
    /// Compare: off, 1 h, 1 d, 1 w ago or a custom offset.
    ComparePicker *comparePicker() const { return m_compare; }
    /// Completion: the history first, then every metric name Prometheus has.
    void setMetricNames(const QStringList &names);
    /// The PromQL charted now: the field starts from it when the custom view is chosen.
    void setCurrentPromql(const QString &promql) { m_currentPromql = promql; }

public slots:
    /// Asks for an absolute time range in a dialog.
    void chooseTimeRange();

signals:
    /// The view or the custom query changed: chart it.
    void viewChanged();
    void stackedChanged(bool stacked);
    /// The custom view was chosen: completion wants the metric names.
    void metricNamesWanted();
    void openInPrometheusRequested();
    /// One sentence for the status bar: why a range was not taken.
    void message(const QString &text);

private:
    QWidget *createViewControls();
    QWidget *createRangeControls();
    QWidget *createQueryControls();
    void onViewChosen();
    void run();
    void updateCompletions();

    pc::TimeRange *m_range;
    QComboBox *m_view;
    QComboBox *m_window;
    QCheckBox *m_stacked;
    QPushButton *m_live;
    ComparePicker *m_compare;
    QLineEdit *m_promql;
    QPushButton *m_run;
    QStringListModel *m_completions;
    QStringList m_metricNames;
    QString m_currentPromql;
};

}  // namespace pc::app
