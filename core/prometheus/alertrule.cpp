#include "alertrule.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace pc {

namespace {

QLatin1String conditionName(AlertRule::Condition condition)
{
    switch (condition) {
    case AlertRule::Condition::Below:
        return QLatin1String("below");
    case AlertRule::Condition::Outside:
        return QLatin1String("outside");
    case AlertRule::Condition::Above:
        break;
    }
    return QLatin1String("above");
}

std::optional<AlertRule::Condition> conditionNamed(const QString &name)
{
    for (const auto condition : {AlertRule::Condition::Above, AlertRule::Condition::Below,
                                 AlertRule::Condition::Outside}) {
        if (name == conditionName(condition))
            return condition;
    }
    return std::nullopt;
}

}  // namespace

QString AlertRule::conditionExpr() const
{
    // The newline before the bracket ends a trailing `# comment` in the expression.
    const QString base = u'(' + expr.trimmed() + QStringLiteral("\n)");
    switch (condition) {
    case Condition::Below:
        return base + QStringLiteral(" < ") + promNumber(threshold);
    case Condition::Outside:
        return base + QStringLiteral(" < ") + promNumber(threshold) + QStringLiteral(" or ") + base
               + QStringLiteral(" > ") + promNumber(upper);
    case Condition::Above:
        break;
    }
    return base + QStringLiteral(" > ") + promNumber(threshold);
}

QString AlertRule::problem() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("pc::AlertRule", "The rule needs a name.");
    if (name.contains(u'\n') || name.contains(u'\r'))
        return QCoreApplication::translate("pc::AlertRule",
                                           "The rule's name must fit on one line.");
    if (expr.trimmed().isEmpty())
        return QCoreApplication::translate("pc::AlertRule", "The rule needs an expression.");
    if (!std::isfinite(threshold) || (condition == Condition::Outside && !std::isfinite(upper)))
        return QCoreApplication::translate("pc::AlertRule",
                                           "The threshold must be a finite number.");
    if (condition == Condition::Outside && !(threshold < upper))
        return QCoreApplication::translate("pc::AlertRule",
                                           "The lower bound must be below the upper bound.");
    if (forDuration.count() < 0)
        return QCoreApplication::translate("pc::AlertRule", "The duration cannot be negative.");
    return {};
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject object{
        {QStringLiteral("name"), name},
        {QStringLiteral("expr"), expr},
        {QStringLiteral("condition"), QString(conditionName(condition))},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("for"), promDuration(forDuration)},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("description"), description},
        {QStringLiteral("enabled"), enabled},
    };
    if (!thresholdUnit.isEmpty())
        object.insert(QStringLiteral("unit"), thresholdUnit);
    if (condition == Condition::Outside)
        object.insert(QStringLiteral("upper"), upper);
    return object;
}

std::optional<AlertRule> AlertRule::fromJson(const QJsonObject &object, QString *why)
{
    AlertRule rule;
    const auto text = [&object](const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    rule.name = text("name");
    rule.expr = text("expr");
    rule.severity = text("severity");
    rule.summary = text("summary");
    rule.description = text("description");
    rule.thresholdUnit = text("unit");
    rule.enabled = object.value(QLatin1String("enabled")).toBool(true);
    const std::optional<Condition> condition = conditionNamed(text("condition"));
    const std::optional<std::chrono::seconds> forDuration = parsePromDuration(text("for"));
    const QJsonValue threshold = object.value(QLatin1String("threshold"));
    const QJsonValue upper = object.value(QLatin1String("upper"));
    if (!condition || !forDuration || !threshold.isDouble()
        || (*condition == Condition::Outside && !upper.isDouble()) || rule.name.isEmpty()
        || rule.expr.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate(
                "pc::AlertRule",
                "it lacks a name, an expression, a condition, a threshold or a duration");
        return std::nullopt;
    }
    rule.condition = *condition;
    rule.forDuration = *forDuration;
    rule.threshold = threshold.toDouble();
    rule.upper = upper.toDouble();
    return rule;
}

bool AlertRule::operator==(const AlertRule &other) const
{
    return id == other.id && toJson() == other.toJson();
}

QString promNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    // The shortest text that reads back as the same double, in no locale.
    std::array<char, 32> buffer{};
    const auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (error != std::errc())
        return QString::number(value, 'g', 17);
    return QString::fromLatin1(buffer.data(), end - buffer.data());
}

QString promDuration(std::chrono::seconds duration)
{
    qint64 s = duration.count();
    if (s <= 0)
        return QStringLiteral("0s");
    QString text;
    const std::pair<qint64, char> units[] = {{86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    for (const auto &[size, letter] : units) {
        if (s >= size) {
            text += QString::number(s / size) + QLatin1Char(letter);
            s %= size;
        }
    }
    return text;
}

std::optional<std::chrono::seconds> parsePromDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("([0-9]+)(ms|s|m|h|d|w|y)"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    qint64 ms = 0;
    qsizetype at = 0;
    while (at < trimmed.size()) {
        const QRegularExpressionMatch match =
            part.match(trimmed, at, QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return std::nullopt;
        bool ok = false;
        const qint64 n = match.captured(1).toLongLong(&ok);
        const QString unit = match.captured(2);
        const qint64 unitMs = unit == QLatin1String("ms")  ? 1
                              : unit == QLatin1String("s") ? 1000
                              : unit == QLatin1String("m") ? 60'000
                              : unit == QLatin1String("h") ? 3'600'000
                              : unit == QLatin1String("d") ? 86'400'000
                              : unit == QLatin1String("w") ? 604'800'000
                                                           : qint64(31'536'000'000);
        // A year of milliseconds times a few hundred thousand years stays well inside 64 bits.
        if (!ok || n > 1'000'000'000)
            return std::nullopt;
        ms += n * unitMs;
        at = match.capturedEnd();
    }
    return std::chrono::seconds(ms / 1000);
}

}  // namespace pc
