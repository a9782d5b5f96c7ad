#include "textpanel.h"

#include "dashboard/textcontent.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QJsonObject>

namespace pc::app {

TextPanel::TextPanel(const pc::GrafanaPanel &panel, QWidget *parent)
    : QTextBrowser(parent),
      m_content(panel.options.value(QLatin1String("content")).toString()),
      m_mode(panel.options.value(QLatin1String("mode")).toString(QStringLiteral("markdown")))
{
    setObjectName(QStringLiteral("textPanel"));
    setAccessibleName(panel.title);
    setFrameShape(QFrame::NoFrame);
    // Following a link inside the panel would replace its content: web links open in the
    // browser, anything else does nothing.
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == u"http" || url.scheme() == u"https")
            QDesktopServices::openUrl(url);
    });
    // The panel's own background, as Grafana's text sits on the panel.
    viewport()->setAutoFillBackground(false);
    setVariables({});
}

void TextPanel::setVariables(const pc::VariableSelections &selections)
{
    const QString content = pc::textPanelContent(m_content, selections);
    if (m_mode == u"html") {
        setHtml(content);
    } else if (m_mode == u"code") {
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setPlainText(content);
    } else {
        document()->setMarkdown(content, QTextDocument::MarkdownDialectGitHub);
    }
}

QVariant TextPanel::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_refused;
    return {};
}

}  // namespace pc::app
