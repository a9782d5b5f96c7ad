#include "promenvelope.h"
#include "promresponse.h"

#include "format/redactedurl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringBuilder>

namespace pc {
namespace {

using Kind = PromError::Kind;

// The subject of every error sentence below.
QString source(const QUrl &url)
{
    //: The subject of an error sentence, such as "Prometheus sent malformed JSON: …"
    if (url.isEmpty())
        return QCoreApplication::translate("pc::PromResponse", "Prometheus");
    //: The subject of an error sentence; %1 is a URL
    return QCoreApplication::translate("pc::PromResponse", "Prometheus at %1")
        .arg(redactedUrl(url));
}

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

PromError makeError(Kind kind, const QString &message, int status)
{
    PromError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = status;
    return error;
}

bool isHtml(const QByteArray &body)
{
    const QByteArray head = body.left(4096).toLower();
    return head.contains("<html") || head.contains("<!doctype html");
}

// What came instead of JSON, in a few words, so that a proxy's or a login page's answer is
// recognisable in the status bar.
QString describeBody(const QByteArray &body)
{
    //: What a server sent instead of JSON, inserted into a sentence
    if (body.trimmed().isEmpty())
        return QCoreApplication::translate("pc::PromResponse", "an empty body");
    if (isHtml(body)) {
        const QByteArray head = body.left(4096).toLower();
        const qsizetype open = head.indexOf("<title>");
        const qsizetype close = head.indexOf("</title>", open);
        if (open >= 0 && close > open) {
            const QString title =
                QString::fromUtf8(body.mid(open + 7, close - open - 7)).simplified();
            //: What a server sent instead of JSON, inserted into a sentence; %1 is the page's
            //: title
            if (!title.isEmpty())
                return QCoreApplication::translate("pc::PromResponse",
                                                   "an HTML page titled \u201c%1\u201d")
                    .arg(title);
        }
        //: What a server sent instead of JSON, inserted into a sentence
        return QCoreApplication::translate("pc::PromResponse", "an HTML page");
    }
    constexpr qsizetype kExcerpt = 120;
    QString text = QString::fromUtf8(body.left(kExcerpt)).simplified();
    if (body.size() > kExcerpt)
        text += QStringLiteral("\u2026");
    //: A quoted excerpt of what a server sent instead of JSON
    return QCoreApplication::translate("pc::PromResponse", "\u201c%1\u201d").arg(text);
}

// One whole sentence per errorType of Prometheus's API; the type itself stays in the
// sentence, untranslated, for a search.
QString apiErrorSentence(const QString &type, const QString &error, int status, const QUrl &url)
{
    static const std::pair<QLatin1String, const char *> sentences[] = {
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("bad_data"),
         QT_TRANSLATE_NOOP("pc::PromResponse", "%1 rejected the request (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("execution"),
         QT_TRANSLATE_NOOP("pc::PromResponse",
                           "%1 could not evaluate the query (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("timeout"),
         QT_TRANSLATE_NOOP("pc::PromResponse",
                           "%1 gave up on the query at its own query timeout (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("canceled"),
         QT_TRANSLATE_NOOP("pc::PromResponse", "%1 canceled the query (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("unavailable"),
         QT_TRANSLATE_NOOP("pc::PromResponse", "%1 is not ready to answer (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("internal"),
         QT_TRANSLATE_NOOP("pc::PromResponse", "%1 failed internally (HTTP %2, %3): %4")},
        //: %1 names the server, %2 is an HTTP status code, %3 Prometheus's error type, %4 its
        //: error text
        {QLatin1String("not_found"),
         QT_TRANSLATE_NOOP("pc::PromResponse", "%1 has no such endpoint (HTTP %2, %3): %4")},
    };
    const QString code = QString::number(status);
    //: Stands for Prometheus's error text when it gave none
    const QString text = error.isEmpty()
                             ? QCoreApplication::translate("pc::PromResponse", "no details given")
                             : error;
    for (const auto &[name, sentence] : sentences) {
        if (type == name) {
            return QCoreApplication::translate("pc::PromResponse", sentence)
                .arg(source(url), code, type, text);
        }
    }
    if (type.isEmpty()) {
        //: %1 names the server, %2 is an HTTP status code, %3 the server's error text
        return QCoreApplication::translate("pc::PromResponse",
                                           "%1 answered with an error (HTTP %2): %3")
            .arg(source(url), code, text);
    }
    //: %1 names the server, %2 is an HTTP status code, %3 the server's error type, %4 its
    //: error text
    return QCoreApplication::translate("pc::PromResponse",
                                       "%1 answered with an error (HTTP %2, %3): %4")
        .arg(source(url), code, type, text);
}

/// What a refusal's body says, bounded: a gateway's one line, or the start of a page.
QString refusalText(const QByteArray &body)
{
    return QString::fromUtf8(body.left(512)).trimmed();
}

PromError shapeError(const QUrl &url, int status, const QString &what)
{
    //: %1 names the server, %2 says which part of the JSON is wrong
    return makeError(
        Kind::UnexpectedShape,
        QCoreApplication::translate("pc::PromResponse", "%1 sent an answer of unexpected shape: %2")
            .arg(source(url), what),
        status);
}

PromError notPrometheusJson(const QUrl &url, int status)
{
    //: %1 names the server, %2 is an HTTP status code
    return makeError(
        Kind::HttpError,
        QCoreApplication::translate("pc::PromResponse",
                                    "%1 answered HTTP %2 with JSON that is not a Prometheus answer")
            .arg(source(url), QString::number(status)),
        status);
}

// A body that is not JSON at all: a proxy's page, an empty body, or broken JSON.
PromError notJsonError(const QByteArray &body, int status, const QUrl &url,
                       const QJsonParseError &parseError)
{
    if (!isSuccess(status)) {
        //: %1 names the server, %2 is an HTTP status code, %3 describes the body ("an HTML
        //: page titled …", "an empty body")
        return makeError(Kind::HttpError,
                         QCoreApplication::translate(
                             "pc::PromResponse",
                             "%1 answered HTTP %2 with %3, not Prometheus JSON: is a proxy in "
                             "front of it, or is the URL wrong?")
                             .arg(source(url), QString::number(status), describeBody(body)),
                         status);
    }
    if (isHtml(body) || body.trimmed().isEmpty()) {
        //: %1 names the server, %2 describes the body ("an HTML page titled …", "an empty
        //: body")
        return makeError(
            Kind::MalformedJson,
            QCoreApplication::translate(
                "pc::PromResponse", "%1 sent %2 instead of JSON: is the URL that of Prometheus?")
                .arg(source(url), describeBody(body)),
            status);
    }
    //: %1 names the server, %2 is the JSON parser's message, %3 a byte offset
    return makeError(
        Kind::MalformedJson,
        QCoreApplication::translate("pc::PromResponse", "%1 sent malformed JSON: %2 at byte %3")
            .arg(source(url), parseError.errorString(), QString::number(parseError.offset)),
        status);
}

// An envelope whose status is not "success": Prometheus's own error, or a shape it never sends.
PromError failedEnvelopeError(const QJsonObject &root, int status, const QUrl &url)
{
    const QJsonValue state = root.value(QLatin1String("status"));
    const QJsonValue errorType = root.value(QLatin1String("errorType"));
    const QJsonValue error = root.value(QLatin1String("error"));
    if (errorType.isString() || error.isString()) {
        PromError result = makeError(
            Kind::ApiError, apiErrorSentence(errorType.toString(), error.toString(), status, url),
            status);
        result.errorType = errorType.toString();
        result.detail = error.toString();
        return result;
    }
    if (!isSuccess(status))
        return notPrometheusJson(url, status);
    if (!state.isString()) {
        return shapeError(url, status,
                          QCoreApplication::translate("pc::PromResponse", "\"status\" is missing"));
    }
    //: %1 is the value of the JSON member "status"
    return shapeError(url, status,
                      QCoreApplication::translate("pc::PromResponse",
                                                  "\"status\" is \"%1\", expected \"success\"")
                          .arg(state.toString()));
}

std::variant<PromEnvelope, PromError> openEnvelope(const QByteArray &body, int status,
                                                   const QUrl &url)
{
    // Whatever the body (Prometheus's envelope, a proxy's page), the fix is the credentials.
    if (status == 401 || status == 403)
        return PromError::authRefused(source(url), status, PromError::Credentials::Unknown,
                                      refusalText(body));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notJsonError(body, status, url, parseError);
    if (!document.isObject()) {
        if (!isSuccess(status))
            return notPrometheusJson(url, status);
        return shapeError(
            url, status,
            QCoreApplication::translate("pc::PromResponse", "the JSON is not an object"));
    }
    const QJsonObject root = document.object();
    if (!isSuccess(status)
        || root.value(QLatin1String("status")) != QJsonValue(QLatin1String("success")))
        return failedEnvelopeError(root, status, url);

    PromEnvelope envelope;
    envelope.data = root.value(QLatin1String("data"));
    if (envelope.data.isUndefined() || envelope.data.isNull())
        return shapeError(url, status,
                          QCoreApplication::translate("pc::PromResponse", "\"data\" is missing"));
    for (const QLatin1String key : {QLatin1String("warnings"), QLatin1String("infos")}) {
        const QJsonArray notes = root.value(key).toArray();
        for (const QJsonValueConstRef note : notes) {
            if (note.isString())
                envelope.warnings.append(note.toString());
        }
    }
    return envelope;
}

}  // namespace

std::variant<PromEnvelope, PromError> openPromEnvelope(const QByteArray &body, int httpStatus,
                                                       const QUrl &url)
{
    return openEnvelope(body, httpStatus, url);
}

PromError promShapeError(const QUrl &url, int httpStatus, const QString &what)
{
    return shapeError(url, httpStatus, what);
}

PromReadyOutcome parseReadyResponse(const QByteArray &body, int httpStatus, const QUrl &url)
{
    if (isSuccess(httpStatus))
        return true;
    if (httpStatus == 503)
        return false;
    if (httpStatus == 401 || httpStatus == 403)
        return PromError::authRefused(source(url), httpStatus, PromError::Credentials::Unknown,
                                      refusalText(body));
    //: %1 names the server, %2 is an HTTP status code, %3 describes the body ("an HTML page
    //: titled …", "an empty body")
    return makeError(Kind::HttpError,
                     QCoreApplication::translate("pc::PromResponse",
                                                 "%1 answered HTTP %2 to the readiness check, "
                                                 "with %3")
                         .arg(source(url), QString::number(httpStatus), describeBody(body)),
                     httpStatus);
}

}  // namespace pc
