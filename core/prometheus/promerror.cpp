#include "promerror.h"

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
    }
    return QStringLiteral("unknown");
}

}  // namespace pc
