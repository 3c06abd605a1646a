#include "ui/flow_layout.h"

#include <QWidget>

#include <algorithm>

namespace leakylab {

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    mItems.append(item);
    invalidate();
}

void FlowLayout::insertWidget(int index, QWidget* widget)
{
    addChildWidget(widget);
    mItems.insert(std::clamp(index, 0, count()), new QWidgetItem(widget));
    invalidate();
}

int FlowLayout::count() const
{
    return static_cast<int>(mItems.size());
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < count() ? mItems.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    QLayoutItem* item = mItems.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    for (const QLayoutItem* item : mItems) {
        if (!item->isEmpty() && (item->expandingDirections() & Qt::Horizontal))
            return Qt::Horizontal;
    }
    return {};
}

int FlowLayout::gap() const
{
    return std::max(spacing(), 0);
}

int FlowLayout::itemGap() const
{
    return mItemGap >= 0 ? mItemGap : gap();
}

QList<QList<int>> FlowLayout::rows(int width) const
{
    const QMargins margins = contentsMargins();
    const int available = width - margins.left() - margins.right();
    QList<QList<int>> result;
    int used = 0;
    for (int i = 0; i < count(); ++i) {
        const QLayoutItem* item = mItems.at(i);
        if (item->isEmpty())
            continue;
        const int itemWidth = item->sizeHint().width();
        // A row takes at least one item, however narrow the layout.
        if (result.isEmpty() || used + itemGap() + itemWidth > available) {
            result.append(QList<int>{i});
            used = itemWidth;
        } else {
            result.last().append(i);
            used += itemGap() + itemWidth;
        }
    }
    return result;
}

int FlowLayout::arrange(const QRect& rect, bool place) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.top();
    const QList<QList<int>> lines = rows(rect.width());
    for (const QList<int>& line : lines) {
        int rowHeight = 0;
        int used = -itemGap();
        int expanding = 0;
        for (int i : line) {
            const QLayoutItem* item = mItems.at(i);
            rowHeight = std::max(rowHeight, item->sizeHint().height());
            used += itemGap() + item->sizeHint().width();
            if (item->expandingDirections() & Qt::Horizontal)
                ++expanding;
        }
        if (place) {
            // What the row leaves over goes to its expanding items, shared out evenly.
            int spare = std::max(area.width() - used, 0);
            int x = area.left();
            for (int i : line) {
                QLayoutItem* item = mItems.at(i);
                QSize size = item->sizeHint();
                if (expanding > 0 && (item->expandingDirections() & Qt::Horizontal)) {
                    const int share = spare / expanding;
                    size.rwidth() += share;
                    spare -= share;
                    --expanding;
                }
                size = size.boundedTo(item->maximumSize());
                const int height = std::min(rowHeight, item->maximumSize().height());
                const int top = y + (rowHeight - height) / 2;
                item->setGeometry(QRect(x, top, std::min(size.width(), area.right() + 1 - x), height));
                x += size.width() + itemGap();
            }
        }
        y += rowHeight + gap();
    }
    if (!lines.isEmpty())
        y -= gap();
    return y - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::sizeHint() const
{
    const QMargins margins = contentsMargins();
    int width = -itemGap();
    int height = 0;
    for (const QLayoutItem* item : mItems) {
        if (item->isEmpty())
            continue;
        width += itemGap() + item->sizeHint().width();
        height = std::max(height, item->sizeHint().height());
    }
    return QSize(std::max(width, 0) + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

QSize FlowLayout::minimumSize() const
{
    QSize widest;
    for (const QLayoutItem* item : mItems) {
        if (!item->isEmpty())
            widest = widest.expandedTo(item->sizeHint());
    }
    const QMargins margins = contentsMargins();
    return widest + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

FlowRow::FlowRow(QWidget* parent) : HeightAtWidth<QWidget>(parent), mFlow(new FlowLayout(this))
{
    mFlow->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

} // namespace leakylab
