#pragma once

#include "settings/settings.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QLabel;
class QSettings;

namespace pc::app {

/// The lasting choices, as desktop programs keep them: the Prometheus URL, its user, password
/// file, token file and extra headers, the Grafana URL, and how long and up to what size the
/// managed Prometheus keeps its history. Shows what `store` holds, checks
/// what is typed, and saves it there on OK; "Reset to defaults" fills in the defaults. They
/// apply from the next start; command-line options override them for their run only.
/// GUI thread; does not own `store`.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QSettings *store, QWidget *parent = nullptr);

    /// The settings as typed, or an error sentence naming the field.
    std::optional<pc::Settings> typed(QString *error) const;

public slots:
    void accept() override;
    void resetToDefaults();

private:
    void show(const pc::Settings &settings);

    QSettings *m_store;
    QLineEdit *m_prometheusUrl;
    QLineEdit *m_user;
    QLineEdit *m_passwordFile;
    QLineEdit *m_tokenFile;
    QPlainTextEdit *m_headers;
    QLineEdit *m_grafanaUrl;
    QLineEdit *m_retentionTime;
    QLineEdit *m_retentionSize;
    QLabel *m_error;
};

}  // namespace pc::app
