#pragma once

#include "chart/alertpreview.h"
#include "chart/chartseries.h"
#include "format/displayformat.h"
#include "seriescolours.h"

#include <QWidget>

#include <chrono>

namespace pc::app {

/// The small chart of a rule's preview: the expression's lines over a time range, the
/// threshold drawn across them (two lines for "outside"), and the spans where the condition
/// held shaded behind. Draws only what it is given; palette-aware. GUI thread.
class AlertPreviewPlot : public QWidget
{
    Q_OBJECT
public:
    explicit AlertPreviewPlot(QWidget *parent = nullptr);

    void setRange(qint64 fromMs, qint64 toMs);
    void setUnit(pc::DisplayFormat::Unit unit)
    {
        m_unit = unit;
        update();
    }
    /// The expression's lines, asked at `step`: a gap of more than three steps is not joined.
    void setSeries(const QList<pc::ChartSeries> &series, std::chrono::seconds step);
    /// The thresholds, in the expression's unit; empty: none drawn.
    void setThresholds(const QList<double> &values);
    void setSpans(const QList<pc::TimeSpan> &spans);
    const QList<pc::TimeSpan> &spans() const { return m_spans; }
    const QList<double> &thresholds() const { return m_thresholds; }
    int seriesCount() const { return int(m_series.size()); }

    QSize sizeHint() const override { return {520, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::pair<double, double> valueRange() const;

    QList<pc::ChartSeries> m_series;
    QList<double> m_thresholds;
    QList<pc::TimeSpan> m_spans;
    SeriesColours m_colours;
    pc::DisplayFormat::Unit m_unit = pc::DisplayFormat::Unit::Count;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 1;
    qint64 m_stepMs = 1000;
};

}  // namespace pc::app
