#include "grafanapanel.h"

#include "prometheus/promresponse.h"

namespace {

// Grafana writes a panel's relative time as "1h", and accepts "now-1h".
std::optional<std::chrono::seconds> relativeDuration(const QString &text)
{
    QStringView view = QStringView(text).trimmed();
    if (view.startsWith(QLatin1String("now-")))
        view = view.mid(4);
    const std::optional<std::chrono::milliseconds> parsed = pc::parsePromDuration(view);
    if (!parsed || parsed->count() < 1000)
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::seconds>(*parsed);
}

}  // namespace

namespace pc {

std::optional<std::chrono::seconds> GrafanaPanel::timeFromDuration() const
{
    return relativeDuration(timeFrom);
}

std::optional<std::chrono::seconds> GrafanaPanel::timeShiftDuration() const
{
    return relativeDuration(timeShift);
}

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
        {u"row", Kind::Row},
    };
    for (const auto &[name, kind] : kinds) {
        if (type == QStringView(name))
            return kind;
    }
    return Kind::Unknown;
}

}  // namespace pc
