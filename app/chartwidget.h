#pragma once

#include "annotation/annotation.h"
#include "chart/chartseries.h"
#include "chart/seriesstyle.h"
#include "format/displayformat.h"
#include "plotitem.h"
#include "seriescolours.h"

#include <QHash>
#include <QWidget>

#include <chrono>
#include <optional>

class QCategoryAxis;
class QChart;
class QGraphicsSimpleTextItem;
class QLabel;
class QSplitter;
class QTableView;

namespace pc {
class TimeRange;
}

namespace pc::app {

class AnnotationLayer;
class ChartView;
class LegendModel;

/// A time series chart, as Grafana's time series panel and Prometheus's graph page draw one: a
/// line per series (identity: the full label set) and optionally the app's own dashed line,
/// units on a round-ticked axis, a legend that hides or isolates lines, a hover crosshair
/// listing every value, drag to zoom, pan and back to live on the shared TimeRange (not
/// owned), PNG and CSV export. It draws what it is given; the live chart and every dashboard
/// time series panel feed it from their pollers. GUI thread.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    /// Table: name, last, min, max and mean, sortable (the live chart). List: name and last
    /// value, with tighter margins (a dashboard panel). Hidden: no legend.
    enum class LegendMode { Table, List, Hidden };

    explicit ChartWidget(pc::TimeRange *range, QWidget *parent = nullptr);

    void setLegendMode(LegendMode mode);
    /// What the y axis measures ("requests"); its unit symbol is added. Empty: no title.
    void setAxisTitle(const QString &title);
    /// Draws every value in `unit`, after multiplying it by `scale` (a Grafana `ms` panel's
    /// seconds are 0.001).
    void setUnit(pc::DisplayFormat::Unit unit, double scale = 1.0);
    pc::DisplayFormat::Unit unit() const { return m_unit; }
    void setStacked(bool stacked);

    /// A Grafana panel's axis bounds, in the values' unit before setUnit()'s scale: soft ones
    /// widen the axis to reach them, hard ones (`min`, `max`) fix it.
    struct ValueBounds
    {
        std::optional<double> softMin;
        std::optional<double> softMax;
        std::optional<double> min;
        std::optional<double> max;
    };
    void setValueBounds(const ValueBounds &bounds);
    /// Threshold steps drawn behind the lines, values before setUnit()'s scale.
    void setThresholds(const QList<PlotItem::Threshold> &steps, PlotItem::ThresholdStyle style);
    /// A Grafana legend: `calcs` as columns (Grafana's ids: mean, max, lastNotNull, …; empty
    /// keeps last, min, max and mean), on the right or at the bottom, sorted by a calc's
    /// column title or "Name", as `options.legend` says.
    struct LegendOptions
    {
        QStringList calcs;
        bool right = false;
        QString sortBy;
        bool sortDesc = false;
    };
    void setLegendOptions(const LegendOptions &options);

    /// An answer: the lines to draw (scaled by setUnit()'s scale) and the step they were asked
    /// at, which bounds how far the hover reaches for a point.
    void setSeries(const QList<pc::ChartSeries> &series, std::chrono::seconds step = {});
    /// setSeries() with how each series is drawn (`styles` parallel to `series`), as a
    /// dashboard panel's field config resolves it: draw style, fill, stacking, negative-Y,
    /// colour, hidden from the legend or the plot.
    void setSeries(const QList<pc::ChartSeries> &series, const QList<pc::SeriesStyle> &styles,
                   std::chrono::seconds step);
    /// How a series is drawn: its style if one was given, else a plain line (stacked and
    /// filled when setStacked()).
    pc::SeriesStyle styleOf(const QString &key) const;
    /// No lines and no answer yet: a new query was asked.
    void clearSeries();
    const QList<pc::ChartSeries> &series() const { return m_series; }
    /// The app's own line, drawn dashed on top; hasLocalLine() until removeLocalLine().
    void setLocalLine(const QString &name, const QList<QPointF> &points);
    void removeLocalLine();
    bool hasLocalLine() const { return !m_localName.isEmpty(); }
    /// The same queries `offset` earlier, shifted onto this range (RangePoller::setTimeShift):
    /// each drawn dashed in the colour of the line it matches, its legend row "… (1 d ago)",
    /// and on hover beside the present value with the difference. An empty list removes them.
    void setCompareSeries(const QList<pc::ChartSeries> &series, std::chrono::seconds offset);
    const QList<pc::ChartSeries> &compareSeries() const { return m_compare; }
    /// What the chart says when an answer has no lines.
    void setNoDataText(const QString &text);
    /// How many series the answer had (more than series() when it was cut): the line under
    /// the chart says so. Hidden until set.
    void setSeriesTotal(int total);

    /// Points on the Prometheus lines and the local line: the screenshot waits for both.
    int prometheusPointCount() const;
    /// The time (ms since the epoch) of the newest Prometheus point, or 0.
    qint64 newestPrometheusTime() const;
    int localPointCount() const { return int(m_localPoints.size()); }

    /// Annotations over the plot, as Grafana draws them (annotationlayer.h): markers and
    /// spans in their colour (Annotation::colour, else their kind's), their title and text on
    /// hover. Each `layer` (the app's store, a dashboard's queries, alert bands) is replaced
    /// as a whole; an empty list removes it.
    void setAnnotations(const QString &layer, const QList<pc::Annotation> &annotations);
    /// Hides or shows every annotation (View → Annotations).
    void setAnnotationsVisible(bool visible);
    bool annotationsVisible() const;
    /// Every annotation set, in all layers.
    QList<pc::Annotation> annotations() const;
    /// The annotations the hover shows at a time: spans that hold it, markers a few pixels
    /// away; none while hidden.
    QList<pc::Annotation> annotationsAt(qint64 timeMs) const;

    LegendModel *legend() const { return m_legend; }
    ChartView *view() const { return m_view; }
    /// What is drawn: the lines as placed (stacked, mirrored) and the thresholds.
    const PlotItem *plot() const { return m_plot; }
    /// The value axis' range, as drawn.
    std::pair<double, double> valueAxisRange() const;
    /// The hover tooltip's rows at a time: `name: value`, highest first, as plain text.
    QStringList hoverRows(qint64 timeMs) const;

    /// Saves the chart as a PNG, or the visible series as CSV. False with a sentence in
    /// `error` when the file cannot be written.
    bool exportPng(const QString &path, QString *error) const;
    bool exportCsv(const QString &path, QString *error) const;

    static constexpr const char *LocalKey = "__local__";
    /// Before a compared line's key: its own key in the legend and the plot.
    static constexpr const char *ComparePrefix = "__compare__";

public slots:
    void toggleLegendRow(int row, Qt::KeyboardModifiers modifiers);

signals:
    /// The plot's width in pixels changed: a poller asks for at most a point per pixel.
    void plotWidthChanged(int pixels);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createChart();
    QTableView *createLegend();
    void redraw();
    void updateLegend();
    void setPlotLine(const QString &key, const pc::BrokenLine &points, const QColor &colour,
                     bool visible, const QList<QPointF> &below, const pc::SeriesStyle &style = {});
    pc::DisplayFormat::Unit axisUnit() const;
    void applyLegendSort();
    void updateAxes();
    void updateValueAxis(double low, double high);
    void updateMessages();
    void showHover(qint64 timeMs, const QPoint &globalPos);
    void applyPalette();
    QColor colourFor(const QString &key);
    QList<pc::ChartSeries> visibleSeries() const;
    void redrawCompare(int width, QStringList *order);
    QString compareName(const pc::ChartSeries &series) const;

    pc::TimeRange *m_range;
    QChart *m_chart;
    ChartView *m_view;
    QCategoryAxis *m_timeAxis;
    QCategoryAxis *m_valueAxis;
    QGraphicsSimpleTextItem *m_noData;
    PlotItem *m_plot;
    AnnotationLayer *m_annotations;
    LegendModel *m_legend;
    QTableView *m_legendView;
    QSplitter *m_splitter;
    QLabel *m_seriesCount;
    SeriesColours m_colours;
    QList<pc::ChartSeries> m_series;
    QHash<QString, pc::SeriesStyle> m_styles;  // by series key; empty: plain lines
    ValueBounds m_bounds;
    QList<PlotItem::Threshold> m_thresholds;  // as given, before the scale
    PlotItem::ThresholdStyle m_thresholdStyle;
    LegendOptions m_legendOptions;
    QList<pc::ChartSeries> m_compare;
    std::chrono::seconds m_compareOffset{0};
    QString m_localName;  // empty: no local line
    QList<QPointF> m_localPoints;
    QString m_noDataText;
    QString m_axisTitle;
    pc::DisplayFormat::Unit m_unit = pc::DisplayFormat::Unit::Count;
    double m_valueScale = 1.0;
    std::chrono::seconds m_step{0};
    int m_seriesTotal = -1;
    int m_plotWidth = 0;
    bool m_stacked = false;
    bool m_answered = false;
};

}  // namespace pc::app
