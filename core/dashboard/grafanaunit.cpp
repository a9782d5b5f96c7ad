#include "grafanaunit.h"

#include <iterator>

namespace pc {

namespace {

struct UnitEntry
{
    const char16_t *name;
    DisplayFormat::Unit unit;
    double scale;
};

using U = DisplayFormat::Unit;
// Grafana's unit ids (packages/grafana-data/src/valueFormats/categories.ts) that the app
// can show faithfully.
constexpr UnitEntry kUnits[] = {
    {u"", U::Count, 1},
    {u"short", U::Count, 1},
    {u"none", U::Count, 1},
    {u"reqps", U::RequestsPerSecond, 1},
    {u"ops", U::OpsPerSecond, 1},
    {u"cps", U::PerSecond, 1},
    {u"rps", U::ReadsPerSecond, 1},
    {u"wps", U::WritesPerSecond, 1},
    {u"iops", U::IoPerSecond, 1},
    {u"pps", U::PerSecond, 1},
    {u"s", U::Seconds, 1},
    {u"ms", U::Seconds, 1e-3},
    {u"µs", U::Seconds, 1e-6},
    {u"us", U::Seconds, 1e-6},
    {u"ns", U::Seconds, 1e-9},
    {u"m", U::Seconds, 60},
    {u"h", U::Seconds, 3600},
    {u"d", U::Seconds, 86400},
    {u"dtdurations", U::Duration, 1},
    {u"dtdurationms", U::Duration, 1e-3},
    {u"dateTimeAsIso", U::DateTime, 1},
    {u"dateTimeAsSystem", U::DateTime, 1},
    {u"bytes", U::Bytes, 1},
    {u"kbytes", U::Bytes, 1024},
    {u"mbytes", U::Bytes, 1024.0 * 1024},
    {u"gbytes", U::Bytes, 1024.0 * 1024 * 1024},
    {u"decbytes", U::DecBytes, 1},
    {u"deckbytes", U::DecBytes, 1e3},
    {u"decmbytes", U::DecBytes, 1e6},
    {u"decgbytes", U::DecBytes, 1e9},
    {u"bits", U::Bits, 1},
    {u"decbits", U::DecBits, 1},
    {u"bps", U::BitsPerSecond, 1},
    {u"Kbits", U::BitsPerSecond, 1e3},
    {u"Mbits", U::BitsPerSecond, 1e6},
    {u"Bps", U::BytesPerSecond, 1},
    {u"KBs", U::BytesPerSecond, 1e3},
    {u"MBs", U::BytesPerSecond, 1e6},
    {u"binBps", U::BinBytesPerSecond, 1},
    {u"KiBs", U::BinBytesPerSecond, 1024},
    {u"MiBs", U::BinBytesPerSecond, 1024.0 * 1024},
    {u"hertz", U::Hertz, 1},
    {u"celsius", U::Celsius, 1},
    {u"fahrenheit", U::Fahrenheit, 1},
    {u"watt", U::Watt, 1},
    {u"kwatt", U::Watt, 1e3},
    {u"volt", U::Volt, 1},
    {u"amp", U::Ampere, 1},
    {u"percentunit", U::Ratio, 1},
    {u"percent", U::Percent, 1},
};

}  // namespace

GrafanaUnit GrafanaUnit::fromName(const QString &name)
{
    GrafanaUnit result;
    result.name = name;
    for (const UnitEntry &entry : kUnits) {
        if (name == QStringView(entry.name)) {
            result.unit = entry.unit;
            result.scale = entry.scale;
            return result;
        }
    }
    result.recognized = false;
    return result;
}

}  // namespace pc
