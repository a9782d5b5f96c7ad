#include "redactedurl.h"

namespace pc {

QString redactedUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

}  // namespace pc
