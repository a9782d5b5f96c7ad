#include "alertchartwindow.h"

#include "annotation/alertbands.h"
#include "chart/chartunits.h"
#include "chart/rangepoller.h"
#include "chart/timerange.h"
#include "chartwidget.h"
#include "prometheus/alertrule.h"
#include "prometheus/promclient.h"
#include "prometheus/promrules.h"

#include <QLabel>
#include <QVBoxLayout>

#include <limits>

namespace pc::app {

namespace {

// Grafana's red, as the firing bands.
const QColor ThresholdColour(0xf2, 0x49, 0x5c);

QString opText(pc::AlertCondition::Op op)
{
    using Op = pc::AlertCondition::Op;
    switch (op) {
    case Op::AtLeast:
        return QStringLiteral("\u2265");
    case Op::Below:
        return QStringLiteral("<");
    case Op::AtMost:
        return QStringLiteral("\u2264");
    case Op::Equal:
        return QStringLiteral("=");
    case Op::NotEqual:
        return QStringLiteral("\u2260");
    case Op::Above:
        break;
    }
    return QStringLiteral(">");
}

}  // namespace

AlertChartWindow::AlertChartWindow(const Options &options, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_options(options),
      m_range(new pc::TimeRange(options.window, this)),
      m_poller(new pc::RangePoller(options.client, m_range, this)),
      m_bands(new pc::AlertBandsPoller(options.client, m_range, this)),
      m_heading(new QLabel),
      m_problem(new QLabel),
      m_chart(new ChartWidget(m_range))
{
    //: %1 is an alert's name
    setWindowTitle(tr("Alert %1").arg(options.alertName));
    setObjectName(QStringLiteral("alertChart"));
    m_heading->setObjectName(QStringLiteral("alertChartHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("alertChartProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d0302b"));
    m_problem->hide();
    m_chart->setLegendMode(ChartWidget::LegendMode::List);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_problem);
    layout->addWidget(m_chart, 1);
    resize(900, 520);

    m_bands->setAlertNames({options.alertName});
    connect(m_chart, &ChartWidget::plotWidthChanged, m_poller, &pc::RangePoller::setPlotWidth);
    connect(m_poller, &pc::RangePoller::updated, this,
            [this](const QList<pc::ChartSeries> &series) {
                m_problem->hide();
                m_chart->setSeriesTotal(m_poller->lastSeriesTotal());
                m_chart->setSeries(series, m_poller->step());
                // The bands at the lines' step, asked with them: one ALERTS query per refresh.
                m_bands->setStep(m_poller->step());
                m_bands->refreshNow();
            });
    connect(m_poller, &pc::RangePoller::rejected, this,
            [this](const QString &message) { showProblem(tr("Query rejected: %1").arg(message)); });
    connect(m_poller, &pc::RangePoller::failed, this,
            [this](const pc::PromError &error) { showProblem(error.message); });
    connect(m_bands, &pc::AlertBandsPoller::updated, this,
            [this](const QList<pc::Annotation> &bands) {
                m_chart->setAnnotations(QLatin1String(BandsLayer), bands);
            });
    connect(m_bands, &pc::AlertBandsPoller::failed, this, [this](const QString &message) {
        //: %1 is why the ALERTS series could not be had
        showProblem(tr("The alert's pending and firing times cannot be shown: %1").arg(message));
    });
    if (m_options.condition)
        applyCondition();
    else
        askForRule();
}

AlertChartWindow::~AlertChartWindow() = default;

void AlertChartWindow::showRecent(std::chrono::seconds window)
{
    m_range->setWindow(window);
}

std::chrono::seconds AlertChartWindow::windowAround(const QDateTime &activeAt, const QDateTime &now)
{
    if (!activeAt.isValid())
        return std::chrono::hours(1);
    const std::chrono::seconds active(std::max<qint64>(0, activeAt.secsTo(now)));
    return std::max<std::chrono::seconds>(std::chrono::minutes(15), 3 * active);
}

QString AlertChartWindow::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void AlertChartWindow::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void AlertChartWindow::askForRule()
{
    m_heading->setText(tr("%1: asking Prometheus for the rule\u2026").arg(m_options.alertName));
    if (!m_options.client) {
        showProblem(tr("No Prometheus to ask for the rule."));
        return;
    }
    m_rulesReply = m_options.client->rules();
    connect(m_rulesReply.get(), &pc::PromReply::finished, this, [this] {
        const pc::PromReplyPtr reply = std::move(m_rulesReply);
        if (reply->error()) {
            //: %1 is why
            showProblem(tr("Cannot ask Prometheus for the rule: %1").arg(reply->error()->message));
            return;
        }
        for (const pc::PromRule &rule : reply->rules()) {
            if (rule.name == m_options.alertName) {
                m_options.condition = pc::AlertCondition::parse(rule.query);
                m_options.forDuration = rule.forDuration;
                applyCondition();
                return;
            }
        }
        m_heading->setText(m_options.alertName);
        showProblem(
            tr("Prometheus has no alerting rule named %1 (any more).").arg(m_options.alertName));
    });
}

void AlertChartWindow::applyCondition()
{
    const pc::AlertCondition &condition = *m_options.condition;
    const pc::DisplayFormat::Unit unit = pc::unitForQuery(condition.expr);
    m_chart->setUnit(unit);
    QList<PlotItem::Threshold> steps{{-std::numeric_limits<double>::infinity(), ThresholdColour}};
    QStringList bounds;
    for (const pc::AlertCondition::Bound &bound : condition.bounds) {
        steps.append({bound.value, ThresholdColour});
        bounds.append(opText(bound.op) + u' ' + pc::DisplayFormat::value(bound.value, unit));
    }
    std::sort(steps.begin(), steps.end(),
              [](const PlotItem::Threshold &a, const PlotItem::Threshold &b) {
                  return a.value < b.value;
              });
    m_chart->setThresholds(steps, {true, false, true});
    QString heading =
        QStringLiteral("<b>%1</b><br><code>%2</code>")
            .arg(m_options.alertName.toHtmlEscaped(),
                 condition.expr.toHtmlEscaped().replace(u'\n', QLatin1String("<br>")));
    if (!bounds.isEmpty())
        //: %1 a rule's thresholds ("> 400 ms"), %2 a duration such as 30s
        heading += QStringLiteral("<br>")
                   + tr("Fires when %1 for %2")
                         .arg(bounds.join(tr(" or ")), pc::promDuration(m_options.forDuration))
                         .toHtmlEscaped();
    m_heading->setText(heading);
    m_chart->setNoDataText(tr("No data for %1").arg(condition.expr));
    m_poller->setQueries({{condition.expr, {}}});
    m_poller->setEnabled(m_options.client != nullptr);
}

}  // namespace pc::app
