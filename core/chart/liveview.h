#pragma once

#include <QString>

namespace pc {

/// What the live chart shows, as its view picker offers it.
enum class LiveView {
    Total,   // the tutorial's `http_requests_total`, one line per series
    Rate,    // requests per second by status code
    Custom,  // any PromQL the user types
};

/// The PromQL of a view; `selector` (`instance="…"`, ScrapeTargetWatcher::ownSeriesSelector())
/// narrows the default views to this app's series. Pure.
QString livePromql(LiveView view, const QString &customPromql, const QString &selector = {});

}  // namespace pc
