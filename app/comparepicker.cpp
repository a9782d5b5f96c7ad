#include "comparepicker.h"

#include "chart/compareoffset.h"

#include <QInputDialog>

namespace pc::app {
namespace {

constexpr qint64 Custom = -1;

}  // namespace

ComparePicker::ComparePicker(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("compare"));
    setToolTip(tr("Draw the same queries as they were some time ago, dashed, under the present"));
    setAccessibleName(tr("Compare with the past"));
    addItem(tr("Compare: off"), qint64(0));
    for (const qint64 seconds : {qint64(3600), qint64(86'400), qint64(7 * 86'400)})
        addItem(tr("Compare: %1").arg(compareOffsetText(std::chrono::seconds(seconds))), seconds);
    addItem(tr("Compare: custom\u2026"), Custom);
    // Narrow: the bars it sits in must fit a 1024 px window.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(13);
    connect(this, &QComboBox::activated, this, &ComparePicker::onActivated);
}

int ComparePicker::indexOf(std::chrono::seconds offset) const
{
    return findData(qint64(offset.count()));
}

void ComparePicker::setOffset(std::chrono::seconds offset)
{
    if (offset.count() < 0)
        offset = std::chrono::seconds(0);
    int index = indexOf(offset);
    if (index < 0) {
        index = count() - 1;  // before Custom…
        insertItem(index, tr("Compare: %1").arg(compareOffsetText(offset)), qint64(offset.count()));
    }
    setCurrentIndex(index);
    if (offset != m_offset) {
        m_offset = offset;
        emit offsetChanged(offset);
    }
}

void ComparePicker::onActivated(int index)
{
    const qint64 seconds = itemData(index).toLongLong();
    if (seconds != Custom) {
        setOffset(std::chrono::seconds(seconds));
        return;
    }
    QString prompt = tr("How long ago, as PromQL writes a duration (2d, 90m, 1w):");
    QString typed = QStringLiteral("2d");
    for (;;) {
        bool ok = false;
        typed = QInputDialog::getText(this, tr("Compare with the past"), prompt, QLineEdit::Normal,
                                      typed, &ok);
        if (!ok) {
            setCurrentIndex(indexOf(m_offset));  // cancelled: back to what was chosen
            return;
        }
        if (const std::optional<std::chrono::seconds> offset = parseCompareOffset(typed)) {
            setOffset(*offset);
            return;
        }
        //: %1 what the user typed
        prompt = tr("\u201c%1\u201d is not a duration. How long ago, as PromQL writes one (2d, "
                    "90m, 1w):")
                     .arg(typed);
    }
}

}  // namespace pc::app
