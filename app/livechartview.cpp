#include "livechartview.h"

#include "annotation/alertbands.h"
#include "chart/chartunits.h"
#include "chart/localcountersampler.h"
#include "chart/rangepoller.h"
#include "chart/scrapetargetwatcher.h"
#include "chart/timerange.h"
#include "chartwidget.h"
#include "comparepicker.h"
#include "explorebar.h"
#include "prometheus/alertcondition.h"
#include "prometheus/promclient.h"
#include "prometheus/promrules.h"
#include "prometheus/promurls.h"

#include <QAction>
#include <QDateTime>
#include <QDesktopServices>
#include <QLabel>
#include <QVBoxLayout>

namespace pc::app {

LiveChartView::LiveChartView(const Sources &sources, QWidget *parent)
    : QWidget(parent),
      m_sources(sources),
      m_bar(new ExploreBar(sources.range)),
      m_queryError(new QLabel),
      m_chart(new ChartWidget(sources.range)),
      m_compare(new RangePoller(sources.client, sources.range, this)),
      m_alertBands(new AlertBandsPoller(sources.client, sources.range, this))
{
    m_queryError->setObjectName(QStringLiteral("queryError"));
    m_queryError->setWordWrap(true);
    m_queryError->setStyleSheet(QStringLiteral("color: #d0302b"));
    m_queryError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_queryError->hide();
    m_chart->setSeriesTotal(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_queryError);
    layout->addWidget(m_chart, 1);
    auto *alert = new QAction(tr("&Alert on this\u2026"), m_chart);
    alert->setObjectName(QStringLiteral("alertOnThis"));
    connect(alert, &QAction::triggered, this,
            [this] { emit alertRequested(promql(), m_chart->unit()); });
    m_chart->addAction(alert);
    m_chart->setContextMenuPolicy(Qt::ActionsContextMenu);
    connectSources();
    applyView();
}

void LiveChartView::connectSources()
{
    connect(m_bar, &ExploreBar::viewChanged, this, &LiveChartView::applyView);
    connect(m_bar, &ExploreBar::stackedChanged, m_chart, &ChartWidget::setStacked);
    connect(m_bar, &ExploreBar::metricNamesWanted, this, &LiveChartView::requestMetricNames);
    connect(m_bar, &ExploreBar::openInPrometheusRequested, this, &LiveChartView::openInPrometheus);
    connect(m_bar, &ExploreBar::message, this, &LiveChartView::message);
    connect(m_chart, &ChartWidget::plotWidthChanged, m_sources.poller, &RangePoller::setPlotWidth);
    connect(m_sources.range, &TimeRange::changed, this, &LiveChartView::showLocal);
    connect(m_sources.poller, &RangePoller::updated, this, &LiveChartView::showAnswer);
    connect(m_sources.poller, &RangePoller::updated, this, &LiveChartView::refreshAlertBands);
    connect(m_alertBands, &AlertBandsPoller::updated, this, [this](const QList<Annotation> &bands) {
        m_chart->setAnnotations(QLatin1String(BandsLayer), bands);
    });
    connect(m_sources.poller, &RangePoller::rejected, this, [this](const QString &message) {
        m_queryError->setText(tr("Query rejected: %1").arg(message));
        m_queryError->show();
        m_chart->clearSeries();  // the last query's lines and count are not this one's
    });
    connect(m_chart, &ChartWidget::plotWidthChanged, m_compare, &RangePoller::setPlotWidth);
    connect(m_bar->comparePicker(), &ComparePicker::offsetChanged, this,
            &LiveChartView::applyCompare);
    connect(m_compare, &RangePoller::updated, this, [this](const QList<ChartSeries> &series) {
        m_chart->setCompareSeries(series, m_bar->comparePicker()->offset());
    });
    // Compare asks while the chart does: once Prometheus answers the present.
    connect(m_sources.poller, &RangePoller::updated, m_compare,
            [this] { m_compare->setEnabled(m_bar->comparePicker()->offset().count() > 0); });
    if (m_sources.sampler)
        connect(m_sources.sampler, &LocalCounterSampler::sampled, this, &LiveChartView::showLocal);
    if (m_sources.watcher) {
        // The default views can now name this app's own series exactly.
        connect(m_sources.watcher, &ScrapeTargetWatcher::ownInstanceChanged, this, [this] {
            if (m_bar->view() != LiveView::Custom)
                applyView();
        });
        connect(m_sources.watcher, &ScrapeTargetWatcher::scrapeIntervalChanged, m_sources.poller,
                &RangePoller::setMinimumStep);
        connect(m_sources.watcher, &ScrapeTargetWatcher::scrapeIntervalChanged, m_compare,
                &RangePoller::setMinimumStep);
    }
}

QString LiveChartView::promql() const
{
    const QString selector = m_sources.watcher ? m_sources.watcher->ownSeriesSelector() : QString();
    return livePromql(m_bar->view(), m_bar->customPromql(), selector);
}

void LiveChartView::applyView()
{
    m_queryError->hide();
    const QString query = promql();
    m_bar->setCurrentPromql(query);
    m_chart->clearSeries();
    m_chart->setUnit(unitForQuery(query));
    const LiveView view = m_bar->view();
    m_chart->setAxisTitle(view == LiveView::Total  ? tr("requests")
                          : view == LiveView::Rate ? tr("request rate")
                                                   : tr("value"));
    m_chart->setStacked(m_bar->isStacked());
    showLocal();
    m_sources.poller->setQueries({{query, {}}});
    m_chart->setCompareSeries({}, m_bar->comparePicker()->offset());
    m_compare->setQueries({{query, {}}});
    if (query != m_rulesCheckedFor) {
        m_rulesCheckedFor.clear();
        m_alertBands->setAlertNames({});
    }
}

QStringList LiveChartView::alertNames() const
{
    return m_alertBands->alertNames();
}

void LiveChartView::refreshAlertBands()
{
    constexpr qint64 RulesMaxAgeMs = 60'000;
    if (!m_sources.client)
        return;
    const QString query = promql();
    if (!m_rulesReply
        && (query != m_rulesCheckedFor
            || m_sources.range->now() - m_rulesCheckedAtMs > RulesMaxAgeMs)) {
        m_rulesReply = m_sources.client->rules();
        connect(m_rulesReply.get(), &PromReply::finished, this, [this, query] {
            const PromReplyPtr reply = std::move(m_rulesReply);
            m_rulesCheckedFor = query;
            m_rulesCheckedAtMs = m_sources.range->now();
            // A Prometheus without rules (or without the API) just has no bands to draw.
            if (!reply->error() && query == promql())
                matchRules(reply->rules());
        });
        return;
    }
    m_alertBands->setStep(m_sources.poller->step());
    m_alertBands->refreshNow();
}

void LiveChartView::matchRules(const QList<PromRule> &rules)
{
    const QString wanted = AlertCondition::normalized(promql());
    QStringList names;
    for (const PromRule &rule : rules) {
        if (AlertCondition::normalized(AlertCondition::parse(rule.query).expr) == wanted
            && !names.contains(rule.name))
            names.append(rule.name);
    }
    m_alertBands->setAlertNames(names);
    m_alertBands->setStep(m_sources.poller->step());
    m_alertBands->refreshNow();
}

void LiveChartView::applyCompare()
{
    const std::chrono::seconds offset = m_bar->comparePicker()->offset();
    m_chart->setCompareSeries({}, offset);
    m_compare->setTimeShift(offset);
    m_compare->setEnabled(offset.count() > 0 && m_sources.poller->isEnabled());
}

void LiveChartView::showAnswer(const QList<ChartSeries> &series)
{
    const QString query = promql();
    if (!series.isEmpty()) {
        m_queryError->hide();
        QList<QList<QPointF>> points;
        for (const ChartSeries &s : series)
            points.append(s.points);
        m_chart->setUnit(unitForSeries(query, points));
    }
    const auto [from, to] = m_sources.range->range();
    // The demo's counter has no series until it counts a request: when Prometheus scrapes
    // this app, an empty answer means no request yet, not that something is wrong.
    const bool scraped = m_sources.watcher && !m_sources.watcher->ownInstance().isEmpty();
    if (m_bar->view() != LiveView::Custom && scraped) {
        m_chart->setNoDataText(tr("No requests yet: %1\nappears in Prometheus with the first "
                                  "request (Send 1 request).")
                                   .arg(query));
    } else {
        m_chart->setNoDataText(
            tr("No data for %1\nbetween %2 and %3")
                .arg(query,
                     QDateTime::fromMSecsSinceEpoch(from).toString(QStringLiteral("HH:mm:ss")),
                     QDateTime::fromMSecsSinceEpoch(to).toString(QStringLiteral("HH:mm:ss"))));
    }
    m_chart->setSeriesTotal(m_sources.poller->lastSeriesTotal());
    m_chart->setSeries(series, m_sources.poller->step());
}

void LiveChartView::showLocal()
{
    const LiveView view = m_bar->view();
    if (!m_sources.sampler || view == LiveView::Custom) {
        if (m_chart->hasLocalLine())
            m_chart->removeLocalLine();
        return;
    }
    const auto [from, to] = m_sources.range->range();
    if (view == LiveView::Total) {
        //: The legend of the chart's line from the app's own counter
        m_chart->setLocalLine(tr("this app, local counter"),
                              m_sources.sampler->counterPoints(from, to));
    } else {
        //: The legend of the chart's line from the app's own counter; [1m] is PromQL's range
        m_chart->setLocalLine(tr("this app, local rate [1m]"),
                              m_sources.sampler->ratePoints(from, to));
    }
}

void LiveChartView::requestMetricNames()
{
    if (!m_sources.poller->isEnabled() || m_namesReply)
        return;
    m_namesReply = m_sources.client->labelValues(QStringLiteral("__name__"));
    connect(m_namesReply.get(), &PromReply::finished, this, [this] {
        const PromReplyPtr reply = std::move(m_namesReply);
        if (!reply->error())
            m_bar->setMetricNames(reply->labelValues());
    });
}

void LiveChartView::setWindow(std::chrono::seconds window)
{
    m_bar->setWindow(window);
}

void LiveChartView::setCustomQuery(const QString &promql)
{
    m_bar->setView(LiveView::Custom, promql);
}

QString LiveChartView::queryError() const
{
    return m_queryError->isHidden() ? QString() : m_queryError->text();
}

void LiveChartView::backToLive()
{
    m_sources.range->followLive();
}

void LiveChartView::pan(int direction)
{
    m_sources.range->pan(direction);
}

void LiveChartView::chooseTimeRange()
{
    m_bar->chooseTimeRange();
}

QUrl LiveChartView::prometheusGraphUrl() const
{
    const auto [from, to] = m_sources.range->range();
    return promGraphUrl(
        m_sources.client->endpoint().baseUrl, promql(), std::chrono::seconds((to - from) / 1000),
        m_sources.range->isLive() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(to));
}

void LiveChartView::openInPrometheus()
{
    const QUrl url = prometheusGraphUrl();
    if (QDesktopServices::openUrl(url))
        emit message(tr("Opened %1").arg(url.toString()));
    else
        emit message(tr("No browser could be opened; the query's page is %1").arg(url.toString()));
}

}  // namespace pc::app
