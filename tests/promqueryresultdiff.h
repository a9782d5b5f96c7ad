#pragma once

#include "prometheus/promresponse.h"

#include <QString>

#include <cmath>

namespace pc::test {

// Field by field, NaN equal to NaN; an empty string when equal, else what differs. Shared by the
// unit tests and the fuzzer, which both hold the fast reader to the QJsonDocument path.
inline QString queryResultDifference(const pc::PromQueryResult &a, const pc::PromQueryResult &b)
{
    if (a.type != b.type)
        return QStringLiteral("type");
    if (a.warnings != b.warnings)
        return QStringLiteral("warnings");
    if (a.string != b.string)
        return QStringLiteral("string");
    if (a.scalar.timestampMs != b.scalar.timestampMs)
        return QStringLiteral("scalar time %1 vs %2")
            .arg(a.scalar.timestampMs)
            .arg(b.scalar.timestampMs);
    const auto sameValue = [](double x, double y) {
        return x == y || (std::isnan(x) && std::isnan(y));
    };
    if (!sameValue(a.scalar.value, b.scalar.value))
        return QStringLiteral("scalar value");
    if (a.series.size() != b.series.size())
        return QStringLiteral("series count");
    for (qsizetype i = 0; i < a.series.size(); ++i) {
        if (a.series[i].labels != b.series[i].labels)
            return QStringLiteral("labels of series %1").arg(i);
        const QList<pc::PromSample> &x = a.series[i].samples;
        const QList<pc::PromSample> &y = b.series[i].samples;
        if (x.size() != y.size())
            return QStringLiteral("sample count of series %1").arg(i);
        for (qsizetype j = 0; j < x.size(); ++j) {
            if (x[j].timestampMs != y[j].timestampMs)
                return QStringLiteral("time of sample %1 of series %2: %3 vs %4")
                    .arg(j)
                    .arg(i)
                    .arg(x[j].timestampMs)
                    .arg(y[j].timestampMs);
            if (!sameValue(x[j].value, y[j].value))
                return QStringLiteral("value of sample %1 of series %2").arg(j).arg(i);
        }
    }
    return {};
}

}  // namespace pc::test
