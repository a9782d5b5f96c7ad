#include "alertsbox.h"

#include "format/displayformat.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pc::app {

AlertsBox::AlertsBox(pc::AlertWatcher *watcher, QWidget *parent)
    : QWidget(parent), m_watcher(watcher)
{
    m_headline = new QLabel(tr("Alerts: waiting for Prometheus"));
    m_headline->setObjectName(QStringLiteral("alertsHeadline"));
    m_headline->setWordWrap(true);
    // A failure's sentence wraps within the column; a word too long to break (an environment
    // variable's name) must not widen it past its scroll area.
    m_headline->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("alertsList"));
    m_list->setAccessibleName(tr("Pending and firing alerts"));
    m_list->setAccessibleDescription(tr("Firing alerts first, with their summary and since when"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("State"), tr("Alert"), tr("Since")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 4);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 9);
    m_list->setToolTip(tr("Double-click an alert to see its rule's chart"));
    m_list->hide();
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { requestChart(m_list->indexOfTopLevelItem(item)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_list);

    connect(watcher, &pc::AlertWatcher::alertsUpdated, this, &AlertsBox::showAlerts);
    connect(watcher, &pc::AlertWatcher::failed, this, &AlertsBox::showFailure);
}

void AlertsBox::showAlerts(const QList<pc::PromAlert> &alerts)
{
    m_list->clear();
    int firing = 0;
    int pending = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const pc::PromAlert &alert : alerts) {
        const bool isFiring = alert.state == pc::PromAlert::State::Firing;
        (isFiring ? firing : pending) += 1;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, isFiring ? tr("firing") : tr("pending"));
        item->setForeground(0, alertStateColor(alert.state));
        item->setText(1, alert.summary().isEmpty() ? alert.name
                                                   : tr("%1: %2").arg(alert.name, alert.summary()));
        item->setText(
            2, alert.activeAt.isValid() ? pc::DisplayFormat::age(alert.activeAt, now) : QString());
        QString tip = alert.description();
        for (auto it = alert.labels.cbegin(); it != alert.labels.cend(); ++it)
            tip += QStringLiteral("\n%1=\"%2\"").arg(it.key(), it.value());
        item->setToolTip(1, tip.trimmed());
        item->setData(0, Qt::UserRole, alert.name);
        item->setData(1, Qt::UserRole, alert.activeAt);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(2);
    m_list->setVisible(!alerts.isEmpty());
    if (!m_watcher->isEnabled())
        m_headline->setText(tr("Alerts: waiting for Prometheus"));
    else if (alerts.isEmpty())
        m_headline->setText(tr("Alerts: none pending or firing"));
    else
        //: %1 is "N firing", %2 "N pending"
        m_headline->setText(
            tr("Alerts: %1, %2")
                .arg(tr("%n firing", "alerts", firing), tr("%n pending", "alerts", pending)));
    m_headline->setStyleSheet(firing > 0 ? QStringLiteral("color: #d0302b; font-weight: bold")
                                         : QString());
}

void AlertsBox::showFailure(const pc::PromError &error)
{
    m_headline->setText(tr("Alerts cannot be read: %1").arg(error.message));
    m_headline->setStyleSheet(QStringLiteral("color: #d0302b"));
}

QStringList AlertsBox::rows() const
{
    QStringList rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        rows.append(item->text(0) + QStringLiteral("  ") + item->text(1));
    }
    return rows;
}

void AlertsBox::requestChart(int row)
{
    const QTreeWidgetItem *item = m_list->topLevelItem(row);
    if (item)
        emit chartRequested(item->data(0, Qt::UserRole).toString(),
                            item->data(1, Qt::UserRole).toDateTime());
}

QString AlertsBox::headline() const
{
    return m_headline->text();
}

QColor alertStateColor(pc::PromAlert::State state)
{
    switch (state) {
    case pc::PromAlert::State::Firing:
        return QColor(0xd0, 0x30, 0x2b);
    case pc::PromAlert::State::Pending:
        return QColor(0xe0, 0x8c, 0x00);
    case pc::PromAlert::State::Inactive:
        break;
    }
    return QColor(0x3c, 0x9a, 0x3c);
}

QIcon alertHealthIcon(pc::AlertWatcher::Health health)
{
    using Health = pc::AlertWatcher::Health;
    const QColor colour = health == Health::Firing ? alertStateColor(pc::PromAlert::State::Firing)
                          : health == Health::Pending
                              ? alertStateColor(pc::PromAlert::State::Pending)
                          : health == Health::Ok ? QColor(0x3c, 0x9a, 0x3c)
                                                 : QColor(0x90, 0x90, 0x90);
    QPixmap pixmap(64, 64);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(140), 4));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(6, 6, 52, 52));
    return QIcon(pixmap);
}

}  // namespace pc::app
