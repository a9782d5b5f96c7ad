#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace pc {
class VariableResolver;
}

namespace pc::app {

/// A dashboard's variables across the top, as Grafana has them: a label and a picker each (a
/// list for one value, a menu of checkable values with All for several, a field for a
/// textbox), none for a hidden variable. Shows what the VariableResolver (not owned) offers and
/// tells it what the user picks. GUI thread.
class VariableBar : public QWidget
{
    Q_OBJECT
public:
    explicit VariableBar(pc::VariableResolver *resolver, QWidget *parent = nullptr);

    /// The picker of a variable, for tests and accessibility: a QComboBox, a QToolButton or a
    /// QLineEdit; null for a hidden one.
    QWidget *picker(const QString &name) const { return m_pickers.value(name); }

private:
    void addVariable(int index);
    void showOptions(const QString &name);
    void fillCombo(QComboBox *combo, const QString &name);
    void fillMenu(QToolButton *button, const QString &name);

    pc::VariableResolver *m_resolver;
    QHash<QString, QWidget *> m_pickers;
    bool m_filling = false;  // options being shown: not the user's choice
};

}  // namespace pc::app
