#pragma once

#include "annotation/annotation.h"

#include <QColor>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPixmap>
#include <QString>

class QPalette;

namespace pc::app {

/// Draws annotations over a chart's plot area as Grafana draws them: a span as a translucent
/// band the plot's height with a solid strip along its foot, a marker as a dashed vertical
/// line with a small triangle at its foot, each in its colour. Annotations come in named
/// layers (the app's store, a dashboard's queries, alert bands), each replaced as a whole, so
/// that several sources share one chart. One item for them all, drawn at every redraw in well
/// under a millisecond with a hundred of them (bench/bench_annotations). GUI thread.
class AnnotationLayer : public QGraphicsItem
{
public:
    explicit AnnotationLayer(QGraphicsItem *parent = nullptr);

    /// The plot area, in the parent's coordinates, and the time range it spans.
    void setGeometry(const QRectF &plotArea, double xFrom, double xTo);
    /// Replaces the annotations of layer `layer`; an empty list removes it.
    void setAnnotations(const QString &layer, const QList<pc::Annotation> &annotations);
    QList<pc::Annotation> annotations() const;
    /// The annotations under time `timeMs`: spans that hold it, markers within `reachMs`.
    QList<pc::Annotation> annotationsAt(qint64 timeMs, double reachMs) const;

    /// The colour an annotation is drawn in: its own when it names a readable one (CSS names,
    /// `#rrggbb`, Grafana's `rgba(r, g, b, a)`), else its kind's.
    static QColor colourOf(const pc::Annotation &annotation);

    QRectF boundingRect() const override { return m_area; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    double xOf(qint64 timeMs) const;
    void paintSpans(QPainter *painter, const QRect &plot, qreal ratio) const;
    void paintMarkers(QPainter *painter, const QRect &plot, qreal ratio) const;
    /// A marker's triangle and its dashed line, `height` tall, in `colour`.
    QPixmap markerFoot(const QColor &colour, qreal devicePixelRatio) const;
    QPixmap markerLine(const QColor &colour, int height, qreal devicePixelRatio) const;

    static constexpr int MarkerWidth = 9;
    static constexpr int MarkerMiddle = 4;  // the dashed line's column in a marker
    static constexpr int FootHeight = 6;

    QMap<QString, QList<pc::Annotation>> m_layers;
    QRectF m_area;
    double m_xFrom = 0;
    double m_xTo = 1;
    // A marker's pieces drawn per colour, at m_lineHeight and m_ratio.
    mutable QHash<QRgb, QPixmap> m_feet;
    mutable QHash<QRgb, QPixmap> m_lines;
    mutable int m_lineHeight = 0;
    mutable qreal m_ratio = 1;
};

}  // namespace pc::app
