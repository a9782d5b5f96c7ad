#include "alerttransitions.h"

#include <map>
#include <utility>
#include <vector>

namespace pc {

namespace {

// QMap has no ordering of its own; its sorted pairs do, exactly.
using LabelSet = std::vector<std::pair<QString, QString>>;
using Firing = std::map<LabelSet, const PromAlert *>;

LabelSet labelSet(const PromAlert &alert)
{
    LabelSet set;
    set.reserve(size_t(alert.labels.size()));
    for (auto it = alert.labels.constBegin(); it != alert.labels.constEnd(); ++it)
        set.emplace_back(it.key(), it.value());
    return set;
}

Firing firingByLabels(const QList<PromAlert> &alerts)
{
    Firing firing;
    for (const PromAlert &alert : alerts) {
        if (alert.state == PromAlert::State::Firing)
            firing.emplace(labelSet(alert), &alert);
    }
    return firing;
}

const PromAlert *find(const Firing &firing, const PromAlert &alert)
{
    const auto found = firing.find(labelSet(alert));
    return found == firing.end() ? nullptr : found->second;
}

// Both times known and different: the alert went away and came back between two polls.
bool firedAnew(const PromAlert &before, const PromAlert &now)
{
    return before.activeAt.isValid() && now.activeAt.isValid() && before.activeAt != now.activeAt;
}

}  // namespace

AlertTransitions AlertTransitions::between(const QList<PromAlert> &previous,
                                           const QList<PromAlert> &current)
{
    const Firing before = firingByLabels(previous);
    const Firing now = firingByLabels(current);
    AlertTransitions transitions;
    for (const PromAlert &alert : previous) {
        if (alert.state != PromAlert::State::Firing)
            continue;
        const PromAlert *still = find(now, alert);
        if (!still || firedAnew(alert, *still))
            transitions.resolved.append(alert);
    }
    for (const PromAlert &alert : current) {
        if (alert.state != PromAlert::State::Firing)
            continue;
        const PromAlert *was = find(before, alert);
        if (!was || firedAnew(*was, alert))
            transitions.startedFiring.append(alert);
    }
    return transitions;
}

}  // namespace pc
