#pragma once

#include <QDialog>

namespace pc {
struct LoadRunSummary;
}

namespace pc::app {

/// Two load runs side by side: what each asked, what each achieved, their answers, errors
/// and latency percentiles, and how the second differs from the first. GUI thread.
class RunCompareDialog : public QDialog
{
    Q_OBJECT
public:
    RunCompareDialog(const pc::LoadRunSummary &first, const pc::LoadRunSummary &second,
                     QWidget *parent = nullptr);
};

}  // namespace pc::app
