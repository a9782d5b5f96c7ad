#include "fittedlabel.h"

#include <QFontMetricsF>

#include <algorithm>

namespace pc::app {

FittedLabel::FittedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent), m_text(text), m_base(font())
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setToolTip(text);
}

void FittedLabel::setBaseFont(const QFont &font)
{
    m_base = font;
    fit();
}

QSize FittedLabel::minimumSizeHint() const
{
    return {0, QFontMetrics(m_base).height()};
}

QSize FittedLabel::sizeHint() const
{
    return {int(QFontMetricsF(m_base).horizontalAdvance(m_text)) + 1,
            QFontMetrics(m_base).height()};
}

void FittedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    fit();
}

void FittedLabel::fit()
{
    const qreal width = contentsRect().width();
    if (width <= 0)
        return;  // not laid out yet
    QFont font = m_base;
    qreal size = m_base.pointSizeF() > 0 ? m_base.pointSizeF() : 9;
    font.setPointSizeF(size);
    while (size > SmallestPointSize && QFontMetricsF(font).horizontalAdvance(m_text) > width) {
        size = std::max(SmallestPointSize, size - 0.5);
        font.setPointSizeF(size);
    }
    if (font != this->font())
        setFont(font);
    const QString shown = QFontMetricsF(font).elidedText(m_text, Qt::ElideRight, width);
    if (shown != text())
        setText(shown);
}

}  // namespace pc::app
