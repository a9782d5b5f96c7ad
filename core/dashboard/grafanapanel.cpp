#include "grafanapanel.h"

namespace pc {

GrafanaPanel::Kind GrafanaPanel::kindOfType(const QString &type)
{
    static const std::pair<const char16_t *, Kind> kinds[] = {
        {u"timeseries", Kind::TimeSeries},
        {u"graph", Kind::TimeSeries},
        {u"stat", Kind::Stat},
        {u"gauge", Kind::Gauge},
        {u"bargauge", Kind::BarGauge},
        {u"table", Kind::Table},
        {u"text", Kind::Text},
        {u"heatmap", Kind::Heatmap},
        {u"row", Kind::Row},
    };
    for (const auto &[name, kind] : kinds) {
        if (type == QStringView(name))
            return kind;
    }
    return Kind::Unknown;
}

}  // namespace pc
