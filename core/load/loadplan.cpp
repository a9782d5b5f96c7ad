#include "loadplan.h"

#include <QCoreApplication>

#include <cctype>
#include <chrono>

namespace pc {

namespace {

bool isToken(const QByteArray &text)
{
    // RFC 9110 §5.6.2: a method and a field name are tokens.
    static const QByteArray specials = "!#$%&'*+-.^_`|~";
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && !specials.contains(c))
            return false;
    }
    return true;
}

QString checkTarget(const LoadPlan &plan)
{
    if (plan.url.isEmpty())
        return {};
    if (!plan.url.isValid() || plan.url.host().isEmpty())
        return QCoreApplication::translate("pc::LoadPlan",
                                           "The target '%1' is not a URL with a host.")
            .arg(plan.url.toString());
    if (plan.url.scheme() != u"http") {
        return QCoreApplication::translate(
                   "pc::LoadPlan",
                   "The target '%1' is not plain http: the load generator speaks HTTP/1.1 "
                   "without TLS.")
            .arg(plan.url.toString());
    }
    if (!isToken(plan.method))
        return QCoreApplication::translate("pc::LoadPlan", "'%1' is not an HTTP method.")
            .arg(QString::fromLatin1(plan.method));
    for (const auto &header : plan.headers) {
        if (!isToken(header.first) || header.second.contains('\n') || header.second.contains('\r'))
            return QCoreApplication::translate("pc::LoadPlan",
                                               "'%1' is not a header name and value.")
                .arg(QString::fromLatin1(header.first));
    }
    return {};
}

}  // namespace

qint64 steadyClockUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

QString checkLoadPlan(const LoadPlan &plan)
{
    using namespace LoadLimits;
    if (plan.mode == LoadPlan::Mode::Rate && !(plan.rate >= 1 && plan.rate <= MaxRate)) {
        return QCoreApplication::translate(
                   "pc::LoadPlan",
                   "A rate of %1 req/s is refused: the load generator sends from 1 to %2 "
                   "requests per second.")
            .arg(plan.rate)
            .arg(MaxRate);
    }
    if (plan.mode == LoadPlan::Mode::Burst && (plan.count < 1 || plan.count > MaxBurst)) {
        return QCoreApplication::translate(
                   "pc::LoadPlan", "A burst of %1 is refused: a burst sends from 1 to %2 requests.")
            .arg(plan.count)
            .arg(MaxBurst);
    }
    if (plan.duration.count() < 0 || plan.duration.count() > qint64(MaxDurationSeconds) * 1000) {
        return QCoreApplication::translate(
                   "pc::LoadPlan",
                   "A duration of %1 s is refused: a run lasts at most %2 s (24 hours).")
            .arg(double(plan.duration.count()) / 1000)
            .arg(MaxDurationSeconds);
    }
    if (plan.maxConnections < 1 || plan.maxConnections > MaxConnections) {
        return QCoreApplication::translate(
                   "pc::LoadPlan",
                   "%1 connections are refused: the load generator opens from 1 to %2.")
            .arg(plan.maxConnections)
            .arg(MaxConnections);
    }
    return checkTarget(plan);
}

quint64 LoadRunSummary::answered() const
{
    quint64 total = 0;
    for (const auto &code : answersByCode)
        total += code.second;
    return total;
}

quint64 LoadRunSummary::errorCount() const
{
    quint64 total = 0;
    for (quint64 count : errors)
        total += count;
    return total;
}

double LoadRunSummary::achievedRate() const
{
    return elapsedUs > 0 ? double(answered()) * 1e6 / double(elapsedUs) : 0.0;
}

}  // namespace pc
