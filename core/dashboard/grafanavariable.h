#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pc {

/// One option of a dashboard variable: what the picker shows and what queries get.
struct GrafanaVariableOption
{
    QString text;
    QString value;

    friend bool operator==(const GrafanaVariableOption &a, const GrafanaVariableOption &b)
    {
        return a.text == b.text && a.value == b.value;
    }
};

/// One entry of a dashboard's `templating.list`, as written: what the variable bar offers and
/// what `$name` becomes in the panels' queries. A plain value.
struct GrafanaVariable
{
    enum class Type { Query, Custom, Constant, Textbox, Interval, Datasource, Unsupported };
    /// `hide`: 0 shows the label and the picker, 1 the picker only, 2 nothing.
    enum class Hide { Nothing, Label, Variable };

    QString name;
    QString label;     // empty: the bar shows the name
    QString typeName;  // as written: "query", "custom", "adhoc", …
    Type type = Type::Unsupported;
    QString query;  // a query variable's PromQL function, a custom list, a constant, …
    QString regex;  // `/…/` filtering and capturing the options
    int sort = 0;   // Grafana's: 0 none, 1/2 alphabetical, 3/4 numerical, 5/6 case-insensitive
    bool multi = false;
    bool includeAll = false;
    QString allValue;     // `allValue` (Grafana's "custom all value"); empty: every option
    QStringList current;  // `current.value`: one value, several, or "$__all"
    QList<GrafanaVariableOption> options;  // as saved; a query variable asks again
    Hide hide = Hide::Nothing;
    QString datasourceType;  // a datasource variable's plugin type: "prometheus", …
    // An interval variable's automatic option: on, in how many steps, no finer than.
    bool autoInterval = false;
    int autoCount = 30;
    QString autoMin = QStringLiteral("10s");

    static Type typeOf(const QString &typeName);
    /// The options a custom variable's query lists: `a,b` or `key : value` pairs. Pure.
    static QList<GrafanaVariableOption> customOptions(const QString &query);
};

}  // namespace pc
