#include "promerror.h"

#include <QCoreApplication>

namespace pc {

QString PromError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::InvalidRequest:
        return QStringLiteral("invalid request");
    case Kind::Unreachable:
        return QStringLiteral("unreachable");
    case Kind::TimedOut:
        return QStringLiteral("timed out");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::ApiError:
        return QStringLiteral("api error");
    case Kind::HttpError:
        return QStringLiteral("http error");
    case Kind::MalformedJson:
        return QStringLiteral("malformed json");
    case Kind::UnexpectedShape:
        return QStringLiteral("unexpected shape");
    case Kind::TooLarge:
        return QStringLiteral("too large");
    case Kind::AuthRefused:
        return QStringLiteral("auth refused");
    }
    return QStringLiteral("unknown");
}

bool PromError::isRejectedQuery() const
{
    if (kind != Kind::ApiError)
        return false;
    if (errorType == u"bad_data" || errorType == u"execution")
        return true;
    // 408 and 429 say "not now", not "not this query": those are retried with backoff.
    return httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 429;
}

PromError PromError::authRefused(const QString &where, int status, Credentials sent,
                                 const QString &body)
{
    if (body.contains(QLatin1String("no org id"), Qt::CaseInsensitive)) {
        PromError error;
        error.kind = Kind::AuthRefused;
        //: %1 names the server ("Prometheus at http://…"), %2 is an HTTP status code, %3 a
        //: command-line option with its value, to copy as it is
        error.message =
            QCoreApplication::translate(
                "pc::PromError",
                "%1 refused the request (HTTP %2): it serves several tenants and none was "
                "named (\"no org id\"); name yours with %3.")
                .arg(where, QString::number(status),
                     QStringLiteral("--prometheus-header 'X-Scope-OrgID: \u2026'"));
        error.httpStatus = status;
        error.detail = body;
        return error;
    }
    // Option and variable names stay out of the sentences, so that no translation alters them.
    const QString user = QStringLiteral("--prometheus-user");
    const QString passwordFile = QStringLiteral("--prometheus-password-file");
    const QString passwordVariable = QStringLiteral("$PROM_COMPANION_PROMETHEUS_PASSWORD");
    const QString tokenFile = QStringLiteral("--prometheus-token-file");
    const QString tokenVariable = QStringLiteral("$PROM_COMPANION_PROMETHEUS_TOKEN");
    const QString code = QString::number(status);
    QString text;
    switch (sent) {
    case Credentials::Unknown:
        //: %1 names the server ("Prometheus at http://…"), %2 is an HTTP status code; %3, %4
        //: and %6 are command-line options, %5 and %7 environment variables
        text =
            QCoreApplication::translate(
                "pc::PromError",
                "%1 refused the request (HTTP %2): the credentials are missing or wrong; set "
                "a user and password with %3 with %4 or %5, or a token with %6 or %7.")
                .arg(where, code, user, passwordFile, passwordVariable, tokenFile, tokenVariable);
        break;
    case Credentials::None:
        //: %1 names the server ("Prometheus at http://…"), %2 is an HTTP status code; %3, %4
        //: and %6 are command-line options, %5 and %7 environment variables
        text =
            QCoreApplication::translate(
                "pc::PromError",
                "%1 asks for credentials (HTTP %2) and none were given: set a user and "
                "password with %3 with %4 or %5, or a token with %6 or %7.")
                .arg(where, code, user, passwordFile, passwordVariable, tokenFile, tokenVariable);
        break;
    case Credentials::Basic:
        //: %1 names the server ("Prometheus at http://…"), %2 is an HTTP status code; %3 and
        //: %4 are command-line options, %5 an environment variable
        text = QCoreApplication::translate(
                   "pc::PromError",
                   "%1 refused the user name and password (HTTP %2): check %3 with %4 or %5.")
                   .arg(where, code, user, passwordFile, passwordVariable);
        break;
    case Credentials::Bearer:
        //: %1 names the server ("Prometheus at http://…"), %2 is an HTTP status code, %3 a
        //: command-line option, %4 an environment variable
        text = QCoreApplication::translate("pc::PromError",
                                           "%1 refused the bearer token (HTTP %2): check %3 or "
                                           "%4.")
                   .arg(where, code, tokenFile, tokenVariable);
        break;
    }
    PromError error;
    error.kind = Kind::AuthRefused;
    error.message = text;
    error.httpStatus = status;
    error.detail = body;
    return error;
}

}  // namespace pc
