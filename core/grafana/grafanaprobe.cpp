#include "grafanaprobe.h"

namespace pc {

GrafanaProbe::GrafanaProbe(QObject *parent) : QObject(parent) {}

GrafanaProbe::~GrafanaProbe()
{
    // Before m_network goes, so each reply still finds its network request to abort.
    qDeleteAll(findChildren<GrafanaProbeReply *>(QString(), Qt::FindDirectChildrenOnly));
}

GrafanaProbeReply *GrafanaProbe::probe(const QUrl &grafanaBase, QLatin1String uid,
                                       QLatin1String slug)
{
    return new GrafanaProbeReply(&m_network, grafanaBase, uid, slug, m_timeout, this);
}

}  // namespace pc
