#include "builtinvariables.h"

#include "prometheus/promresponse.h"

#include <QStringList>

#include <algorithm>

namespace pc {
namespace {

VariableSelection single(const QString &value)
{
    return VariableSelection{{value}, false, false, {}, {}};
}

}  // namespace

std::optional<std::chrono::seconds> globalScrapeInterval(const QString &yaml)
{
    bool inGlobal = false;
    for (const QString &line : yaml.split(u'\n')) {
        if (!line.isEmpty() && !line.front().isSpace()) {
            inGlobal = line.trimmed() == u"global:";
            continue;
        }
        const QString entry = line.trimmed();
        if (!inGlobal || !entry.startsWith(QLatin1String("scrape_interval:")))
            continue;
        QString value = entry.mid(int(qstrlen("scrape_interval:"))).trimmed();
        value.remove(u'"').remove(u'\'');
        if (const auto duration = parsePromDuration(value); duration && duration->count() > 0)
            return std::chrono::ceil<std::chrono::seconds>(*duration);
        return std::nullopt;
    }
    return std::nullopt;
}

QString promDurationText(std::chrono::seconds duration)
{
    const qint64 seconds = std::max<qint64>(1, duration.count());
    for (const auto &[size, unit] : {std::pair{qint64(86400), u'd'}, std::pair{qint64(3600), u'h'},
                                     std::pair{qint64(60), u'm'}}) {
        if (seconds % size == 0)
            return QString::number(seconds / size) + unit;
    }
    return QString::number(seconds) + u's';
}

VariableSelections builtinVariables(std::chrono::seconds step, std::chrono::milliseconds range,
                                    std::chrono::seconds scrapeInterval)
{
    const auto interval = std::max(step, std::chrono::seconds(1));
    const auto scrape = std::max(scrapeInterval, std::chrono::seconds(1));
    const auto rateInterval = std::max(interval + scrape, 4 * scrape);
    const qint64 rangeSeconds = std::max<qint64>(1, range.count() / 1000);
    VariableSelections builtins;
    builtins.insert(QStringLiteral("__interval"), single(promDurationText(interval)));
    builtins.insert(QStringLiteral("__interval_ms"),
                    single(QString::number(qint64(interval.count()) * 1000)));
    builtins.insert(QStringLiteral("__rate_interval"), single(promDurationText(rateInterval)));
    builtins.insert(QStringLiteral("__range"), single(QString::number(rangeSeconds) + u's'));
    builtins.insert(QStringLiteral("__range_s"), single(QString::number(rangeSeconds)));
    builtins.insert(QStringLiteral("__range_ms"), single(QString::number(range.count())));
    return builtins;
}

}  // namespace pc
