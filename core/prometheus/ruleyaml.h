#pragma once

#include "alertrule.h"

#include <QByteArray>
#include <QString>

namespace pc {

/// `text` as a YAML double-quoted scalar that reads back as exactly `text`: backslash, quote,
/// line breaks, tabs and every other control or invisible character escaped, the rest kept
/// as it is (UTF-8 once written). `{{ $value }}` needs no escaping and keeps its braces. Pure.
QString yamlQuoted(const QString &text);

/// Where a rule file goes: the app's rules folder, a file exported for another Prometheus, or
/// the copy a promtool unit test reads, without annotations (their `{{ $value }}` depends on
/// sample times the test's evenly spaced input cannot reproduce).
enum class RuleFileKind { Folder, Export, TestCopy };

/// The rule file Prometheus loads for `rule`: one group named after the rule, holding the one
/// alerting rule, with a header saying where it comes from. Every string is yamlQuoted(), so
/// no name or annotation can change the file's structure. Pure.
QByteArray ruleFileYaml(const AlertRule &rule, RuleFileKind kind = RuleFileKind::Folder);

}  // namespace pc
