// A word-wrapped label for a panel that scrolls: as high as its lines at its width, without telling its
// parent layout that its height depends on its width (see FlowRow for why a scroll area must not be told).
#pragma once

#include <QLabel>

namespace leakylab {

class WrapLabel : public QLabel {
public:
    explicit WrapLabel(const QString& text, QWidget* parent = nullptr);

    bool hasHeightForWidth() const override { return false; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int mHeight = 0;
};

} // namespace leakylab
