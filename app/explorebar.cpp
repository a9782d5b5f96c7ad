#include "explorebar.h"

#include "comparepicker.h"

#include "chart/timerange.h"
#include "settings/queryhistory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace pc::app {

ExploreBar::ExploreBar(TimeRange *range, QWidget *parent)
    : QWidget(parent), m_range(range), m_completions(new QStringListModel(this))
{
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(createViewControls(), 3);
    top->addWidget(createRangeControls());
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(top);
    rows->addWidget(createQueryControls());
    updateCompletions();
    connect(m_range, &TimeRange::changed, this, [this] { m_live->setEnabled(!m_range->isLive()); });
    m_range->setWindow(std::chrono::seconds(m_window->currentData().toInt()));
}

QWidget *ExploreBar::createViewControls()
{
    m_view = new QComboBox;
    m_view->setObjectName(QStringLiteral("queryChoice"));
    m_view->addItem(tr("Total requests  (http_requests_total)"), int(LiveView::Total));
    m_view->addItem(tr("Request rate by code"), int(LiveView::Rate));
    m_view->addItem(tr("Custom PromQL"), int(LiveView::Custom));
    m_view->setAccessibleName(tr("What to chart"));
    m_view->setToolTip(
        tr("The request totals, the request rate by status code, or any PromQL you type"));
    m_view->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_view->setMinimumContentsLength(14);

    m_window = new QComboBox;
    m_window->setObjectName(QStringLiteral("windowChoice"));
    for (const auto &[label, seconds] :
         {std::pair{QT_TR_NOOP("Last 1 min"), 60}, std::pair{QT_TR_NOOP("Last 5 min"), 300},
          std::pair{QT_TR_NOOP("Last 15 min"), 900}, std::pair{QT_TR_NOOP("Last 1 h"), 3600}})
        m_window->addItem(tr(label), seconds);
    m_window->setCurrentIndex(1);
    m_window->setAccessibleName(tr("Time window"));
    m_window->setToolTip(tr("How far back the chart reaches while it follows the present"));

    m_stacked = new QCheckBox(tr("Stac&ked"));
    m_stacked->setObjectName(QStringLiteral("stacked"));
    m_stacked->setToolTip(tr("Stack the rates on top of each other, as an area chart"));

    auto *label = new QLabel(tr("&Show:"));
    label->setBuddy(m_view);
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_view, 2);
    row->addWidget(m_window, 1);
    row->addWidget(m_stacked);

    connect(m_view, &QComboBox::currentIndexChanged, this, &ExploreBar::onViewChosen);
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { m_range->setWindow(std::chrono::seconds(m_window->currentData().toInt())); });
    connect(m_stacked, &QCheckBox::toggled, this, &ExploreBar::stackedChanged);
    return box;
}

QWidget *ExploreBar::createRangeControls()
{
    m_live = new QPushButton(tr("&Live"));
    m_live->setObjectName(QStringLiteral("backToLive"));
    m_live->setToolTip(tr("Follow the present again (double-click the chart, or Esc)"));
    m_live->setEnabled(false);
    auto *earlier = new QPushButton(QStringLiteral("◀"));
    earlier->setAccessibleName(tr("Earlier"));
    earlier->setToolTip(tr("Pan to earlier (Left arrow on the chart)"));
    auto *later = new QPushButton(QStringLiteral("▶"));
    later->setAccessibleName(tr("Later"));
    later->setToolTip(tr("Pan to later (Right arrow on the chart)"));
    for (QPushButton *button : {earlier, later})
        button->setMaximumWidth(button->fontMetrics().horizontalAdvance(u'M') * 3);
    auto *range = new QPushButton(tr("Ra&nge…"));
    range->setToolTip(tr("Show an absolute time range"));
    m_compare = new ComparePicker;

    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {earlier, later, range, m_live})
        row->addWidget(button);
    connect(m_live, &QPushButton::clicked, m_range, &TimeRange::followLive);
    connect(earlier, &QPushButton::clicked, this, [this] { m_range->pan(-1); });
    connect(later, &QPushButton::clicked, this, [this] { m_range->pan(+1); });
    connect(range, &QPushButton::clicked, this, &ExploreBar::chooseTimeRange);
    return box;
}

QWidget *ExploreBar::createQueryControls()
{
    m_promql = new QLineEdit;
    m_promql->setObjectName(QStringLiteral("promql"));
    m_promql->setPlaceholderText(tr("PromQL, e.g. sum(rate(http_requests_total[1m]))"));
    m_promql->setClearButtonEnabled(true);
    m_promql->setAccessibleName(tr("PromQL query"));
    m_promql->setToolTip(
        tr("Any PromQL; Enter charts it. Completes metric names and earlier "
           "queries"));
    m_promql->setEnabled(false);
    auto *completer = new QCompleter(m_completions, this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_promql->setCompleter(completer);
    m_run = new QPushButton(tr("R&un query"));
    m_run->setObjectName(QStringLiteral("runQuery"));
    m_run->setToolTip(tr("Chart the PromQL typed here"));
    m_run->setEnabled(false);
    auto *openProm = new QPushButton(tr("Open in &Prometheus"));
    openProm->setObjectName(QStringLiteral("openInPrometheus"));
    openProm->setToolTip(tr("Open this query on Prometheus's graph page, over the same range"));

    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_promql, 1);
    row->addWidget(m_run);
    row->addWidget(openProm);
    // On the query's row: the top row is full at the window's smallest width.
    row->addWidget(m_compare);
    connect(m_promql, &QLineEdit::returnPressed, this, &ExploreBar::run);
    connect(m_run, &QPushButton::clicked, this, &ExploreBar::run);
    connect(openProm, &QPushButton::clicked, this, &ExploreBar::openInPrometheusRequested);
    return box;
}

LiveView ExploreBar::view() const
{
    return LiveView(m_view->currentData().toInt());
}

QString ExploreBar::customPromql() const
{
    return m_promql->text().trimmed();
}

bool ExploreBar::isStacked() const
{
    return m_stacked->isChecked() && view() == LiveView::Rate;
}

void ExploreBar::setView(LiveView view, const QString &promql)
{
    if (!promql.isEmpty())
        m_promql->setText(promql);
    const int index = m_view->findData(int(view));
    if (index == m_view->currentIndex())
        run();
    else
        m_view->setCurrentIndex(index);  // runs through onViewChosen()
}

void ExploreBar::setWindow(std::chrono::seconds window)
{
    const int index = m_window->findData(int(window.count()));
    if (index >= 0)
        m_window->setCurrentIndex(index);
}

void ExploreBar::onViewChosen()
{
    const bool custom = view() == LiveView::Custom;
    m_promql->setEnabled(custom);
    m_run->setEnabled(custom);
    m_stacked->setEnabled(view() == LiveView::Rate);
    if (custom) {
        if (m_promql->text().isEmpty())
            m_promql->setText(m_currentPromql);
        m_promql->setFocus();
        emit metricNamesWanted();
    }
    emit stackedChanged(isStacked());
    run();
}

void ExploreBar::run()
{
    if (view() == LiveView::Custom) {
        QueryHistory().remember(customPromql());
        updateCompletions();
    }
    emit viewChanged();
}

void ExploreBar::setMetricNames(const QStringList &names)
{
    m_metricNames = names;
    updateCompletions();
}

void ExploreBar::updateCompletions()
{
    m_completions->setStringList(QueryHistory().entries() + m_metricNames);
}

void ExploreBar::chooseTimeRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Time range"));
    const auto [from, to] = m_range->range();
    auto *start = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(from));
    auto *end = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(to));
    for (QDateTimeEdit *edit : {start, end}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        edit->setCalendarPopup(true);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&From:"), start);
    form->addRow(tr("&To:"), end);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (end->dateTime() <= start->dateTime()) {
        emit message(tr("The end of a time range must come after its start."));
        return;
    }
    m_range->setFixed(start->dateTime().toMSecsSinceEpoch(), end->dateTime().toMSecsSinceEpoch());
}

}  // namespace pc::app
