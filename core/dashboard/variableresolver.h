#pragma once

#include "dashboard/grafanavariable.h"
#include "dashboard/variableinterpolation.h"
#include "prometheus/promreply.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <vector>

namespace pc {

class PromClient;

/// A dashboard's variables, live: each query variable's options asked of Prometheus
/// (`label_values`, `label_names`, `metrics`, `query_result`, filtered by its regex), custom,
/// constant, textbox, interval and datasource variables read from the dashboard, and the
/// selection of each. A variable whose query uses another is asked after it, and again when
/// that one's selection changes. Holds its replies; the client is not owned. GUI thread.
class VariableResolver : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *AllValue = "$__all";

    VariableResolver(PromClient *client, const QList<GrafanaVariable> &variables,
                     QObject *parent = nullptr);

    /// Values chosen before start() (`--var NAME=VALUE`, several values with commas), in place
    /// of the dashboard's `current`.
    void setInitialSelections(const QHash<QString, QStringList> &values);
    /// The range the dashboard shows, for an interval variable's `auto` option.
    void setRange(std::chrono::milliseconds range) { m_range = range; }
    /// Resolves every variable, in order.
    void start();

    const QList<GrafanaVariable> &variables() const { return m_variables; }
    /// The options the picker offers, "All" first when the variable includes it.
    QList<GrafanaVariableOption> options(const QString &name) const;
    /// The values selected, or {AllValue} when All is.
    QStringList selected(const QString &name) const;
    /// Why the last attempt at this variable's options failed, or empty.
    QString error(const QString &name) const;
    /// A user's choice; the variables that use this one are asked again.
    void select(const QString &name, const QStringList &values);
    /// True while no variable waits for an answer.
    bool isResolved() const;
    /// What each variable stands for in a query (interpolateVariables()).
    VariableSelections selections() const;

signals:
    void optionsChanged(const QString &name);
    /// A selection changed (the user's, or a refresh's): the panels ask again.
    void selectionChanged();
    /// Nothing waits for an answer any more.
    void resolved();
    void failed(const QString &name, const QString &message);

private:
    enum class Status { Stale, Pending, Ready };
    struct State
    {
        QList<GrafanaVariableOption> options;
        QStringList selected;
        QStringList preferred;  // what to keep selected when the options come
        Status status = Status::Stale;
        QString error;
        PromReplyPtr reply;
        QString metricsRegex;  // a metrics() query's filter, for its answer
    };

    int indexOf(const QString &name) const;
    void continueResolving();
    bool dependenciesReady(int index) const;
    void refresh(int index);
    void ask(int index);
    void onAnswer(int index);
    void setOptions(int index, const QStringList &values);
    void choose(int index);
    void markDependentsStale(int index);
    QString autoInterval() const;

    PromClient *m_client;
    QList<GrafanaVariable> m_variables;
    std::vector<State> m_states;  // one per variable, in order
    std::chrono::milliseconds m_range{3600'000};
    bool m_started = false;
};

}  // namespace pc
