#include "ruleyaml.h"

namespace pc {

namespace {

// YAML 1.2 reads these as line breaks or strips them (the byte order mark) even inside
// quotes: only an escape keeps them.
bool needsUnicodeEscape(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
           || c == 0xfeff;
}

}  // namespace

QString yamlQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (c) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (needsUnicodeEscape(c))
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
            else
                out += ch;  // a surrogate pair stays whole, one half at a time
        }
    }
    out += u'"';
    return out;
}

QByteArray ruleFileYaml(const AlertRule &rule, RuleFileKind kind)
{
    // In a comment, a name's line breaks would end it: the quoted form keeps it on one line.
    const QString name = yamlQuoted(rule.name);
    const QString header =
        kind == RuleFileKind::Folder
            ? QStringLiteral(
                  "# Written by Prom Companion for its rule %1 (Alerts > Rules). Edit "
                  "the rule there: the app rewrites this file from %2.json.\n")
                  .arg(name, rule.id)
            : QStringLiteral(
                  "# The alerting rule %1, exported by Prom Companion. Load it with a "
                  "rule_files entry in prometheus.yml.\n")
                  .arg(name);
    const bool annotations = kind != RuleFileKind::TestCopy;
    QString yaml = header + QStringLiteral("groups:\n  - name: ") + name
                   + QStringLiteral("\n    rules:\n      - alert: ") + name
                   + QStringLiteral("\n        expr: ") + yamlQuoted(rule.conditionExpr())
                   + QStringLiteral("\n        for: ") + promDuration(rule.forDuration)
                   + QStringLiteral("\n        labels:\n          severity: ")
                   + yamlQuoted(rule.severity) + u'\n';
    if (annotations) {
        yaml += QStringLiteral("        annotations:\n          summary: ")
                + yamlQuoted(rule.summary) + QStringLiteral("\n          description: ")
                + yamlQuoted(rule.description) + u'\n';
    }
    return yaml.toUtf8();
}

}  // namespace pc
