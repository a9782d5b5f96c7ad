#include "grafanalinks.h"

#include <QUrlQuery>

namespace pc {

QUrl grafanaDashboardUrl(const QUrl &grafanaBase, QLatin1String uid, QLatin1String slug)
{
    if (!isBrowsableUrl(grafanaBase))
        return {};
    QUrl url = grafanaBase.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + QLatin1String("/d/") + uid + u'/' + slug);
    // Grafana reads the parameters in any order, but a fixed order keeps the URL comparable.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("orgId"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("from"), QStringLiteral("now-15m"));
    query.addQueryItem(QStringLiteral("to"), QStringLiteral("now"));
    query.addQueryItem(QStringLiteral("refresh"), QStringLiteral("5s"));
    url.setQuery(query);
    return url;
}

bool isBrowsableUrl(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

}  // namespace pc
