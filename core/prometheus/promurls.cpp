#include "promurls.h"

#include <algorithm>
#include <array>

namespace pc {

namespace {

// QUrlQuery leaves `+` raw, and servers decode a raw `+` in a query as a space: PromQL
// such as `a + b` would arrive as `a   b`. Encoding everything but the unreserved set avoids
// that and any other delimiter clash (`&`, `=`, `#`).
QByteArray encodeParameter(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

QUrl withQuery(QUrl url, const QList<QByteArray> &parameters)
{
    QByteArray query;
    for (const QByteArray &parameter : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += parameter;
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

}  // namespace

QUrl promApiUrl(const QUrl &base, const QString &path)
{
    QUrl url = base.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

QUrl promQueryUrl(const QUrl &base, const QString &promql, const std::optional<QDateTime> &time)
{
    QList<QByteArray> parameters{encodeParameter("query", promql)};
    if (time)
        parameters.append(encodeParameter("time", promTimeParameter(*time)));
    return withQuery(promApiUrl(base, QStringLiteral("/api/v1/query")), parameters);
}

QUrl promQueryRangeUrl(const QUrl &base, const QString &promql, const QDateTime &start,
                       const QDateTime &end, std::chrono::seconds step)
{
    return withQuery(
        promApiUrl(base, QStringLiteral("/api/v1/query_range")),
        {encodeParameter("query", promql), encodeParameter("start", promTimeParameter(start)),
         encodeParameter("end", promTimeParameter(end)),
         encodeParameter("step", QString::number(std::max<qint64>(1, step.count())))});
}

QUrl promTargetsUrl(const QUrl &base)
{
    return withQuery(promApiUrl(base, QStringLiteral("/api/v1/targets")), {"state=active"});
}

QUrl promReadyUrl(const QUrl &base)
{
    return promApiUrl(base, QStringLiteral("/-/ready"));
}

QUrl promFlagsUrl(const QUrl &base)
{
    return promApiUrl(base, QStringLiteral("/api/v1/status/flags"));
}

QUrl promLabelValuesUrl(const QUrl &base, const QString &label, const QString &selector)
{
    const QUrl url = promApiUrl(base, QStringLiteral("/api/v1/label/")
                                          + QString::fromLatin1(QUrl::toPercentEncoding(label))
                                          + QStringLiteral("/values"));
    return selector.isEmpty() ? url : withQuery(url, {encodeParameter("match[]", selector)});
}

QUrl promLabelNamesUrl(const QUrl &base, const QString &selector)
{
    const QUrl url = promApiUrl(base, QStringLiteral("/api/v1/labels"));
    return selector.isEmpty() ? url : withQuery(url, {encodeParameter("match[]", selector)});
}

QUrl promGraphUrl(const QUrl &base, const QString &promql, std::chrono::seconds range,
                  const QDateTime &end)
{
    QList<QByteArray> parameters{
        encodeParameter("g0.expr", promql), encodeParameter("g0.tab", QStringLiteral("0")),
        encodeParameter("g0.range_input", QString::number(range.count()) + u's')};
    if (end.isValid()) {
        parameters.append(encodeParameter(
            "g0.end_input", end.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    return withQuery(promApiUrl(base, QStringLiteral("/graph")), parameters);
}

QString promTimeParameter(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

std::chrono::seconds chooseStep(std::chrono::seconds window, int maxPoints)
{
    static constexpr std::array<qint64, 17> kNiceSteps{
        1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200};
    constexpr qint64 kDay = 86400;

    const qint64 seconds = std::max<qint64>(0, window.count());
    // A range [start, end] at step s has floor(window / s) + 1 points.
    const qint64 intervals = std::max(1, maxPoints - 1);
    const qint64 minimum = std::max<qint64>(1, (seconds + intervals - 1) / intervals);
    for (const qint64 step : kNiceSteps) {
        if (step >= minimum)
            return std::chrono::seconds(step);
    }
    return std::chrono::seconds((minimum + kDay - 1) / kDay * kDay);
}

}  // namespace pc
