#include "textcontent.h"

namespace pc {

QString textPanelContent(const QString &content, const VariableSelections &selections)
{
    VariableSelections asText;
    for (auto it = selections.cbegin(); it != selections.cend(); ++it) {
        const VariableSelection &selection = it.value();
        QStringList values = selection.values;
        if (selection.all)
            values = selection.allValue.isEmpty() ? selection.allOptions
                                                  : QStringList{selection.allValue};
        VariableSelection text;
        text.values = {values.join(QStringLiteral(", ")).toHtmlEscaped()};
        asText.insert(it.key(), text);
    }
    return interpolateVariables(content, asText);
}

}  // namespace pc
