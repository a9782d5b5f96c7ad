#include "settings.h"

#include <QRegularExpression>

#include <map>

namespace pc {

std::optional<std::chrono::seconds> parseRetentionTime(const QString &text)
{
    static const QRegularExpression whole(QStringLiteral(R"(^(?:[0-9]{1,9}[ywdhms])+$)"));
    static const QRegularExpression part(QStringLiteral(R"(([0-9]{1,9})([ywdhms]))"));
    const QString trimmed = text.trimmed();
    if (!whole.match(trimmed).hasMatch())
        return std::nullopt;
    static const std::map<QChar, qint64> unitSeconds = {
        {u'y', 365 * 86400}, {u'w', 7 * 86400}, {u'd', 86400}, {u'h', 3600}, {u'm', 60}, {u's', 1}};
    qint64 total = 0;
    for (auto it = part.globalMatch(trimmed); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        total += m.captured(1).toLongLong() * unitSeconds.at(m.captured(2).at(0));
    }
    constexpr qint64 MinSeconds = 3600;
    constexpr qint64 MaxSeconds = qint64(100) * 365 * 86400;
    if (total < MinSeconds || total > MaxSeconds)
        return std::nullopt;
    return std::chrono::seconds(total);
}

QString retentionTimeText(std::chrono::seconds time)
{
    const qint64 s = time.count();
    for (const auto &[unit, seconds] :
         {std::pair{u'd', qint64(86400)}, std::pair{u'h', qint64(3600)},
          std::pair{u'm', qint64(60)}}) {
        if (s % seconds == 0)
            return QString::number(s / seconds) + QChar(unit);
    }
    return QString::number(s) + u's';
}

namespace {

const std::pair<QLatin1String, int> SizeUnits[] = {{QLatin1String("TiB"), 40},
                                                   {QLatin1String("GiB"), 30},
                                                   {QLatin1String("MiB"), 20},
                                                   {QLatin1String("KiB"), 10},
                                                   {QLatin1String("B"), 0}};

}  // namespace

std::optional<qint64> parseRetentionSize(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^([0-9]{1,12})\s*(B|KiB|MiB|GiB|TiB|KB|MB|GB|TB)$)"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString unit = m.captured(2);
    if (unit.size() == 2)
        unit.insert(1, u'i');  // Prometheus reads GB as GiB
    int shift = 0;
    for (const auto &[name, bits] : SizeUnits) {
        if (unit == name)
            shift = bits;
    }
    const qint64 number = m.captured(1).toLongLong();
    constexpr qint64 MinBytes = qint64(16) << 20;
    if (number > (std::numeric_limits<qint64>::max() >> shift))
        return std::nullopt;
    const qint64 bytes = number << shift;
    if (bytes < MinBytes)
        return std::nullopt;
    return bytes;
}

QString retentionSizeText(qint64 bytes)
{
    for (const auto &[name, bits] : SizeUnits) {
        const qint64 unit = qint64(1) << bits;
        if (bytes % unit == 0)
            return QString::number(bytes / unit) + name;
    }
    return QString::number(bytes) + u'B';
}

}  // namespace pc
