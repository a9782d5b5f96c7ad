#pragma once

#include "chart/chartseries.h"
#include "dashboard/grafanapanel.h"

#include <QWidget>

class QPainter;

namespace pc::app {

/// A Grafana stat, gauge or bar gauge panel: each series reduced to one
/// big number (the panel's reducer, `lastNotNull` by default) through its own field config
/// (unit, decimals, mappings, thresholds, displayName, overrides resolved per series), as
/// Grafana draws one: a stat's series as tiles side by side (or stacked, by orientation), each
/// with its name and value as `textMode` says over a faint sparkline unless `graphMode` is
/// none. Shows what it is given; GUI thread.
class StatPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StatPanel(const pc::GrafanaPanel &panel, QWidget *parent = nullptr);

    void setSeries(const QList<pc::ChartSeries> &series);
    /// What the panel shows, as text: "1.25 req/s", "No data", or "name: value" per series.
    QStringList valueTexts() const;
    /// The colour of the first value: its threshold step's, or the text colour without steps.
    QColor valueColor() const;

    /// What one stat tile shows, per `textMode`: its name and value (either may be empty).
    struct TileText
    {
        QString name;
        QString value;
    };
    QList<TileText> tileTexts() const;
    /// Where each stat tile is drawn, in the panel's coordinates.
    QList<QRectF> tileRects() const;
    /// Whether the tiles carry a sparkline (`graphMode` not none).
    bool drawsSparklines() const;

    QSize sizeHint() const override { return {160, 90}; }
    QSize minimumSizeHint() const override { return {60, 40}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Value
    {
        QString name;
        double raw;  // as Prometheus gave it: what thresholds compare
        QString text;
        QColor color;
        double min = 0;  // the field's range, for gauges and percentage thresholds
        double max = 100;
        QList<QPointF> points;  // the sparkline
    };

    /// Where `raw` falls between the panel's min and max (0 to 100 by default), from 0 to 1.
    double gaugeFraction(const Value &value, double raw) const;
    /// A value's name where the panel shows names: when it has several series, or as
    /// textMode says.
    QString shownName(const Value &value) const;
    void paintGauge(QPainter &painter, const QRectF &cell, const Value &value);
    void paintBars(QPainter &painter, const QRectF &area);
    void paintTile(QPainter &painter, const QRectF &tile, const Value &value, const TileText &text);
    void paintSparkline(QPainter &painter, const QRectF &tile, const Value &value, bool background);

    pc::GrafanaPanel m_panel;
    QList<Value> m_values;
    bool m_answered = false;
};

}  // namespace pc::app
