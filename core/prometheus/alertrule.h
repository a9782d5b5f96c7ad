#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace pc {

/// An alerting rule the user made in the app: a threshold on an expression, held for a while.
/// The rule Prometheus evaluates is conditionExpr(); the rest becomes its `for`, its severity
/// label and its annotations. A plain value: copy it anywhere, any thread.
struct AlertRule
{
    enum class Condition { Above, Below, Outside };

    QString id;  // the file stem in the rules folder; empty until first saved
    QString name;
    QString expr;  // the expression charted, without the threshold
    Condition condition = Condition::Above;
    double threshold = 0.0;  // Above, Below; the lower bound for Outside
    double upper = 0.0;      // Outside: the upper bound
    QString thresholdUnit;   // what the user entered it in ("ms"), for showing it again
    std::chrono::seconds forDuration{60};
    QString severity = QStringLiteral("warning");
    QString summary;  // Go templates such as {{ $value }} and {{ $labels.instance }} work
    QString description;
    bool enabled = true;

    /// The PromQL Prometheus evaluates: the expression compared with the threshold, so its
    /// value stays the expression's (`{{ $value }}`). Outside holds below `threshold` or
    /// above `upper`.
    QString conditionExpr() const;
    /// Why the rule cannot be saved as it is (no name, no expression, bounds the wrong way
    /// round, a threshold that is not a number), or an empty string. Promtool checks the rest.
    QString problem() const;

    /// The app's own record of the rule, kept beside its YAML file.
    QJsonObject toJson() const;
    /// Reads toJson()'s object back; nullopt with `why` set when it is not one.
    static std::optional<AlertRule> fromJson(const QJsonObject &object, QString *why);

    bool operator==(const AlertRule &other) const;
};

/// A number as PromQL reads it back exactly: `0.2`, `1e+21`, `-3`. Pure.
QString promNumber(double value);
/// A duration as Prometheus writes it: `0s`, `45s`, `5m`, `1h30m`. Pure.
QString promDuration(std::chrono::seconds duration);
/// Reads promDuration()'s text and Prometheus's units (ms to w, combined: `1m30s`); nullopt
/// for anything else. Milliseconds are rounded down to seconds. Pure.
std::optional<std::chrono::seconds> parsePromDuration(const QString &text);

}  // namespace pc

Q_DECLARE_METATYPE(pc::AlertRule)
