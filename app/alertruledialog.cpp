#include "alertruledialog.h"

#include "alertpreviewplot.h"
#include "chart/rangepoller.h"
#include "prometheus/promclient.h"
#include "prometheus/rulesfolder.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace pc::app {

namespace {

constexpr int DebounceMs = 400;
// Prometheus's evaluation interval in the app's config: the preview evaluates as often.
constexpr std::chrono::seconds PreviewStep{5};

QPlainTextEdit *shortTextEdit(int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 12;
    edit->setFixedHeight(height);
    return edit;
}

}  // namespace

AlertRuleDialog::AlertRuleDialog(const Options &options, const pc::AlertRule &rule, QWidget *parent)
    : QDialog(parent), m_options(options), m_rule(rule), m_units(pc::thresholdUnits(options.unit))
{
    setWindowTitle(rule.id.isEmpty() ? tr("New alert rule") : tr("Edit alert rule"));
    createFields();
    fill(rule);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &AlertRuleDialog::askPreview);
    askPreview();
}

void AlertRuleDialog::createFields()
{
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_expr = shortTextEdit(3);
    m_expr->setObjectName(QStringLiteral("expr"));
    m_for = new QLineEdit;
    m_for->setObjectName(QStringLiteral("for"));
    m_for->setToolTip(
        tr("How long the condition must hold before the alert fires: 30s, 5m, "
           "1h30m. 0s fires at once."));
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("severity"));
    m_severity->setEditable(true);
    m_severity->addItems(
        {QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")});
    m_summary = new QLineEdit;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setPlaceholderText(tr("{{ $value }} on {{ $labels.instance }}"));
    m_description = shortTextEdit(2);
    m_description->setObjectName(QStringLiteral("description"));
    m_plot = new AlertPreviewPlot;
    m_plot->setUnit(m_options.unit);
    m_firing = new QLabel;
    m_firing->setObjectName(QStringLiteral("firing"));
    m_firing->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #e02f44"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("E&xpression:"), m_expr);
    form->addRow(tr("&Condition:"), createConditionRow());
    form->addRow(tr("&For:"), m_for);
    form->addRow(tr("Se&verity:"), m_severity);
    form->addRow(tr("S&ummary:"), m_summary);
    form->addRow(tr("&Description:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AlertRuleDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_firing);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_name, m_threshold, m_upper, m_for, m_summary})
        connect(edit, &QLineEdit::textChanged, this, &AlertRuleDialog::schedulePreview);
    connect(m_expr, &QPlainTextEdit::textChanged, this, &AlertRuleDialog::schedulePreview);
}

QWidget *AlertRuleDialog::createConditionRow()
{
    m_condition = new QComboBox;
    m_condition->setObjectName(QStringLiteral("condition"));
    //: The alert fires when the value is above the threshold
    m_condition->addItem(tr("above"), int(pc::AlertRule::Condition::Above));
    m_condition->addItem(tr("below"), int(pc::AlertRule::Condition::Below));
    //: The alert fires when the value is outside the range "lower and upper"
    m_condition->addItem(tr("outside"), int(pc::AlertRule::Condition::Outside));
    m_threshold = new QLineEdit;
    m_threshold->setObjectName(QStringLiteral("threshold"));
    //: Between the lower and the upper bound of "outside"
    m_and = new QLabel(tr("and"));
    m_upper = new QLineEdit;
    m_upper->setObjectName(QStringLiteral("upper"));
    m_unit = new QComboBox;
    m_unit->setObjectName(QStringLiteral("unit"));
    for (const pc::ThresholdUnit &unit : m_units)
        m_unit->addItem(unit.symbol.isEmpty() ? tr("(no unit)") : unit.symbol);
    connect(m_condition, &QComboBox::currentIndexChanged, this,
            &AlertRuleDialog::updateConditionFields);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &AlertRuleDialog::schedulePreview);

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_condition);
    layout->addWidget(m_threshold, 1);
    layout->addWidget(m_and);
    layout->addWidget(m_upper, 1);
    layout->addWidget(m_unit);
    return row;
}

void AlertRuleDialog::fill(const pc::AlertRule &rule)
{
    m_name->setText(rule.name);
    m_expr->setPlainText(rule.expr);
    m_condition->setCurrentIndex(m_condition->findData(int(rule.condition)));
    for (qsizetype i = 0; i < m_units.size(); ++i) {
        if (!rule.thresholdUnit.isEmpty() && m_units.at(i).symbol == rule.thresholdUnit)
            m_unit->setCurrentIndex(int(i));
    }
    const double factor = unitFactor();
    if (!rule.id.isEmpty() || rule.threshold != 0.0) {
        m_threshold->setText(QLocale().toString(rule.threshold / factor, 'g', 15));
        m_upper->setText(QLocale().toString(rule.upper / factor, 'g', 15));
    }
    m_for->setText(pc::promDuration(rule.forDuration));
    m_severity->setCurrentText(rule.severity);
    m_summary->setText(rule.summary);
    m_description->setPlainText(rule.description);
    updateConditionFields();
}

void AlertRuleDialog::updateConditionFields()
{
    const bool outside =
        m_condition->currentData().toInt() == int(pc::AlertRule::Condition::Outside);
    m_and->setVisible(outside);
    m_upper->setVisible(outside);
    schedulePreview();
}

double AlertRuleDialog::unitFactor() const
{
    const int index = m_unit->currentIndex();
    return index >= 0 && index < m_units.size() ? m_units.at(index).factor : 1.0;
}

std::optional<double> AlertRuleDialog::number(const QLineEdit *field) const
{
    bool ok = false;
    double value = QLocale().toDouble(field->text().trimmed(), &ok);
    if (!ok)
        value = QLocale::c().toDouble(field->text().trimmed(), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

pc::AlertRule AlertRuleDialog::rule() const
{
    pc::AlertRule rule = m_rule;
    rule.name = m_name->text().trimmed();
    rule.expr = m_expr->toPlainText().trimmed();
    rule.condition = pc::AlertRule::Condition(m_condition->currentData().toInt());
    const double factor = unitFactor();
    rule.threshold = number(m_threshold).value_or(qQNaN()) * factor;
    rule.upper = rule.condition == pc::AlertRule::Condition::Outside
                     ? number(m_upper).value_or(qQNaN()) * factor
                     : 0.0;
    const int unit = m_unit->currentIndex();
    rule.thresholdUnit = unit >= 0 && unit < m_units.size() ? m_units.at(unit).symbol : QString();
    rule.forDuration = pc::parsePromDuration(m_for->text()).value_or(std::chrono::seconds(-1));
    rule.severity = m_severity->currentText().trimmed();
    rule.summary = m_summary->text();
    rule.description = m_description->toPlainText();
    return rule;
}

bool AlertRuleDialog::save()
{
    pc::AlertRule rule = this->rule();
    if (!pc::parsePromDuration(m_for->text())) {
        m_error->setText(tr("Not saved: \u201c%1\u201d is not a duration; write 30s, 5m or "
                            "1h30m.")
                             .arg(m_for->text()));
        m_error->show();
        return false;
    }
    const pc::RulesFolder folder(m_options.rulesDirectory, m_options.promtool);
    const QString error = folder.save(rule);
    if (!error.isEmpty()) {
        //: %1 is why: a sentence, or promtool's message
        m_error->setText(tr("Not saved: %1").arg(error));
        m_error->show();
        return false;
    }
    m_rule = rule;
    m_error->hide();
    emit saved(rule);
    accept();
    return true;
}

QString AlertRuleDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString AlertRuleDialog::firingText() const
{
    return m_firing->text();
}

void AlertRuleDialog::schedulePreview()
{
    m_debounce.start();
}

void AlertRuleDialog::askPreview()
{
    m_linesReply.reset();
    m_conditionReply.reset();
    const pc::AlertRule rule = this->rule();
    QList<double> thresholds;
    if (std::isfinite(rule.threshold))
        thresholds.append(rule.threshold);
    if (rule.condition == pc::AlertRule::Condition::Outside && std::isfinite(rule.upper))
        thresholds.append(rule.upper);
    m_plot->setThresholds(thresholds);
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(-std::chrono::seconds(PreviewRange).count());
    m_from = from;
    m_to = to;
    if (!m_options.client) {
        m_firing->setText(tr("No Prometheus to preview the rule with."));
        return;
    }
    if (!rule.expr.isEmpty()) {
        m_linesReply = m_options.client->queryRange(rule.expr, from, to, PreviewStep);
        connect(m_linesReply.get(), &pc::PromReply::finished, this,
                [this] { showLines(*m_linesReply, PreviewStep); });
    }
    const QString problem = rule.problem();
    if (!problem.isEmpty() || rule.forDuration.count() < 0) {
        m_plot->setSpans({});
        m_firing->setText(problem.isEmpty() ? tr("The duration is not one Prometheus reads.")
                                            : problem);
        return;
    }
    m_firing->setText(tr("Asking Prometheus how the rule would have done\u2026"));
    m_conditionReply = m_options.client->queryRange(rule.conditionExpr(), from, to, PreviewStep);
    connect(m_conditionReply.get(), &pc::PromReply::finished, this,
            [this, forDuration = rule.forDuration] {
                showCondition(*m_conditionReply, PreviewStep, forDuration);
            });
}

void AlertRuleDialog::showLines(const pc::PromReply &reply, std::chrono::seconds step)
{
    if (reply.error()) {
        m_plot->setSeries({}, step);
        return;  // the condition's query says why, with the same expression
    }
    const QList<pc::ChartSeries> series = pc::RangePoller::chartSeriesFor(reply.queryResult());
    // A young Prometheus has a few minutes of the hour: draw from its first point.
    qint64 first = m_to.toMSecsSinceEpoch();
    for (const pc::ChartSeries &s : series) {
        if (!s.points.isEmpty())
            first = std::min(first, qint64(s.points.first().x()));
    }
    const qint64 from = std::max(m_from.toMSecsSinceEpoch(), first - 10'000);
    m_plot->setRange(std::min(from, m_to.toMSecsSinceEpoch() - 30'000), m_to.toMSecsSinceEpoch());
    m_plot->setSeries(series, step);
}

void AlertRuleDialog::showCondition(const pc::PromReply &reply, std::chrono::seconds step,
                                    std::chrono::seconds forDuration)
{
    if (reply.error()) {
        m_plot->setSpans({});
        //: %1 is Prometheus's error message
        m_firing->setText(
            tr("Prometheus cannot evaluate the rule: %1").arg(reply.error()->message));
        return;
    }
    const pc::PromQueryResult result = reply.queryResult();
    m_plot->setSpans(pc::conditionSpans(result, step));
    const int firings = pc::firingCount(result, step, forDuration);
    m_firing->setText(tr("Would have fired %n time(s) in the last hour.", nullptr, firings));
}

}  // namespace pc::app
