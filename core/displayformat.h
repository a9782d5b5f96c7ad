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
    enum class Unit { Count, PerSecond, Bytes, Seconds };

    /// `12,345`, `1,234.5 req/s`, `20.1 MiB`, `350 ms` (separators per `locale`).
    static QString value(double value, Unit unit, const QLocale &locale = QLocale());
    /// `just now`, `4 s ago`, `3 min ago`, `2 h ago`, or `never` for a null time.
    static QString age(const QDateTime &time, const QDateTime &now);
};

}  // namespace pc
