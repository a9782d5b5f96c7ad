#include "variableinterpolation.h"

#include <QRegularExpression>
#include <QStringBuilder>
#include <QUrl>

namespace pc {
namespace {

// $name, ${name}, ${name:format}, [[name]], [[name:format]]: Grafana's variable syntax.
const QRegularExpression &variablePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\$(\w+)|\$\{(\w+)(?::([^}]*))?\}|\[\[(\w+)(?::([^\]]*))?\]\])"));
    return pattern;
}

QStringList selectedValues(const VariableSelection &selection)
{
    if (selection.all && selection.allValue.isEmpty())
        return selection.allOptions;
    return selection.values;
}

QString joined(const QStringList &values, const QString &separator,
               QString (*escape)(const QString &))
{
    QStringList escaped;
    escaped.reserve(values.size());
    for (const QString &value : values)
        escaped.append(escape ? escape(value) : value);
    return escaped.join(separator);
}

QString alternation(const QStringList &values)
{
    const QString inner = joined(values, QStringLiteral("|"), &promRegexEscape);
    return values.size() == 1 ? inner : u'(' % inner % u')';
}

QString quoted(const QString &value, QChar quote)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(quote, QString(u'\\') + quote);
    return quote % escaped % quote;
}

QString formatted(const VariableSelection &selection, const QString &format)
{
    if (selection.all && !selection.allValue.isEmpty() && format.isEmpty())
        return selection.allValue;
    const QStringList values = selectedValues(selection);
    if (format.isEmpty())
        return selection.multi ? alternation(values) : values.value(0);
    if (format == u"regex")
        return alternation(values);
    if (format == u"pipe")
        return values.join(u'|');
    if (format == u"csv" || format == u"raw" || format == u"text")
        return values.join(u',');
    if (format == u"json" || format == u"doublequote" || format == u"singlequote") {
        const QChar quote = format == u"singlequote" ? u'\'' : u'"';
        QStringList items;
        for (const QString &value : values)
            items.append(quoted(value, quote));
        return format == u"json" ? u'[' % items.join(u',') % u']' : items.join(u',');
    }
    if (format == u"queryparam") {
        QStringList items;
        for (const QString &value : values)
            items.append(
                QStringLiteral("var-%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(value))));
        return items.join(u'&');
    }
    return values.join(u',');  // an unknown format: Grafana's "glob" and others, plainly
}

}  // namespace

QString promRegexEscape(const QString &value)
{
    // Regex metacharacters get a backslash, written doubled inside the PromQL string.
    QString escaped;
    escaped.reserve(value.size() * 2);
    for (const QChar c : value) {
        if (c == u'\\')
            escaped += QStringLiteral("\\\\\\\\");
        else if (QStringLiteral("$^*{}[]'+?.()|").contains(c))
            escaped += QStringLiteral("\\\\") + c;
        else
            escaped += c;
    }
    return escaped;
}

QString interpolateVariables(const QString &text, const VariableSelections &selections)
{
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1) + match.captured(2) + match.captured(4);
        const QString format = match.captured(3) + match.captured(5);
        const auto found = selections.constFind(name);
        if (found == selections.cend())
            continue;  // not a variable of ours: left as written
        out += QStringView(text).mid(done, match.capturedStart() - done);
        out += formatted(*found, format);
        done = match.capturedEnd();
    }
    out += QStringView(text).mid(done);
    return out;
}

QStringList referencedVariables(const QString &text)
{
    QStringList names;
    QRegularExpressionMatchIterator it = variablePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString name = match.captured(1) + match.captured(2) + match.captured(4);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

}  // namespace pc
