#include "settings.h"

#include "http/httprequestparser.h"
#include "private/settingvalues.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QStringBuilder>

#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <vector>

namespace pc {
namespace {

std::optional<QString> readSecretFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path, %2 the system's reason
        *error =
            QCoreApplication::translate("pc::Settings", "Cannot read the secret file '%1': %2.")
                .arg(path, file.errorString());
        return std::nullopt;
    }
    // A secret file is a line of text; its newline is not part of the secret.
    return QString::fromUtf8(file.read(64 * 1024)).trimmed();
}

}  // namespace

std::optional<QPair<QByteArray, QByteArray>> parseHeaderSetting(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const QByteArray name = text.left(colon).trimmed().toLatin1();
    const QByteArray value = text.mid(colon + 1).trimmed().toUtf8();
    if (!isHttpToken(name))
        return std::nullopt;
    if (value.contains('\r') || value.contains('\n'))
        return std::nullopt;
    return qMakePair(name, value);
}

QString headerSettingText(const QPair<QByteArray, QByteArray> &header)
{
    return QString::fromLatin1(header.first) % u": " % QString::fromUtf8(header.second);
}

QString checkHttpUrl(const QUrl &url, const QString &what)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty()) {
        //: %1 names where the URL came from ("--grafana-url", "Setting grafana/url"), %2 is
        //: the URL
        return QCoreApplication::translate(
                   "pc::Settings", "%1: '%2' is not an http:// or https:// URL with a host.")
            .arg(what, url.toString(QUrl::RemoveUserInfo));
    }
    return {};
}

Settings loadSettings(const QSettings &store, QStringList *warnings)
{
    Settings s;
    if (store.status() != QSettings::NoError) {
        warnings->append(QCoreApplication::translate("pc::Settings",
                                                     "The settings file %1 cannot be read or is "
                                                     "corrupt; using the defaults.")
                             .arg(store.fileName()));
        return s;
    }
    auto url = [&](const QString &key, QUrl *target) {
        if (!store.contains(key))
            return;
        const QUrl value(store.value(key).toString());
        //: %1 is a settings key such as grafana/url
        const QString error =
            checkHttpUrl(value, QCoreApplication::translate("pc::Settings", "Setting %1").arg(key));
        if (error.isEmpty()) {
            *target = value;
        } else {
            //: Follows the sentence that rejects a URL setting; %1 is the default URL
            warnings->append(
                error % u' '
                % QCoreApplication::translate("pc::Settings", "Using %1.").arg(target->toString()));
        }
    };
    url(QStringLiteral("prometheus/url"), &s.prometheus.baseUrl);
    if (s.prometheus.baseUrl != Settings().prometheus.baseUrl)
        s.prometheusUrlOrigin = Settings::Origin::Settings;
    url(QStringLiteral("grafana/url"), &s.grafanaUrl);
    auto retention = [&](const QString &key, auto parse, auto text, auto *target) {
        if (!store.contains(key))
            return;
        const QString value = store.value(key).toString();
        if (const auto parsed = parse(value)) {
            *target = *parsed;
            return;
        }
        //: %1 is a settings key, %2 the value found, %3 the default used instead
        warnings->append(QCoreApplication::translate("pc::Settings",
                                                     "Setting %1: '%2' is not a valid value; "
                                                     "using %3.")
                             .arg(key, value, text(*target)));
    };
    retention(QStringLiteral("history/retentionTime"), parseRetentionTime, retentionTimeText,
              &s.retentionTime);
    retention(QStringLiteral("history/retentionSize"), parseRetentionSize, retentionSizeText,
              &s.retentionSizeBytes);
    s.prometheus.username = store.value(QStringLiteral("prometheus/user")).toString();
    s.passwordFile = store.value(QStringLiteral("prometheus/passwordFile")).toString();
    s.tokenFile = store.value(QStringLiteral("prometheus/tokenFile")).toString();
    for (const QString &text : store.value(QStringLiteral("prometheus/headers")).toStringList()) {
        if (const auto header = parseHeaderSetting(text))
            s.prometheus.extraHeaders.append(*header);
        else
            warnings->append(QCoreApplication::translate("pc::Settings",
                                                         "Setting prometheus/headers: '%1' is "
                                                         "not a 'Name: value' header; ignored.")
                                 .arg(text));
    }
    return s;
}

void saveSettings(QSettings &store, const Settings &s)
{
    store.setValue(QStringLiteral("prometheus/url"),
                   s.prometheus.baseUrl.toString(QUrl::RemoveUserInfo));
    store.setValue(QStringLiteral("grafana/url"), s.grafanaUrl.toString(QUrl::RemoveUserInfo));
    store.setValue(QStringLiteral("prometheus/user"), s.prometheus.username);
    store.setValue(QStringLiteral("prometheus/passwordFile"), s.passwordFile);
    store.setValue(QStringLiteral("prometheus/tokenFile"), s.tokenFile);
    QStringList headers;
    for (const auto &header : s.prometheus.extraHeaders)
        headers.append(headerSettingText(header));
    store.setValue(QStringLiteral("prometheus/headers"), headers);
    store.setValue(QStringLiteral("history/retentionTime"), retentionTimeText(s.retentionTime));
    store.setValue(QStringLiteral("history/retentionSize"),
                   retentionSizeText(s.retentionSizeBytes));
}

QString resolveSecrets(Settings &s, const QProcessEnvironment &environment)
{
    QString error;
    auto resolve = [&](const QString &file, const char *variable, QString *target) {
        if (!file.isEmpty()) {
            if (const auto secret = readSecretFile(file, &error))
                *target = *secret;
        } else {
            *target = environment.value(QLatin1String(variable));
        }
    };
    resolve(s.passwordFile, PasswordVariable, &s.prometheus.password);
    resolve(s.tokenFile, TokenVariable, &s.prometheus.bearerToken);
    return error;
}

}  // namespace pc
