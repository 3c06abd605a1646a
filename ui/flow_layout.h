// A row of controls that wraps, in order, onto further rows where the width runs out: a panel docked beside
// the plot on a 1280x720 projector then shows every button whole instead of cutting the last ones off.
#pragma once

#include <QLayout>
#include <QList>
#include <QWidget>

#include "ui/height_at_width.h"

namespace leakylab {

// Items keep their size hints; an item that expands horizontally also takes what is left of its row. Rows
// are as high as their tallest item, the others centred in it. Hidden widgets take no room.
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    // Before the item at `index` (at the end where there is none).
    void insertWidget(int index, QWidget* widget);
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    // One row of every item.
    QSize sizeHint() const override;
    // The widest item: narrower than that, an item would be cut.
    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;

    // The rows the visible items take at a width of the layout (margins included), as lists of item indexes.
    QList<QList<int>> rows(int width) const;
    // Between items in a row, where it differs from the spacing between rows (-1: the same).
    void setItemSpacing(int spacing) { mItemGap = spacing; }

private:
    // Between rows, and between items in a row unless setItemSpacing() set another.
    int gap() const;
    int itemGap() const;
    // Places the items in `rect` when `place`; returns the height they take.
    int arrange(const QRect& rect, bool place) const;

    QList<QLayoutItem*> mItems;
    int mItemGap = -1;
};

// A widget laid out by a FlowLayout, as high as its rows at its width (see HeightAtWidth).
class FlowRow : public HeightAtWidth<QWidget> {
public:
    explicit FlowRow(QWidget* parent = nullptr);

    FlowLayout* flow() const { return mFlow; }

private:
    FlowLayout* mFlow;
};

} // namespace leakylab
