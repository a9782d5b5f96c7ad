#include "alertcondition.h"

#include <array>
#include <vector>

namespace pc {

namespace {

constexpr int Quoted = -1;   // inside a string literal, its quotes included
constexpr int Comment = -2;  // a `#` comment, to the end of its line

/// The bracket depth of each character of `promql`, or Quoted or Comment: what tells an
/// operator of the expression from one in a label matcher, a string or a comment.
std::vector<int> depths(const QString &promql)
{
    std::vector<int> result(size_t(promql.size()), 0);
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < promql.size(); ++i) {
        const QChar c = promql.at(i);
        if (!quote.isNull()) {
            result[size_t(i)] = Quoted;
            if (c == u'\\' && quote != u'`' && i + 1 < promql.size())
                result[size_t(++i)] = Quoted;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'' || c == u'`') {
            quote = c;
            result[size_t(i)] = Quoted;
        } else if (c == u'#') {
            while (i < promql.size() && promql.at(i) != u'\n')
                result[size_t(i++)] = Comment;
            if (i < promql.size())
                result[size_t(i)] = depth;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            result[size_t(i)] = depth++;
        } else if (c == u')' || c == u']' || c == u'}') {
            depth = std::max(0, depth - 1);
            result[size_t(i)] = depth;
        } else {
            result[size_t(i)] = depth;
        }
    }
    return result;
}

QString withoutComments(const QString &promql)
{
    const std::vector<int> depth = depths(promql);
    QString text;
    for (qsizetype i = 0; i < promql.size(); ++i) {
        if (depth[size_t(i)] != Comment)
            text.append(promql.at(i));
    }
    return text;
}

/// `text` without brackets that enclose all of it: `((a) + b)` is `(a) + b`.
QString unwrapped(QString text)
{
    for (;;) {
        text = text.trimmed();
        if (!text.startsWith(u'(') || !text.endsWith(u')'))
            return text;
        const std::vector<int> depth = depths(text);
        // The opening bracket closes at the very end only if nothing between is back at 0.
        for (qsizetype i = 1; i + 1 < text.size(); ++i) {
            if (depth[size_t(i)] == 0)
                return text;
        }
        text = text.mid(1, text.size() - 2);
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u':';
}

/// `text` cut at each top-level `or`.
QStringList orParts(const QString &text)
{
    const std::vector<int> depth = depths(text);
    QStringList parts;
    qsizetype from = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (depth[size_t(i)] != 0 || depth[size_t(i + 1)] != 0
            || text.mid(i, 2).compare(QLatin1String("or"), Qt::CaseInsensitive) != 0)
            continue;
        if ((i > 0 && isWordChar(text.at(i - 1)))
            || (i + 2 < text.size() && isWordChar(text.at(i + 2))))
            continue;
        parts.append(text.mid(from, i - from));
        from = i + 2;
    }
    parts.append(text.mid(from));
    return parts;
}

struct Comparison
{
    QString expr;
    AlertCondition::Bound bound;
};

/// The last top-level comparison of `text` with a number on its right, if it ends so.
std::optional<Comparison> trailingComparison(const QString &text)
{
    const std::vector<int> depth = depths(text);
    for (qsizetype i = text.size() - 1; i > 0; --i) {
        const QChar c = text.at(i);
        if (depth[size_t(i)] != 0 || (c != u'>' && c != u'<' && c != u'='))
            continue;
        qsizetype start = i;
        const QChar before = text.at(i - 1);
        if (c == u'=' && (before == u'>' || before == u'<' || before == u'=' || before == u'!'))
            start = i - 1;
        else if (c == u'=')
            return std::nullopt;  // `=` alone is no comparison
        bool ok = false;
        const double value = text.mid(i + 1).trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        using Op = AlertCondition::Op;
        static const std::array<std::pair<QLatin1String, Op>, 6> ops{{
            {QLatin1String(">="), Op::AtLeast},
            {QLatin1String("<="), Op::AtMost},
            {QLatin1String("=="), Op::Equal},
            {QLatin1String("!="), Op::NotEqual},
            {QLatin1String(">"), Op::Above},
            {QLatin1String("<"), Op::Below},
        }};
        const QString op = text.mid(start, i - start + 1);
        for (const auto &[name, kind] : ops) {
            if (op == name)
                return Comparison{unwrapped(text.left(start)), {kind, value}};
        }
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

AlertCondition AlertCondition::parse(const QString &query)
{
    const QString text = unwrapped(withoutComments(query));
    const QStringList parts = orParts(text);
    AlertCondition condition;
    for (const QString &part : parts) {
        const std::optional<Comparison> comparison = trailingComparison(part.trimmed());
        if (!comparison
            || (!condition.expr.isEmpty()
                && normalized(condition.expr) != normalized(comparison->expr)))
            return AlertCondition{text, {}};
        condition.expr = comparison->expr;
        condition.bounds.append(comparison->bound);
    }
    return condition;
}

AlertCondition AlertCondition::of(const AlertRule &rule)
{
    AlertCondition condition;
    condition.expr = unwrapped(withoutComments(rule.expr));
    switch (rule.condition) {
    case AlertRule::Condition::Below:
        condition.bounds = {{Op::Below, rule.threshold}};
        break;
    case AlertRule::Condition::Outside:
        condition.bounds = {{Op::Below, rule.threshold}, {Op::Above, rule.upper}};
        break;
    case AlertRule::Condition::Above:
        condition.bounds = {{Op::Above, rule.threshold}};
        break;
    }
    return condition;
}

QString AlertCondition::normalized(const QString &promql)
{
    const QString text = unwrapped(withoutComments(promql));
    const std::vector<int> depth = depths(text);
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (depth[size_t(i)] == Quoted || !text.at(i).isSpace())
            result.append(text.at(i));
    }
    return result;
}

}  // namespace pc
