#include "ui/column_fit.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
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
{
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    table->viewport()->installEventFilter(this);
    header->installEventFilter(this);
    connect(header, &QHeaderView::sectionCountChanged, this, &ColumnFit::fit);
}

void ColumnFit::setEnabled(bool enabled)
{
    mEnabled = enabled;
    if (enabled) {
        mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        fit();
    }
}

void ColumnFit::fit()
{
    if (!mEnabled)
        return;
    QHeaderView* header = mTable->horizontalHeader();
    const QAbstractItemView* view = mTable; // QTableView hides sizeHintForColumn
    std::vector<int> needed;
    for (int section = 0; section < header->count(); ++section)
        needed.push_back(std::max(header->sectionSizeHint(section), view->sizeHintForColumn(section)));
    const std::vector<int> widths = sharedColumnWidths(needed, mTable->viewport()->width());
    for (int section = 0; section < header->count(); ++section)
        header->resizeSection(section, widths[static_cast<std::size_t>(section)]);
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((watched == mTable->viewport() && type == QEvent::Resize)
        || (watched == mTable->horizontalHeader()
            && (type == QEvent::FontChange || type == QEvent::StyleChange)))
        fit();
    return QObject::eventFilter(watched, event);
}

} // namespace leakylab
