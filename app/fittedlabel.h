#pragma once

#include <QLabel>

namespace pc::app {

/// A one-line label that shows its whole text in the width it is given, shrinking its font
/// down to a smallest readable size before it elides, as a Grafana panel title fits its
/// panel. Takes any width its layout gives it. GUI thread.
class FittedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FittedLabel(const QString &text, QWidget *parent = nullptr);

    /// The font the text has when it fits; the shown font is that or smaller.
    void setBaseFont(const QFont &font);
    QString fullText() const { return m_text; }
    /// Whether the whole text shows, unelided, at the current width.
    bool showsWholeText() const { return text() == m_text; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

    static constexpr qreal SmallestPointSize = 6.5;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    QString m_text;
    QFont m_base;
};

}  // namespace pc::app
