#include "grafanapanel.h"

#include <QJsonArray>
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
        {u"heatmap", Kind::Heatmap},
        {u"row", Kind::Row},
    };
    for (const auto &[name, kind] : kinds) {
        if (type == QStringView(name))
            return kind;
    }
    return Kind::Unknown;
}

PanelLegend PanelLegend::parse(const QJsonObject &legend)
{
    PanelLegend parsed;
    const QString mode = legend.value(QLatin1String("displayMode")).toString();
    if (mode == u"table")
        parsed.mode = Mode::Table;
    else if (mode == u"hidden")
        parsed.mode = Mode::Hidden;
    if (legend.value(QLatin1String("showLegend")) == QJsonValue(false)
        || legend.value(QLatin1String("show")) == QJsonValue(false))
        parsed.mode = Mode::Hidden;
    if (legend.value(QLatin1String("placement")).toString() == u"right")
        parsed.placement = Placement::Right;
    for (const QJsonValue &calc : legend.value(QLatin1String("calcs")).toArray()) {
        if (calc.isString())
            parsed.calcs.append(calc.toString());
    }
    parsed.sortBy = legend.value(QLatin1String("sortBy")).toString();
    parsed.sortDesc = legend.value(QLatin1String("sortDesc")).toBool();
    return parsed;
}

}  // namespace pc
