#include "ruletest.h"

#include "ruleyaml.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace pc {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c == u':';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u':';
}

// The index just past the string literal that opens at `at` (", ' or `).
qsizetype skipString(const QString &text, qsizetype at)
{
    const QChar quote = text.at(at);
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && quote != u'`')
            ++i;
        else if (text.at(i) == quote)
            return i + 1;
    }
    return text.size();
}

// The index just past the bracket group that opens at `at`, strings respected.
qsizetype skipGroup(const QString &text, qsizetype at, QChar open, QChar close)
{
    int depth = 0;
    for (qsizetype i = at; i < text.size();) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'\'' || c == u'`') {
            i = skipString(text, i);
            continue;
        }
        if (c == open)
            ++depth;
        else if (c == close && --depth == 0)
            return i + 1;
        ++i;
    }
    return text.size();
}

qsizetype skipSpaces(const QString &text, qsizetype at)
{
    while (at < text.size() && text.at(at).isSpace())
        ++at;
    return at;
}

bool isKeyword(const QString &word)
{
    static const QSet<QString> keywords{
        QStringLiteral("by"),       QStringLiteral("without"),    QStringLiteral("on"),
        QStringLiteral("ignoring"), QStringLiteral("group_left"), QStringLiteral("group_right"),
        QStringLiteral("bool"),     QStringLiteral("offset"),     QStringLiteral("and"),
        QStringLiteral("or"),       QStringLiteral("unless"),     QStringLiteral("atan2"),
        QStringLiteral("inf"),      QStringLiteral("nan"),        QStringLiteral("start"),
        QStringLiteral("end")};
    return keywords.contains(word.toLower());
}

// Aggregation operators may take `by (...)` before their brackets: `sum by (job) (x)`.
bool isAggregation(const QString &word)
{
    static const QSet<QString> operators{
        QStringLiteral("sum"),     QStringLiteral("min"),        QStringLiteral("max"),
        QStringLiteral("avg"),     QStringLiteral("group"),      QStringLiteral("stddev"),
        QStringLiteral("stdvar"),  QStringLiteral("count"),      QStringLiteral("count_values"),
        QStringLiteral("bottomk"), QStringLiteral("topk"),       QStringLiteral("quantile"),
        QStringLiteral("limitk"),  QStringLiteral("limit_ratio")};
    return operators.contains(word.toLower());
}

QString formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Inf") : QStringLiteral("-Inf");
    return promNumber(value);
}

}  // namespace

QStringList promqlSelectors(const QString &promql)
{
    QStringList selectors;
    const auto add = [&selectors](const QString &selector) {
        if (!selectors.contains(selector))
            selectors.append(selector);
    };
    qsizetype i = 0;
    while (i < promql.size()) {
        const QChar c = promql.at(i);
        if (c == u'"' || c == u'\'' || c == u'`') {
            i = skipString(promql, i);
        } else if (c == u'#') {
            while (i < promql.size() && promql.at(i) != u'\n')
                ++i;
        } else if (c == u'[') {
            i = skipGroup(promql, i, u'[', u']');  // a range or a subquery's step
        } else if (c == u'{') {
            const qsizetype end = skipGroup(promql, i, u'{', u'}');
            add(promql.mid(i, end - i));
            i = end;
        } else if (c.isDigit()
                   || (c == u'.' && i + 1 < promql.size() && promql.at(i + 1).isDigit())) {
            while (i < promql.size() && (promql.at(i).isLetterOrNumber() || promql.at(i) == u'.'))
                ++i;  // a number or a duration: 0.95, 1e3, 5m
        } else if (isIdentifierStart(c)) {
            qsizetype end = i;
            while (end < promql.size() && isIdentifierPart(promql.at(end)))
                ++end;
            const QString word = promql.mid(i, end - i);
            const qsizetype next = skipSpaces(promql, end);
            const QChar after = next < promql.size() ? promql.at(next) : QChar();
            if (isKeyword(word)) {
                // by (job), on (instance), group_left (x): label lists, not selectors.
                i = after == u'(' && word != QLatin1String("atan2")
                        ? skipGroup(promql, next, u'(', u')')
                        : end;
            } else if (after == u'(' || isAggregation(word)) {
                i = end;  // a function or an aggregation
            } else if (after == u'{') {
                const qsizetype close = skipGroup(promql, next, u'{', u'}');
                add(word + promql.mid(next, close - next));
                i = close;
            } else {
                add(word);
                i = end;
            }
        } else {
            ++i;
        }
    }
    return selectors;
}

QString promtoolValues(const QList<PromSample> &samples, qint64 startMs, qint64 intervalMs,
                       int slotCount)
{
    QList<std::optional<double>> slotValues(slotCount);
    QList<qint64> distance(slotCount, intervalMs);
    for (const PromSample &sample : samples) {
        const double position = double(sample.timestampMs - startMs) / double(intervalMs);
        const qint64 slot = std::llround(position);
        if (slot < 0 || slot >= slotCount)
            continue;
        const qint64 away = std::abs(sample.timestampMs - (startMs + slot * intervalMs));
        if (away * 2 < intervalMs && away < distance[slot]) {
            slotValues[slot] = sample.value;
            distance[slot] = away;
        }
    }
    QStringList parts;
    for (qsizetype i = 0; i < slotValues.size();) {
        qsizetype run = 1;
        const auto same = [](const std::optional<double> &a, const std::optional<double> &b) {
            return a.has_value() == b.has_value()
                   && (!a || *a == *b || (std::isnan(*a) && std::isnan(*b)));
        };
        while (i + run < slotValues.size() && same(slotValues[i + run], slotValues[i]))
            ++run;
        const QString text = slotValues[i] ? formatValue(*slotValues[i]) : QStringLiteral("_");
        if (run == 1)
            parts.append(text);
        else if (run == 2)
            parts.append(text + u' ' + text);
        else  // `vxN` expands to N+1 values
            parts.append(text + u'x' + QString::number(run - 1));
        i += run;
    }
    return parts.join(u' ');
}

QByteArray ruleTestYaml(const RuleTest &test)
{
    QString yaml = QStringLiteral(
                       "# A promtool unit test of the alerting rule %1, written by Prom Companion "
                       "from what Prometheus recorded and evaluated.\n"
                       "# Run it with: promtool test rules <this file>\n"
                       "rule_files:\n  - ")
                       .arg(yamlQuoted(test.alertName))
                   + yamlQuoted(test.ruleFile) + QStringLiteral("\nevaluation_interval: ")
                   + promDuration(test.interval) + QStringLiteral("\ntests:\n  - interval: ")
                   + promDuration(test.interval) + QStringLiteral("\n    input_series:\n");
    for (const RuleTest::Input &input : test.inputs) {
        yaml += QStringLiteral("      - series: ") + yamlQuoted(input.series)
                + QStringLiteral("\n        values: ") + yamlQuoted(input.values) + u'\n';
    }
    yaml += QStringLiteral("    alert_rule_test:\n");
    for (const RuleTest::Check &check : test.checks) {
        yaml += QStringLiteral("      - eval_time: ") + promDuration(check.evalTime)
                + QStringLiteral("\n        alertname: ") + yamlQuoted(test.alertName)
                + QStringLiteral("\n        exp_alerts:");
        if (check.firingLabels.isEmpty())
            yaml += QStringLiteral(" []");
        yaml += u'\n';
        for (const QMap<QString, QString> &labels : check.firingLabels) {
            yaml += QStringLiteral("          - exp_labels:\n");
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                yaml += QStringLiteral("              ") + yamlQuoted(it.key())
                        + QStringLiteral(": ") + yamlQuoted(it.value()) + u'\n';
            }
        }
    }
    return yaml.toUtf8();
}

QList<QMap<QString, QString>> firingAt(const PromQueryResult &condition, qint64 evalMs,
                                       std::chrono::seconds step, std::chrono::seconds forDuration,
                                       const QMap<QString, QString> &extraLabels)
{
    const qint64 stepMs = std::max<qint64>(1, step.count() * 1000);
    QList<QMap<QString, QString>> firing;
    for (const PromSeries &series : condition.series) {
        const QList<PromSample> &samples = series.samples;
        // Walk back from the evaluation through the run of points that reaches it.
        qsizetype last = samples.size() - 1;
        while (last >= 0 && samples[last].timestampMs > evalMs)
            --last;
        if (last < 0 || evalMs - samples[last].timestampMs >= stepMs)
            continue;
        qsizetype first = last;
        while (first > 0 && samples[first].timestampMs - samples[first - 1].timestampMs <= stepMs)
            --first;
        if (evalMs - samples[first].timestampMs < forDuration.count() * 1000)
            continue;
        QMap<QString, QString> labels = series.labels;
        labels.remove(QStringLiteral("__name__"));
        labels.insert(extraLabels);
        firing.append(labels);
    }
    return firing;
}

}  // namespace pc
