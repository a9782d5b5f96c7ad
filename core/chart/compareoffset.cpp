#include "compareoffset.h"

#include "prometheus/promresponse.h"

#include <QCoreApplication>

namespace pc {

QString compareOffsetText(std::chrono::seconds offset)
{
    const qint64 s = offset.count();
    if (s > 0 && s % (7 * 86'400) == 0)
        return QCoreApplication::translate("pc::CompareOffset", "%1 w ago").arg(s / (7 * 86'400));
    if (s > 0 && s % 86'400 == 0)
        return QCoreApplication::translate("pc::CompareOffset", "%1 d ago").arg(s / 86'400);
    if (s > 0 && s % 3600 == 0)
        return QCoreApplication::translate("pc::CompareOffset", "%1 h ago").arg(s / 3600);
    if (s > 0 && s % 60 == 0)
        return QCoreApplication::translate("pc::CompareOffset", "%1 min ago").arg(s / 60);
    return QCoreApplication::translate("pc::CompareOffset", "%1 s ago").arg(s);
}

std::optional<std::chrono::seconds> parseCompareOffset(const QString &text)
{
    const std::optional<std::chrono::milliseconds> parsed = parsePromDuration(text.trimmed());
    if (!parsed || parsed->count() < 1000 || parsed->count() % 1000 != 0)
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::seconds>(*parsed);
}

}  // namespace pc
