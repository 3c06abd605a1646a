// The slope's spin box: shows 0.01 rather than 0.0100, so the number on the projector is the one in the code.
#pragma once

#include <QDoubleSpinBox>

namespace leakylab {

class SlopeSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    explicit SlopeSpinBox(QWidget* parent = nullptr);

    QString textFromValue(double value) const override;
    // Wide enough for the longest value it can show, not just for its bounds' short texts.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    int widestTextExtra() const;
};

} // namespace leakylab
