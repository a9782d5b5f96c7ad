#include "grafanaprovisioning.h"

namespace pc {

QString grafanaProvisioningCommands(const QString &grafanaDir)
{
    return QStringLiteral(
               "sudo cp %1/provisioning/datasources/prometheus.yaml "
               "/etc/grafana/provisioning/datasources/\n"
               "sudo cp %1/provisioning/dashboards/prom-companion.yaml "
               "/etc/grafana/provisioning/dashboards/\n"
               "sudo mkdir -p /var/lib/grafana/dashboards/prom-companion\n"
               "sudo cp %1/dashboards/prom-companion.json /var/lib/grafana/dashboards/"
               "prom-companion/\n"
               "sudo systemctl restart grafana-server\n")
        .arg(grafanaDir);
}

}  // namespace pc
