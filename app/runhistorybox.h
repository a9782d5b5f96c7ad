#pragma once

#include <QGroupBox>

class QLabel;
class QPushButton;
class QTreeWidget;
namespace pc {
class LoadGenerator;
class RunHistory;
struct LoadRunSummary;
}  // namespace pc

namespace pc::app {

/// The list of past load runs, newest first: each finished run of the generator is added to
/// the history (and so to its file). Two selected runs can be compared side by side; the
/// selected runs (or all) export as CSV or JSON. A history file that cannot be read or written
/// is said in the box. Uses a LoadGenerator and a RunHistory it does not own; GUI thread.
class RunHistoryBox : public QGroupBox
{
    Q_OBJECT
public:
    RunHistoryBox(pc::LoadGenerator *generator, pc::RunHistory *history, QWidget *parent = nullptr);

    /// Saves the selected runs, or every run when none is selected, to `path`: CSV, or JSON
    /// when the name ends in .json. Returns an error sentence, or an empty string.
    QString exportTo(const QString &path) const;
    /// The dialog comparing the two selected runs, or nullptr unless two are selected.
    QWidget *compareSelected();

private:
    void add(const pc::LoadRunSummary &run);
    void refresh();
    void updateButtons();
    QList<pc::LoadRunSummary> selectedRuns() const;
    void chooseExportFile();

    pc::RunHistory *m_history;
    QTreeWidget *m_list;
    QPushButton *m_compare;
    QPushButton *m_export;
    QLabel *m_problem;
};

}  // namespace pc::app
