#include "loadspec.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <utility>

namespace pc {

namespace {

struct NamedMix
{
    const char16_t *name;
    RouteMix mix;
};

constexpr std::array<NamedMix, 4> namedMixes = {{{u"hello", {100, 0, 0}},
                                                 {u"mixed", {80, 10, 10}},
                                                 {u"slow", {0, 100, 0}},
                                                 {u"errors", {0, 0, 100}}}};

// "10s", "500ms", "2m", "1h", or seconds without a unit.
std::optional<std::chrono::milliseconds> parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d+(?:\.\d+)?)(ms|s|m|h)?$)"));
    const auto match = re.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QString unit = match.captured(2);
    const double factor = unit == u"ms"  ? 1
                          : unit == u"m" ? 60'000
                          : unit == u"h" ? 3'600'000
                                         : 1000;
    const double ms = match.captured(1).toDouble() * factor;
    if (ms > 1e12)
        return std::nullopt;
    return std::chrono::milliseconds(qint64(std::llround(ms)));
}

std::optional<int> parseCount(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

using Apply = std::function<bool(const QString &value, LoadPlan &plan)>;

struct PartRule
{
    const char16_t *key;
    const char *expected;  // how the value should look, for the error sentence
    Apply apply;
};

const std::array<PartRule, 10> &partRules()
{
    static const std::array<PartRule, 10> rules = {{
        {u"rate", QT_TRANSLATE_NOOP("pc::LoadSpec", "requests per second, such as rate=2000/s"),
         [](const QString &v, LoadPlan &p) {
             bool ok = false;
             p.rate = QString(v).remove(QStringLiteral("/s")).toDouble(&ok);
             p.mode = LoadPlan::Mode::Rate;
             return ok && std::isfinite(p.rate);
         }},
        {u"for", QT_TRANSLATE_NOOP("pc::LoadSpec", "a duration, such as for=10s, 500ms or 2m"),
         [](const QString &v, LoadPlan &p) {
             const auto d = parseDuration(v);
             p.duration = d.value_or(p.duration);
             return d.has_value() && d->count() > 0;
         }},
        {u"burst", QT_TRANSLATE_NOOP("pc::LoadSpec", "a number of requests, such as burst=5000"),
         [](const QString &v, LoadPlan &p) {
             const auto n = parseCount(v);
             p.count = n.value_or(0);
             p.mode = LoadPlan::Mode::Burst;
             return n.has_value();
         }},
        {u"routes", QT_TRANSLATE_NOOP("pc::LoadSpec", "one of hello, mixed, slow, errors"),
         [](const QString &v, LoadPlan &p) {
             const auto mix = routeMixNamed(v);
             p.mix = mix.value_or(p.mix);
             return mix.has_value();
         }},
        {u"url",
         QT_TRANSLATE_NOOP("pc::LoadSpec", "an http URL, such as url=http://127.0.0.1:8080/"),
         [](const QString &v, LoadPlan &p) {
             p.url = QUrl(v, QUrl::StrictMode);
             return p.url.isValid() && !p.url.host().isEmpty();
         }},
        {u"connections",
         QT_TRANSLATE_NOOP("pc::LoadSpec", "a number of connections, such as connections=32"),
         [](const QString &v, LoadPlan &p) {
             const auto n = parseCount(v);
             p.maxConnections = n.value_or(0);
             return n.has_value();
         }},
        {u"method", QT_TRANSLATE_NOOP("pc::LoadSpec", "an HTTP method, such as method=POST"),
         [](const QString &v, LoadPlan &p) {
             p.method = v.toLatin1();
             return !v.isEmpty();
         }},
        {u"header",
         QT_TRANSLATE_NOOP("pc::LoadSpec", "a header, such as header=Accept: text/plain"),
         [](const QString &v, LoadPlan &p) {
             const qsizetype colon = v.indexOf(u':');
             if (colon <= 0)
                 return false;
             p.headers.append(
                 {v.left(colon).trimmed().toLatin1(), v.mid(colon + 1).trimmed().toUtf8()});
             return true;
         }},
        {u"timeout", QT_TRANSLATE_NOOP("pc::LoadSpec", "a duration, such as timeout=5s"),
         [](const QString &v, LoadPlan &p) {
             const auto d = parseDuration(v);
             p.timeout = d.value_or(p.timeout);
             return d.has_value() && d->count() > 0;
         }},
        {u"body", QT_TRANSLATE_NOOP("pc::LoadSpec", "the request's body, such as body={\"a\":1}"),
         [](const QString &v, LoadPlan &p) {
             p.body = v.toUtf8();
             return true;
         }},
    }};
    return rules;
}

QString checkCombination(const LoadPlan &plan, const QStringList &keys)
{
    if (keys.contains(QStringLiteral("rate")) && keys.contains(QStringLiteral("burst")))
        return QCoreApplication::translate(
            "pc::LoadSpec", "The load spec has both rate= and burst=: give one of them.");
    if (keys.contains(QStringLiteral("for")) && plan.mode != LoadPlan::Mode::Rate)
        return QCoreApplication::translate(
            "pc::LoadSpec", "The load spec has for= without rate=: a duration goes with a rate.");
    return {};
}

}  // namespace

QString routeMixName(const RouteMix &mix)
{
    for (const NamedMix &named : namedMixes) {
        if (named.mix.ok == mix.ok && named.mix.slow == mix.slow && named.mix.error == mix.error)
            return QString::fromUtf16(named.name);
    }
    return QStringLiteral("%1/%2/%3").arg(mix.ok).arg(mix.slow).arg(mix.error);
}

std::optional<RouteMix> routeMixNamed(const QString &name)
{
    for (const NamedMix &named : namedMixes) {
        if (name == QStringView(named.name))
            return named.mix;
    }
    return std::nullopt;
}

LoadSpecResult parseLoadSpec(const QString &text)
{
    LoadPlan plan;
    QStringList keys;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {
            std::nullopt,
            QCoreApplication::translate(
                "pc::LoadSpec", "The load spec is empty: give, for example, rate=2000/s,for=10s.")};
    for (const QString &part : parts) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        const auto rule =
            std::find_if(partRules().begin(), partRules().end(),
                         [&key](const PartRule &r) { return key == QStringView(r.key); });
        if (rule == partRules().end() || !part.contains(u'=')) {
            //: %1 is the part of the spec; the keys are the spec's, keep them untranslated
            return {std::nullopt,
                    QCoreApplication::translate(
                        "pc::LoadSpec",
                        "Cannot read '%1' in the load spec: the parts are rate=, for=, "
                        "burst=, routes=, url=, connections=, method=, header=, "
                        "body= and timeout=.")
                        .arg(part)};
        }
        if (!rule->apply(value, plan)) {
            //: %1 is the part of the spec, %2 how its value should look
            return {std::nullopt,
                    QCoreApplication::translate("pc::LoadSpec",
                                                "Cannot read '%1' in the load spec: expected %2.")
                        .arg(part, QCoreApplication::translate("pc::LoadSpec", rule->expected))};
        }
        keys.append(key);
    }
    QString error = checkCombination(plan, keys);
    if (!error.isEmpty())
        return {std::nullopt, error};
    return {plan, {}};
}

}  // namespace pc
