// The soak's load tool: a steady rate of real HTTP requests for a while, with the app's own
// load generator, then it waits for every answer and prints what it received.
//   soak_load URL RATE SECONDS  ->  "responses N succeeded N failed N sent N"

#include "load/loadgenerator.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: soak_load URL RATE SECONDS\n");
        return 2;
    }
    pc::LoadGenerator load;
    load.setTarget(QUrl(args.at(1)));
    pc::LoadPlan plan;
    plan.mode = pc::LoadPlan::Mode::Rate;
    plan.rate = args.at(2).toDouble();
    plan.duration = std::chrono::seconds(args.at(3).toInt());
    plan.mix = {90, 5, 5};

    // After the run, answers to the last requests still arrive: wait until the counts settle.
    QTimer settle;
    quint64 lastAnswered = 0;
    QObject::connect(&load, &pc::LoadGenerator::finished, &app, [&] { settle.start(500); });
    QObject::connect(&settle, &QTimer::timeout, &app, [&] {
        const pc::LoadStats s = load.stats();
        const quint64 answered = s.succeeded + s.failed;
        if (answered == s.sent || answered == lastAnswered) {
            std::printf("responses %llu succeeded %llu failed %llu sent %llu\n",
                        static_cast<unsigned long long>(answered),
                        static_cast<unsigned long long>(s.succeeded),
                        static_cast<unsigned long long>(s.failed),
                        static_cast<unsigned long long>(s.sent));
            std::fflush(stdout);
            QCoreApplication::exit(answered == s.sent ? 0 : 1);
        }
        lastAnswered = answered;
    });
    load.start(plan);
    return QCoreApplication::exec();
}
