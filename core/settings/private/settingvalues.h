#pragma once

#ifndef PC_BUILDING_PC_SETTINGS
#error "settings/private/settingvalues.h is private to pc_settings"
#endif

#include <QString>

#include <optional>

namespace pc {

/// A TCP port, 0 to 65535, as the command line and the stored settings write it. Pure.
inline std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return std::nullopt;
    return static_cast<quint16>(value);
}

}  // namespace pc
