#include "appmetrics.h"

#include <prometheus/text_serializer.h>

namespace pc {

AppMetrics::AppMetrics()
    : m_registry(std::make_shared<prometheus::Registry>()), m_requests(*m_registry)
{
}

QByteArray AppMetrics::scrape() const
{
    std::vector<prometheus::MetricFamily> families = m_registry->Collect();
    std::vector<prometheus::MetricFamily> process = m_process.Collect();
    families.insert(families.end(), std::make_move_iterator(process.begin()),
                    std::make_move_iterator(process.end()));
    return QByteArray::fromStdString(prometheus::TextSerializer().Serialize(families));
}

}  // namespace pc
