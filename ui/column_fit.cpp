#include "ui/column_fit.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace leakylab {

std::vector<int> sharedColumnWidths(const std::vector<int>& needed, int available)
{
    const long total = std::accumulate(needed.begin(), needed.end(), 0L);
    if (needed.empty() || total >= available)
        return needed;
    std::vector<std::size_t> byNeed(needed.size());
    std::iota(byNeed.begin(), byNeed.end(), std::size_t {0});
    std::stable_sort(
        byNeed.begin(), byNeed.end(), [&](std::size_t a, std::size_t b) { return needed[a] < needed[b]; });
    // The widest columns keep their needs while each needs more than an equal share of what is left.
    long rest = available;
    std::size_t sharing = needed.size();
    while (static_cast<long>(needed[byNeed[sharing - 1]]) * static_cast<long>(sharing) > rest) {
        rest -= needed[byNeed[sharing - 1]];
        --sharing;
    }
    std::vector<int> widths = needed;
    std::sort(byNeed.begin(), byNeed.begin() + static_cast<std::ptrdiff_t>(sharing));
    const long share = rest / static_cast<long>(sharing);
    const std::size_t wider = static_cast<std::size_t>(rest % static_cast<long>(sharing));
    // The pixels an equal split leaves over go to the rightmost sharing columns, one each.
    for (std::size_t i = 0; i < sharing; ++i)
        widths[byNeed[i]] = static_cast<int>(share) + (i >= sharing - wider ? 1 : 0);
    return widths;
}

ColumnFit::ColumnFit(QTableView* table)
    : QObject(table)
    , mTable(table)
    , mViewport(table->viewport())
    , mHeader(table->horizontalHeader())
{
    mHeader->setSectionResizeMode(QHeaderView::Fixed);
    mViewport->installEventFilter(this);
    mHeader->installEventFilter(this);
    connect(mHeader, &QHeaderView::sectionCountChanged, this, &ColumnFit::fit);
}

void ColumnFit::setEnabled(bool enabled)
{
    mEnabled = enabled;
    if (enabled) {
        mHeader->setSectionResizeMode(QHeaderView::Fixed);
        fit();
    }
}

void ColumnFit::fit()
{
    if (!mEnabled)
        return;
    std::vector<int> needed;
    for (int section = 0; section < mHeader->count(); ++section)
        needed.push_back(std::max(mHeader->sectionSizeHint(section), widestNumber(section)));
    const std::vector<int> widths = sharedColumnWidths(needed, mViewport->width());
    for (int section = 0; section < mHeader->count(); ++section)
        mHeader->resizeSection(section, widths[static_cast<std::size_t>(section)]);
}

int ColumnFit::widestNumber(int section) const
{
    // The rows in sight, measured as text: QTableView::sizeHintForColumn() asks the delegate of every row
    // of a table whose rows are not laid out yet, a thousand of them for torch.randn(1000).
    const QAbstractItemModel* model = mTable->model();
    const QHeaderView* rows = mTable->verticalHeader();
    const int first = std::max(rows->visualIndexAt(0), 0);
    const int inSight = mViewport->height() / std::max(rows->defaultSectionSize(), 1) + 1;
    const int last = std::min(model->rowCount(), first + std::min(inSight, kMostRowsMeasured));
    const QFontMetricsF metrics(mTable->font());
    qreal widest = 0;
    for (int row = first; row < last; ++row)
        widest = std::max(widest, metrics.horizontalAdvance(model->index(row, section).data().toString()));
    // What a cell adds around its text (QCommonStyle's item margins), and the grid line.
    const int margin = mTable->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, mTable) + 1;
    return static_cast<int>(std::ceil(widest)) + 2 * margin + (mTable->showGrid() ? 1 : 0);
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    // Compared with the pointers kept rather than asked of the table: the viewport's last events come while
    // the table is being destroyed, a QTableView no longer.
    const QEvent::Type type = event->type();
    if ((watched == mViewport && type == QEvent::Resize)
        || (watched == mHeader && (type == QEvent::FontChange || type == QEvent::StyleChange)))
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace leakylab
