#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace pc {
class AnnotationStore;
}

namespace pc::app {

class ChartWidget;

/// Keeps every chart of the window showing the app's annotations (an AnnotationStore, not
/// owned) in their "app" layer, and shows or hides all annotations at once (View →
/// Annotations). Views add their charts as they make them; a chart that is destroyed simply
/// drops out. GUI thread.
class AnnotationsFeed : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationsFeed(pc::AnnotationStore *store, QObject *parent = nullptr);

    /// Feeds `chart` from now on, with the annotations and the visibility of now.
    void addChart(ChartWidget *chart);
    void setVisible(bool visible);
    bool isVisible() const { return m_visible; }
    pc::AnnotationStore *store() const { return m_store; }

    static constexpr const char *Layer = "app";

signals:
    void visibleChanged(bool visible);

private:
    void feed(ChartWidget *chart) const;

    pc::AnnotationStore *m_store;
    QList<QPointer<ChartWidget>> m_charts;
    bool m_visible = true;
};

}  // namespace pc::app
