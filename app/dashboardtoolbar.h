#pragma once

#include <QWidget>

#include <chrono>

class QComboBox;
class QPushButton;

namespace pc::app {

class ComparePicker;

/// The Dashboard view's top bar: the dashboard's title, the time range and refresh of every
/// panel (starting from the dashboard's own), back to live, and Open in Grafana. It only
/// signals what the user picks. GUI thread.
class DashboardToolbar : public QWidget
{
    Q_OBJECT
public:
    DashboardToolbar(const QString &title, std::chrono::seconds window,
                     std::chrono::milliseconds refresh, QWidget *parent = nullptr);

    std::chrono::seconds window() const;
    std::chrono::milliseconds refresh() const;
    /// Selects `window` among the choices, adding it when it is not one.
    void setWindow(std::chrono::seconds window);
    void setLive(bool live);
    /// Compare: off, 1 h, 1 d, 1 w ago or a custom offset, for every time series panel.
    ComparePicker *comparePicker() const { return m_compare; }

    /// "Last 15 min", "Last 24 h", "Last 7 d": a window as the picker names it.
    static QString windowText(std::chrono::seconds window);

signals:
    void windowChosen(std::chrono::seconds window);
    void refreshChosen(std::chrono::milliseconds interval);
    void liveRequested();
    void openGrafanaRequested();

private:
    QComboBox *m_range;
    QComboBox *m_refresh;
    QPushButton *m_live;
    ComparePicker *m_compare;
};

}  // namespace pc::app
