#include "grafanaprobe.h"

namespace pc {

GrafanaProbe::GrafanaProbe(QObject *parent) : QObject(parent) {}

GrafanaProbe::~GrafanaProbe()
{
    // Before m_network goes, so each reply still finds its network request to abort.
    for (const QPointer<GrafanaProbeReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

GrafanaProbeReplyPtr GrafanaProbe::probe(const QUrl &grafanaBase, QLatin1String uid,
                                         QLatin1String slug)
{
    m_replies.removeAll(nullptr);
    GrafanaProbeReplyPtr reply(
        new GrafanaProbeReply(&m_network, grafanaBase, uid, slug, m_timeout));
    m_replies.append(reply.get());
    return reply;
}

}  // namespace pc
