#pragma once

#include "promalerts.h"

#include <QList>
#include <QMetaType>

namespace pc {

/// What changed between two polls of `/api/v1/alerts`, for desktop notifications: the alerts
/// that started firing and those that stopped. An alert is the same alert when its label set
/// is the same (`alertname` included), as in Prometheus and Alertmanager. A plain value.
struct AlertTransitions
{
    QList<PromAlert> startedFiring;  // as in `current`, in its order
    QList<PromAlert> resolved;       // as last seen in `previous`, in its order

    bool isEmpty() const { return startedFiring.isEmpty() && resolved.isEmpty(); }

    /// Firing now and not firing before (absent, or pending) started firing; firing before and
    /// not firing now (gone, or back to pending after a restart) resolved. A firing alert whose
    /// activeAt moved resolved and fired again between the polls: it counts as both. Pure.
    static AlertTransitions between(const QList<PromAlert> &previous,
                                    const QList<PromAlert> &current);
};

}  // namespace pc

Q_DECLARE_METATYPE(pc::AlertTransitions)
