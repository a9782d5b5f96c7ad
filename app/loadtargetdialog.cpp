#include "loadtargetdialog.h"

#include "settings/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pc::app {

LoadTargetDialog::LoadTargetDialog(const pc::LoadPlan &target, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Load target"));
    m_url = new QLineEdit(target.url.toString());
    m_url->setObjectName(QStringLiteral("targetUrl"));
    m_url->setPlaceholderText(tr("empty: the demo service"));
    m_url->setClearButtonEnabled(true);
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("targetMethod"));
    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("PATCH")});
    m_method->setCurrentText(QString::fromLatin1(target.method));
    m_headers = new QPlainTextEdit;
    m_headers->setObjectName(QStringLiteral("targetHeaders"));
    m_headers->setPlaceholderText(tr("One 'Name: value' a line"));
    QStringList headers;
    for (const auto &header : target.headers)
        headers.append(pc::headerSettingText(header));
    m_headers->setPlainText(headers.join(u'\n'));
    m_body = new QPlainTextEdit(QString::fromUtf8(target.body));
    m_body->setObjectName(QStringLiteral("targetBody"));
    m_connections = new QSpinBox;
    m_connections->setObjectName(QStringLiteral("targetConnections"));
    m_connections->setRange(1, pc::LoadLimits::MaxConnections);
    m_connections->setValue(target.maxConnections);

    auto *form = new QFormLayout;
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Headers:"), m_headers);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("&Connections:"), m_connections);
    auto *limits = new QLabel(tr("Plain http only. At most %1 requests a second and %2 "
                                 "connections. Requests to another URL are not counted in the "
                                 "demo service's metrics.")
                                  .arg(QLocale().toString(pc::LoadLimits::MaxRate, 'f', 0))
                                  .arg(pc::LoadLimits::MaxConnections));
    limits->setWordWrap(true);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("targetProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoadTargetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(limits);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

pc::LoadPlan LoadTargetDialog::target() const
{
    pc::LoadPlan plan;
    plan.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    plan.method = m_method->currentText().trimmed().toLatin1();
    for (const QString &line : m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (const auto header = pc::parseHeaderSetting(line))
            plan.headers.append(*header);
    }
    plan.body = m_body->toPlainText().toUtf8();
    plan.maxConnections = m_connections->value();
    return plan;
}

QString LoadTargetDialog::problem() const
{
    for (const QString &line : m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (!pc::parseHeaderSetting(line))
            return tr("'%1' is not a 'Name: value' header.").arg(line);
    }
    const pc::LoadPlan plan = target();
    if (!m_url->text().trimmed().isEmpty() && plan.url.isEmpty())
        return tr("'%1' is not a URL.").arg(m_url->text());
    return pc::checkLoadPlan(plan);
}

void LoadTargetDialog::accept()
{
    const QString refusal = problem();
    m_problem->setText(refusal);
    if (refusal.isEmpty())
        QDialog::accept();
}

}  // namespace pc::app
