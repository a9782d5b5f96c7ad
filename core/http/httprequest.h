#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <utility>
#include <vector>

namespace pc {

/// One parsed HTTP/1.x request head. A plain value: copy it anywhere, any thread.
/// Header names are lower-cased; values keep their bytes, without surrounding whitespace.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;  // the request-target as sent
    QByteArray path;    // the target without its query string
    int minorVersion = 1;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    qint64 contentLength = 0;
    bool chunked = false;
    bool keepAlive = true;

    /// The value of the first header named `name` (lower case), or a null array.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key == name)
                return value;
        }
        return {};
    }
};

}  // namespace pc
