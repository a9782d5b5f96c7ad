#include "liveview.h"

namespace pc {

QString livePromql(LiveView view, const QString &customPromql, const QString &selector)
{
    QString requests = selector.isEmpty() ? QStringLiteral("http_requests_total")
                                          : QStringLiteral("http_requests_total{%1}").arg(selector);
    switch (view) {
    case LiveView::Total:
        return requests;
    case LiveView::Rate:
        return QStringLiteral("sum by (code) (rate(%1[1m]))").arg(requests);
    case LiveView::Custom:
        return customPromql.trimmed();
    }
    return {};
}

}  // namespace pc
