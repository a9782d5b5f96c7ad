#pragma once

#include "loadplan.h"

#include <QString>

#include <optional>

namespace pc {

/// What parseLoadSpec() read: a plan, or the one sentence naming the part it could not read.
struct LoadSpecResult
{
    std::optional<LoadPlan> plan;
    QString error;
};

/// Reads a load run written as comma-separated parts, as `--load` takes it:
/// `rate=2000/s,for=10s`, `burst=5000`, `routes=hello|mixed|slow|errors`, `url=http://…`,
/// `connections=N`, `method=POST`, `header=Name: value` (repeatable), `body=text`,
/// `timeout=5s`. Without rate= or burst= it sends one request. Values cannot hold a comma
/// (write %2C in a URL). A pure function; the plan is then checked by checkLoadPlan().
LoadSpecResult parseLoadSpec(const QString &text);

/// The name of a route mix in specs and summaries (hello, mixed, slow, errors), or its
/// weights as `ok/slow/error` when it is none of them.
QString routeMixName(const RouteMix &mix);
std::optional<RouteMix> routeMixNamed(const QString &name);

}  // namespace pc
