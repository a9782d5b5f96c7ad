#pragma once

#include "dashboard/grafanapanel.h"
#include "dashboard/variableinterpolation.h"

#include <QTextBrowser>

namespace pc::app {

/// A Grafana text panel: `options.content` in its `options.mode`, markdown (GitHub's dialect,
/// the default), HTML, or code in a fixed-width font, with the dashboard's variables put in as
/// Grafana's text panel does (textPanelContent()). Nothing is loaded: no remote or local image,
/// style sheet or frame, so a dashboard cannot make the app fetch anything; web links open in
/// the browser on a click. GUI thread.
class TextPanel : public QTextBrowser
{
    Q_OBJECT
public:
    explicit TextPanel(const pc::GrafanaPanel &panel, QWidget *parent = nullptr);

    /// Renders the content again with these variables.
    void setVariables(const pc::VariableSelections &selections);
    /// How many resources the content asked for and did not get.
    int refusedResources() const { return m_refused; }

    QVariant loadResource(int type, const QUrl &name) override;

private:
    QString m_content;
    QString m_mode;
    int m_refused = 0;
};

}  // namespace pc::app
