#include "chartunits.h"

#include <QRegularExpression>

namespace pc {
namespace {

using Unit = DisplayFormat::Unit;

const QStringList kRateFunctions{QStringLiteral("rate"), QStringLiteral("irate"),
                                 QStringLiteral("deriv")};

/// The metric names in a query: identifiers not followed by `(` and not PromQL keywords,
/// outside label matchers and strings.
QStringList metricNames(const QString &promql)
{
    static const QRegularExpression strings(
        QStringLiteral(R"("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"));
    static const QRegularExpression matchers(QStringLiteral(R"(\{[^}]*\})"));
    static const QRegularExpression identifier(
        QStringLiteral(R"((?<![\w:.])([a-zA-Z_:][a-zA-Z0-9_:]*)\s*(\(?))"));
    static const QStringList keywords{
        QStringLiteral("by"),       QStringLiteral("without"),    QStringLiteral("on"),
        QStringLiteral("ignoring"), QStringLiteral("group_left"), QStringLiteral("group_right"),
        QStringLiteral("and"),      QStringLiteral("or"),         QStringLiteral("unless"),
        QStringLiteral("offset"),   QStringLiteral("bool"),       QStringLiteral("le")};
    QString text = promql;
    text.replace(strings, QStringLiteral("\"\""));
    text.replace(matchers, QString());
    // `by (le)` and `[5m]` hold no metric names.
    text.replace(QRegularExpression(QStringLiteral(
                     R"(\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\))")),
                 QString());
    text.replace(QRegularExpression(QStringLiteral(R"(\[[^\]]*\])")), QString());
    QStringList names;
    auto it = identifier.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (!match.captured(2).isEmpty() || keywords.contains(match.captured(1)))
            continue;
        names.append(match.captured(1));
    }
    return names;
}

bool callsAny(const QString &promql, const QStringList &functions)
{
    for (const QString &f : functions) {
        if (QRegularExpression(u"\\b" + f + u"\\s*\\(").match(promql).hasMatch())
            return true;
    }
    return false;
}

}  // namespace

DisplayFormat::Unit unitForQuery(const QString &promql)
{
    const QStringList names = metricNames(promql);
    if (names.isEmpty())
        return Unit::Count;
    const QString &name = names.first();
    const bool rated = callsAny(promql, kRateFunctions);
    if (callsAny(promql, {QStringLiteral("histogram_quantile")})) {
        if (name.endsWith(u"_seconds_bucket"))
            return Unit::Seconds;
        if (name.endsWith(u"_bytes_bucket"))
            return Unit::Bytes;
        return Unit::Count;
    }
    if (rated) {
        if (name.endsWith(u"_seconds_total"))
            return Unit::Ratio;
        if (name.endsWith(u"_bytes_total"))
            return Unit::Bytes;  // bytes a second: the axis title says /s
        if (name.contains(u"request"))
            return Unit::RequestsPerSecond;
        return Unit::PerSecond;
    }
    if (name.endsWith(u"_seconds") || name.endsWith(u"_seconds_sum"))
        return Unit::Seconds;
    if (name.endsWith(u"_bytes"))
        return Unit::Bytes;
    if (name.endsWith(u"_ratio"))
        return Unit::Ratio;
    if (name.endsWith(u"_percent"))
        return Unit::Percent;
    return Unit::Count;
}

DisplayFormat::Unit unitForSeries(const QString &promql, const QList<QList<QPointF>> &series)
{
    const Unit unit = unitForQuery(promql);
    if (unit == Unit::Ratio || !promql.contains(u'/'))
        return unit;
    bool any = false;
    for (const auto &points : series) {
        for (const QPointF &p : points) {
            if (p.y() < 0 || p.y() > 1)
                return unit;
            any = true;
        }
    }
    return any ? Unit::Ratio : unit;
}

}  // namespace pc
