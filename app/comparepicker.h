#pragma once

#include <QComboBox>

#include <chrono>

namespace pc::app {

/// "Compare: off / 1 h ago / 1 d ago / 1 w ago / custom…", as the live chart's explore bar
/// and the dashboard's toolbar offer it: the offset at which the same queries are drawn again,
/// dashed, under the present. Custom… asks for a duration ("2d", "90m") and keeps it as a
/// choice. GUI thread.
class ComparePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit ComparePicker(QWidget *parent = nullptr);

    /// Zero when off.
    std::chrono::seconds offset() const { return m_offset; }
    /// Selects `offset`, adding it when it is not a choice; zero turns Compare off.
    void setOffset(std::chrono::seconds offset);

signals:
    void offsetChanged(std::chrono::seconds offset);

private:
    void onActivated(int index);
    int indexOf(std::chrono::seconds offset) const;

    std::chrono::seconds m_offset{0};
};

}  // namespace pc::app
