#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace pc::app {

SettingsDialog::SettingsDialog(QSettings *store, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_prometheusUrl(new QLineEdit),
      m_user(new QLineEdit),
      m_passwordFile(new QLineEdit),
      m_tokenFile(new QLineEdit),
      m_headers(new QPlainTextEdit),
      m_grafanaUrl(new QLineEdit),
      m_retentionTime(new QLineEdit),
      m_retentionSize(new QLineEdit),
      m_error(new QLabel)
{
    setWindowTitle(tr("Settings"));
    m_prometheusUrl->setObjectName(QStringLiteral("prometheusUrl"));
    m_user->setObjectName(QStringLiteral("user"));
    m_passwordFile->setObjectName(QStringLiteral("passwordFile"));
    m_tokenFile->setObjectName(QStringLiteral("tokenFile"));
    m_headers->setObjectName(QStringLiteral("headers"));
    m_grafanaUrl->setObjectName(QStringLiteral("grafanaUrl"));
    m_retentionTime->setObjectName(QStringLiteral("retentionTime"));
    m_retentionSize->setObjectName(QStringLiteral("retentionSize"));
    m_retentionTime->setToolTip(
        tr("How long the Prometheus started by Prom Companion keeps "
           "its samples: 15d, 36h, 2w"));
    m_retentionSize->setToolTip(
        tr("The most disk its samples may take; the oldest go first: "
           "1GiB, 512MiB"));
    m_passwordFile->setPlaceholderText(tr("a file holding the password; never the password"));
    m_tokenFile->setPlaceholderText(tr("a file holding the bearer token"));
    m_headers->setPlaceholderText(tr("X-Scope-OrgID: tenant-1  (one header a line)"));
    m_headers->setTabChangesFocus(true);
    m_headers->setFixedHeight(m_headers->fontMetrics().lineSpacing() * 4 + 12);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d0302b"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Prometheus URL:"), m_prometheusUrl);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word file:"), m_passwordFile);
    form->addRow(tr("&Token file:"), m_tokenFile);
    form->addRow(tr("Extra &headers:"), m_headers);
    form->addRow(tr("&Grafana URL:"), m_grafanaUrl);
    form->addRow(tr("Keep history &for:"), m_retentionTime);
    form->addRow(tr("Keep at &most:"), m_retentionSize);

    auto *note =
        new QLabel(tr("Saved settings apply the next time Prom Companion starts. Options "
                      "given on the command line override them for that run only. "
                      "Secrets are never saved: only the paths of their files."));
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("&Reset to defaults"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::resetToDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    QStringList warnings;
    show(pc::loadSettings(*m_store, &warnings));
    if (!warnings.isEmpty()) {
        m_error->setText(warnings.join(u'\n'));
        m_error->show();
    }
    resize(560, sizeHint().height());
}

void SettingsDialog::show(const pc::Settings &settings)
{
    m_prometheusUrl->setText(settings.prometheus.baseUrl.toString(QUrl::RemoveUserInfo));
    m_user->setText(settings.prometheus.username);
    m_passwordFile->setText(settings.passwordFile);
    m_tokenFile->setText(settings.tokenFile);
    QStringList headers;
    for (const auto &header : settings.prometheus.extraHeaders)
        headers.append(pc::headerSettingText(header));
    m_headers->setPlainText(headers.join(u'\n'));
    m_grafanaUrl->setText(settings.grafanaUrl.toString(QUrl::RemoveUserInfo));
    m_retentionTime->setText(pc::retentionTimeText(settings.retentionTime));
    m_retentionSize->setText(pc::retentionSizeText(settings.retentionSizeBytes));
}

std::optional<pc::Settings> SettingsDialog::typed(QString *error) const
{
    pc::Settings s;
    s.prometheus.baseUrl = QUrl(m_prometheusUrl->text().trimmed());
    s.grafanaUrl = QUrl(m_grafanaUrl->text().trimmed());
    for (const auto &[url, what] : {std::pair{s.prometheus.baseUrl, tr("Prometheus URL")},
                                    std::pair{s.grafanaUrl, tr("Grafana URL")}}) {
        *error = pc::checkHttpUrl(url, what);
        if (!error->isEmpty())
            return std::nullopt;
    }
    const auto retentionTime = pc::parseRetentionTime(m_retentionTime->text());
    if (!retentionTime) {
        *error = tr("Keep history for: '%1' is not a duration from 1h to 100y, such as 15d or "
                    "36h.")
                     .arg(m_retentionTime->text().trimmed());
        return std::nullopt;
    }
    s.retentionTime = *retentionTime;
    const auto retentionSize = pc::parseRetentionSize(m_retentionSize->text());
    if (!retentionSize) {
        *error = tr("Keep at most: '%1' is not a size of at least 16MiB, such as 1GiB or "
                    "512MiB.")
                     .arg(m_retentionSize->text().trimmed());
        return std::nullopt;
    }
    s.retentionSizeBytes = *retentionSize;
    s.prometheus.username = m_user->text().trimmed();
    s.passwordFile = m_passwordFile->text().trimmed();
    s.tokenFile = m_tokenFile->text().trimmed();
    const QStringList lines = m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const auto header = pc::parseHeaderSetting(line);
        if (!header) {
            *error = tr("Extra headers: '%1' is not a 'Name: value' header.").arg(line.trimmed());
            return std::nullopt;
        }
        s.prometheus.extraHeaders.append(*header);
    }
    return s;
}

void SettingsDialog::accept()
{
    QString error;
    const std::optional<pc::Settings> settings = typed(&error);
    if (!settings) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    pc::saveSettings(*m_store, *settings);
    m_store->sync();
    QDialog::accept();
}

void SettingsDialog::resetToDefaults()
{
    show(pc::Settings());
    m_error->hide();
}

}  // namespace pc::app
