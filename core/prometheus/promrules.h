#pragma once

#include "promalerts.h"
#include "promerror.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <chrono>
#include <variant>

namespace pc {

/// One alerting rule as `/api/v1/rules` lists it: where it was loaded from, and its state
/// now. Recording rules are left out. A plain value: copy it anywhere, any thread.
struct PromRule
{
    QString group;
    QString file;  // the rule file, as the server's config names it
    QString name;
    QString query;
    PromAlert::State state = PromAlert::State::Inactive;
    QString health;     // "ok", "err" or "unknown"
    QString lastError;  // why the last evaluation failed, when it did
    int activeAlerts = 0;
    std::chrono::seconds forDuration{0};
    QMap<QString, QString> labels;
    QMap<QString, QString> annotations;  // as written, templates not expanded
};

using PromRulesOutcome = std::variant<QList<PromRule>, PromError>;

/// Parses the answer of `/api/v1/rules`: its alerting rules in the server's order, or a
/// PromError with a sentence. `url` only names the source in error sentences. Pure and
/// thread-safe.
PromRulesOutcome parseRulesResponse(const QByteArray &body, int httpStatus, const QUrl &url = {});

/// `<base>/api/v1/rules?type=alert`, the base keeping its path prefix. Pure.
QUrl promRulesUrl(const QUrl &base);

}  // namespace pc

Q_DECLARE_METATYPE(pc::PromRule)
