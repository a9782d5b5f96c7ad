#include "announce.h"

#include <QAccessible>
#include <QWidget>

namespace pc::app {

void announce(QWidget *widget, const QString &text)
{
    widget->setAccessibleDescription(text);
    QAccessibleEvent event(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

}  // namespace pc::app
