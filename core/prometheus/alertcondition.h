#pragma once

#include "alertrule.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace pc {

/// An alerting rule's expression split into what a chart draws: the expression charted and the
/// thresholds it is compared with. `rate(x[1m]) > 0.4` is `rate(x[1m])` with a bound above
/// 0.4; the app's own "outside" rules (`(e) < 1 or (e) > 5`) have two bounds on one
/// expression. A rule whose expression ends in no comparison with a number (`absent(up)`) is
/// the whole expression, without bounds. A plain value: copy it anywhere, any thread.
struct AlertCondition
{
    /// How the expression is compared with a bound's value.
    enum class Op { Above, AtLeast, Below, AtMost, Equal, NotEqual };

    struct Bound
    {
        Op op = Op::Above;
        double value = 0.0;
        friend bool operator==(const Bound &a, const Bound &b)
        {
            return a.op == b.op && a.value == b.value;
        }
    };

    QString expr;  // as written, without the comparison and without brackets around it
    QList<Bound> bounds;

    /// Splits a rule's PromQL (`/api/v1/rules`' query). Top-level comparisons only: one
    /// inside brackets or a function is part of the expression. Pure.
    static AlertCondition parse(const QString &query);
    /// What the app's own rule compares, from its fields. Pure.
    static AlertCondition of(const AlertRule &rule);
    /// `promql` for comparing two expressions: comments, white space and the brackets around
    /// the whole removed, string literals kept as they are. Pure.
    static QString normalized(const QString &promql);

    friend bool operator==(const AlertCondition &a, const AlertCondition &b)
    {
        return a.expr == b.expr && a.bounds == b.bounds;
    }
};

}  // namespace pc

Q_DECLARE_METATYPE(pc::AlertCondition)
