#pragma once

#include "format/displayformat.h"

#include <QString>

namespace pc {

/// A Grafana unit (`fieldConfig.defaults.unit`) as the app formats it: the DisplayFormat unit,
/// and the factor that turns the panel's values into that unit's base (`ms` values are
/// seconds × 1000, so their scale is 0.001). A plain value.
struct GrafanaUnit
{
    QString name;  // as the dashboard writes it: "reqps", "ms", "" ...
    DisplayFormat::Unit unit = DisplayFormat::Unit::Count;
    double scale = 1.0;
    bool recognized = true;  // false: shown as a plain count, the name kept for the user

    /// reqps → RequestsPerSecond; ops, cps, rps, wps, iops, pps → PerSecond; s, ms, µs, ns,
    /// m, h, d → Seconds scaled; bytes, kbytes… → Bytes (IEC), decbytes, deckbytes… →
    /// DecBytes (SI); bits, decbits, bps, Bps, binBps, hertz, celsius, fahrenheit, watt,
    /// kwatt, volt, amp, dtdurations, dateTimeAsIso → their DisplayFormat unit;
    /// percentunit → Ratio; percent → Percent; short, none, "" → Count. Anything else is a
    /// Count that is not `recognized`. Pure.
    static GrafanaUnit fromName(const QString &name);
};

}  // namespace pc
