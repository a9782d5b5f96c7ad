#include "runcomparedialog.h"

#include "format/displayformat.h"
#include "load/loadplan.h"
#include "load/loadreport.h"
#include "load/loadspec.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pc::app {

namespace {

using Unit = pc::DisplayFormat::Unit;

struct Row
{
    QString name;
    QString first;
    QString second;
    QString change;  // the second against the first, for numbers
};

QString change(double first, double second)
{
    if (first <= 0)
        return {};
    return QStringLiteral("%1%2")
        .arg(second >= first ? u"+" : u"")
        .arg(pc::DisplayFormat::value((second - first) / first, Unit::Ratio));
}

Row numberRow(const QString &name, double a, double b, Unit unit)
{
    // Latencies span µs to s: three significant digits in the unit that suits each.
    const auto text = [unit](double v) {
        return unit == Unit::Seconds ? pc::DisplayFormat::compact(v, unit)
                                     : pc::DisplayFormat::value(v, unit);
    };
    return {name, text(a), text(b), change(a, b)};
}

QList<Row> rows(const pc::LoadRunSummary &a, const pc::LoadRunSummary &b)
{
    const auto started = [](const pc::LoadRunSummary &run) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(run.startedMsecsSinceEpoch),
                                  QLocale::ShortFormat);
    };
    const auto target = [](const pc::LoadRunSummary &run) {
        return run.plan.url.isEmpty() ? RunCompareDialog::tr("%1 (routes: %2)")
                                            .arg(run.target, pc::routeMixName(run.plan.mix))
                                      : run.target;
    };
    QList<Row> out = {
        {RunCompareDialog::tr("Started"), started(a), started(b), {}},
        {RunCompareDialog::tr("Run"),
         pc::LoadReport::askedText(a.plan),
         pc::LoadReport::askedText(b.plan),
         {}},
        {RunCompareDialog::tr("Target"), target(a), target(b), {}},
        numberRow(RunCompareDialog::tr("Duration"), double(a.elapsedUs) / 1e6,
                  double(b.elapsedUs) / 1e6, Unit::Seconds),
        numberRow(RunCompareDialog::tr("Sent"), double(a.sent), double(b.sent), Unit::Count),
        numberRow(RunCompareDialog::tr("Answered"), double(a.answered()), double(b.answered()),
                  Unit::Count),
        numberRow(RunCompareDialog::tr("Errors"), double(a.errorCount()), double(b.errorCount()),
                  Unit::Count),
        numberRow(RunCompareDialog::tr("Achieved rate"), a.achievedRate(), b.achievedRate(),
                  Unit::RequestsPerSecond),
    };
    const auto latency = [&](const QString &name, qint64 pc::LatencyPercentiles::*member) {
        out.append(numberRow(name, double(a.corrected.*member) / 1e6,
                             double(b.corrected.*member) / 1e6, Unit::Seconds));
        out.append(numberRow(RunCompareDialog::tr("%1 as measured").arg(name),
                             double(a.uncorrected.*member) / 1e6,
                             double(b.uncorrected.*member) / 1e6, Unit::Seconds));
    };
    latency(QStringLiteral("p50"), &pc::LatencyPercentiles::p50);
    latency(QStringLiteral("p90"), &pc::LatencyPercentiles::p90);
    latency(QStringLiteral("p99"), &pc::LatencyPercentiles::p99);
    latency(QStringLiteral("p99.9"), &pc::LatencyPercentiles::p999);
    latency(RunCompareDialog::tr("max"), &pc::LatencyPercentiles::max);
    return out;
}

}  // namespace

RunCompareDialog::RunCompareDialog(const pc::LoadRunSummary &first,
                                   const pc::LoadRunSummary &second, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare runs"));
    const QList<Row> table = rows(first, second);
    auto *view = new QTableWidget(int(table.size()), 3);
    view->setObjectName(QStringLiteral("comparison"));
    view->setHorizontalHeaderLabels({tr("First run"), tr("Second run"), tr("Change")});
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < table.size(); ++i) {
        const Row &row = table.at(i);
        view->setVerticalHeaderItem(i, new QTableWidgetItem(row.name));
        const QStringList cells = {row.first, row.second, row.change};
        for (int column = 0; column < 3; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            view->setItem(i, column, item);
        }
    }
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    // Wide enough for every column, so the change is never cut off.
    const int width = view->verticalHeader()->sizeHint().width()
                      + view->horizontalHeader()->length() + 2 * view->frameWidth() + 48;
    resize(std::max(width, 480), 660);
}

}  // namespace pc::app
