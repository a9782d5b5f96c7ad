#include "chartpanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace std::chrono_literals;

ChartPanel::ChartPanel(pc::LiveChartFeed *feed, QWidget *parent) : QWidget(parent), m_feed(feed)
{
    m_query = new QComboBox;
    m_query->setObjectName(QStringLiteral("queryChoice"));
    m_query->addItem(tr("Total requests  (http_requests_total)"), int(pc::ChartQuery::Total));
    m_query->addItem(tr("Request rate by code"), int(pc::ChartQuery::Rate));
    m_query->addItem(tr("Custom PromQL"), int(pc::ChartQuery::Custom));
    m_query->setAccessibleName(tr("What to chart"));

    m_window = new QComboBox;
    m_window->setObjectName(QStringLiteral("windowChoice"));
    for (const auto &[label, seconds] :
         {std::pair{"Last 1 min", 60}, std::pair{"Last 5 min", 300}, std::pair{"Last 15 min", 900},
          std::pair{"Last 1 h", 3600}})
        m_window->addItem(tr(label), seconds);
    m_window->setCurrentIndex(1);
    m_window->setAccessibleName(tr("Time window"));

    m_promql = new QLineEdit;
    m_promql->setObjectName(QStringLiteral("promql"));
    m_promql->setPlaceholderText(tr("PromQL, e.g. sum(rate(http_requests_total[1m]))"));
    m_promql->setClearButtonEnabled(true);
    m_promql->setAccessibleName(tr("PromQL query"));
    m_promql->setEnabled(false);
    auto *run = new QPushButton(tr("Char&t it"));
    run->setEnabled(false);

    m_queryError = new QLabel;
    m_queryError->setObjectName(QStringLiteral("queryError"));
    m_queryError->setWordWrap(true);
    m_queryError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_queryError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_queryError->hide();

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(6);
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_valueAxis->setMin(0);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_local = addLine(m_feed->localName());
    QPen pen(QColor(0x55, 0x55, 0x55));
    pen.setWidthF(2.5);
    pen.setStyle(Qt::DashLine);
    m_local->setPen(pen);

    m_view = new QChartView(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setObjectName(QStringLiteral("chartView"));

    m_emptyHint =
        new QLabel(tr("Click “Send burst” to generate requests: the dashed line is this "
                      "app's own counter, the others come from Prometheus."));
    m_emptyHint->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    auto *queryLabel = new QLabel(tr("&Chart:"));
    queryLabel->setBuddy(m_query);
    controls->addWidget(queryLabel);
    controls->addWidget(m_query, 2);
    controls->addWidget(m_window, 1);
    auto *custom = new QHBoxLayout;
    custom->addWidget(m_promql, 1);
    custom->addWidget(run);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(custom);
    layout->addWidget(m_queryError);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyHint);

    connect(m_query, &QComboBox::currentIndexChanged, this, [this, run] {
        const bool customQuery = m_query->currentData().toInt() == int(pc::ChartQuery::Custom);
        m_promql->setEnabled(customQuery);
        run->setEnabled(customQuery);
        if (customQuery) {
            if (m_promql->text().isEmpty())
                m_promql->setText(m_feed->promql());
            m_promql->setFocus();
        }
        applyQueryChoice();
    });
    connect(m_promql, &QLineEdit::returnPressed, this, &ChartPanel::applyQueryChoice);
    connect(run, &QPushButton::clicked, this, &ChartPanel::applyQueryChoice);
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { m_feed->setWindow(std::chrono::seconds(m_window->currentData().toInt())); });
    connect(m_feed, &pc::LiveChartFeed::localUpdated, this, &ChartPanel::showLocal);
    connect(m_feed, &pc::LiveChartFeed::prometheusUpdated, this, &ChartPanel::showPrometheus);
    connect(m_feed, &pc::LiveChartFeed::queryRejected, this, [this](const QString &message) {
        m_queryError->setText(tr("Query rejected: %1").arg(message));
        m_queryError->show();
    });
    m_feed->setWindow(std::chrono::seconds(m_window->currentData().toInt()));
}

QLineSeries *ChartPanel::addLine(const QString &name)
{
    auto *line = new QLineSeries;
    line->setName(name);
    m_chart->addSeries(line);
    line->attachAxis(m_timeAxis);
    line->attachAxis(m_valueAxis);
    return line;
}

void ChartPanel::applyQueryChoice()
{
    m_queryError->hide();
    const auto query = pc::ChartQuery(m_query->currentData().toInt());
    // The local line shows what the query shows: a counter, or a rate.
    m_feed->setQuery(query, m_promql->text());
    m_local->setName(m_feed->localName());
    m_valueAxis->setLabelFormat(query == pc::ChartQuery::Total ? QStringLiteral("%.0f")
                                                               : QStringLiteral("%.4g"));
    showPrometheus({});
}

void ChartPanel::showLocal()
{
    m_local->replace(m_feed->localPoints());
    if (m_local->count() > 0 && m_local->at(m_local->count() - 1).y() > 0)
        m_emptyHint->hide();
    updateAxes();
}

void ChartPanel::showPrometheus(const QList<pc::ChartSeries> &series)
{
    QSet<QString> seen;
    for (const pc::ChartSeries &s : series) {
        seen.insert(s.name);
        QLineSeries *line = m_lines.value(s.name);
        if (!line) {
            line = addLine(s.name);
            m_lines.insert(s.name, line);
        }
        line->replace(s.points);
        // A line of a point or two is invisible without its markers.
        line->setPointsVisible(s.points.size() < 3);
    }
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (!seen.contains(it.key())) {
            m_chart->removeSeries(it.value());
            delete it.value();
            it = m_lines.erase(it);
        } else {
            ++it;
        }
    }
    if (!series.isEmpty())
        m_queryError->hide();
    updateAxes();
}

void ChartPanel::updateAxes()
{
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addSecs(-m_feed->window().count()), now);
    m_timeAxis->setFormat(m_feed->window() > 15min ? QStringLiteral("HH:mm")
                                                   : QStringLiteral("HH:mm:ss"));
    double top = 0;
    double bottom = 0;
    auto scan = [&](const QLineSeries *line) {
        for (const QPointF &p : line->points()) {
            top = std::max(top, p.y());
            bottom = std::min(bottom, p.y());
        }
    };
    scan(m_local);
    for (const QLineSeries *line : std::as_const(m_lines))
        scan(line);
    top = top <= 0 ? 1 : top * 1.1;
    m_valueAxis->setRange(bottom, top);
    m_valueAxis->applyNiceNumbers();
}

int ChartPanel::prometheusPointCount() const
{
    int count = 0;
    for (const QLineSeries *line : m_lines)
        count += line->count();
    return count;
}

qint64 ChartPanel::newestPrometheusTime() const
{
    qint64 newest = 0;
    for (const QLineSeries *line : m_lines) {
        if (line->count() > 0)
            newest = std::max(newest, qint64(line->at(line->count() - 1).x()));
    }
    return newest;
}

void ChartPanel::setWindow(std::chrono::seconds window)
{
    const int index = m_window->findData(int(window.count()));
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

int ChartPanel::localPointCount() const
{
    return m_local->count();
}
