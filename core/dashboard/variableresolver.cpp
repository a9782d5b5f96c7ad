#include "variableresolver.h"

#include "dashboard/builtinvariables.h"
#include "dashboard/variablequery.h"
#include "prometheus/promclient.h"
#include "prometheus/promresponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace pc {
namespace {

QStringList optionValues(const QList<GrafanaVariableOption> &options)
{
    QStringList values;
    for (const GrafanaVariableOption &option : options)
        values.append(option.value);
    return values;
}

QStringList resultLines(const PromQueryResult &result)
{
    QStringList lines;
    for (const PromSeries &series : result.series) {
        QList<std::pair<QString, QString>> labels;
        for (auto it = series.labels.cbegin(); it != series.labels.cend(); ++it) {
            if (it.key() != u"__name__")
                labels.append({it.key(), it.value()});
        }
        const PromSample sample = series.samples.value(0);
        lines.append(queryResultLine(series.labels.value(QStringLiteral("__name__")), labels,
                                     sample.value, sample.timestampMs));
    }
    return lines;
}

}  // namespace

VariableResolver::VariableResolver(PromClient *client, const QList<GrafanaVariable> &variables,
                                   QObject *parent)
    : QObject(parent),
      m_client(client),
      m_variables(variables),
      m_states(std::size_t(variables.size()))
{
    for (qsizetype i = 0; i < m_variables.size(); ++i)
        m_states[i].preferred = m_variables[i].current;
}

void VariableResolver::setInitialSelections(const QHash<QString, QStringList> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (const int index = indexOf(it.key()); index >= 0)
            m_states[index].preferred = it.value();
    }
}

void VariableResolver::start()
{
    m_started = true;
    continueResolving();
}

int VariableResolver::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_variables.size(); ++i) {
        if (m_variables[i].name == name)
            return int(i);
    }
    return -1;
}

QList<GrafanaVariableOption> VariableResolver::options(const QString &name) const
{
    const int index = indexOf(name);
    if (index < 0)
        return {};
    QList<GrafanaVariableOption> options = m_states[index].options;
    if (m_variables[index].includeAll)
        options.prepend({QStringLiteral("All"), QString::fromLatin1(AllValue)});
    return options;
}

QStringList VariableResolver::selected(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 ? QStringList() : m_states[index].selected;
}

QString VariableResolver::error(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 ? QString() : m_states[index].error;
}

bool VariableResolver::isResolved() const
{
    return std::none_of(m_states.cbegin(), m_states.cend(),
                        [](const State &state) { return state.status != Status::Ready; });
}

void VariableResolver::select(const QString &name, const QStringList &values)
{
    const int index = indexOf(name);
    if (index < 0 || m_states[index].selected == values)
        return;
    m_states[index].preferred = values;
    choose(index);
    markDependentsStale(index);
    emit selectionChanged();
    continueResolving();
}

void VariableResolver::markDependentsStale(int index)
{
    const QString &name = m_variables[index].name;
    for (qsizetype i = 0; i < m_variables.size(); ++i) {
        if (i != index && referencedVariables(m_variables[i].query).contains(name)
            && m_states[i].status != Status::Stale) {
            m_states[i].status = Status::Stale;
            m_states[i].reply.reset();
            markDependentsStale(int(i));
        }
    }
}

bool VariableResolver::dependenciesReady(int index) const
{
    for (const QString &name : referencedVariables(m_variables[index].query)) {
        const int other = indexOf(name);
        if (other >= 0 && other != index && m_states[other].status != Status::Ready)
            return false;
    }
    return true;
}

void VariableResolver::continueResolving()
{
    if (!m_started)
        return;
    bool progressed = true;
    while (progressed) {
        progressed = false;
        for (qsizetype i = 0; i < qsizetype(m_states.size()); ++i) {
            if (m_states[i].status == Status::Stale && dependenciesReady(int(i))) {
                refresh(int(i));
                progressed = true;
            }
        }
    }
    if (isResolved())
        emit resolved();
}

void VariableResolver::refresh(int index)
{
    const GrafanaVariable &variable = m_variables[index];
    State &state = m_states[index];
    state.error.clear();
    state.metricsRegex.clear();
    switch (variable.type) {
    case GrafanaVariable::Type::Query:
        ask(index);
        return;
    case GrafanaVariable::Type::Custom:
        state.options = GrafanaVariable::customOptions(variable.query);
        break;
    case GrafanaVariable::Type::Interval:
        state.options = GrafanaVariable::customOptions(variable.query);
        if (variable.autoInterval)
            state.options.prepend({QStringLiteral("auto"), QStringLiteral("$__auto_interval")});
        break;
    case GrafanaVariable::Type::Constant:
    case GrafanaVariable::Type::Textbox:
        state.options = {{variable.query, variable.query}};
        break;
    case GrafanaVariable::Type::Datasource:
        //: The only data source the app has: the Prometheus it asks
        state.options = {{tr("Prometheus"), variable.datasourceType}};
        break;
    case GrafanaVariable::Type::Unsupported:
        state.options = variable.options;
        break;
    }
    state.status = Status::Ready;
    choose(index);
    emit optionsChanged(variable.name);
}

void VariableResolver::ask(int index)
{
    State &state = m_states[index];
    const GrafanaVariable &variable = m_variables[index];
    const QString text = interpolateVariables(variable.query, selections());
    const std::optional<VariableQuery> query = VariableQuery::parse(text);
    if (!query) {
        state.error = tr("The query of $%1, \u201c%2\u201d, is not one of label_values(), "
                         "label_names(), metrics() or query_result().")
                          .arg(variable.name, variable.query);
        emit failed(variable.name, state.error);
        state.status = Status::Ready;
        setOptions(index, optionValues(variable.options));
        return;
    }
    switch (query->kind) {
    case VariableQuery::Kind::LabelValues:
        state.reply = m_client->labelValues(query->label, query->selector);
        break;
    case VariableQuery::Kind::LabelNames:
        state.reply = m_client->labelNames(query->selector);
        break;
    case VariableQuery::Kind::Metrics:
        state.metricsRegex = query->regex;
        state.reply = m_client->labelValues(QStringLiteral("__name__"));
        break;
    case VariableQuery::Kind::QueryResult:
        state.reply = m_client->query(query->expr);
        break;
    }
    state.status = Status::Pending;
    connect(state.reply.get(), &PromReply::finished, this, [this, index] { onAnswer(index); });
}

void VariableResolver::onAnswer(int index)
{
    State &state = m_states[index];
    const PromReplyPtr reply = std::move(state.reply);
    state.status = Status::Ready;
    if (const auto &error = reply->error()) {
        state.error = error->message;
        emit failed(m_variables[index].name, state.error);
        setOptions(index, optionValues(m_variables[index].options));
    } else if (reply->api() == PromReply::Api::Query) {
        setOptions(index, resultLines(reply->queryResult()));
    } else {
        QStringList values = reply->labelValues();
        if (!state.metricsRegex.isEmpty()) {
            const QRegularExpression metrics(state.metricsRegex);
            values.erase(
                std::remove_if(values.begin(), values.end(),
                               [&](const QString &v) { return !metrics.match(v).hasMatch(); }),
                values.end());
        }
        setOptions(index, values);
    }
    emit selectionChanged();
    continueResolving();
}

void VariableResolver::setOptions(int index, const QStringList &values)
{
    const GrafanaVariable &variable = m_variables[index];
    m_states[index].options = variableOptions(values, variable.regex, variable.sort);
    choose(index);
    emit optionsChanged(variable.name);
}

void VariableResolver::choose(int index)
{
    State &state = m_states[index];
    const GrafanaVariable &variable = m_variables[index];
    const QString all = QString::fromLatin1(AllValue);
    if (variable.includeAll && state.preferred.contains(all)) {
        state.selected = {all};
        return;
    }
    if (variable.type == GrafanaVariable::Type::Textbox && !state.preferred.isEmpty()) {
        state.selected = state.preferred.mid(0, 1);
        return;
    }
    QStringList kept;
    for (const GrafanaVariableOption &option : state.options) {
        if (state.preferred.contains(option.value) || state.preferred.contains(option.text))
            kept.append(option.value);
    }
    if (!variable.multi && kept.size() > 1)
        kept = kept.mid(0, 1);
    if (kept.isEmpty()) {
        // As Grafana does: the first option, which is All when the variable has it.
        if (variable.includeAll)
            kept = {all};
        else if (!state.options.isEmpty())
            kept = {state.options.first().value};
    }
    state.selected = kept;
}

QString VariableResolver::autoInterval() const
{
    return promDurationText(std::chrono::seconds(std::max<qint64>(1, m_range.count() / 1000 / 30)));
}

VariableSelections VariableResolver::selections() const
{
    VariableSelections selections;
    for (qsizetype i = 0; i < m_variables.size(); ++i) {
        const GrafanaVariable &variable = m_variables[i];
        const State &state = m_states[i];
        VariableSelection selection;
        selection.multi = variable.multi || variable.includeAll;
        selection.all = state.selected == QStringList{QString::fromLatin1(AllValue)};
        selection.allValue = variable.allValue;
        selection.allOptions = optionValues(state.options);
        selection.values = selection.all ? QStringList() : state.selected;
        if (selection.values == QStringList{QStringLiteral("$__auto_interval")})
            selection.values = {autoInterval()};
        selections.insert(variable.name, selection);
    }
    return selections;
}

}  // namespace pc
