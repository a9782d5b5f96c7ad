#include "promerror.h"

#include <QStringBuilder>

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

PromError PromError::authRefused(const QString &where, int status, Credentials sent)
{
    static const QString passwordOptions = QStringLiteral(
        "--prometheus-user with --prometheus-password-file or $PROM_COMPANION_PROMETHEUS_PASSWORD");
    static const QString tokenOptions =
        QStringLiteral("--prometheus-token-file or $PROM_COMPANION_PROMETHEUS_TOKEN");
    const QString code = QStringLiteral(" (HTTP ") % QString::number(status) % u')';
    QString text;
    switch (sent) {
    case Credentials::Unknown:
        text = where % QStringLiteral(" refused the request") % code
               % QStringLiteral(
                   ": the credentials are missing or wrong; set a user and password "
                   "with ")
               % passwordOptions % QStringLiteral(", or a token with ") % tokenOptions;
        break;
    case Credentials::None:
        text = where % QStringLiteral(" asks for credentials") % code
               % QStringLiteral(" and none were given: set a user and password with ")
               % passwordOptions % QStringLiteral(", or a token with ") % tokenOptions;
        break;
    case Credentials::Basic:
        text = where % QStringLiteral(" refused the user name and password") % code
               % QStringLiteral(": check ") % passwordOptions;
        break;
    case Credentials::Bearer:
        text = where % QStringLiteral(" refused the bearer token") % code
               % QStringLiteral(": check ") % tokenOptions;
        break;
    }
    PromError error;
    error.kind = Kind::AuthRefused;
    error.message = text % u'.';
    error.httpStatus = status;
    return error;
}

}  // namespace pc
