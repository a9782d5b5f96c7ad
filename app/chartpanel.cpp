#include "chartpanel.h"

#include "chart/axisscale.h"
#include "chart/chartunits.h"
#include "chartview.h"
#include "legendmodel.h"
#include "plotitem.h"
#include "prometheus/promurls.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace std::chrono_literals;
using pc::DisplayFormat;

namespace {

// Distinct hues that read on light and dark backgrounds: Grafana's classic palette.
const QList<QColor> &seriesPalette()
{
    static const QList<QColor> colours = [] {
        QList<QColor> list;
        for (const char *name :
             {"#7eb26d", "#eab839", "#6ed0e0", "#ef843c", "#e24d42", "#1f78c1", "#ba43a9",
              "#705da0", "#508642", "#cca300", "#447ebc", "#c15c17", "#890f02", "#0a437c",
              "#6d1f62", "#584477", "#b7dbab", "#f4d598", "#70dbed", "#f9ba8f", "#f29191",
              "#82b5d8", "#e5a8e2", "#aea2e0", "#629e51", "#e5ac0e", "#64b0c8", "#e0752d"})
            list.append(QColor(QLatin1String(name)));
        return list;
    }();
    return colours;
}

constexpr int HistorySize = 20;
const QString HistoryKey = QStringLiteral("chart/queryHistory");

QString fullLabels(const pc::ChartSeries &series)
{
    return series.key.isEmpty() ? series.name : series.key;
}

// Stacks series on shared timestamps: each point's y becomes the sum of the series up to it.
QList<QList<QPointF>> stackedPoints(const QList<QList<QPointF>> &series)
{
    QList<QList<QPointF>> stacked;
    QHash<qint64, double> below;
    for (const QList<QPointF> &points : series) {
        QList<QPointF> sums;
        sums.reserve(points.size());
        for (const QPointF &p : points) {
            double &base = below[qint64(p.x())];
            base += p.y();
            sums.append({p.x(), base});
        }
        stacked.append(std::move(sums));
    }
    return stacked;
}

}  // namespace

ChartPanel::ChartPanel(pc::LiveChartFeed *feed, Mode mode, QWidget *parent)
    : QWidget(parent), m_feed(feed), m_mode(mode), m_legend(new LegendModel(this))
{
    const bool panel = mode == Mode::Panel;
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(createChart());
    splitter->addWidget(createLegend());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // The chart first; the legend scrolls.
    splitter->setSizes(panel ? QList<int>{4000, 1000} : QList<int>{3000, 1000});
    splitter->setChildrenCollapsible(false);

    auto *controls = new QWidget;
    controls->setLayout(createControls());
    controls->layout()->setContentsMargins(0, 0, 0, 0);
    controls->setVisible(!panel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(controls);
    layout->addWidget(m_queryError);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_seriesCount);

    connectFeed();
    applyPalette();
    if (panel) {
        m_view->setMinimumHeight(60);
        // A list legend, as Grafana's panels have: the name and the last value.
        for (int column : {LegendModel::Min, LegendModel::Max, LegendModel::Mean})
            m_legendView->setColumnHidden(column, true);
        m_legendView->horizontalHeader()->hide();
        m_legendView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_legendView->setFrameShape(QFrame::NoFrame);
        m_legendView->setMinimumHeight(m_legendView->verticalHeader()->defaultSectionSize() + 2);
        m_seriesCount->hide();
        m_chart->setMargins(QMargins(0, 2, 4, 0));
        return;
    }
    m_feed->setWindow(std::chrono::seconds(m_window->currentData().toInt()));
    onQueryChanged();
}

void ChartPanel::setFixedUnit(pc::DisplayFormat::Unit unit, double scale)
{
    m_fixedUnit = unit;
    m_unit = unit;
    m_valueScale = scale;
    updateAxes();
}

QLayout *ChartPanel::createControls()
{
    m_queryError = new QLabel;
    m_queryError->setObjectName(QStringLiteral("queryError"));
    m_queryError->setWordWrap(true);
    m_queryError->setStyleSheet(QStringLiteral("color: #d0302b"));
    m_queryError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_queryError->hide();

    auto *controls = new QVBoxLayout;
    controls->addLayout(createViewControls());
    controls->addLayout(createQueryControls());
    return controls;
}

QLayout *ChartPanel::createViewControls()
{
    m_query = new QComboBox;
    m_query->setObjectName(QStringLiteral("queryChoice"));
    m_query->addItem(tr("Total requests  (http_requests_total)"), int(pc::ChartQuery::Total));
    m_query->addItem(tr("Request rate by code"), int(pc::ChartQuery::Rate));
    m_query->addItem(tr("Custom PromQL"), int(pc::ChartQuery::Custom));
    m_query->setAccessibleName(tr("What to chart"));
    m_query->setToolTip(
        tr("The request totals, the request rate by status code, or any PromQL you type"));
    m_query->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_query->setMinimumContentsLength(14);

    m_window = new QComboBox;
    m_window->setObjectName(QStringLiteral("windowChoice"));
    for (const auto &[label, seconds] :
         {std::pair{QT_TR_NOOP("Last 1 min"), 60}, std::pair{QT_TR_NOOP("Last 5 min"), 300},
          std::pair{QT_TR_NOOP("Last 15 min"), 900}, std::pair{QT_TR_NOOP("Last 1 h"), 3600}})
        m_window->addItem(tr(label), seconds);
    m_window->setCurrentIndex(1);
    m_window->setAccessibleName(tr("Time window"));
    m_window->setToolTip(tr("How far back the chart reaches while it follows the present"));

    m_stacked = new QCheckBox(tr("Stac&ked"));
    m_stacked->setObjectName(QStringLiteral("stacked"));
    m_stacked->setToolTip(tr("Stack the rates on top of each other, as an area chart"));
    m_live = new QPushButton(tr("&Live"));
    m_live->setObjectName(QStringLiteral("backToLive"));
    m_live->setToolTip(tr("Follow the present again (double-click the chart, or Esc)"));
    m_live->setEnabled(false);
    auto *earlier = new QPushButton(QStringLiteral("◀"));
    earlier->setAccessibleName(tr("Earlier"));
    earlier->setToolTip(tr("Pan to earlier (Left arrow on the chart)"));
    auto *later = new QPushButton(QStringLiteral("▶"));
    later->setAccessibleName(tr("Later"));
    later->setToolTip(tr("Pan to later (Right arrow on the chart)"));
    for (QPushButton *button : {earlier, later})
        button->setMaximumWidth(button->fontMetrics().horizontalAdvance(u'M') * 3);
    auto *range = new QPushButton(tr("Ra&nge…"));
    range->setToolTip(tr("Show an absolute time range"));

    auto *queryLabel = new QLabel(tr("&Show:"));
    queryLabel->setBuddy(m_query);
    auto *top = new QHBoxLayout;
    top->addWidget(queryLabel);
    top->addWidget(m_query, 2);
    top->addWidget(m_window, 1);
    top->addWidget(m_stacked);
    top->addWidget(earlier);
    top->addWidget(later);
    top->addWidget(range);
    top->addWidget(m_live);

    connect(m_query, &QComboBox::currentIndexChanged, this, &ChartPanel::onQueryChanged);
    connect(m_window, &QComboBox::currentIndexChanged, this, [this] {
        m_feed->setWindow(std::chrono::seconds(m_window->currentData().toInt()));
        backToLive();
    });
    connect(m_stacked, &QCheckBox::toggled, this, &ChartPanel::setStacked);
    connect(m_live, &QPushButton::clicked, this, &ChartPanel::backToLive);
    connect(earlier, &QPushButton::clicked, this, [this] { pan(-1); });
    connect(later, &QPushButton::clicked, this, [this] { pan(+1); });
    connect(range, &QPushButton::clicked, this, &ChartPanel::chooseTimeRange);
    return top;
}

QLayout *ChartPanel::createQueryControls()
{
    m_promql = new QLineEdit;
    m_promql->setObjectName(QStringLiteral("promql"));
    m_promql->setPlaceholderText(tr("PromQL, e.g. sum(rate(http_requests_total[1m]))"));
    m_promql->setClearButtonEnabled(true);
    m_promql->setAccessibleName(tr("PromQL query"));
    m_promql->setToolTip(
        tr("Any PromQL; Enter charts it. Completes metric names and earlier "
           "queries"));
    m_promql->setEnabled(false);
    m_completions = new QStringListModel(this);
    auto *completer = new QCompleter(m_completions, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_promql->setCompleter(completer);
    m_run = new QPushButton(tr("R&un query"));
    m_run->setObjectName(QStringLiteral("runQuery"));
    m_run->setToolTip(tr("Chart the PromQL typed here"));
    m_run->setEnabled(false);
    auto *openProm = new QPushButton(tr("Open in &Prometheus"));
    openProm->setObjectName(QStringLiteral("openInPrometheus"));
    openProm->setToolTip(tr("Open this query on Prometheus's graph page, over the same range"));

    auto *custom = new QHBoxLayout;
    custom->addWidget(m_promql, 1);
    custom->addWidget(m_run);
    custom->addWidget(openProm);

    connect(m_promql, &QLineEdit::returnPressed, this, &ChartPanel::applyQueryChoice);
    connect(m_run, &QPushButton::clicked, this, &ChartPanel::applyQueryChoice);
    connect(openProm, &QPushButton::clicked, this, &ChartPanel::openInPrometheus);
    return custom;
}

QWidget *ChartPanel::createChart()
{
    m_chart = new QChart;
    m_chart->legend()->hide();  // the legend table below does more
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(6);
    m_valueAxis = new QCategoryAxis;
    m_valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_plot = new PlotItem(m_chart);
    m_plot->setZValue(50);
    m_noData = new QGraphicsSimpleTextItem(m_chart);
    m_noData->setZValue(100);

    m_view = new ChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(200);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setAccessibleName(tr("Chart"));
    connect(m_view, &ChartView::hovered, this, &ChartPanel::showHover);
    connect(m_view, &ChartView::left, this, [] { QToolTip::hideText(); });
    connect(m_view, &ChartView::zoomRequested, this, &ChartPanel::zoomTo);
    connect(m_view, &ChartView::liveRequested, this, &ChartPanel::backToLive);
    connect(m_view, &ChartView::panRequested, this, &ChartPanel::pan);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        updateAxes();
        updateMessages();
    });
    return m_view;
}

QWidget *ChartPanel::createLegend()
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
    connect(m_legend, &LegendModel::visibilityChanged, this, &ChartPanel::redraw);

    m_seriesCount = new QLabel;
    m_seriesCount->setObjectName(QStringLiteral("seriesCount"));
    m_seriesCount->setWordWrap(true);
    return m_legendView;
}

void ChartPanel::connectFeed()
{
    connect(m_feed, &pc::LiveChartFeed::localUpdated, this, &ChartPanel::showLocal);
    connect(m_feed, &pc::LiveChartFeed::prometheusUpdated, this, &ChartPanel::showPrometheus);
    connect(m_feed, &pc::LiveChartFeed::queryRejected, this, [this](const QString &message) {
        m_queryError->setText(tr("Query rejected: %1").arg(message));
        m_queryError->show();
    });
    connect(m_feed, &pc::LiveChartFeed::metricNamesUpdated, this, [this](const QStringList &names) {
        m_metricNames = names;
        m_completions->setStringList(QSettings().value(HistoryKey).toStringList() + m_metricNames);
    });
    m_completions->setStringList(QSettings().value(HistoryKey).toStringList());
}

void ChartPanel::onQueryChanged()
{
    const bool custom = m_query->currentData().toInt() == int(pc::ChartQuery::Custom);
    m_promql->setEnabled(custom);
    m_run->setEnabled(custom);
    m_stacked->setEnabled(m_query->currentData().toInt() == int(pc::ChartQuery::Rate));
    if (custom) {
        if (m_promql->text().isEmpty())
            m_promql->setText(m_feed->promql());
        m_promql->setFocus();
        m_feed->requestMetricNames();
    }
    applyQueryChoice();
}

void ChartPanel::applyQueryChoice()
{
    m_queryError->hide();
    const auto query = pc::ChartQuery(m_query->currentData().toInt());
    m_feed->setQuery(query, m_promql->text());
    if (query == pc::ChartQuery::Custom)
        rememberQuery(m_feed->promql());
    m_answered = false;
    m_unit = m_fixedUnit.value_or(pc::unitForQuery(m_feed->promql()));
    showPrometheus({});
}

void ChartPanel::setCustomQuery(const QString &promql)
{
    m_promql->setText(promql);
    m_query->setCurrentIndex(m_query->findData(int(pc::ChartQuery::Custom)));
    applyQueryChoice();
}

void ChartPanel::rememberQuery(const QString &promql)
{
    if (promql.isEmpty())
        return;
    QSettings settings;
    QStringList history = settings.value(HistoryKey).toStringList();
    history.removeAll(promql);
    history.prepend(promql);
    while (history.size() > HistorySize)
        history.removeLast();
    settings.setValue(HistoryKey, history);
    m_completions->setStringList(history + m_metricNames);
}

void ChartPanel::showLocal()
{
    m_localPoints = m_feed->localPoints();
    updateLegend();
    redraw();
}

void ChartPanel::showPrometheus(const QList<pc::ChartSeries> &series)
{
    m_series = series;
    if (m_valueScale != 1.0) {
        for (pc::ChartSeries &line : m_series) {
            for (QPointF &point : line.points)
                point.setY(point.y() * m_valueScale);
        }
    }
    if (!series.isEmpty() || sender() == m_feed)
        m_answered = m_answered || sender() == m_feed;
    if (!series.isEmpty()) {
        m_queryError->hide();
        QList<QList<QPointF>> points;
        for (const pc::ChartSeries &s : series)
            points.append(s.points);
        m_unit = m_fixedUnit.value_or(pc::unitForSeries(m_feed->promql(), points));
    }
    // Colours stay with their series while they last; the gone ones free theirs.
    QSet<QString> keys{QString::fromLatin1(LocalKey)};
    for (const pc::ChartSeries &s : series)
        keys.insert(s.key);
    for (auto it = m_colours.begin(); it != m_colours.end();)
        it = keys.contains(it.key()) ? std::next(it) : m_colours.erase(it);
    updateLegend();
    redraw();
}

QColor ChartPanel::colourFor(const QString &key)
{
    if (key == QLatin1String(LocalKey))
        return palette().color(QPalette::WindowText);
    if (const auto it = m_colours.constFind(key); it != m_colours.cend())
        return *it;
    // The least used colour, so 28 series get 28 colours before any repeats.
    QHash<QRgb, int> uses;
    for (const QColor &c : std::as_const(m_colours))
        ++uses[c.rgb()];
    QColor best = seriesPalette().first();
    int fewest = INT_MAX;
    for (const QColor &c : seriesPalette()) {
        if (uses.value(c.rgb()) < fewest) {
            fewest = uses.value(c.rgb());
            best = c;
        }
    }
    m_colours.insert(key, best);
    return best;
}

void ChartPanel::updateLegend()
{
    QList<LegendModel::Row> rows;
    rows.reserve(m_series.size() + 1);
    if (m_feed->hasLocalLine()) {
        rows.append({QString::fromLatin1(LocalKey), m_feed->localName(),
                     tr("The app's own counter, sampled every second (dashed)"),
                     colourFor(QString::fromLatin1(LocalKey)), pc::seriesStats(m_localPoints),
                     true});
    }
    for (const pc::ChartSeries &s : std::as_const(m_series))
        rows.append(
            {s.key, s.name, fullLabels(s), colourFor(s.key), pc::seriesStats(s.points), true});
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

bool ChartPanel::isStacked() const
{
    return m_stackedChoice && m_feed->query() == pc::ChartQuery::Rate;
}

void ChartPanel::redraw()
{
    const int width = std::max(100, int(m_chart->plotArea().width()));
    m_feed->setPlotWidth(width);
    QStringList order;
    QList<QList<QPointF>> visible;
    QStringList visibleKeys;
    for (const pc::ChartSeries &s : std::as_const(m_series)) {
        order.append(s.key);
        if (m_legend->isVisible(s.key)) {
            visible.append(s.points);
            visibleKeys.append(s.key);
        } else {
            setPlotLine(s.key, {}, colourFor(s.key), false, {});
        }
    }
    const QList<QList<QPointF>> drawn = isStacked() ? stackedPoints(visible) : visible;
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        QList<QPointF> below;
        if (isStacked()) {
            below = i > 0 ? pc::decimate(drawn[i - 1], width) : pc::decimate(drawn[i], width);
            if (i == 0) {
                for (QPointF &p : below)
                    p.setY(0);
            }
        }
        setPlotLine(visibleKeys[i], pc::decimate(drawn[i], width), colourFor(visibleKeys[i]), true,
                    below);
    }
    const QString local = QString::fromLatin1(LocalKey);
    if (m_feed->hasLocalLine()) {
        order.append(local);  // on top
        setPlotLine(local, pc::decimate(m_localPoints, width), colourFor(local),
                    m_legend->isVisible(local), {});
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

void ChartPanel::setPlotLine(const QString &key, const QList<QPointF> &points, const QColor &colour,
                             bool visible, const QList<QPointF> &below)
{
    PlotItem::Line line;
    line.points = points;
    line.lower = below;
    line.colour = colour;
    line.visible = visible;
    // Grafana's 1 px lines; the local line thicker and dashed, so it reads as our own.
    const bool local = key == QLatin1String(LocalKey);
    line.width = local ? 2 : 1;
    line.dashed = local;
    m_plot->setLine(key, std::move(line));
}

void ChartPanel::updateAxes()
{
    const auto [from, to] = m_feed->range();
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    m_timeAxis->setFormat(to - from > 15 * 60'000 ? QStringLiteral("HH:mm")
                                                  : QStringLiteral("HH:mm:ss"));
    m_view->setTimeRange(from, to);

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
    }
    // Bytes tick in round MiB or GiB, not in round millions of bytes.
    double divisor = 1;
    if (m_unit == DisplayFormat::Unit::Bytes) {
        while (std::max(std::abs(low), std::abs(high)) >= divisor * 1024 && divisor < 0x1p50)
            divisor *= 1024;
    }
    // As many ticks as fit: labels a line and a half apart, times 80 px apart.
    const QRectF plotArea = m_chart->plotArea();
    const int lineHeight = fontMetrics().height();
    const int valueTicks = std::clamp(int(plotArea.height() / (lineHeight * 1.6)), 2, 6);
    const int timeTicks = std::clamp(int(plotArea.width() / 80), 2, 6);
    if (m_timeAxis->tickCount() != timeTicks)
        m_timeAxis->setTickCount(timeTicks);
    pc::AxisScale scale = pc::AxisScale::nice(low / divisor, high / divisor, valueTicks);
    scale = {scale.min * divisor, scale.max * divisor, scale.step * divisor};
    QStringList labels;
    const QList<double> ticks = scale.ticks();
    for (double tick : ticks)
        labels.append(DisplayFormat::tick(tick, scale.step, m_unit));
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
    m_plot->setGeometry(m_chart->plotArea(), double(from), double(to), scale.min, scale.max);
    const QString symbol = DisplayFormat::unitSymbol(m_unit);
    const QString what = m_feed->query() == pc::ChartQuery::Total  ? tr("requests")
                         : m_feed->query() == pc::ChartQuery::Rate ? tr("request rate")
                                                                   : tr("value");
    if (m_mode == Mode::Panel)
        m_valueAxis->setTitleText({});  // the panel's title says what, the ticks the unit
    else
        m_valueAxis->setTitleText(symbol.isEmpty() ? what : tr("%1 (%2)").arg(what, symbol));
}

void ChartPanel::updateMessages()
{
    QString message;
    if (m_series.isEmpty() && m_answered && m_mode == Mode::Panel) {
        message = tr("No data");
    } else if (m_series.isEmpty() && m_answered) {
        const auto [from, to] = m_feed->range();
        message =
            tr("No data for %1\nbetween %2 and %3")
                .arg(m_feed->promql(),
                     QDateTime::fromMSecsSinceEpoch(from).toString(QStringLiteral("HH:mm:ss")),
                     QDateTime::fromMSecsSinceEpoch(to).toString(QStringLiteral("HH:mm:ss")));
    }
    m_noData->setText(message);
    m_noData->setBrush(palette().color(QPalette::WindowText));
    const QRectF plot = m_chart->plotArea();
    const QRectF text = m_noData->boundingRect();
    m_noData->setPos(plot.center() - QPointF(text.width() / 2, text.height() / 2));
    m_noData->setVisible(!message.isEmpty());

    const int total = m_feed->lastSeriesTotal();
    if (total > m_series.size()) {
        m_seriesCount->setText(tr("Showing the first %1 of %2 series: narrow the query (sum by, "
                                  "topk or a label matcher) to see them all.")
                                   .arg(m_series.size())
                                   .arg(total));
        m_seriesCount->setStyleSheet(QStringLiteral("color: #d0302b"));
    } else {
        m_seriesCount->setText(m_answered ? tr("%n series from Prometheus", nullptr, int(total))
                                          : QString());
        m_seriesCount->setStyleSheet({});
    }
    m_live->setEnabled(!m_feed->isLive());
}

void ChartPanel::showHover(qint64 timeMs, const QPoint &globalPos)
{
    const QStringList rows = hoverRows(timeMs);
    if (rows.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QString html = QStringLiteral("<b>%1</b><table>")
                       .arg(QDateTime::fromMSecsSinceEpoch(timeMs).toString(
                           QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    for (const QString &row : rows)
        html += QStringLiteral("<tr><td>%1</td></tr>").arg(row.toHtmlEscaped());
    QToolTip::showText(globalPos + QPoint(16, 16), html + QStringLiteral("</table>"), m_view);
}

QStringList ChartPanel::hoverRows(qint64 timeMs) const
{
    const auto [from, to] = m_feed->range();
    // Within half a step, or a pixel's worth of time for the dense local line.
    const double reach =
        std::max(double(m_feed->step().count()) * 500.0, double(to - from) / 200.0);
    QList<std::pair<double, QString>> values;
    auto add = [&](const QString &key, const QString &name, const QList<QPointF> &points) {
        if (!m_legend->isVisible(key))
            return;
        if (const auto p = pc::pointNear(points, double(timeMs), reach))
            values.append({p->y(), name});
    };
    if (m_feed->hasLocalLine())
        add(QString::fromLatin1(LocalKey), m_feed->localName(), m_localPoints);
    for (const pc::ChartSeries &s : m_series)
        add(s.key, s.name, s.points);
    std::stable_sort(values.begin(), values.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList rows;
    for (const auto &[value, name] : values)
        rows.append(tr("%1: %2").arg(name, DisplayFormat::compact(value, m_unit)));
    return rows;
}

void ChartPanel::backToLive()
{
    const bool wasLive = m_feed->isLive();
    m_feed->followLive();
    if (!wasLive)
        emit liveChanged(true);
    updateMessages();
}

void ChartPanel::zoomTo(qint64 fromMs, qint64 toMs)
{
    if (toMs - fromMs < 1000)
        return;  // less than a second is no range to ask Prometheus for
    m_feed->setFixedRange(fromMs, toMs);
    emit liveChanged(false);
    updateMessages();
}

void ChartPanel::pan(int direction)
{
    const auto [from, to] = m_feed->range();
    const qint64 shift = (to - from) / 2 * direction;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (to + shift >= now) {
        backToLive();  // panning past the present is following it
        return;
    }
    zoomTo(from + shift, to + shift);
}

void ChartPanel::setStacked(bool stacked)
{
    if (m_stacked->isChecked() != stacked)
        m_stacked->setChecked(stacked);
    m_stackedChoice = stacked;
    redraw();
}

void ChartPanel::toggleLegendRow(int row, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::ControlModifier)
        m_legend->isolate(row);
    else
        m_legend->toggle(row);
}

QUrl ChartPanel::prometheusGraphUrl() const
{
    const auto [from, to] = m_feed->range();
    return pc::promGraphUrl(m_feed->prometheusUrl(), m_feed->promql(),
                            std::chrono::seconds((to - from) / 1000),
                            m_feed->isLive() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(to));
}

void ChartPanel::openInPrometheus()
{
    const QUrl url = prometheusGraphUrl();
    if (QDesktopServices::openUrl(url))
        emit message(tr("Opened %1").arg(url.toString()));
    else
        emit message(tr("No browser could be opened; the query's page is %1").arg(url.toString()));
}

void ChartPanel::chooseTimeRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Time range"));
    const auto [from, to] = m_feed->range();
    auto *start = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(from));
    auto *end = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(to));
    for (QDateTimeEdit *edit : {start, end}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&From:"), start);
    form->addRow(tr("&To:"), end);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (end->dateTime() <= start->dateTime()) {
        emit message(tr("The end of a time range must come after its start."));
        return;
    }
    zoomTo(start->dateTime().toMSecsSinceEpoch(), end->dateTime().toMSecsSinceEpoch());
}

QList<pc::ChartSeries> ChartPanel::visibleSeries() const
{
    QList<pc::ChartSeries> series;
    if (m_feed->hasLocalLine() && m_legend->isVisible(QString::fromLatin1(LocalKey)))
        series.append({m_feed->localName(), {}, m_feed->localName(), m_localPoints});
    for (const pc::ChartSeries &s : m_series) {
        if (m_legend->isVisible(s.key))
            series.append(s);
    }
    return series;
}

bool ChartPanel::exportPng(const QString &path, QString *error) const
{
    if (m_view->grab().save(path, "PNG"))
        return true;
    *error = tr("Could not write the chart to %1.").arg(path);
    return false;
}

bool ChartPanel::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(pc::seriesCsv(visibleSeries())) >= 0
        && file.commit())
        return true;
    *error = tr("Could not write %1: %2").arg(path, file.errorString());
    return false;
}

void ChartPanel::applyPalette()
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

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateMessages();
}

int ChartPanel::prometheusPointCount() const
{
    int count = 0;
    for (const pc::ChartSeries &s : m_series)
        count += int(s.points.size());
    return count;
}

qint64 ChartPanel::newestPrometheusTime() const
{
    qint64 newest = 0;
    for (const pc::ChartSeries &s : m_series) {
        if (!s.points.isEmpty())
            newest = std::max(newest, qint64(s.points.last().x()));
    }
    return newest;
}

int ChartPanel::localPointCount() const
{
    return int(m_localPoints.size());
}

void ChartPanel::setWindow(std::chrono::seconds window)
{
    const int index = m_window->findData(int(window.count()));
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

QString ChartPanel::noDataText() const
{
    return m_noData->isVisible() ? m_noData->text() : QString();
}

QString ChartPanel::seriesCountText() const
{
    return m_seriesCount->text();
}

QStringList ChartPanel::yAxisLabels() const
{
    return m_valueAxis->categoriesLabels();
}

QString ChartPanel::yAxisTitle() const
{
    return m_valueAxis->titleText();
}

QStringList ChartPanel::lineKeys() const
{
    QStringList keys = m_plot->keys();
    keys.sort();
    return keys;
}

int ChartPanel::visibleLineCount() const
{
    const QStringList keys = m_plot->keys();
    return int(std::count_if(keys.begin(), keys.end(), [this](const QString &key) {
        const PlotItem::Line *line = m_plot->line(key);
        return line->visible && !line->points.isEmpty();
    }));
}
