#pragma once

#include <QLatin1String>
#include <QUrl>

namespace pc {

/// The names that tie the app's "Open in Grafana" button to the shipped Grafana files in
/// resources/grafana/. They must match those files; tst_grafana checks that they do.
inline constexpr QLatin1String GrafanaDashboardUid("prom-companion");
inline constexpr QLatin1String GrafanaDashboardSlug("prom-companion");
inline constexpr QLatin1String GrafanaDatasourceUid("prom-companion-prometheus");

/// The shipped dashboard under a Grafana base URL: `<base>/d/<uid>/<slug>?orgId=1&from=now-15m
/// &to=now&refresh=5s`. The base may carry a path prefix (a Grafana behind a reverse proxy at
/// `/grafana/`), with or without a trailing slash; its query and fragment are dropped. Returns
/// an empty QUrl when the base is not browsable. Pure and reentrant.
QUrl grafanaDashboardUrl(const QUrl &grafanaBase, QLatin1String uid = GrafanaDashboardUid,
                         QLatin1String slug = GrafanaDashboardSlug);

/// True only for a valid absolute http or https URL with a host: what the app may hand to
/// QDesktopServices::openUrl() from a setting, so a file:, javascript: or custom-scheme value
/// never launches anything. Pure and reentrant.
bool isBrowsableUrl(const QUrl &url);

}  // namespace pc
