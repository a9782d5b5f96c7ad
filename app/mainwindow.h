#pragma once

#include <QMainWindow>
#include <QUrl>

class ChartPanel;
class LoadPanel;
class StatusPanel;
class QPushButton;

namespace pc {
class LiveChartFeed;
class LoadGenerator;
class PrometheusSource;
}  // namespace pc

/// The window: the load panel and the status on the left, the live chart on the right, and
/// the Grafana button. Only wires the core objects it is given (and does not own) to views.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Parts
    {
        pc::LoadGenerator *load;
        pc::LiveChartFeed *feed;
        pc::PrometheusSource *source;
        QUrl serviceUrl;
        QUrl metricsUrl;
        QUrl grafanaUrl;
        QString urlOrigin;  // where the Prometheus URL came from, said beside it
    };

    explicit MainWindow(const Parts &parts, QWidget *parent = nullptr);

    ChartPanel *chart() const { return m_chart; }

private:
    void createMenus();
    void openSettings();
    void openGrafana();
    void showSource();
    void exportChart(bool csv);
    void showAbout();

    Parts m_parts;
    LoadPanel *m_load;
    ChartPanel *m_chart;
    StatusPanel *m_status;
    QPushButton *m_grafana;
};
