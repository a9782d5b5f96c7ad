#pragma once

#include "load/loadplan.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pc::app {

/// Where the load box's requests go and what they are: a URL (empty: the demo service),
/// method, headers, body, and how many connections carry them. States the generator's limits
/// and refuses, in a sentence in the dialog, a target beyond them. GUI thread.
class LoadTargetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoadTargetDialog(const pc::LoadPlan &target, QWidget *parent = nullptr);

    /// The target as entered: url, method, headers, body and maxConnections of a plan.
    pc::LoadPlan target() const;
    /// The sentence refusing what is entered, or an empty string.
    QString problem() const;

    void accept() override;

private:
    QLineEdit *m_url;
    QComboBox *m_method;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
    QSpinBox *m_connections;
    QLabel *m_problem;
};

}  // namespace pc::app
