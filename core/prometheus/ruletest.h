#pragma once

#include "alertrule.h"
#include "promresponse.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <chrono>

namespace pc {

/// The series selectors a PromQL expression reads (`http_requests_total{job="my_app"}`,
/// `{__name__=~"up"}`), without their ranges, offsets or the functions around them, each once,
/// in order of appearance: the series a promtool unit test must feed the rule. A scanner, not
/// a parser: strings are skipped, `by (...)` and the like are not selectors. Pure.
QStringList promqlSelectors(const QString &promql);

/// promtool's `values` notation for `samples` laid on `slotCount` slots `intervalMs` apart
/// from `startMs`: each slot the value of the sample nearest to it within half an interval,
/// `_` where none; a run of one value is written `vxN` (`5x3` is four fives), gaps `_xN`.
/// Pure.
QString promtoolValues(const QList<PromSample> &samples, qint64 startMs, qint64 intervalMs,
                       int slotCount);

/// A promtool unit test of one alerting rule, as recorded from a Prometheus. A plain value.
struct RuleTest
{
    QString ruleFile;  // the rule file's name, beside the test
    std::chrono::seconds interval{5};
    struct Input
    {
        QString series;  // `name{label="value", ...}`
        QString values;  // promtoolValues()
    };
    QList<Input> inputs;
    QString alertName;
    struct Check
    {
        std::chrono::seconds evalTime{0};            // from the first slot
        QList<QMap<QString, QString>> firingLabels;  // each alert's labels, alertname left out
    };
    QList<Check> checks;
};

/// The test file promtool reads for `test` (`promtool test rules <file>`). Pure.
QByteArray ruleTestYaml(const RuleTest &test);

/// The firing alerts of a rule at `evalMs`, from a range query of its condition asked at
/// `step` up to that time: per series, a run of points without gap reaching `evalMs` that
/// began at least `forDuration` before it. Their labels, with `extraLabels` (the rule's
/// severity) added. Pure.
QList<QMap<QString, QString>> firingAt(const PromQueryResult &condition, qint64 evalMs,
                                       std::chrono::seconds step, std::chrono::seconds forDuration,
                                       const QMap<QString, QString> &extraLabels);

}  // namespace pc
