#include "format/displayformat.h"

#include <QCoreApplication>
#include <QStringBuilder>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace pc {
namespace {

/// A value divided into the prefix it reads best with: `value / divisor` and its symbol.
struct Scaled
{
    double divisor = 1;
    QString symbol;  // already spaced: " k", " MiB", " ms", "%"
};

QString specialValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
}

Scaled siScale(double magnitude, const QString &suffix)
{
    static const struct
    {
        double divisor;
        const char *prefix;
    } prefixes[] = {{1e18, "E"}, {1e15, "P"}, {1e12, "T"}, {1e9, "G"}, {1e6, "M"}, {1e3, "k"}};
    for (const auto &p : prefixes) {
        if (magnitude >= p.divisor)
            return {p.divisor, u' ' % QLatin1String(p.prefix) % suffix};
    }
    return {1, suffix.isEmpty() ? QString() : u' ' % suffix};
}

// Powers of 1024: `B`, `KiB`, `MiB` (or `b`, `Kib`, … and `B/s`, `KiB/s`, …).
Scaled binaryScale(double magnitude, const QString &base, const QString &perSecond = {})
{
    static const char *const prefixes[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi"};
    int i = 0;
    double divisor = 1;
    while (magnitude >= divisor * 1024 && i < 5) {
        divisor *= 1024;
        ++i;
    }
    return {divisor, u' ' % QLatin1String(prefixes[i]) % base % perSecond};
}

Scaled bytesScale(double magnitude)
{
    return binaryScale(magnitude, QStringLiteral("B"));
}

// A count of things a second named by a word: `12 io/s`, `1.5 k ops/s`.
Scaled countScale(double magnitude, const QString &word)
{
    const Scaled prefix = siScale(magnitude, {});
    return {prefix.divisor, prefix.symbol % u' ' % word};
}

Scaled secondsScale(double magnitude)
{
    if (magnitude == 0)
        return {1, QStringLiteral(" s")};
    if (magnitude < 1e-6)
        return {1e-9, QStringLiteral(" ns")};
    if (magnitude < 1e-3)
        return {1e-6, QStringLiteral(" µs")};
    if (magnitude < 1)
        return {1e-3, QStringLiteral(" ms")};
    if (magnitude < 120)
        return {1, QStringLiteral(" s")};
    if (magnitude < 2 * 3600)
        return {60, QStringLiteral(" min")};
    return {3600, QStringLiteral(" h")};
}

// The units of Grafana's SI and IEC categories (valueFormats/categories.ts), which never
// take the app's own shorter symbols.
Scaled scaleForPhysical(double magnitude, DisplayFormat::Unit unit)
{
    using Unit = DisplayFormat::Unit;
    switch (unit) {
    case Unit::IoPerSecond:
        return countScale(magnitude, QStringLiteral("io/s"));
    case Unit::OpsPerSecond:
        return countScale(magnitude, QStringLiteral("ops/s"));
    case Unit::ReadsPerSecond:
        return countScale(magnitude, QStringLiteral("rd/s"));
    case Unit::WritesPerSecond:
        return countScale(magnitude, QStringLiteral("wr/s"));
    case Unit::DecBytes:
        return siScale(magnitude, QStringLiteral("B"));
    case Unit::Bits:
        return binaryScale(magnitude, QStringLiteral("b"));
    case Unit::DecBits:
        return siScale(magnitude, QStringLiteral("b"));
    case Unit::BitsPerSecond:
        return siScale(magnitude, QStringLiteral("b/s"));
    case Unit::BytesPerSecond:
        return siScale(magnitude, QStringLiteral("B/s"));
    case Unit::BinBytesPerSecond:
        return binaryScale(magnitude, QStringLiteral("B"), QStringLiteral("/s"));
    case Unit::Hertz:
        return siScale(magnitude, QStringLiteral("Hz"));
    case Unit::Watt:
        return siScale(magnitude, QStringLiteral("W"));
    case Unit::Volt:
        return siScale(magnitude, QStringLiteral("V"));
    case Unit::Ampere:
        return siScale(magnitude, QStringLiteral("A"));
    case Unit::Celsius:
        return {1, QStringLiteral(" °C")};
    case Unit::Fahrenheit:
        return {1, QStringLiteral(" °F")};
    case Unit::Duration:
        return secondsScale(magnitude);
    default:
        return {};
    }
}

// `2 days, 3 hours`: the two largest units of a duration in seconds, as Grafana's
// dtdurations shows it; under a second in ms.
QString durationText(double seconds, const QLocale &locale)
{
    const double magnitude = std::abs(seconds);
    if (magnitude < 1)
        return locale.toString(seconds * 1000, 'f', 0) % u" ms";
    // Singular and plural apart: English has no translation file to pick a plural form from.
    struct Part
    {
        qint64 seconds;
        const char *one;
        const char *many;
    };
    static const Part parts[] = {
        {86400 * 365, QT_TRANSLATE_NOOP("pc::DisplayFormat", "1 year"),
         QT_TRANSLATE_NOOP("pc::DisplayFormat", "%1 years")},
        {86400, QT_TRANSLATE_NOOP("pc::DisplayFormat", "1 day"),
         QT_TRANSLATE_NOOP("pc::DisplayFormat", "%1 days")},
        {3600, QT_TRANSLATE_NOOP("pc::DisplayFormat", "1 hour"),
         QT_TRANSLATE_NOOP("pc::DisplayFormat", "%1 hours")},
        {60, QT_TRANSLATE_NOOP("pc::DisplayFormat", "1 minute"),
         QT_TRANSLATE_NOOP("pc::DisplayFormat", "%1 minutes")},
        {1, QT_TRANSLATE_NOOP("pc::DisplayFormat", "1 second"),
         QT_TRANSLATE_NOOP("pc::DisplayFormat", "%1 seconds")},
    };
    auto left = qint64(std::floor(magnitude));
    QStringList shown;
    for (const Part &part : parts) {
        const qint64 count = left / part.seconds;
        if (shown.isEmpty() && count == 0)
            continue;
        left -= count * part.seconds;
        if (count == 1)
            shown.append(QCoreApplication::translate("pc::DisplayFormat", part.one));
        else if (count > 1)
            shown.append(QCoreApplication::translate("pc::DisplayFormat", part.many)
                             .arg(locale.toString(count)));
        if (shown.size() == 2 || (!shown.isEmpty() && count == 0))
            break;
    }
    const QString text = shown.join(QStringLiteral(", "));
    return seconds < 0 ? u'-' % text : text;
}

// dateTimeAsIso: Grafana shows the browser's time; the app shows UTC, which it says.
QString dateTimeText(double msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(msSinceEpoch), Qt::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

Scaled scaleFor(double magnitude, DisplayFormat::Unit unit)
{
    using Unit = DisplayFormat::Unit;
    switch (unit) {
    case Unit::Count:
        return siScale(magnitude, {});
    case Unit::RequestsPerSecond:
        return siScale(magnitude, QStringLiteral("req/s"));
    case Unit::PerSecond:
        return siScale(magnitude, QStringLiteral("/s"));
    case Unit::Bytes:
        return bytesScale(magnitude);
    case Unit::Seconds:
        return secondsScale(magnitude);
    case Unit::Ratio:
        return {0.01, QStringLiteral("%")};
    case Unit::Percent:
        return {1, QStringLiteral("%")};
    default:
        return scaleForPhysical(magnitude, unit);
    }
}

// "k/s" reads better without the space the other prefixes take.
QString joinSuffix(const QString &number, const QString &symbol)
{
    if (symbol == u" /s")
        return number % u"/s";
    return number % symbol;
}

}  // namespace

QString DisplayFormat::value(double value, Unit unit, const QLocale &locale)
{
    if (!std::isfinite(value))
        return specialValue(value);
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    switch (unit) {
    case Unit::Count:
        return locale.toString(value, 'f', whole ? 0 : 2);
    case Unit::RequestsPerSecond:
        return locale.toString(value, 'f', std::abs(value) >= 100 ? 0 : 1) % u" req/s";
    case Unit::PerSecond:
        return locale.toString(value, 'f', std::abs(value) >= 100 ? 0 : 2) % u"/s";
    case Unit::Bytes: {
        const Scaled s = bytesScale(std::abs(value));
        return locale.toString(value / s.divisor, 'f', s.divisor == 1 ? 0 : 1) % s.symbol;
    }
    case Unit::Seconds:
        if (std::abs(value) >= 1)
            return locale.toString(value, 'f', 2) % u" s";
        if (std::abs(value) >= 1e-3 || value == 0)
            return locale.toString(value * 1000, 'f', 0) % u" ms";
        if (std::abs(value) >= 1e-6)
            return locale.toString(value * 1e6, 'f', 0) % u" µs";
        return locale.toString(value * 1e9, 'f', 0) % u" ns";
    case Unit::Ratio:
        return locale.toString(value * 100, 'f', 1) % u'%';
    case Unit::Percent:
        return locale.toString(value, 'f', 1) % u'%';
    case Unit::Duration:
        return durationText(value, locale);
    case Unit::DateTime:
        return dateTimeText(value);
    default:
        return compact(value, unit, locale);
    }
}

QString DisplayFormat::fixed(double value, Unit unit, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return specialValue(value);
    const Scaled s = scaleFor(std::abs(value), unit);
    return joinSuffix(locale.toString(value / s.divisor, 'f', std::clamp(decimals, 0, 10)),
                      s.symbol);
}

QString DisplayFormat::compact(double value, Unit unit, const QLocale &locale)
{
    if (!std::isfinite(value))
        return specialValue(value);
    if (unit == Unit::Duration)
        return durationText(value, locale);
    if (unit == Unit::DateTime)
        return dateTimeText(value);
    const Scaled s = scaleFor(std::abs(value), unit);
    const double scaled = value / s.divisor;
    const double magnitude = std::abs(scaled);
    // Three significant digits, but never more than three decimals: 0.00012 reads as 0.
    int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    if (magnitude > 0 && magnitude < 1)
        decimals = std::min(3, 2 - int(std::floor(std::log10(magnitude))));
    QString number = locale.toString(scaled, 'f', decimals);
    // 12.50 k reads as 12.5 k: drop trailing zeros after the decimal point.
    const QString point = locale.decimalPoint();
    if (decimals > 0 && number.contains(point)) {
        while (number.endsWith(locale.zeroDigit()))
            number.chop(1);
        if (number.endsWith(point))
            number.chop(point.size());
    }
    return joinSuffix(number, s.symbol);
}

QString DisplayFormat::withDecimals(double value, Unit unit, int decimals, const QLocale &locale)
{
    if (decimals < 0 || !std::isfinite(value) || unit == Unit::Duration || unit == Unit::DateTime)
        return compact(value, unit, locale);
    const Scaled s = scaleFor(std::abs(value), unit);
    return joinSuffix(locale.toString(value / s.divisor, 'f', std::min(decimals, 15)), s.symbol);
}

QString DisplayFormat::tick(double value, double step, Unit unit, const QLocale &locale)
{
    if (!std::isfinite(value))
        return specialValue(value);
    if (unit == Unit::DateTime)
        return QDateTime::fromMSecsSinceEpoch(qint64(value), Qt::UTC)
            .toString(QStringLiteral("MM-dd HH:mm"));
    if (unit == Unit::Duration)
        unit = Unit::Seconds;  // ticks read `5 min`, not `5 minutes, 0 seconds`
    // Zero reads `0`, `0/s`, or in the units of its neighbours (`0 ms 100 ms`), never `0 k`.
    const bool prefixFree =
        unit == Unit::Count || unit == Unit::PerSecond || unit == Unit::RequestsPerSecond;
    const double magnitude = value != 0 ? std::abs(value) : prefixFree ? 0 : std::abs(step);
    const Scaled s = scaleFor(magnitude, unit);
    const double scaledStep = std::abs(step) / s.divisor;
    int decimals = 0;
    if (scaledStep > 0 && std::isfinite(scaledStep))
        decimals = std::clamp(int(-std::floor(std::log10(scaledStep) + 1e-9)), 0, 6);
    // A step of 2.5 needs one decimal more than its power of ten says.
    if (scaledStep > 0) {
        const double shown = std::round(scaledStep * std::pow(10, decimals));
        if (std::abs(shown - scaledStep * std::pow(10, decimals)) > 1e-6)
            decimals = std::min(decimals + 1, 6);
    }
    if (value == 0)
        return joinSuffix(locale.toString(0.0, 'f', 0), s.symbol);
    return joinSuffix(locale.toString(value / s.divisor, 'f', decimals), s.symbol);
}

QString DisplayFormat::unitSymbol(Unit unit)
{
    switch (unit) {
    case Unit::Count:
        return {};
    case Unit::RequestsPerSecond:
        return QStringLiteral("req/s");
    case Unit::PerSecond:
        return QStringLiteral("/s");
    case Unit::Bytes:
        return QStringLiteral("bytes");
    case Unit::Seconds:
        return QStringLiteral("s");
    case Unit::Ratio:
    case Unit::Percent:
        return QStringLiteral("%");
    case Unit::Duration:
        return QStringLiteral("s");
    case Unit::DateTime:
        return {};
    default:
        return scaleForPhysical(1, unit).symbol.trimmed();
    }
}

QString DisplayFormat::age(const QDateTime &time, const QDateTime &now)
{
    //: How long ago something happened (a scrape, an alert): it never did
    if (!time.isValid())
        return QCoreApplication::translate("pc::DisplayFormat", "never");
    const qint64 seconds = time.secsTo(now);
    //: How long ago something happened (a scrape, an alert)
    if (seconds < 1)
        return QCoreApplication::translate("pc::DisplayFormat", "just now");
    //: How long ago something happened; %1 is a number of seconds
    if (seconds < 120)
        return QCoreApplication::translate("pc::DisplayFormat", "%1 s ago").arg(seconds);
    //: How long ago something happened; %1 is a number of minutes
    if (seconds < 2 * 3600)
        return QCoreApplication::translate("pc::DisplayFormat", "%1 min ago").arg(seconds / 60);
    //: How long ago something happened; %1 is a number of hours
    return QCoreApplication::translate("pc::DisplayFormat", "%1 h ago").arg(seconds / 3600);
}

}  // namespace pc
