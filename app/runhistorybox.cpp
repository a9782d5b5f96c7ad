#include "runhistorybox.h"

#include "format/displayformat.h"
#include "load/loadgenerator.h"
#include "load/loadreport.h"
#include "load/runhistory.h"
#include "runcomparedialog.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pc::app {

namespace {

using Unit = pc::DisplayFormat::Unit;

// The index of its run in the history, on each row.
constexpr int RunIndexRole = Qt::UserRole + 1;

}  // namespace

RunHistoryBox::RunHistoryBox(pc::LoadGenerator *generator, pc::RunHistory *history, QWidget *parent)
    : QGroupBox(tr("Runs"), parent), m_history(history)
{
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("runs"));
    m_list->setAccessibleName(tr("Past load runs"));
    m_list->setToolTip(tr("The last %1 runs, kept across restarts. Select two to compare them.")
                           .arg(pc::RunHistory::Capacity));
    m_list->setAccessibleDescription(m_list->toolTip());
    m_list->setHeaderLabels({tr("Started"), tr("Run"), tr("Achieved"), tr("p99"), tr("Errors")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(120);
    m_compare = new QPushButton(tr("Co&mpare"));
    m_compare->setObjectName(QStringLiteral("compareRuns"));
    m_compare->setToolTip(tr("Show the two selected runs side by side"));
    m_export = new QPushButton(tr("E&xport…"));
    m_export->setObjectName(QStringLiteral("exportRuns"));
    m_export->setToolTip(tr("Save the selected runs, or all of them, as CSV or JSON"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("historyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_compare);
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    connect(generator, &pc::LoadGenerator::runFinished, this, &RunHistoryBox::add);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RunHistoryBox::updateButtons);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (QWidget *dialog = compareSelected())
            dialog->show();
    });
    connect(m_export, &QPushButton::clicked, this, &RunHistoryBox::chooseExportFile);
    refresh();
}

void RunHistoryBox::add(const pc::LoadRunSummary &run)
{
    m_history->add(run);
    refresh();
}

void RunHistoryBox::refresh()
{
    m_list->clear();
    const QList<pc::LoadRunSummary> &runs = m_history->runs();
    for (int i = int(runs.size()) - 1; i >= 0; --i) {
        const pc::LoadRunSummary &run = runs.at(i);
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(run.startedMsecsSinceEpoch);
        auto *item = new QTreeWidgetItem(
            {QLocale().toString(started, QLocale::ShortFormat), pc::LoadReport::askedText(run.plan),
             pc::DisplayFormat::compact(run.achievedRate(), Unit::RequestsPerSecond),
             pc::DisplayFormat::compact(double(run.corrected.p99) / 1e6, Unit::Seconds),
             pc::DisplayFormat::value(double(run.errorCount()), Unit::Count)});
        item->setData(0, RunIndexRole, i);
        // The whole summary on hover, as the headless run prints it; in <pre>: its latency table
        // lines up only in a fixed-width font.
        const QString summary = QStringLiteral("<pre>%1</pre>")
                                    .arg(pc::LoadReport::text(run).trimmed().toHtmlEscaped());
        for (int column = 0; column < m_list->columnCount(); ++column)
            item->setToolTip(column, summary);
        m_list->addTopLevelItem(item);
    }
    m_problem->setText(m_history->errorString());
    m_problem->setVisible(!m_history->errorString().isEmpty());
    updateButtons();
}

void RunHistoryBox::updateButtons()
{
    m_compare->setEnabled(m_list->selectedItems().size() == 2);
    m_export->setEnabled(!m_history->runs().isEmpty());
}

QList<pc::LoadRunSummary> RunHistoryBox::selectedRuns() const
{
    QList<int> indexes;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        indexes.append(item->data(0, RunIndexRole).toInt());
    std::sort(indexes.begin(), indexes.end());  // oldest first, as in the file
    QList<pc::LoadRunSummary> runs;
    for (int index : indexes)
        runs.append(m_history->runs().at(index));
    return runs.isEmpty() ? m_history->runs() : runs;
}

QWidget *RunHistoryBox::compareSelected()
{
    if (m_list->selectedItems().size() != 2)
        return nullptr;
    const QList<pc::LoadRunSummary> runs = selectedRuns();
    auto *dialog = new RunCompareDialog(runs.at(0), runs.at(1), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

QString RunHistoryBox::exportTo(const QString &path) const
{
    const QList<pc::LoadRunSummary> runs = selectedRuns();
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QJsonArray array;
        for (const pc::LoadRunSummary &run : runs)
            array.append(pc::LoadReport::toJson(run));
        bytes = QJsonDocument(array).toJson();
    } else {
        bytes = pc::LoadReport::csv(runs).toUtf8();
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return tr("Cannot export the runs to %1: %2")
        .arg(QDir::toNativeSeparators(path), file.errorString());
}

void RunHistoryBox::chooseExportFile()
{
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString filter = csv;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export runs"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/load-runs.csv"),
        csv + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    if (filter == json && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    const QString error = exportTo(path);
    m_problem->setText(error.isEmpty() ? m_history->errorString() : error);
    m_problem->setVisible(!m_problem->text().isEmpty());
}

}  // namespace pc::app
