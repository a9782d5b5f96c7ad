#include "displayformat.h"

#include <QStringBuilder>

#include <cmath>

namespace pc {

QString DisplayFormat::value(double value, Unit unit, const QLocale &locale)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    switch (unit) {
    case Unit::Count:
        return locale.toString(value, 'f', std::abs(value - std::round(value)) < 1e-9 ? 0 : 2);
    case Unit::PerSecond:
        return locale.toString(value, 'f', std::abs(value) >= 100 ? 0 : 1) % u" req/s";
    case Unit::Bytes: {
        static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
        int i = 0;
        while (std::abs(value) >= 1024 && i < 4) {
            value /= 1024;
            ++i;
        }
        return locale.toString(value, 'f', i == 0 ? 0 : 1) % u' ' % QLatin1String(units[i]);
    }
    case Unit::Seconds:
        if (std::abs(value) < 1)
            return locale.toString(value * 1000, 'f', 0) % u" ms";
        return locale.toString(value, 'f', 2) % u" s";
    }
    return locale.toString(value);
}

QString DisplayFormat::age(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return QStringLiteral("never");
    const qint64 seconds = time.secsTo(now);
    if (seconds < 1)
        return QStringLiteral("just now");
    if (seconds < 120)
        return QString::number(seconds) % u" s ago";
    if (seconds < 2 * 3600)
        return QString::number(seconds / 60) % u" min ago";
    return QString::number(seconds / 3600) % u" h ago";
}

}  // namespace pc
