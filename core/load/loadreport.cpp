#include "loadreport.h"

#include "loadspec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

#include <array>

namespace pc {

namespace {

QString number(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

QString ms(qint64 micros)
{
    return micros >= 1'000'000 ? number(double(micros) / 1e6) + QStringLiteral(" s")
                               : number(double(micros) / 1e3) + QStringLiteral(" ms");
}

QJsonObject percentilesToJson(const LatencyPercentiles &p)
{
    return {{QStringLiteral("count"), double(p.count)}, {QStringLiteral("p50"), double(p.p50)},
            {QStringLiteral("p90"), double(p.p90)},     {QStringLiteral("p99"), double(p.p99)},
            {QStringLiteral("p999"), double(p.p999)},   {QStringLiteral("max"), double(p.max)}};
}

LatencyPercentiles percentilesFromJson(const QJsonObject &o)
{
    const auto at = [&o](const char *key) {
        return qint64(o.value(QLatin1String(key)).toDouble());
    };
    return {quint64(at("count")), at("p50"), at("p90"), at("p99"), at("p999"), at("max")};
}

constexpr std::array<LoadPlan::Mode, 3> modes = {LoadPlan::Mode::Single, LoadPlan::Mode::Burst,
                                                 LoadPlan::Mode::Rate};
constexpr std::array<LoadError, LoadErrorKinds> errorKinds = {
    LoadError::Refused, LoadError::Reset, LoadError::Timeout, LoadError::Protocol,
    LoadError::Other};

QString latencyRows(const LoadRunSummary &run)
{
    const auto row = [](const QString &name, qint64 corrected, qint64 uncorrected) {
        return QStringLiteral("    %1 %2 %3\n")
            .arg(name, -8)
            .arg(ms(corrected), 12)
            .arg(ms(uncorrected), 12);
    };
    const LatencyPercentiles &c = run.corrected;
    const LatencyPercentiles &u = run.uncorrected;
    return QStringLiteral("    %1 %2 %3\n")
               .arg(QString(), -8)
               .arg(QCoreApplication::translate("pc::LoadReport", "corrected"), 12)
               .arg(QCoreApplication::translate("pc::LoadReport", "uncorrected"), 12)
           + row(QStringLiteral("p50"), c.p50, u.p50) + row(QStringLiteral("p90"), c.p90, u.p90)
           + row(QStringLiteral("p99"), c.p99, u.p99) + row(QStringLiteral("p99.9"), c.p999, u.p999)
           + row(QStringLiteral("max"), c.max, u.max);
}

}  // namespace

QString LoadReport::modeName(LoadPlan::Mode mode)
{
    switch (mode) {
    case LoadPlan::Mode::Single:
        return QStringLiteral("single");
    case LoadPlan::Mode::Burst:
        return QStringLiteral("burst");
    case LoadPlan::Mode::Rate:
        return QStringLiteral("rate");
    }
    return {};
}

QString LoadReport::errorName(LoadError kind)
{
    static const std::array<const char *, LoadErrorKinds> names = {"refused", "reset", "timeout",
                                                                   "protocol", "other"};
    return QLatin1String(names[size_t(kind)]);
}

QString LoadReport::askedText(const LoadPlan &plan)
{
    switch (plan.mode) {
    case LoadPlan::Mode::Single:
        return QCoreApplication::translate("pc::LoadReport", "1 request");
    case LoadPlan::Mode::Burst:
        return QCoreApplication::translate("pc::LoadReport", "burst of %1").arg(plan.count);
    case LoadPlan::Mode::Rate:
        return plan.duration.count() > 0
                   ? QCoreApplication::translate("pc::LoadReport", "rate %1 req/s for %2 s")
                         .arg(plan.rate)
                         .arg(double(plan.duration.count()) / 1000)
                   : QCoreApplication::translate("pc::LoadReport", "rate %1 req/s until stopped")
                         .arg(plan.rate);
    }
    return {};
}

QString LoadReport::text(const LoadRunSummary &run)
{
    const LoadPlan &plan = run.plan;
    const QString routes = plan.url.isEmpty()
                               ? QCoreApplication::translate("pc::LoadReport", " (routes: %1)")
                                     .arg(routeMixName(plan.mix))
                               : QString();
    QString out =
        QCoreApplication::translate("pc::LoadReport", "Running %1 @ %2%3, %4 connections\n")
            .arg(askedText(plan), run.target, routes)
            .arg(plan.maxConnections);
    out += QCoreApplication::translate("pc::LoadReport",
                                       "  %1 requests in %2 s: %3 answered, %4 errors%5\n")
               .arg(run.sent)
               .arg(number(double(run.elapsedUs) / 1e6))
               .arg(run.answered())
               .arg(run.errorCount())
               .arg(run.stopped ? QCoreApplication::translate("pc::LoadReport", " (stopped early)")
                                : QString());
    QStringList codes;
    for (const auto &code : run.answersByCode)
        codes.append(QStringLiteral("%1: %2").arg(code.first).arg(code.second));
    out += QCoreApplication::translate("pc::LoadReport", "  Answers by code: %1\n")
               .arg(codes.isEmpty() ? QCoreApplication::translate("pc::LoadReport", "none")
                                    : codes.join(u", "));
    QStringList errors;
    for (LoadError kind : errorKinds)
        errors.append(QStringLiteral("%1 %2").arg(errorName(kind)).arg(run.errors[int(kind)]));
    out += QCoreApplication::translate("pc::LoadReport", "  Errors: %1\n").arg(errors.join(u", "));
    out +=
        (plan.mode == LoadPlan::Mode::Rate
             ? QCoreApplication::translate(
                 "pc::LoadReport",
                 "  Latency (corrected: from each request's intended send time)\n")
             : QCoreApplication::translate(
                 "pc::LoadReport",
                 "  Latency (corrected as wrk does: for the run's mean interval per connection)\n"))
        + latencyRows(run);
    out += QCoreApplication::translate("pc::LoadReport", "  Achieved rate: %1 req/s\n")
               .arg(number(run.achievedRate()));
    if (plan.mode == LoadPlan::Mode::Rate && !run.stopped
        && run.achievedRate() < 0.99 * plan.rate) {
        out += QCoreApplication::translate(
                   "pc::LoadReport", "  Could not keep up: achieved %1 of the asked %2 req/s.\n")
                   .arg(number(run.achievedRate()))
                   .arg(plan.rate);
    }
    return out;
}

QJsonObject LoadReport::toJson(const LoadRunSummary &run)
{
    const LoadPlan &plan = run.plan;
    QJsonObject codes;
    for (const auto &code : run.answersByCode)
        codes.insert(QString::number(code.first), double(code.second));
    QJsonObject errors;
    for (LoadError kind : errorKinds)
        errors.insert(errorName(kind), double(run.errors[int(kind)]));
    return {
        {QStringLiteral("mode"), modeName(plan.mode)},
        {QStringLiteral("target"), run.target},
        {QStringLiteral("url"), plan.url.toString()},
        {QStringLiteral("method"), QString::fromLatin1(plan.method)},
        {QStringLiteral("routes"), routeMixName(plan.mix)},
        {QStringLiteral("askedRate"), plan.mode == LoadPlan::Mode::Rate ? plan.rate : 0.0},
        {QStringLiteral("askedCount"), plan.mode == LoadPlan::Mode::Rate ? 0 : plan.count},
        {QStringLiteral("plannedSeconds"), double(plan.duration.count()) / 1000},
        {QStringLiteral("connections"), plan.maxConnections},
        {QStringLiteral("started"),
         QDateTime::fromMSecsSinceEpoch(run.startedMsecsSinceEpoch, Qt::UTC)
             .toString(Qt::ISODateWithMs)},
        {QStringLiteral("seconds"), double(run.elapsedUs) / 1e6},
        {QStringLiteral("stopped"), run.stopped},
        {QStringLiteral("sent"), double(run.sent)},
        {QStringLiteral("answered"), double(run.answered())},
        {QStringLiteral("answersByCode"), codes},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("achievedRate"), run.achievedRate()},
        {QStringLiteral("latencyMicroseconds"),
         QJsonObject{{QStringLiteral("corrected"), percentilesToJson(run.corrected)},
                     {QStringLiteral("uncorrected"), percentilesToJson(run.uncorrected)}}},
    };
}

std::optional<LoadRunSummary> LoadReport::fromJson(const QJsonObject &o)
{
    const auto mode = std::find_if(modes.begin(), modes.end(), [&o](LoadPlan::Mode m) {
        return o.value(QLatin1String("mode")).toString() == modeName(m);
    });
    const auto mix = routeMixNamed(o.value(QLatin1String("routes")).toString());
    const QDateTime started =
        QDateTime::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODateWithMs);
    if (mode == modes.end() || !started.isValid() || !o.value(QLatin1String("sent")).isDouble())
        return std::nullopt;
    LoadRunSummary run;
    run.plan.mode = *mode;
    run.plan.mix = mix.value_or(RouteMix{});
    run.plan.url = QUrl(o.value(QLatin1String("url")).toString());
    run.plan.method = o.value(QLatin1String("method")).toString().toLatin1();
    run.plan.rate = o.value(QLatin1String("askedRate")).toDouble();
    run.plan.count = o.value(QLatin1String("askedCount")).toInt();
    run.plan.duration = std::chrono::milliseconds(
        qint64(o.value(QLatin1String("plannedSeconds")).toDouble() * 1000));
    run.plan.maxConnections = o.value(QLatin1String("connections")).toInt();
    run.target = o.value(QLatin1String("target")).toString();
    run.startedMsecsSinceEpoch = started.toMSecsSinceEpoch();
    run.elapsedUs = qint64(o.value(QLatin1String("seconds")).toDouble() * 1e6);
    run.stopped = o.value(QLatin1String("stopped")).toBool();
    run.sent = quint64(o.value(QLatin1String("sent")).toDouble());
    const QJsonObject codes = o.value(QLatin1String("answersByCode")).toObject();
    for (auto it = codes.begin(); it != codes.end(); ++it)
        run.answersByCode.append({it.key().toInt(), quint64(it.value().toDouble())});
    std::sort(run.answersByCode.begin(), run.answersByCode.end());
    const QJsonObject errors = o.value(QLatin1String("errors")).toObject();
    for (LoadError kind : errorKinds)
        run.errors[int(kind)] = quint64(errors.value(errorName(kind)).toDouble());
    const QJsonObject latency = o.value(QLatin1String("latencyMicroseconds")).toObject();
    run.corrected = percentilesFromJson(latency.value(QLatin1String("corrected")).toObject());
    run.uncorrected = percentilesFromJson(latency.value(QLatin1String("uncorrected")).toObject());
    return run;
}

QString LoadReport::csv(const QList<LoadRunSummary> &runs)
{
    QString out = QStringLiteral(
        "started,mode,target,routes,asked_rate,asked_count,planned_s,seconds,sent,answered,"
        "codes,refused,reset,timeout,protocol,other,achieved_rate,"
        "p50_ms,p90_ms,p99_ms,p999_ms,max_ms,"
        "uncorrected_p50_ms,uncorrected_p90_ms,uncorrected_p99_ms,uncorrected_p999_ms,uncorrected_"
        "max_ms\n");
    const auto msField = [](qint64 us) {
        return number(double(us) / 1000, 3);
    };
    for (const LoadRunSummary &run : runs) {
        const QJsonObject o = toJson(run);
        QStringList codes;
        for (const auto &code : run.answersByCode)
            codes.append(QStringLiteral("%1:%2").arg(code.first).arg(code.second));
        QStringList fields = {
            o.value(QLatin1String("started")).toString(),
            modeName(run.plan.mode),
            u'"' + QString(run.target).replace(u'"', QLatin1String("\"\"")) + u'"',
            routeMixName(run.plan.mix),
            number(o.value(QLatin1String("askedRate")).toDouble(), 0),
            QString::number(o.value(QLatin1String("askedCount")).toInt()),
            number(double(run.plan.duration.count()) / 1000, 3),
            number(double(run.elapsedUs) / 1e6, 3),
            QString::number(run.sent),
            QString::number(run.answered()),
            codes.join(u';')};
        for (LoadError kind : errorKinds)
            fields.append(QString::number(run.errors[int(kind)]));
        fields.append(number(run.achievedRate()));
        for (const LatencyPercentiles *p : {&run.corrected, &run.uncorrected}) {
            for (qint64 us : {p->p50, p->p90, p->p99, p->p999, p->max})
                fields.append(msField(us));
        }
        out += fields.join(u',') + u'\n';
    }
    return out;
}

}  // namespace pc
