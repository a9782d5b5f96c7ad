#include "grafanavariable.h"

#include <QRegularExpression>

namespace pc {

GrafanaVariable::Type GrafanaVariable::typeOf(const QString &typeName)
{
    static const QList<std::pair<QLatin1String, Type>> types = {
        {QLatin1String("query"), Type::Query},
        {QLatin1String("custom"), Type::Custom},
        {QLatin1String("constant"), Type::Constant},
        {QLatin1String("textbox"), Type::Textbox},
        {QLatin1String("interval"), Type::Interval},
        {QLatin1String("datasource"), Type::Datasource},
    };
    for (const auto &[name, type] : types) {
        if (typeName == name)
            return type;
    }
    return Type::Unsupported;
}

QList<GrafanaVariableOption> GrafanaVariable::customOptions(const QString &query)
{
    // Grafana splits on commas not preceded by a backslash; `key : value` names an option.
    static const QRegularExpression separator(QStringLiteral("(?<!\\\\),"));
    QList<GrafanaVariableOption> options;
    for (QString item : query.split(separator)) {
        item.replace(QStringLiteral("\\,"), QStringLiteral(","));
        item = item.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype colon = item.indexOf(QLatin1String(" : "));
        if (colon > 0)
            options.append({item.left(colon).trimmed(), item.mid(colon + 3).trimmed()});
        else
            options.append({item, item});
    }
    return options;
}

}  // namespace pc
