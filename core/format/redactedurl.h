#pragma once

#include <QString>
#include <QUrl>

namespace pc {

/// `url` without userinfo, query and fragment: safe to show in a message. Pure.
QString redactedUrl(const QUrl &url);

}  // namespace pc
