#pragma once

#include <QString>

class QWidget;

namespace pc::app {

/// Tells assistive technology that something that matters changed (Prometheus lost or back,
/// an alert firing), as a live region would: `widget`'s accessible description becomes `text`
/// and an Alert event carries it to screen readers. GUI thread.
void announce(QWidget *widget, const QString &text);

}  // namespace pc::app
