#include "rulesview.h"

#include "alertsbox.h"
#include "chart/chartunits.h"
#include "prometheus/managedprometheus.h"
#include "prometheus/promclient.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pc::app {

namespace {

constexpr int PollMs = 3000;
constexpr int IdRole = Qt::UserRole;
constexpr int QueryRole = Qt::UserRole + 1;  // the PromQL Prometheus evaluates
constexpr int ForRole = Qt::UserRole + 2;    // seconds

enum Column { NameColumn, StateColumn, ConditionColumn, SourceColumn, ColumnCount };

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').simplified();
}

bool isShipped(const QString &file)
{
    return QDir::fromNativeSeparators(file).endsWith(
        QLatin1String("resources/prometheus/rules.yml"));
}

}  // namespace

QString defaultRulesDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/rules");
}

RulesView::RulesView(const Options &options, QWidget *parent)
    : QDialog(parent), m_options(options), m_folder(options.rulesDirectory, options.promtool)
{
    setWindowTitle(tr("Alert rules"));
    m_source = new QLabel;
    m_source->setWordWrap(true);
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #e02f44"));
    m_problems->hide();
    m_list = new QTreeWidget;
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Name"), tr("State"), tr("Condition"), tr("Source")});
    m_list->header()->setSectionResizeMode(ConditionColumn, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Alert rules"));
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RulesView::updateButtons);
    // Yours open to edit; a read-only rule has nothing to edit, so its chart opens.
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!selectedId().isEmpty())
            editRule(selectedId());
        else
            showSelectedChart();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_problems);
    layout->addWidget(m_list, 1);
    layout->addWidget(createButtons());
    resize(760, 420);

    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!m_reply)
            refresh();
    });
    if (m_options.managed) {
        addSetAside(m_options.managed->setAsideRuleFiles());
        connect(m_options.managed, &pc::ManagedPrometheus::ruleFilesSetAside, this,
                &RulesView::addSetAside);
    }
    refresh();
}

QWidget *RulesView::createButtons()
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(tr("&New rule\u2026"));
    connect(add, &QPushButton::clicked, this,
            [this] { newRule(QString(), pc::DisplayFormat::Unit::Count); });
    m_edit = new QPushButton(tr("&Edit\u2026"));
    connect(m_edit, &QPushButton::clicked, this, [this] { editRule(selectedId()); });
    m_toggle = new QPushButton(tr("&Disable"));
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        for (const pc::AlertRule &rule : m_listing.rules) {
            if (rule.id == id)
                setRuleEnabled(id, !rule.enabled);
        }
    });
    m_delete = new QPushButton(tr("De&lete\u2026"));
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (QMessageBox::question(this, tr("Delete rule"),
                                  tr("Delete this rule? Its files in %1 are removed.")
                                      .arg(QDir::toNativeSeparators(m_folder.directory())))
            == QMessageBox::Yes)
            deleteRule(id);
    });
    m_export = new QPushButton(tr("E&xport rule file\u2026"));
    m_export->setToolTip(
        tr("Write the rule to a file for a Prometheus the app does not manage, "
           "with the lines to add to its prometheus.yml"));
    connect(m_export, &QPushButton::clicked, this, &RulesView::chooseExportFile);
    m_exportTest = new QPushButton(tr("Export with a &test\u2026"));
    m_exportTest->setToolTip(
        tr("Write the rule with a promtool unit test made of what "
           "Prometheus recorded and evaluated, and run it"));
    connect(m_exportTest, &QPushButton::clicked, this, &RulesView::chooseTestExport);
    m_chart = new QPushButton(tr("&Show chart\u2026"));
    m_chart->setObjectName(QStringLiteral("showRuleChart"));
    m_chart->setToolTip(
        tr("The rule's expression over the last hour, with its threshold and "
           "the times its alert was pending or firing"));
    connect(m_chart, &QPushButton::clicked, this, &RulesView::showSelectedChart);
    auto *close = new QPushButton(tr("&Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    layout->addWidget(add);
    layout->addWidget(m_edit);
    layout->addWidget(m_toggle);
    layout->addWidget(m_delete);
    layout->addWidget(m_export);
    layout->addWidget(m_exportTest);
    layout->addWidget(m_chart);
    layout->addStretch(1);
    layout->addWidget(close);
    updateButtons();
    return row;
}

bool RulesView::managedInUse() const
{
    const pc::ManagedPrometheus *managed = m_options.managed;
    return managed && m_options.client && managed->state() == pc::ManagedPrometheus::State::Ready
           && m_options.client->endpoint().baseUrl == managed->baseUrl();
}

AlertRuleDialog::Options RulesView::dialogOptions(pc::DisplayFormat::Unit unit) const
{
    AlertRuleDialog::Options options;
    options.client = m_options.client;
    options.rulesDirectory = m_options.rulesDirectory;
    options.promtool = m_options.promtool;
    options.unit = unit;
    return options;
}

AlertRuleDialog *RulesView::newRule(const QString &expr, pc::DisplayFormat::Unit unit,
                                    const QString &title)
{
    pc::AlertRule rule;
    rule.expr = expr;
    rule.name = title;
    rule.summary = QStringLiteral("{{ $value }} on {{ $labels.instance }}");
    auto *dialog = new AlertRuleDialog(dialogOptions(unit), rule, this);
    openDialog(dialog);
    return dialog;
}

AlertRuleDialog *RulesView::editRule(const QString &id)
{
    for (const pc::AlertRule &rule : m_listing.rules) {
        if (rule.id == id) {
            auto *dialog =
                new AlertRuleDialog(dialogOptions(pc::unitForQuery(rule.expr)), rule, this);
            openDialog(dialog);
            return dialog;
        }
    }
    return nullptr;
}

void RulesView::openDialog(AlertRuleDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AlertRuleDialog::saved, this,
            [this](const pc::AlertRule &rule) { reloadRules(rule.name); });
    dialog->open();
}

QString RulesView::setRuleEnabled(const QString &id, bool enabled)
{
    for (pc::AlertRule rule : m_listing.rules) {
        if (rule.id != id)
            continue;
        rule.enabled = enabled;
        QString error = m_folder.save(rule);
        if (!error.isEmpty())
            emit message(error);
        else
            reloadRules(rule.name);
        return error;
    }
    return tr("There is no such rule.");
}

QString RulesView::deleteRule(const QString &id)
{
    QString error = m_folder.remove(id);
    if (!error.isEmpty())
        emit message(error);
    else
        reloadRules({});
    return error;
}

void RulesView::reloadRules(const QString &savedName)
{
    const QString folder = QDir::toNativeSeparators(m_folder.directory());
    if (managedInUse() && m_options.managed->reload()) {
        emit message(savedName.isEmpty()
                         ? tr("Rules in %1 changed: Prometheus is reloading them.").arg(folder)
                         //: %1 is a rule name, %2 a folder
                         : tr("Rule \u201c%1\u201d saved in %2: Prometheus is reloading its "
                              "rules; Alerts \u2192 Rules shows its state once it is loaded.")
                               .arg(savedName, folder));
    } else {
        //: %1 is a folder
        emit message(tr("Saved in %1, but the Prometheus in use is not the app's own, so the "
                        "change is not loaded there: use Alerts \u2192 Export rule file\u2026 "
                        "to add it to that server.")
                         .arg(folder));
    }
    refresh();
}

void RulesView::refresh()
{
    m_listing = m_folder.load();
    if (!m_options.client) {
        fillList();
        return;
    }
    m_reply = m_options.client->rules();
    connect(m_reply.get(), &pc::PromReply::finished, this, [this] {
        const pc::PromReplyPtr reply = std::move(m_reply);
        m_loadError = reply->error() ? reply->error()->message : QString();
        if (!reply->error())
            m_loaded = reply->rules();
        fillList();
    });
    fillList();
}

void RulesView::addSetAside(const QStringList &sentences)
{
    m_setAside += sentences;
    fillList();
}

QString RulesView::problemsText() const
{
    return (m_setAside + m_listing.problems).join(u'\n');
}

void RulesView::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    refresh();
    m_poll.start();
}

void RulesView::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    m_poll.stop();
}

void RulesView::fillList()
{
    m_source->setText(
        managedInUse()
            //: %1 is a folder
            ? tr("Your rules live in %1; the app's own Prometheus loads them.")
                  .arg(QDir::toNativeSeparators(m_folder.directory()))
            : tr("Your rules live in %1. The Prometheus in use is not the app's own: it lists "
                 "only what its own configuration loads.")
                  .arg(QDir::toNativeSeparators(m_folder.directory())));
    const QString problems = problemsText();
    const QString errors = m_loadError.isEmpty()
                               ? problems
                               //: %1 is why the rules cannot be had
                               : tr("Cannot ask Prometheus for its rules: %1").arg(m_loadError)
                                     + (problems.isEmpty() ? QString() : u'\n' + problems);
    m_problems->setText(errors);
    m_problems->setVisible(!errors.isEmpty());

    const QString selected = selectedId();
    const QList<QTreeWidgetItem *> selectedItems = m_list->selectedItems();
    const QString selectedName =
        selectedItems.isEmpty() ? QString() : selectedItems.first()->text(NameColumn);
    m_list->clear();
    QSet<int> matched;
    for (const pc::AlertRule &rule : m_listing.rules) {
        const QString file = QFileInfo(m_folder.yamlPath(rule.id)).absoluteFilePath();
        QString state = !rule.enabled    ? tr("disabled")
                        : managedInUse() ? tr("not loaded yet")
                                         : tr("not loaded here");
        for (int i = 0; i < m_loaded.size(); ++i) {
            if (rule.enabled && m_loaded.at(i).file == file) {
                state = pc::PromAlert::stateName(m_loaded.at(i).state);
                matched.insert(i);
            }
        }
        auto *item = new QTreeWidgetItem(
            m_list,
            {rule.name, state,
             //: %1 is a PromQL condition, %2 a duration such as 5m
             tr("%1 for %2").arg(oneLine(rule.conditionExpr()), pc::promDuration(rule.forDuration)),
             tr("yours")});
        item->setData(NameColumn, IdRole, rule.id);
        item->setData(NameColumn, QueryRole, rule.conditionExpr());
        item->setData(NameColumn, ForRole, qint64(rule.forDuration.count()));
        if (rule.id == selected || (selected.isEmpty() && rule.name == selectedName))
            item->setSelected(true);
    }
    for (int i = 0; i < m_loaded.size(); ++i) {
        if (matched.contains(i))
            continue;
        const pc::PromRule &loaded = m_loaded.at(i);
        auto *item = new QTreeWidgetItem(
            m_list, {loaded.name, pc::PromAlert::stateName(loaded.state), oneLine(loaded.query),
                     isShipped(loaded.file) ? tr("shipped, read-only")
                                            //: %1 is a file path
                                            : tr("%1, read-only").arg(loaded.file)});
        item->setForeground(SourceColumn, palette().brush(QPalette::PlaceholderText));
        item->setData(NameColumn, QueryRole, loaded.query);
        item->setData(NameColumn, ForRole, qint64(loaded.forDuration.count()));
        if (selected.isEmpty() && loaded.name == selectedName)
            item->setSelected(true);
    }
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        const auto state = item->text(StateColumn);
        if (state == QLatin1String("firing"))
            item->setForeground(StateColumn, alertStateColor(pc::PromAlert::State::Firing));
        else if (state == QLatin1String("pending"))
            item->setForeground(StateColumn, alertStateColor(pc::PromAlert::State::Pending));
    }
    m_list->resizeColumnToContents(NameColumn);
    updateButtons();
}

QString RulesView::selectedId() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(NameColumn, IdRole).toString();
}

void RulesView::updateButtons()
{
    const QString id = selectedId();
    bool enabled = true;
    for (const pc::AlertRule &rule : m_listing.rules) {
        if (rule.id == id)
            enabled = rule.enabled;
    }
    m_edit->setEnabled(!id.isEmpty());
    m_toggle->setEnabled(!id.isEmpty());
    m_delete->setEnabled(!id.isEmpty());
    m_export->setEnabled(!id.isEmpty());
    m_exportTest->setEnabled(!id.isEmpty() && m_options.client && !m_recorder);
    m_chart->setEnabled(!m_list->selectedItems().isEmpty());
    m_toggle->setText(enabled ? tr("&Disable") : tr("E&nable"));
}

bool RulesView::showSelectedChart()
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return false;
    const QTreeWidgetItem *item = items.first();
    const QString id = item->data(NameColumn, IdRole).toString();
    const pc::AlertRule *rule = id.isEmpty() ? nullptr : ruleById(id);
    // The app's own rule from its fields, exactly; any other from the PromQL it is loaded as.
    const pc::AlertCondition condition =
        rule ? pc::AlertCondition::of(*rule)
             : pc::AlertCondition::parse(item->data(NameColumn, QueryRole).toString());
    emit chartRequested(item->text(NameColumn), condition,
                        std::chrono::seconds(item->data(NameColumn, ForRole).toLongLong()));
    return true;
}

bool RulesView::selectRule(const QString &name)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->text(NameColumn) == name) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QStringList RulesView::rows() const
{
    QStringList rows;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        rows.append(item->text(NameColumn) + QStringLiteral(" | ") + item->text(StateColumn)
                    + QStringLiteral(" | ") + item->text(SourceColumn));
    }
    return rows;
}

const pc::AlertRule *RulesView::ruleById(const QString &id) const
{
    for (const pc::AlertRule &rule : m_listing.rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

QString RulesView::exportRuleFile(const QString &id, const QString &path, QString *lines)
{
    const pc::AlertRule *rule = ruleById(id);
    if (!rule)
        return tr("There is no such rule.");
    QString error = m_folder.exportRule(*rule, path);
    if (error.isEmpty() && lines)
        *lines = pc::RulesFolder::ruleFilesLines(path);
    return error;
}

void RulesView::chooseExportFile()
{
    const pc::AlertRule *rule = ruleById(selectedId());
    if (!rule)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export rule file"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(rule->id + QStringLiteral(".yml")),
        tr("Prometheus rule files (*.yml *.yaml)"));
    if (path.isEmpty())
        return;
    QString lines;
    const QString error = exportRuleFile(rule->id, path, &lines);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export rule file"), tr("Not exported: %1").arg(error));
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Export rule file"),
                    //: %1 is a file path
                    tr("Written to %1. To load it in another Prometheus, add these lines to "
                       "its prometheus.yml (beside any rule_files already there), then reload "
                       "it: send it SIGHUP, or POST /-/reload when it runs with "
                       "--web.enable-lifecycle. Prom Companion does not load it there and "
                       "cannot tell whether that server has.")
                        .arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setDetailedText(lines);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

bool RulesView::exportWithTest(const QString &id, const QDateTime &from, const QDateTime &to,
                               const QString &directory)
{
    const pc::AlertRule *rule = ruleById(id);
    if (!rule || !m_options.client || m_recorder)
        return false;
    m_recorder = new pc::RuleTestRecorder(m_options.client, this);
    connect(m_recorder, &pc::RuleTestRecorder::finished, this,
            [this](const pc::RuleTestRecorder::Result &result) {
                m_recorder->deleteLater();
                m_recorder = nullptr;
                updateButtons();
                emit testExported(result);
            });
    m_recorder->start({*rule, from, to, directory, rule->id, m_options.promtool});
    updateButtons();
    return true;
}

void RulesView::chooseTestExport()
{
    const QString id = selectedId();
    const QStringList windows{tr("The last 15 minutes"), tr("The last hour"),
                              tr("The last 6 hours")};
    const int minutes[] = {15, 60, 360};
    bool ok = false;
    const QString window = QInputDialog::getItem(
        this, tr("Export with a test"),
        tr("Record the samples and the alerts of which window into the test?"), windows, 0, false,
        &ok);
    if (!ok)
        return;
    const QString directory = QFileDialog::getExistingDirectory(
        this, tr("Folder for the rule and its test"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (directory.isEmpty())
        return;
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const QDateTime from = to.addSecs(-60 * minutes[windows.indexOf(window)]);
    connect(this, &RulesView::testExported, this, &RulesView::showTestResult,
            Qt::SingleShotConnection);
    exportWithTest(id, from, to, directory);
    emit message(tr("Recording the rule's samples and alerts for its test\u2026"));
}

void RulesView::showTestResult(const pc::RuleTestRecorder::Result &result)
{
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, tr("Export with a test"),
                             tr("No test was written: %1").arg(result.error));
        return;
    }
    QMessageBox box(result.passed ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Export with a test"),
                    //: %1 is a file path, %2 a number of checks
                    (result.passed ? tr("The test %1 passes promtool test rules. It checks the "
                                        "alerts at %n time(s).",
                                        nullptr, result.checks)
                                   : tr("The test %1 was written, but promtool test rules fails "
                                        "on it: see the details. It checks the alerts at %n "
                                        "time(s).",
                                        nullptr, result.checks))
                        .arg(QDir::toNativeSeparators(result.testFile)),
                    QMessageBox::Ok, this);
    box.setDetailedText(result.output);
    box.exec();
}

}  // namespace pc::app
