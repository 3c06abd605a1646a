// A table view that asks the layout for the height of its rows, up to a few: the dock beside the plot then
// gives a short tensor's table what it needs and no more, and the panel under it keeps the rest.
#pragma once

#include <QTableView>

namespace leakylab {

class RowsTableView : public QTableView {
    Q_OBJECT
public:
    // Rows a longer tensor's table asks for; it scrolls through the others.
    static constexpr int kRowsAskedFor = 8;

    using QTableView::QTableView;

    // The width QTableView asks for; the height of the heading, the first kRowsAskedFor rows and the frame.
    QSize sizeHint() const override;
};

} // namespace leakylab
