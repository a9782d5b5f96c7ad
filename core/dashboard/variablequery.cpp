#include "variablequery.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace pc {
namespace {

// `/pattern/flags` as Grafana writes a variable's regex; a bare pattern is taken as it is.
std::optional<QRegularExpression> compileRegex(const QString &text)
{
    QString pattern = text;
    QRegularExpression::PatternOptions options;
    static const QRegularExpression slashed(QStringLiteral("^/(.*)/([gimsuy]*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = slashed.match(text); m.hasMatch()) {
        pattern = m.captured(1);
        if (m.captured(2).contains(u'i'))
            options |= QRegularExpression::CaseInsensitiveOption;
        if (m.captured(2).contains(u's'))
            options |= QRegularExpression::DotMatchesEverythingOption;
    }
    QRegularExpression regex(pattern, options);
    if (!regex.isValid())
        return std::nullopt;
    return regex;
}

std::optional<GrafanaVariableOption> filtered(const QString &value, const QRegularExpression &regex)
{
    const QRegularExpressionMatch m = regex.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    const QString text = m.captured(QStringLiteral("text"));
    const QString named = m.captured(QStringLiteral("value"));
    if (!text.isEmpty() || !named.isEmpty())
        return GrafanaVariableOption{text.isEmpty() ? named : text, named.isEmpty() ? text : named};
    const QString captured = regex.captureCount() > 0 ? m.captured(1) : value;
    return GrafanaVariableOption{captured, captured};
}

void sortOptions(QList<GrafanaVariableOption> *options, int sort)
{
    if (sort <= 0)
        return;
    const bool descending = sort % 2 == 0;
    std::stable_sort(
        options->begin(), options->end(), [sort, descending](const auto &a, const auto &b) {
            int order = 0;
            if (sort == 3 || sort == 4) {
                const double x = a.text.toDouble();
                const double y = b.text.toDouble();
                order = x < y ? -1 : (x > y ? 1 : 0);
            } else {
                order = a.text.compare(b.text, sort >= 5 ? Qt::CaseInsensitive : Qt::CaseSensitive);
            }
            return descending ? order > 0 : order < 0;
        });
}

}  // namespace

std::optional<VariableQuery> VariableQuery::parse(const QString &text)
{
    static const QRegularExpression call(QStringLiteral(R"(^\s*(\w+)\s*\((.*)\)\s*$)"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = call.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QString function = m.captured(1);
    const QString args = m.captured(2).trimmed();
    VariableQuery query;
    if (function == u"label_values") {
        // The label is the last argument; whatever comes before it is the selector.
        const qsizetype comma = args.lastIndexOf(u',');
        query.label = args.mid(comma + 1).trimmed();
        query.selector = comma < 0 ? QString() : args.left(comma).trimmed();
        if (query.label.isEmpty())
            return std::nullopt;
        return query;
    }
    if (function == u"label_names") {
        query.kind = Kind::LabelNames;
        query.selector = args;
        return query;
    }
    if (function == u"metrics") {
        query.kind = Kind::Metrics;
        query.regex = args;
        return query;
    }
    if (function == u"query_result") {
        query.kind = Kind::QueryResult;
        query.expr = args;
        return query.expr.isEmpty() ? std::nullopt : std::optional<VariableQuery>(query);
    }
    return std::nullopt;
}

QList<GrafanaVariableOption> variableOptions(const QStringList &values, const QString &regex,
                                             int sort)
{
    const std::optional<QRegularExpression> compiled =
        regex.isEmpty() ? std::nullopt : compileRegex(regex);
    QList<GrafanaVariableOption> options;
    QSet<QString> seen;
    for (const QString &value : values) {
        const std::optional<GrafanaVariableOption> option =
            compiled ? filtered(value, *compiled) : GrafanaVariableOption{value, value};
        if (!option || seen.contains(option->value))
            continue;
        seen.insert(option->value);
        options.append(*option);
    }
    sortOptions(&options, sort);
    return options;
}

QString queryResultLine(const QString &metric, const QList<std::pair<QString, QString>> &labels,
                        double value, qint64 timestampMs)
{
    QStringList pairs;
    for (const auto &[name, labelValue] : labels)
        pairs.append(QStringLiteral("%1=\"%2\"").arg(name, labelValue));
    return QStringLiteral("%1{%2} %3 %4")
        .arg(metric, pairs.join(QStringLiteral(", ")), QString::number(value, 'g', 17),
             QString::number(timestampMs));
}

}  // namespace pc
