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
    {u"ops", U::PerSecond, 1},
    {u"cps", U::PerSecond, 1},
    {u"rps", U::PerSecond, 1},
    {u"wps", U::PerSecond, 1},
    {u"iops", U::PerSecond, 1},
    {u"s", U::Seconds, 1},
    {u"ms", U::Seconds, 1e-3},
    {u"µs", U::Seconds, 1e-6},
    {u"ns", U::Seconds, 1e-9},
    {u"bytes", U::Bytes, 1},
    {u"decbytes", U::Bytes, 1},
    {u"kbytes", U::Bytes, 1024},
    {u"deckbytes", U::Bytes, 1000},
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
