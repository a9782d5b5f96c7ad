#pragma once

#include "annotation/annotation.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace pc {
class AnnotationStore;
class LoadGenerator;
struct LoadStats;
}  // namespace pc

namespace pc::app {

class ChartWidget;

/// Keeps every chart of the window showing the app's annotations (an AnnotationStore, not
/// owned) in their "app" layer, and the load run in progress, growing a second at a time, in
/// their "run" layer until the store has it; shows or hides all annotations at once (View →
/// Annotations). Views add their charts as they make them; a chart that is destroyed simply
/// drops out. GUI thread.
class AnnotationsFeed : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationsFeed(pc::AnnotationStore *store, QObject *parent = nullptr);

    /// Feeds `chart` from now on, with the annotations and the visibility of now.
    void addChart(ChartWidget *chart);
    /// Draws the runs of `load` (not owned) while they go on.
    void watchLoad(pc::LoadGenerator *load);
    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    pc::AnnotationStore *store() const { return m_store; }

    static constexpr const char *Layer = "app";
    static constexpr const char *RunLayer = "run";

signals:
    void visibleChanged(bool visible);

private:
    void feed(ChartWidget *chart) const;
    void feedRun() const;
    void onLoadStats(const pc::LoadStats &stats);

    pc::AnnotationStore *m_store;
    QList<QPointer<ChartWidget>> m_charts;
    bool m_visible = true;
    pc::LoadGenerator *m_load = nullptr;
    std::optional<pc::Annotation> m_run;  // the run in progress, as last drawn
};

}  // namespace pc::app
