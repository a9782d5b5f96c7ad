#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace pc {

/// Formats numbers for display, in one place, so no widget formats ad hoc. Stateless; the
/// locale is a parameter so tests can pin it. Thread-safe.
class DisplayFormat
{
public:
    /// What a number measures. The names follow Grafana's units where one exists.
    enum class Unit {
        Count,              // a plain number ("short")
        RequestsPerSecond,  // "reqps": requests a second
        PerSecond,          // a rate of any counter: things a second
        Bytes,              // IEC prefixes: KiB, MiB, GiB
        Seconds,            // shown as µs, ms, s, min or h
        Ratio,              // "percentunit": 0 to 1, shown as a percentage
        Percent,            // "percent": already 0 to 100
        IoPerSecond,        // "iops": io/s
        OpsPerSecond,       // "ops": ops/s
        ReadsPerSecond,     // "rps": rd/s
        WritesPerSecond,    // "wps": wr/s
        DecBytes,           // "decbytes": SI prefixes: kB, MB, GB
        Bits,               // "bits": IEC prefixes: b, Kib, Mib
        DecBits,            // "decbits": SI prefixes: b, kb, Mb
        BitsPerSecond,      // "bps": SI, b/s, kb/s, Mb/s
        BytesPerSecond,     // "Bps": SI, B/s, kB/s, MB/s
        BinBytesPerSecond,  // "binBps": IEC, B/s, KiB/s, MiB/s
        Hertz,              // "hertz": Hz, kHz, MHz, GHz
        Watt,               // "watt": W, kW, MW
        Volt,               // "volt": V, kV
        Ampere,             // "amp": A, kA
        Celsius,            // "celsius": °C, never prefixed
        Fahrenheit,         // "fahrenheit": °F, never prefixed
        Duration,           // "dtdurations": seconds shown as `2 days, 3 hours`
        DateTime,           // "dateTimeAsIso": ms since the epoch, `2026-12-07 17:10:00` (UTC)
    };

    /// Exact enough to read a count or a rate off it: `12,345`, `1,234.5 req/s`, `20.1 MiB`,
    /// `350 ms`, `45.2%` (separators per `locale`).
    static QString value(double value, Unit unit, const QLocale &locale = QLocale());
    /// With exactly `decimals` decimals after the prefix that suits `value`, as Grafana's
    /// `decimals` field option asks: `1.50 KiB` for 1536 bytes and 2, `12 ms`, `45.25%`.
    static QString fixed(double value, Unit unit, int decimals, const QLocale &locale = QLocale());
    /// Short, three significant digits with an SI prefix, for tooltips and legends:
    /// `12.3 k`, `1.5 G`, `12.3 k/s`, `20.1 MiB`, `350 ms`, `45.2%`.
    static QString compact(double value, Unit unit, const QLocale &locale = QLocale());
    /// compact()'s prefix with exactly `decimals` decimals (a Grafana field's `decimals`):
    /// `1.50 MiB` for 2, `2 GiB` for 0. A negative `decimals` is compact().
    static QString withDecimals(double value, Unit unit, int decimals,
                                const QLocale &locale = QLocale());
    /// An axis tick: the prefix that suits `value`, and as many decimals as `step` (the
    /// distance between ticks) needs, so ticks read `0 500 k 1.0 M 1.5 M` and never repeat.
    static QString tick(double value, double step, Unit unit, const QLocale &locale = QLocale());
    /// The unit's symbol for an axis title: `req/s`, `/s`, `bytes`, `s`, `%`, `Hz`, or empty.
    static QString unitSymbol(Unit unit);
    /// `just now`, `4 s ago`, `3 min ago`, `2 h ago`, or `never` for a null time.
    static QString age(const QDateTime &time, const QDateTime &now);
};

}  // namespace pc
