#pragma once

#include "chart/alertpreview.h"
#include "format/displayformat.h"
#include "prometheus/alertrule.h"
#include "prometheus/promreply.h"

#include <QDateTime>
#include <QDialog>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pc {
class PromClient;
}

namespace pc::app {

class AlertPreviewPlot;

/// Makes or edits one alerting rule: name, expression (prefilled from the chart it came
/// from), a condition entered in the chart's unit (200 ms is written 0.2 in the rule), `for`,
/// severity, summary and description. Under the fields a preview over the last hour: the
/// expression's lines (from their first point, when Prometheus has less than the hour), the
/// threshold, the spans where the condition held (a range query of the condition) and how many
/// times the alert would have fired, `for` respected. Save checks
/// the rule with promtool and writes it into the rules folder; promtool's message shows in
/// the dialog when it refuses. The client (not owned) may be null: then no preview. GUI thread.
class AlertRuleDialog : public QDialog
{
    Q_OBJECT
public:
    struct Options
    {
        pc::PromClient *client = nullptr;
        QString rulesDirectory;
        QString promtool;                                               // empty: found on PATH
        pc::DisplayFormat::Unit unit = pc::DisplayFormat::Unit::Count;  // the expression's
    };

    /// `rule` with an empty id makes a new rule; otherwise edits that one.
    AlertRuleDialog(const Options &options, const pc::AlertRule &rule, QWidget *parent = nullptr);

    /// The rule as the fields say, threshold converted to the expression's unit.
    pc::AlertRule rule() const;
    /// Checks and writes the rule, as the Save button does; false, with the reason shown in
    /// the dialog (errorText()), when it was not saved.
    bool save();
    QString errorText() const;
    /// "Would have fired 3 times in the last hour", or why the preview has nothing to say.
    QString firingText() const;
    AlertPreviewPlot *preview() const { return m_plot; }
    /// How long the preview reaches back.
    static constexpr std::chrono::hours PreviewRange{1};

signals:
    void saved(const pc::AlertRule &rule);

private:
    void createFields();
    QWidget *createConditionRow();
    void fill(const pc::AlertRule &rule);
    void updateConditionFields();
    void schedulePreview();
    void askPreview();
    void showLines(const pc::PromReply &reply, std::chrono::seconds step);
    void showCondition(const pc::PromReply &reply, std::chrono::seconds step,
                       std::chrono::seconds forDuration);
    double unitFactor() const;
    std::optional<double> number(const QLineEdit *field) const;

    Options m_options;
    pc::AlertRule m_rule;
    QList<pc::ThresholdUnit> m_units;
    QLineEdit *m_name;
    QPlainTextEdit *m_expr;
    QComboBox *m_condition;
    QLineEdit *m_threshold;
    QLabel *m_and;
    QLineEdit *m_upper;
    QComboBox *m_unit;
    QLineEdit *m_for;
    QComboBox *m_severity;
    QLineEdit *m_summary;
    QPlainTextEdit *m_description;
    AlertPreviewPlot *m_plot;
    QLabel *m_firing;
    QLabel *m_error;
    QTimer m_debounce;
    QDateTime m_from;  // the range the preview asked for
    QDateTime m_to;
    pc::PromReplyPtr m_linesReply;
    pc::PromReplyPtr m_conditionReply;
};

}  // namespace pc::app
