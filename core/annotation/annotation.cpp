#include "annotation.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace pc {
namespace {

using Kind = Annotation::Kind;

constexpr std::array<std::pair<Kind, const char *>, 9> KindNames{{
    {Kind::AppStart, "app-start"},
    {Kind::PrometheusStart, "prometheus-start"},
    {Kind::PrometheusRestart, "prometheus-restart"},
    {Kind::AlertPending, "alert-pending"},
    {Kind::AlertFiring, "alert-firing"},
    {Kind::AlertResolved, "alert-resolved"},
    {Kind::LoadRun, "load-run"},
    {Kind::Query, "query"},
    {Kind::Other, "other"},
}};

QString tr(const char *text)
{
    return QCoreApplication::translate("pc::Annotation", text);
}

}  // namespace

QString Annotation::kindName(Kind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return QStringLiteral("other");
}

std::optional<Annotation::Kind> Annotation::kindNamed(const QString &name)
{
    for (const auto &[k, text] : KindNames) {
        if (name == QLatin1String(text))
            return k;
    }
    return std::nullopt;
}

QJsonObject Annotation::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("start"), double(startMs)},
                       {QStringLiteral("title"), title}};
    if (endMs)
        object.insert(QStringLiteral("end"), double(*endMs));
    if (!text.isEmpty())
        object.insert(QStringLiteral("text"), text);
    if (!tags.isEmpty())
        object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!colour.isEmpty())
        object.insert(QStringLiteral("colour"), colour);
    return object;
}

std::optional<Annotation> Annotation::fromJson(const QJsonObject &object, QString *why)
{
    const QJsonValue start = object.value(QLatin1String("start"));
    const QJsonValue end = object.value(QLatin1String("end"));
    const std::optional<Kind> kind = kindNamed(object.value(QLatin1String("kind")).toString());
    Annotation a;
    a.id = object.value(QLatin1String("id")).toString();
    if (a.id.isEmpty() || !kind || !start.isDouble() || !(end.isUndefined() || end.isDouble())) {
        *why = tr("an annotation needs an id, a known kind and a start time");
        return std::nullopt;
    }
    a.kind = *kind;
    a.startMs = qint64(start.toDouble());
    if (end.isDouble())
        a.endMs = qint64(end.toDouble());
    if (a.endMs && *a.endMs < a.startMs) {
        *why = tr("an annotation ends before it starts");
        return std::nullopt;
    }
    a.title = object.value(QLatin1String("title")).toString();
    a.text = object.value(QLatin1String("text")).toString();
    for (const QJsonValue &tag : object.value(QLatin1String("tags")).toArray())
        a.tags.append(tag.toString());
    a.colour = object.value(QLatin1String("colour")).toString();
    return a;
}

}  // namespace pc
