#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc {

/// Something that happened, drawn on charts as Grafana draws annotations: a vertical marker at
/// `startMs`, or a shaded span to `endMs`, with a title and a text shown on hover. The app's
/// own events (its starts, the managed Prometheus's starts, alerts changing state, load runs)
/// are kept in an AnnotationStore; a dashboard's annotation queries make more. A plain value.
struct Annotation
{
    enum class Kind {
        AppStart,
        PrometheusStart,
        PrometheusRestart,
        AlertPending,
        AlertFiring,
        AlertResolved,
        LoadRun,
        Query,  // from a dashboard's annotation query
        Other,
    };

    QString id;  // unique in its store; putting an annotation with the same id replaces it
    Kind kind = Kind::Other;
    qint64 startMs = 0;           // ms since the epoch
    std::optional<qint64> endMs;  // a span when set, at or after startMs
    QString title;
    QString text;  // several lines, plain text
    QStringList tags;
    QString colour;  // "#rrggbb" or a CSS colour name; empty: the kind's colour

    bool isSpan() const { return endMs.has_value() && *endMs > startMs; }
    /// The end of a span, or the start of a marker.
    qint64 lastMs() const { return endMs.value_or(startMs); }

    /// The kind as written in the store's file ("load-run", "alert-firing", ...).
    static QString kindName(Kind kind);
    static std::optional<Kind> kindNamed(const QString &name);

    /// One line of the store's file. Pure.
    QJsonObject toJson() const;
    /// An annotation toJson() wrote, or nothing with `why` set when `object` is not one. Pure.
    static std::optional<Annotation> fromJson(const QJsonObject &object, QString *why);

    friend bool operator==(const Annotation &a, const Annotation &b)
    {
        return a.id == b.id && a.kind == b.kind && a.startMs == b.startMs && a.endMs == b.endMs
               && a.title == b.title && a.text == b.text && a.tags == b.tags
               && a.colour == b.colour;
    }
};

}  // namespace pc

Q_DECLARE_METATYPE(pc::Annotation)
