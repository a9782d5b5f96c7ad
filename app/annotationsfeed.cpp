#include "annotationsfeed.h"

#include "annotation/annotationstore.h"
#include "chartwidget.h"

namespace pc::app {

AnnotationsFeed::AnnotationsFeed(AnnotationStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    if (m_store) {
        connect(m_store, &AnnotationStore::changed, this, [this] {
            for (const QPointer<ChartWidget> &chart : std::as_const(m_charts)) {
                if (chart)
                    feed(chart);
            }
        });
    }
}

void AnnotationsFeed::addChart(ChartWidget *chart)
{
    m_charts.removeIf([](const QPointer<ChartWidget> &c) { return c.isNull(); });
    m_charts.append(chart);
    chart->setAnnotationsVisible(m_visible);
    feed(chart);
}

void AnnotationsFeed::setVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    for (const QPointer<ChartWidget> &chart : std::as_const(m_charts)) {
        if (chart)
            chart->setAnnotationsVisible(visible);
    }
    emit visibleChanged(visible);
}

void AnnotationsFeed::feed(ChartWidget *chart) const
{
    if (m_store)
        chart->setAnnotations(QString::fromLatin1(Layer), m_store->annotations());
}

}  // namespace pc::app
