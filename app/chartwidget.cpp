#include "chartwidget.h"

#include "annotationlayer.h"
#include "chart/axisscale.h"
#include "chart/compareoffset.h"
#include "chart/timerange.h"
#include "chart/timeticks.h"
#include "chartview.h"
#include "legendmodel.h"
#include "plotitem.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pc::app {
namespace {

QString fullLabels(const ChartSeries &series)
{
    return series.key.isEmpty() ? series.name : series.key;
}

QString localKey()
{
    return QString::fromLatin1(ChartWidget::LocalKey);
}

QString compareKey(const QString &key)
{
    return QLatin1String(ChartWidget::ComparePrefix) + key;
}

}  // namespace

ChartWidget::ChartWidget(TimeRange *range, QWidget *parent)
    : QWidget(parent), m_range(range), m_legend(new LegendModel(this))
{
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->addWidget(createChart());
    m_splitter->addWidget(createLegend());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    // The chart first; the legend scrolls.
    m_splitter->setSizes({3000, 1000});
    m_splitter->setChildrenCollapsible(false);

    m_seriesCount = new QLabel;
    m_seriesCount->setObjectName(QStringLiteral("seriesCount"));
    m_seriesCount->setWordWrap(true);
    m_seriesCount->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_seriesCount);

    connect(m_range, &TimeRange::changed, this, [this] {
        // The local line is cut to the range; Prometheus's lines come with the next answer.
        updateAxes();
        updateMessages();
    });
    applyPalette();
}

void ChartWidget::setLegendMode(LegendMode mode)
{
    m_legendView->setVisible(mode != LegendMode::Hidden);
    const bool list = mode == LegendMode::List;
    // A list legend, as Grafana's panels have: the name and the last value.
    for (int column : {LegendModel::Min, LegendModel::Max, LegendModel::Mean})
        m_legendView->setColumnHidden(column, list);
    m_legendView->horizontalHeader()->setVisible(!list);
    m_legendView->setHorizontalScrollBarPolicy(list ? Qt::ScrollBarAlwaysOff
                                                    : Qt::ScrollBarAsNeeded);
    m_legendView->setFrameShape(list ? QFrame::NoFrame : QFrame::StyledPanel);
    const int row = m_legendView->verticalHeader()->defaultSectionSize();
    m_legendView->setMinimumHeight(list ? row + 2 : row * 3);
    m_view->setMinimumHeight(list ? 60 : 200);
    m_splitter->setSizes(list ? QList<int>{4000, 1000} : QList<int>{3000, 1000});
    m_chart->setMargins(list ? QMargins(0, 2, 4, 0) : QMargins(4, 4, 8, 4));
}

void ChartWidget::setAxisTitle(const QString &title)
{
    m_axisTitle = title;
    updateAxes();
}

void ChartWidget::setUnit(DisplayFormat::Unit unit, double scale)
{
    m_unit = unit;
    m_valueScale = scale;
    setThresholds(m_thresholds, m_thresholdStyle);
    updateLegend();
    updateAxes();
}

void ChartWidget::setStacked(bool stacked)
{
    m_stacked = stacked;
    redraw();
}

void ChartWidget::setValueBounds(const ValueBounds &bounds)
{
    m_bounds = bounds;
    updateAxes();
}

void ChartWidget::setThresholds(const QList<PlotItem::Threshold> &steps,
                                PlotItem::ThresholdStyle style)
{
    m_thresholds = steps;
    m_thresholdStyle = style;
    QList<PlotItem::Threshold> scaled = steps;
    for (PlotItem::Threshold &step : scaled)
        step.value *= m_valueScale;
    m_plot->setThresholds(scaled, style);
}

void ChartWidget::setLegendOptions(const LegendOptions &options)
{
    m_legendOptions = options;
    m_legend->setCalcs(options.calcs);
    if (!options.calcs.isEmpty()) {
        for (int column = 1; column < m_legend->columnCount(); ++column)
            m_legendView->setColumnHidden(column, false);
        m_legendView->horizontalHeader()->setVisible(true);
        m_legendView->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    }
    // Beside the plot the legend is narrow: the numbers take what they need, the names the rest.
    for (int column = 1; column < m_legend->columnCount(); ++column)
        m_legendView->horizontalHeader()->setSectionResizeMode(
            column, options.right ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    m_splitter->setOrientation(options.right ? Qt::Horizontal : Qt::Vertical);
    m_splitter->setSizes(options.right ? QList<int>{3000, 1500} : QList<int>{4000, 1000});
    updateLegend();
    applyLegendSort();
}

void ChartWidget::applyLegendSort()
{
    if (m_legendOptions.sortBy.isEmpty())
        return;
    const int column = m_legend->columnForTitle(m_legendOptions.sortBy);
    if (column >= 0)
        m_legendView->sortByColumn(
            column, m_legendOptions.sortDesc ? Qt::DescendingOrder : Qt::AscendingOrder);
}

SeriesStyle ChartWidget::styleOf(const QString &key) const
{
    if (const auto it = m_styles.constFind(key); it != m_styles.cend())
        return *it;
    SeriesStyle style;
    if (m_stacked) {
        style.stacking = SeriesStyle::Stacking::Normal;
        style.fillOpacity = 0.45;
    }
    return style;
}

DisplayFormat::Unit ChartWidget::axisUnit() const
{
    QList<SeriesStyle> styles;
    for (const ChartSeries &s : m_series)
        styles.append(styleOf(s.key));
    // Percent stacking draws each series' share: the axis reads 0 to 100 %.
    return stacksAsPercent(styles) ? DisplayFormat::Unit::Ratio : m_unit;
}

QWidget *ChartWidget::createChart()
{
    m_chart = new QChart;
    m_chart->legend()->hide();  // the legend table below does more
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_timeAxis = new QCategoryAxis;
    m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis = new QCategoryAxis;
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_plot = new PlotItem(m_chart);
    m_plot->setZValue(50);
    m_annotations = new AnnotationLayer(m_chart);
    m_annotations->setZValue(40);  // under the lines, as Grafana's regions are
    m_noData = new QGraphicsSimpleTextItem(m_chart);
    m_noData->setZValue(100);

    m_view = new ChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setAccessibleName(tr("Chart"));
    connect(m_view, &ChartView::hovered, this, &ChartWidget::showHover);
    connect(m_view, &ChartView::left, this, [] { QToolTip::hideText(); });
    connect(m_view, &ChartView::zoomRequested, m_range, &TimeRange::setFixed);
    connect(m_view, &ChartView::liveRequested, m_range, &TimeRange::followLive);
    connect(m_view, &ChartView::panRequested, m_range, &TimeRange::pan);
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        const int width = std::max(100, int(area.width()));
        if (width != m_plotWidth) {
            m_plotWidth = width;
            redraw();
            emit plotWidthChanged(width);
            return;
        }
        updateAxes();
        updateMessages();
    });
    return m_view;
}

QTableView *ChartWidget::createLegend()
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_legend);
    proxy->setSortRole(LegendModel::SortRole);
    m_legendView = new QTableView;
    m_legendView->setObjectName(QStringLiteral("legend"));
    m_legendView->setAccessibleName(
        tr("Legend: click a series to hide or show it, Ctrl-click "
           "to show it alone"));
    m_legendView->setAccessibleDescription(
        tr("One row per line: its name, last, minimum, maximum and mean value"));
    m_legendView->setModel(proxy);
    m_legendView->setSortingEnabled(true);
    m_legendView->sortByColumn(-1, Qt::AscendingOrder);
    m_legendView->setSelectionMode(QAbstractItemView::NoSelection);
    m_legendView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_legendView->setShowGrid(false);
    m_legendView->verticalHeader()->hide();
    m_legendView->verticalHeader()->setDefaultSectionSize(m_legendView->fontMetrics().height() + 6);
    m_legendView->horizontalHeader()->setSectionResizeMode(LegendModel::Name, QHeaderView::Stretch);
    m_legendView->setWordWrap(false);
    m_legendView->setTextElideMode(Qt::ElideMiddle);
    m_legendView->setMinimumHeight(m_legendView->verticalHeader()->defaultSectionSize() * 3);
    connect(m_legendView, &QTableView::clicked, this, [this, proxy](const QModelIndex &index) {
        toggleLegendRow(proxy->mapToSource(index).row(), QGuiApplication::keyboardModifiers());
    });
    // Space on the current row does what a click does, Ctrl+Space what a Ctrl-click does.
    for (const auto modifiers : {Qt::NoModifier, Qt::ControlModifier}) {
        auto *key = new QShortcut(QKeySequence(modifiers | Qt::Key_Space), m_legendView);
        key->setContext(Qt::WidgetShortcut);
        connect(key, &QShortcut::activated, this, [this, proxy, modifiers] {
            const QModelIndex current = m_legendView->currentIndex();
            if (current.isValid())
                toggleLegendRow(proxy->mapToSource(current).row(), modifiers);
        });
    }
    connect(m_legend, &LegendModel::visibilityChanged, this, &ChartWidget::redraw);
    return m_legendView;
}

void ChartWidget::setSeries(const QList<ChartSeries> &series, std::chrono::seconds step)
{
    setSeries(series, {}, step);
}

void ChartWidget::setSeries(const QList<ChartSeries> &series, const QList<SeriesStyle> &styles,
                            std::chrono::seconds step)
{
    m_styles.clear();
    for (qsizetype i = 0; i < series.size() && i < styles.size(); ++i)
        m_styles.insert(series[i].key, styles[i]);
    m_series = series;
    m_step = step;
    m_answered = true;
    if (m_valueScale != 1.0) {
        for (ChartSeries &line : m_series) {
            for (QPointF &point : line.points)
                point.setY(point.y() * m_valueScale);
        }
    }
    // Colours stay with their series while they last; the gone ones free theirs.
    QSet<QString> keys;
    for (const ChartSeries &s : series)
        keys.insert(s.key);
    m_colours.keepOnly(keys);
    updateLegend();
    redraw();
}

void ChartWidget::clearSeries()
{
    setSeries({});
    m_answered = false;
    updateMessages();
}

void ChartWidget::setLocalLine(const QString &name, const QList<QPointF> &points)
{
    m_localName = name;
    m_localPoints = points;
    updateLegend();
    redraw();
}

void ChartWidget::removeLocalLine()
{
    m_localName.clear();
    m_localPoints.clear();
    updateLegend();
    redraw();
}

void ChartWidget::setCompareSeries(const QList<ChartSeries> &series, std::chrono::seconds offset)
{
    m_compare = series;
    m_compareOffset = offset;
    if (m_valueScale != 1.0) {
        for (ChartSeries &line : m_compare) {
            for (QPointF &point : line.points)
                point.setY(point.y() * m_valueScale);
        }
    }
    updateLegend();
    redraw();
}

QString ChartWidget::compareName(const ChartSeries &series) const
{
    //: A compared line's legend: %1 the line's name, %2 "1 d ago"
    return tr("%1 (%2)").arg(series.name, compareOffsetText(m_compareOffset));
}

void ChartWidget::redrawCompare(int width, QStringList *order)
{
    for (const ChartSeries &s : std::as_const(m_compare)) {
        const QString key = compareKey(s.key);
        order->append(key);
        // In the colour of the line it matches, which keeps its colour while it lasts.
        setPlotLine(key, decimateBroken(s.points, s.breaks, width), colourFor(s.key),
                    m_legend->isVisible(key), {});
    }
}

void ChartWidget::setNoDataText(const QString &text)
{
    m_noDataText = text;
    updateMessages();
}

void ChartWidget::setSeriesTotal(int total)
{
    m_seriesTotal = total;
    updateMessages();
}

QColor ChartWidget::colourFor(const QString &key)
{
    if (const auto it = m_styles.constFind(key); it != m_styles.cend() && !it->color.isEmpty())
        return QColor(it->color);
    return key == localKey() ? palette().color(QPalette::WindowText) : m_colours.colourFor(key);
}

void ChartWidget::updateLegend()
{
    QList<LegendModel::Row> rows;
    rows.reserve(m_series.size() + 1);
    if (hasLocalLine()) {
        rows.append({localKey(),
                     m_localName,
                     tr("The app's own counter, sampled every second (dashed)"),
                     colourFor(localKey()),
                     seriesStats(m_localPoints),
                     true,
                     {}});
    }
    for (const ChartSeries &s : std::as_const(m_series)) {
        if (!styleOf(s.key).inLegend)
            continue;
        rows.append({s.key, s.name, fullLabels(s), colourFor(s.key), seriesStats(s.points), true,
                     m_legendOptions.calcs.isEmpty() ? QList<QPointF>() : s.points});
    }
    for (const ChartSeries &s : std::as_const(m_compare))
        rows.append({compareKey(s.key), compareName(s), fullLabels(s), colourFor(s.key),
                     seriesStats(s.points), true,
                     m_legendOptions.calcs.isEmpty() ? QList<QPointF>() : s.points});
    m_legend->setUnit(m_unit);
    // The chart's text alternative: what a screen reader says instead of the lines.
    QStringList lines;
    for (const LegendModel::Row &row : std::as_const(rows)) {
        lines.append(tr("%1: %2").arg(row.name, row.stats.count > 0
                                                    ? DisplayFormat::value(row.stats.last, m_unit)
                                                    : tr("no data")));
    }
    m_view->setAccessibleDescription(
        lines.isEmpty() ? tr("No series.")
                        : tr("%n series, last values: %1.", nullptr, int(lines.size()))
                              .arg(lines.join(QStringLiteral("; "))));
    m_legend->setRows(std::move(rows));
}

void ChartWidget::redraw()
{
    const int width = std::max(100, int(m_chart->plotArea().width()));
    QStringList order;
    QList<QList<QPointF>> visible;
    QList<SeriesStyle> visibleStyles;
    QList<QList<qsizetype>> visibleBreaks;
    QStringList visibleKeys;
    for (const ChartSeries &s : std::as_const(m_series)) {
        order.append(s.key);
        const SeriesStyle style = styleOf(s.key);
        if (m_legend->isVisible(s.key) && style.drawn) {
            visible.append(s.points);
            visibleStyles.append(style);
            visibleBreaks.append(s.breaks);
            visibleKeys.append(s.key);
        } else {
            setPlotLine(s.key, BrokenLine{}, colourFor(s.key), false, {});
        }
    }
    // Stacking, negative-Y and fills: where each line lands (seriesstyle.h).
    const QList<SeriesLayout> layouts = layoutSeries(visible, visibleStyles);
    for (qsizetype i = 0; i < layouts.size(); ++i) {
        // A gap stays a gap where the layout kept the line's own points.
        const QList<qsizetype> breaks =
            layouts[i].upper.size() == visible[i].size() ? visibleBreaks[i] : QList<qsizetype>();
        setPlotLine(visibleKeys[i], decimateBroken(layouts[i].upper, breaks, width),
                    colourFor(visibleKeys[i]), true, decimate(layouts[i].lower, width),
                    visibleStyles[i]);
    }
    redrawCompare(width, &order);
    if (hasLocalLine()) {
        order.append(localKey());  // on top
        setPlotLine(localKey(), {decimate(m_localPoints, width), {}}, colourFor(localKey()),
                    m_legend->isVisible(localKey()), {});
    }
    const QSet<QString> wanted(order.begin(), order.end());
    for (const QString &key : m_plot->keys()) {
        if (!wanted.contains(key))
            m_plot->removeLine(key);
    }
    m_plot->setOrder(order);
    updateAxes();
    updateMessages();
}

void ChartWidget::setPlotLine(const QString &key, const BrokenLine &points, const QColor &colour,
                              bool visible, const QList<QPointF> &below, const SeriesStyle &style)
{
    PlotItem::Line line;
    line.points = points.points;
    line.breaks = points.breaks;
    line.lower = below;
    line.colour = colour;
    line.visible = visible;
    line.draw = style.draw;
    line.fillOpacity = style.fillOpacity;
    // Grafana's 1 px lines; the local line thicker and dashed, so it reads as our own.
    const bool local = key == localKey();
    line.width = local ? 2 : style.lineWidth;
    // A compared line is dashed too, in its present line's colour, as Grafana users ask.
    line.dashed = local || key.startsWith(QLatin1String(ComparePrefix));
    m_plot->setLine(key, std::move(line));
}

void ChartWidget::updateAxes()
{
    const auto [from, to] = m_range->range();
    m_view->setTimeRange(from, to);
    // Round times, as many as fit about 80 px apart (labels with dates want more room).
    const int room = to - from > 24 * 3600'000 ? 110 : 80;
    const int maxTicks = std::clamp(int(m_chart->plotArea().width() / room), 2, 8);
    const int offset = QDateTime::fromMSecsSinceEpoch(to).offsetFromUtc();
    const QList<TimeTick> ticks = timeTicks(from, to, maxTicks, offset);
    QStringList labels;
    for (const TimeTick &tick : ticks)
        labels.append(tick.label);
    if (labels != m_timeAxis->categoriesLabels() || m_timeAxis->min() != double(from)
        || m_timeAxis->max() != double(to)) {
        for (const QString &label : m_timeAxis->categoriesLabels())
            m_timeAxis->remove(label);
        m_timeAxis->setStartValue(double(from));
        for (const TimeTick &tick : ticks)
            m_timeAxis->append(tick.label, double(tick.msecs));
        m_timeAxis->setRange(double(from), double(to));
    }

    double low = 0;
    double high = 0;
    bool any = false;
    for (const QString &key : m_plot->keys()) {
        const PlotItem::Line *line = m_plot->line(key);
        if (!line->visible)
            continue;
        for (const QPointF &p : line->points) {
            low = any ? std::min(low, p.y()) : p.y();
            high = any ? std::max(high, p.y()) : p.y();
            any = true;
        }
        // A fill or a bar reaches down to its lower edge or to zero: both are in view.
        if (!line->lower.isEmpty() || line->draw == SeriesStyle::Draw::Bars) {
            low = std::min(low, 0.0);
            high = std::max(high, 0.0);
        }
    }
    if (m_bounds.softMin)
        low = std::min(low, *m_bounds.softMin * m_valueScale);
    if (m_bounds.softMax)
        high = std::max(high, *m_bounds.softMax * m_valueScale);
    if (m_bounds.min)
        low = *m_bounds.min * m_valueScale;
    if (m_bounds.max)
        high = *m_bounds.max * m_valueScale;
    updateValueAxis(low, high);
    const QString symbol = DisplayFormat::unitSymbol(axisUnit());
    m_valueAxis->setTitleText(m_axisTitle.isEmpty() || symbol.isEmpty()
                                  ? m_axisTitle
                                  : tr("%1 (%2)").arg(m_axisTitle, symbol));
}

void ChartWidget::updateValueAxis(double low, double high)
{
    // Bytes tick in round MiB or GiB, not in round millions of bytes.
    const DisplayFormat::Unit unit = axisUnit();
    double divisor = 1;
    if (unit == DisplayFormat::Unit::Bytes || unit == DisplayFormat::Unit::Bits
        || unit == DisplayFormat::Unit::BinBytesPerSecond) {
        while (std::max(std::abs(low), std::abs(high)) >= divisor * 1024 && divisor < 0x1p50)
            divisor *= 1024;
    }
    // As many ticks as fit: labels a line and a half apart.
    const QRectF plotArea = m_chart->plotArea();
    const qreal labelSpace = fontMetrics().height() * 1.6;
    int valueTicks = std::clamp(int(plotArea.height() / labelSpace), 2, 6);
    AxisScale scale = AxisScale::nice(low / divisor, high / divisor, valueTicks);
    // Round bounds can add a tick or two; Qt Charts then elides every label to "...".
    while (valueTicks > 2 && plotArea.height() / qreal(scale.ticks().size()) < labelSpace) {
        --valueTicks;
        scale = AxisScale::nice(low / divisor, high / divisor, valueTicks);
    }
    scale = {scale.min * divisor, scale.max * divisor, scale.step * divisor};
    QStringList labels;
    const QList<double> ticks = scale.ticks();
    for (double tick : ticks)
        labels.append(DisplayFormat::tick(tick, scale.step, unit));
    // Rebuilding the same labels would lay the chart out again for nothing.
    if (labels != m_valueAxis->categoriesLabels() || m_valueAxis->min() != scale.min
        || m_valueAxis->max() != scale.max) {
        for (const QString &label : m_valueAxis->categoriesLabels())
            m_valueAxis->remove(label);
        m_valueAxis->setStartValue(scale.min);
        for (qsizetype i = 0; i < ticks.size(); ++i)
            m_valueAxis->append(labels[i], ticks[i]);
        m_valueAxis->setRange(scale.min, scale.max);
    }
    const auto [from, to] = m_range->range();
    m_plot->setGeometry(plotArea, double(from), double(to), scale.min, scale.max);
    m_annotations->setGeometry(plotArea, double(from), double(to));
}

std::pair<double, double> ChartWidget::valueAxisRange() const
{
    return {m_valueAxis->min(), m_valueAxis->max()};
}

void ChartWidget::updateMessages()
{
    const bool empty = m_answered && m_series.isEmpty();
    const QString message = empty ? m_noDataText : QString();
    m_noData->setText(message);
    m_noData->setBrush(palette().color(QPalette::WindowText));
    const QRectF plot = m_chart->plotArea();
    const QRectF text = m_noData->boundingRect();
    m_noData->setPos(plot.center() - QPointF(text.width() / 2, text.height() / 2));
    m_noData->setVisible(!message.isEmpty());

    if (m_seriesTotal < 0)
        return;
    m_seriesCount->show();
    if (m_answered && m_seriesTotal > m_series.size()) {
        m_seriesCount->setText(tr("Showing the first %1 of %2 series: narrow the query (sum by, "
                                  "topk or a label matcher) to see them all.")
                                   .arg(m_series.size())
                                   .arg(m_seriesTotal));
        m_seriesCount->setStyleSheet(QStringLiteral("color: #d0302b"));
    } else {
        // Until an answer comes, nothing is said of a count that belongs to the last query.
        m_seriesCount->setText(m_answered ? tr("%n series from Prometheus", nullptr, m_seriesTotal)
                                          : QString());
        m_seriesCount->setStyleSheet({});
    }
}

void ChartWidget::setAnnotations(const QString &layer, const QList<pc::Annotation> &annotations)
{
    m_annotations->setAnnotations(layer, annotations);
}

void ChartWidget::setAnnotationsVisible(bool visible)
{
    m_annotations->setVisible(visible);
}

bool ChartWidget::annotationsVisible() const
{
    return m_annotations->isVisible();
}

QList<pc::Annotation> ChartWidget::annotations() const
{
    return m_annotations->annotations();
}

QList<pc::Annotation> ChartWidget::annotationsAt(qint64 timeMs) const
{
    if (!m_annotations->isVisible())
        return {};
    const auto [from, to] = m_range->range();
    // A marker is a line a pixel wide: the hover reaches four pixels either side.
    const double reach = double(to - from) / std::max(1.0, m_chart->plotArea().width()) * 4;
    return m_annotations->annotationsAt(timeMs, reach);
}

void ChartWidget::showHover(qint64 timeMs, const QPoint &globalPos)
{
    const QStringList rows = hoverRows(timeMs);
    const QList<pc::Annotation> notes = annotationsAt(timeMs);
    if (rows.isEmpty() && notes.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QString html;
    for (const pc::Annotation &note : notes) {
        const QString when =
            note.isSpan()
                ? tr("%1 to %2")
                      .arg(QDateTime::fromMSecsSinceEpoch(note.startMs)
                               .toString(QStringLiteral("HH:mm:ss")),
                           QDateTime::fromMSecsSinceEpoch(note.lastMs())
                               .toString(QStringLiteral("HH:mm:ss")))
                : QDateTime::fromMSecsSinceEpoch(note.startMs).toString(QStringLiteral("HH:mm:ss"));
        html += QStringLiteral("<p><span style=\"color:%1\">\u25a0</span> <b>%2</b> (%3)")
                    .arg(AnnotationLayer::colourOf(note).name(), note.title.toHtmlEscaped(), when);
        if (!note.text.isEmpty())
            html += QStringLiteral("<br>")
                    + note.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        if (!note.tags.isEmpty())
            html += QStringLiteral("<br><i>%1</i>")
                        .arg(note.tags.join(QStringLiteral(", ")).toHtmlEscaped());
        html += QStringLiteral("</p>");
    }
    if (rows.isEmpty()) {
        QToolTip::showText(globalPos + QPoint(16, 16), html, m_view);
        return;
    }
    html += QStringLiteral("<b>%1</b><table>")
                .arg(QDateTime::fromMSecsSinceEpoch(timeMs).toString(
                    QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    for (const QString &row : rows)
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(row.toHtmlEscaped());
    QToolTip::showText(globalPos + QPoint(16, 16), html + QStringLiteral("</table>"), m_view);
}

QStringList ChartWidget::hoverRows(qint64 timeMs) const
{
    const auto [from, to] = m_range->range();
    // Within half a step, or a pixel's worth of time for the dense local line.
    const double reach = std::max(double(m_step.count()) * 500.0, double(to - from) / 200.0);
    QList<std::pair<double, QString>> values;
    auto valueAt = [&](const QString &key, const QList<QPointF> &points) -> std::optional<double> {
        if (!m_legend->isVisible(key))
            return std::nullopt;
        const auto p = pointNear(points, double(timeMs), reach);
        return p ? std::optional<double>(p->y()) : std::nullopt;
    };
    auto add = [&](const QString &key, const QString &name, const QList<QPointF> &points) {
        if (const auto value = valueAt(key, points))
            values.append({*value, tr("%1: %2").arg(name, DisplayFormat::compact(*value, m_unit))});
    };
    if (hasLocalLine())
        add(localKey(), m_localName, m_localPoints);
    QHash<QString, double> present;
    for (const ChartSeries &s : m_series) {
        if (const auto value = valueAt(s.key, s.points)) {
            present.insert(s.key, *value);
            values.append(
                {*value, tr("%1: %2").arg(s.name, DisplayFormat::compact(*value, m_unit))});
        }
    }
    for (const ChartSeries &s : m_compare) {
        const auto past = valueAt(compareKey(s.key), s.points);
        if (!past)
            continue;
        QString row = tr("%1: %2").arg(compareName(s), DisplayFormat::compact(*past, m_unit));
        if (present.contains(s.key)) {
            const double difference = present.value(s.key) - *past;
            //: The hover's difference between now and the past: %1 a signed value
            row += tr(" (difference %1)")
                       .arg((difference >= 0 ? QStringLiteral("+") : QString())
                            + DisplayFormat::compact(difference, m_unit));
        }
        values.append({*past, row});
    }
    std::stable_sort(values.begin(), values.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList rows;
    for (const auto &[value, row] : values)
        rows.append(row);
    return rows;
}

void ChartWidget::toggleLegendRow(int row, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::ControlModifier)
        m_legend->isolate(row);
    else
        m_legend->toggle(row);
}

QList<ChartSeries> ChartWidget::visibleSeries() const
{
    QList<ChartSeries> series;
    if (hasLocalLine() && m_legend->isVisible(localKey()))
        series.append({m_localName, {}, m_localName, m_localPoints, {}});
    for (const ChartSeries &s : m_series) {
        if (m_legend->isVisible(s.key))
            series.append(s);
    }
    return series;
}

bool ChartWidget::exportPng(const QString &path, QString *error) const
{
    if (m_view->grab().save(path, "PNG"))
        return true;
    *error = tr("Could not write the chart to %1.").arg(path);
    return false;
}

bool ChartWidget::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(seriesCsv(visibleSeries())) >= 0
        && file.commit())
        return true;
    *error = tr("Could not write %1: %2").arg(path, file.errorString());
    return false;
}

void ChartWidget::applyPalette()
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(pal.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Text));
        QColor grid = pal.color(QPalette::Text);
        grid.setAlphaF(0.15);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    redraw();
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateMessages();
}

int ChartWidget::prometheusPointCount() const
{
    int count = 0;
    for (const ChartSeries &s : m_series)
        count += int(s.points.size());
    return count;
}

qint64 ChartWidget::newestPrometheusTime() const
{
    qint64 newest = 0;
    for (const ChartSeries &s : m_series) {
        if (!s.points.isEmpty())
            newest = std::max(newest, qint64(s.points.last().x()));
    }
    return newest;
}

}  // namespace pc::app
