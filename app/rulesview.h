#pragma once

#include "alertruledialog.h"
#include "format/displayformat.h"
#include "prometheus/alertcondition.h"
#include "prometheus/promreply.h"
#include "prometheus/rulesfolder.h"
#include "prometheus/ruletestrecorder.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pc {
class ManagedPrometheus;
class PromClient;
}  // namespace pc

namespace pc::app {

/// `rules/` in the app's data directory: the folder the managed Prometheus loads.
QString defaultRulesDirectory();

/// Alerts → Rules: every alerting rule with its state from `/api/v1/rules` (inactive, pending,
/// firing), the user's own ones from the rules folder with edit, disable and delete, the
/// shipped ones and any other file read-only. After a change it has the managed Prometheus
/// reload (SIGHUP, no restart) and shows what the server then lists; with a Prometheus the app
/// does not manage it says the rule is saved, not loaded. Names the rule files set aside as
/// broken and the records it cannot read. Asks the server every few seconds while shown.
/// Client and managed Prometheus are not owned (managed may be null). GUI thread.
class RulesView : public QDialog
{
    Q_OBJECT
public:
    struct Options
    {
        pc::PromClient *client = nullptr;
        pc::ManagedPrometheus *managed = nullptr;
        QString rulesDirectory;
        QString promtool;  // empty: found on PATH
    };

    explicit RulesView(const Options &options, QWidget *parent = nullptr);

    /// Opens the rule dialog on `expr`, in the unit of the chart it came from, named after
    /// `title` when given. The dialog deletes itself when closed.
    AlertRuleDialog *newRule(const QString &expr, pc::DisplayFormat::Unit unit,
                             const QString &title = {});
    /// Opens the rule dialog on the user's rule `id`; nullptr when there is none.
    AlertRuleDialog *editRule(const QString &id);
    /// Disables or enables the user's rule `id`, then reloads; why not, or empty.
    QString setRuleEnabled(const QString &id, bool enabled);
    /// Deletes the user's rule `id` (no question asked: the button asks), then reloads.
    QString deleteRule(const QString &id);

    /// Export rule file…: writes the user's rule `id` to `path`, checked by promtool, for a
    /// Prometheus the app does not manage; `lines` gets what to add to its prometheus.yml.
    /// Returns why not, or empty. Claims nothing about that server.
    QString exportRuleFile(const QString &id, const QString &path, QString *lines);
    /// Export with a test…: records the rule `id` over [from, to] from the Prometheus in use
    /// into `directory` and runs promtool on it; testExported() tells the outcome. False when
    /// there is no such rule or no Prometheus to ask.
    bool exportWithTest(const QString &id, const QDateTime &from, const QDateTime &to,
                        const QString &directory);

    /// Show chart…: asks for the chart of the selected rule (chartRequested()). False when no
    /// rule is selected.
    bool showSelectedChart();
    /// Selects the row of the rule named `name`; false when there is none.
    bool selectRule(const QString &name);

    /// Reads the folder again and asks the server for its rules.
    void refresh();
    /// True when the client asks the managed Prometheus, which loads the folder.
    bool managedInUse() const;
    /// One line per row: "name | state | source", for tests and the accessible description.
    QStringList rows() const;
    /// The files set aside and the records that cannot be read, one sentence a line.
    QString problemsText() const;
    /// Broken rule files set aside: shown until the view is closed.
    void addSetAside(const QStringList &sentences);

signals:
    /// One sentence for the status bar: a rule saved and loading, or why not.
    void message(const QString &text);
    void testExported(const pc::RuleTestRecorder::Result &result);
    /// Show chart…, or a double click on a read-only rule: the chart of rule `name`, its
    /// expression and threshold as `condition` says.
    void chartRequested(const QString &name, const pc::AlertCondition &condition,
                        std::chrono::seconds forDuration);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createButtons();
    void chooseExportFile();
    void chooseTestExport();
    void showTestResult(const pc::RuleTestRecorder::Result &result);
    const pc::AlertRule *ruleById(const QString &id) const;
    void reloadRules(const QString &savedName);
    void fillList();
    void updateButtons();
    QString selectedId() const;
    void openDialog(AlertRuleDialog *dialog);
    AlertRuleDialog::Options dialogOptions(pc::DisplayFormat::Unit unit) const;

    Options m_options;
    pc::RulesFolder m_folder;
    pc::RulesFolder::Listing m_listing;
    QList<pc::PromRule> m_loaded;
    QString m_loadError;
    QStringList m_setAside;
    QTreeWidget *m_list;
    QLabel *m_problems;
    QLabel *m_source;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_delete;
    QPushButton *m_export;
    QPushButton *m_exportTest;
    QPushButton *m_chart;
    pc::RuleTestRecorder *m_recorder = nullptr;
    QTimer m_poll;
    pc::PromReplyPtr m_reply;
};

}  // namespace pc::app
