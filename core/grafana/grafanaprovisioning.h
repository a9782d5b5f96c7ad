#pragma once

#include <QString>

namespace pc {

/// The shell commands that provision the shipped datasource and dashboard into a Grafana
/// installed from packages or Docker (default paths), one per line, ready to copy. They are
/// the README's, word for word (tst_grafanaprobe checks it). `grafanaDir` is where the shipped
/// Grafana files are: the repository's `resources/grafana`, or the installed
/// `/usr/share/prom-companion/grafana`. Pure.
QString grafanaProvisioningCommands(
    const QString &grafanaDir = QStringLiteral("resources/grafana"));

}  // namespace pc
