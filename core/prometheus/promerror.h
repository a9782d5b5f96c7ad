#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace pc {

/// Why a request to Prometheus failed, as a value: a kind to branch on and a sentence to show.
/// Sentences never carry credentials: URLs in them have their userinfo removed.
/// A plain value: copy it anywhere, any thread.
struct PromError
{
    Q_GADGET

public:
    enum class Kind {
        InvalidRequest,   // the base URL is unusable; nothing was sent
        Unreachable,      // connection refused, host not found, network down
        TimedOut,         // no byte moved for the endpoint's timeout
        Network,          // another transport failure: TLS, closed connection, proxy
        ApiError,         // Prometheus answered with its JSON error: see errorType
        HttpError,        // an HTTP error whose body is not Prometheus JSON (proxy, wrong URL)
        MalformedJson,    // a body that does not parse as JSON
        UnexpectedShape,  // valid JSON that is not the answer this endpoint gives
        TooLarge,         // the body went over the endpoint's maxResponseBytes
        AuthRefused,      // HTTP 401 or 403: the credentials or token were missing or refused
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Network;
    QString message;     // one human sentence
    int httpStatus = 0;  // 0 when no HTTP answer came
    QString errorType;   // Prometheus's `errorType` ("bad_data", "execution", ...), if any
    QString detail;      // Prometheus's `error` text, if any

    /// Which credentials went with a request, so a refusal can name the options to fix.
    enum class Credentials { Unknown, None, Basic, Bearer };

    /// True when the server answered, in Prometheus's error envelope, that this query cannot
    /// be run: PromQL errors (`bad_data`, `execution`) and any other 4xx with the envelope,
    /// such as VictoriaMetrics's `422`. The server itself is fine; the query is not.
    bool isRejectedQuery() const;

    /// "unreachable", "timed out", ...: short and stable, for logs and tests.
    static QString kindName(Kind kind);
    /// The AuthRefused error for HTTP `status` (401 or 403) from `where` ("Prometheus at
    /// http://..."), naming the options and variables that set what was sent. `body` is what
    /// the server said: a multi-tenant gateway's "no org id" (Mimir, Cortex) names the tenant
    /// header instead. Kept in `detail`.
    static PromError authRefused(const QString &where, int status, Credentials sent,
                                 const QString &body = {});
};

}  // namespace pc

Q_DECLARE_METATYPE(pc::PromError)
