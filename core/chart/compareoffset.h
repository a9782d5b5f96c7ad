#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace pc {

/// How far back Compare looks, as the legend and the pickers name it: "1 h ago", "1 d ago",
/// "1 w ago", "90 min ago", in the largest unit that divides it. Pure.
QString compareOffsetText(std::chrono::seconds offset);

/// An offset typed by the user ("2d", "90m", "1w", "1h30m"), as PromQL writes durations: at
/// least a second, whole seconds; nothing when it is not one. Pure.
std::optional<std::chrono::seconds> parseCompareOffset(const QString &text);

}  // namespace pc
