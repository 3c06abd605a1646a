// A table's columns sharing its width: each as wide as its own heading and numbers need, the room left
// shared.
#pragma once

#include <QObject>

#include <vector>

class QHeaderView;
class QTableView;
class QWidget;

namespace leakylab {

// Widths for columns needing `needed` pixels each within `available`: the narrower columns are made one
// width, as wide as the room allows, and those needing more than that keep what they need. They add up to
// `available` unless the columns need more, when each gets what it needs (and the table scrolls).
std::vector<int> sharedColumnWidths(const std::vector<int>& needed, int available);

// Keeps `table`'s columns at sharedColumnWidths() of its viewport as the table is resized or its headings
// change. QHeaderView::Stretch makes every column one width, which has to be the widest heading's for none to
// be cut: five such columns ran past the dock beside the plot on a projector, where these fit.
class ColumnFit : public QObject {
public:
    explicit ColumnFit(QTableView* table);

    // Off, the columns are left to the header's resize mode.
    void setEnabled(bool enabled);
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int kMostRowsMeasured = 100;

    // The width the numbers of column `section` in the rows in sight take.
    int widestNumber(int section) const;

    QTableView* mTable;
    QWidget* mViewport;
    QHeaderView* mHeader;
    bool mEnabled = true;
};

} // namespace leakylab
