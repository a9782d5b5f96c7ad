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
    };
    Q_ENUM(Kind)

    Kind kind = Kind::Network;
    QString message;     // one human sentence
    int httpStatus = 0;  // 0 when no HTTP answer came
    QString errorType;   // Prometheus's `errorType` ("bad_data", "execution", ...), if any
    QString detail;      // Prometheus's `error` text, if any

    /// "unreachable", "timed out", ...: short and stable, for logs and tests.
    static QString kindName(Kind kind);
};

}  // namespace pc

Q_DECLARE_METATYPE(pc::PromError)
