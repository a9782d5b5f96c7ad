#include "legendformat.h"

#include "chart/chartseries.h"

#include <QRegularExpression>

namespace pc {

bool isAutoLegendFormat(const QString &format)
{
    return format.isEmpty() || format == QLatin1String("__auto");
}

QString expandLegendFormat(const QString &format, const QMap<QString, QString> &labels,
                           const QString &fallback)
{
    if (isAutoLegendFormat(format)) {
        if (labels.isEmpty() && !fallback.isEmpty())
            return fallback;
        QString key = seriesKey(labels);
        // `up`, not `up{}`, as Grafana and Prometheus name a series with no other label.
        if (key.size() > 2 && key.endsWith(QLatin1String("{}")))
            key.chop(2);
        return key;
    }
    // Grafana's own pattern: lazy, so `{{a}} {{b}}` is two labels, and `{{}}` stays as text.
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{\s*(.+?)\s*\}\})"));
    QString result;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(format); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(format).mid(last, match.capturedStart() - last);
        result += labels.value(match.captured(1));
        last = match.capturedEnd();
    }
    result += QStringView(format).mid(last);
    return result;
}

}  // namespace pc
