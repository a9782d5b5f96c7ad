#include "dashboardtoolbar.h"

#include "comparepicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pc::app {
namespace {

int indexOrAdded(QComboBox *combo, int data, const QString &text)
{
    int index = combo->findData(data);
    if (index < 0) {
        combo->addItem(text, data);
        index = combo->count() - 1;
    }
    return index;
}

}  // namespace

DashboardToolbar::DashboardToolbar(const QString &title, std::chrono::seconds window,
                                   std::chrono::milliseconds refresh, QWidget *parent)
    : QWidget(parent),
      m_range(new QComboBox),
      m_refresh(new QComboBox),
      m_compare(new ComparePicker)
{
    auto *name = new QLabel(title);
    name->setObjectName(QStringLiteral("dashboardTitle"));
    QFont big = name->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    name->setFont(big);
    // A long title gives way to the controls in a narrow window; the tooltip keeps it whole.
    name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    name->setMinimumWidth(name->fontMetrics().averageCharWidth() * 8);
    name->setToolTip(title);

    m_range->setObjectName(QStringLiteral("dashboardRange"));
    m_range->setAccessibleName(tr("Time range of every panel"));
    m_range->setToolTip(tr("How far back every panel reaches"));
    for (int seconds : {300, 900, 1800, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 7 * 86400})
        m_range->addItem(windowText(std::chrono::seconds(seconds)), seconds);
    setWindow(window);

    m_refresh->setObjectName(QStringLiteral("dashboardRefresh"));
    m_refresh->setAccessibleName(tr("Refresh every"));
    m_refresh->setToolTip(tr("How often every panel asks Prometheus again"));
    m_refresh->addItem(tr("Refresh 5 s"), 5000);
    m_refresh->addItem(tr("Refresh 10 s"), 10000);
    m_refresh->addItem(tr("Refresh 30 s"), 30000);
    m_refresh->addItem(tr("Refresh 1 min"), 60000);
    m_refresh->setCurrentIndex(indexOrAdded(m_refresh, int(refresh.count()),
                                            tr("Refresh %1 s").arg(refresh.count() / 1000.0)));

    m_live = new QPushButton(tr("&Live"));
    m_live->setObjectName(QStringLiteral("dashboardLive"));
    m_live->setToolTip(tr("Follow the present again after a zoom (double-click a chart, or Esc)"));
    m_live->setEnabled(false);
    auto *grafana = new QPushButton(tr("Open &in Grafana"));
    grafana->setObjectName(QStringLiteral("dashboardOpenGrafana"));
    grafana->setToolTip(tr("Open the same dashboard in Grafana, once it is there"));

    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { emit windowChosen(this->window()); });
    connect(m_refresh, &QComboBox::currentIndexChanged, this,
            [this] { emit refreshChosen(this->refresh()); });
    connect(m_live, &QPushButton::clicked, this, &DashboardToolbar::liveRequested);
    connect(grafana, &QPushButton::clicked, this, &DashboardToolbar::openGrafanaRequested);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 0, 4, 0);
    row->addWidget(name, 1);
    for (QWidget *widget : {static_cast<QWidget *>(m_range), static_cast<QWidget *>(m_refresh),
                            static_cast<QWidget *>(m_compare), static_cast<QWidget *>(m_live),
                            static_cast<QWidget *>(grafana)})
        row->addWidget(widget);
}

std::chrono::seconds DashboardToolbar::window() const
{
    return std::chrono::seconds(m_range->currentData().toInt());
}

std::chrono::milliseconds DashboardToolbar::refresh() const
{
    return std::chrono::milliseconds(m_refresh->currentData().toInt());
}

void DashboardToolbar::setWindow(std::chrono::seconds window)
{
    m_range->setCurrentIndex(indexOrAdded(m_range, int(window.count()), windowText(window)));
}

void DashboardToolbar::setLive(bool live)
{
    m_live->setEnabled(!live);
}

QString DashboardToolbar::windowText(std::chrono::seconds window)
{
    const qint64 s = window.count();
    if (s >= 2 * 86400 && s % 86400 == 0)
        return tr("Last %1 d").arg(s / 86400);
    if (s >= 3600 && s % 3600 == 0)
        return tr("Last %1 h").arg(s / 3600);
    if (s >= 60 && s % 60 == 0)
        return tr("Last %1 min").arg(s / 60);
    return tr("Last %1 s").arg(s);
}

}  // namespace pc::app
