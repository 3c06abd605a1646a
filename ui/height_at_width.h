// A widget whose height depends on its width (rows that wrap, a wrapped line of text), in a panel that
// scrolls. Told that its height depends on its width, a scroll area sizes the whole panel to the height it
// prefers at that width (the code panel's editor at its full size hint) and scrolls it where it fits as it
// is. This tells its parent layout only the height it needs at its present width, and asks to be laid out
// again when a new width changes that height.
#pragma once

#include <QSize>
#include <QSizePolicy>

#include <algorithm>

class QResizeEvent;

namespace leakylab {

template <typename Base>
class HeightAtWidth : public Base {
public:
    using Base::Base;

    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override { return {Base::sizeHint().width(), heightNow()}; }
    QSize minimumSizeHint() const override { return {Base::minimumSizeHint().width(), heightNow()}; }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        Base::resizeEvent(event);
        const int height = heightNow();
        if (height != mHeight) {
            mHeight = height;
            this->updateGeometry();
        }
    }

private:
    // Until a layout has given it a width, at the width it asks for: a default width (a few pixels for a
    // child) would make the first layout reserve a row for each control.
    int heightNow() const
    {
        const int width = this->testAttribute(Qt::WA_Resized) ? this->width() : Base::sizeHint().width();
        return std::max(this->heightForWidth(std::max(width, 1)), 0);
    }

    int mHeight = 0;
};

} // namespace leakylab
