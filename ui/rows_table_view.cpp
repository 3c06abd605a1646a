#include "ui/rows_table_view.h"

#include <QHeaderView>

#include <algorithm>

namespace leakylab {

QSize RowsTableView::sizeHint() const
{
    QSize hint = QTableView::sizeHint();
    if (!model())
        return hint;
    int height = 2 * frameWidth();
    if (!horizontalHeader()->isHidden())
        height += horizontalHeader()->sizeHint().height();
    const int rows = std::min(model()->rowCount(rootIndex()), kRowsAskedFor);
    for (int row = 0; row < rows; ++row)
        height += rowHeight(row);
    hint.setHeight(height);
    return hint;
}

} // namespace leakylab
