#include "variablebar.h"

#include "dashboard/variableresolver.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace pc::app {

VariableBar::VariableBar(VariableResolver *resolver, QWidget *parent)
    : QWidget(parent), m_resolver(resolver)
{
    setObjectName(QStringLiteral("variableBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 0, 4, 0);
    for (int i = 0; i < int(resolver->variables().size()); ++i)
        addVariable(i);
    row->addStretch(1);
    connect(resolver, &VariableResolver::optionsChanged, this, &VariableBar::showOptions);
    connect(resolver, &VariableResolver::selectionChanged, this, [this] {
        for (auto it = m_pickers.cbegin(); it != m_pickers.cend(); ++it)
            showOptions(it.key());
    });
}

void VariableBar::addVariable(int index)
{
    const GrafanaVariable &variable = m_resolver->variables().at(index);
    if (variable.hide == GrafanaVariable::Hide::Variable
        || variable.type == GrafanaVariable::Type::Constant)
        return;
    const QString name = variable.name;
    QWidget *picker = nullptr;
    if (variable.type == GrafanaVariable::Type::Textbox) {
        auto *field = new QLineEdit(variable.query);
        connect(field, &QLineEdit::editingFinished, this,
                [this, field, name] { m_resolver->select(name, {field->text()}); });
        picker = field;
    } else if (variable.multi) {
        auto *button = new QToolButton;
        button->setPopupMode(QToolButton::InstantPopup);
        button->setMenu(new QMenu(button));
        picker = button;
    } else {
        auto *combo = new QComboBox;
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, [this, combo, name] {
            m_resolver->select(name, {combo->currentData().toString()});
        });
        picker = combo;
    }
    const QString label = variable.label.isEmpty() ? variable.name : variable.label;
    picker->setObjectName(QStringLiteral("variable_") + name);
    picker->setAccessibleName(label);
    picker->setToolTip(variable.query);
    auto *row = static_cast<QHBoxLayout *>(layout());
    if (variable.hide != GrafanaVariable::Hide::Label) {
        auto *caption = new QLabel(label);
        caption->setBuddy(picker);
        row->addWidget(caption);
    }
    row->addWidget(picker);
    m_pickers.insert(name, picker);
    showOptions(name);
}

void VariableBar::showOptions(const QString &name)
{
    QWidget *picker = m_pickers.value(name);
    m_filling = true;
    if (auto *combo = qobject_cast<QComboBox *>(picker))
        fillCombo(combo, name);
    else if (auto *button = qobject_cast<QToolButton *>(picker))
        fillMenu(button, name);
    else if (auto *field = qobject_cast<QLineEdit *>(picker); field && !field->hasFocus())
        field->setText(m_resolver->selected(name).value(0));
    if (picker)
        picker->setStatusTip(m_resolver->error(name));
    m_filling = false;
}

void VariableBar::fillCombo(QComboBox *combo, const QString &name)
{
    combo->clear();
    const QString selected = m_resolver->selected(name).value(0);
    for (const GrafanaVariableOption &option : m_resolver->options(name)) {
        combo->addItem(option.text, option.value);
        if (option.value == selected)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

void VariableBar::fillMenu(QToolButton *button, const QString &name)
{
    QMenu *menu = button->menu();
    menu->clear();
    const QStringList selected = m_resolver->selected(name);
    QStringList texts;
    for (const GrafanaVariableOption &option : m_resolver->options(name)) {
        QAction *action = menu->addAction(option.text);
        action->setCheckable(true);
        action->setChecked(selected.contains(option.value));
        action->setData(option.value);
        if (action->isChecked())
            texts.append(option.text);
        connect(action, &QAction::triggered, this, [this, name, menu](bool checked) {
            const QString all = QString::fromLatin1(VariableResolver::AllValue);
            QStringList values;
            const QString clicked = static_cast<QAction *>(sender())->data().toString();
            for (QAction *item : menu->actions()) {
                const QString value = item->data().toString();
                if (item->isChecked() && value != all && clicked != all)
                    values.append(value);
            }
            if (clicked == all && checked)
                values = {all};
            if (values.isEmpty())
                values = {all};
            m_resolver->select(name, values);
        });
    }
    button->setText(texts.isEmpty() ? tr("None") : texts.join(QStringLiteral(" + ")));
}

}  // namespace pc::app
