// The tensor editor's table: each element's input, ReLU and LeakyReLU outputs and gradients, dead side marked.
#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <memory>
#include <optional>

#include "core/eval.h"
#include "core/tensor.h"
#include "ui/slope_value.h"

namespace leakylab {

// Values are worked out per visible cell from the tensor and the slope, so the table follows the slope
// slider without recomputing the whole tensor.
class TensorTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // 0-d and 1-D: one row per element, one column per quantity. 2-D: the matrix itself, showing one
    // quantity. Anything larger or of more dimensions: no rows; the editor shows a summary instead.
    enum class Layout { Elements, Matrix, Summary };
    enum Quantity { Input, ReluOutput, LeakyReluOutput, ReluGrad, LeakyReluGrad, QuantityCount };
    // As PyTorch's print, which summarises above 1000 elements.
    static constexpr std::int64_t kMaxListed = 1000;

    explicit TensorTableModel(QObject* parent = nullptr);

    void setTensor(std::shared_ptr<const Tensor> tensor);
    const std::shared_ptr<const Tensor>& tensor() const { return mTensor; }
    Layout layout() const { return mLayout; }
    static Layout layoutFor(const Tensor& tensor);

    void setSlope(double slope);
    double slope() const { return mSlope; }
    // In place, x itself holds the activation's output afterwards: the input column shows that.
    void setOverwrittenBy(std::optional<Activation> activation);
    std::optional<Activation> overwrittenBy() const { return mOverwrittenBy; }
    // What a 2-D tensor's cells show.
    void setMatrixQuantity(Quantity quantity);
    Quantity matrixQuantity() const { return mMatrixQuantity; }
    static QString quantityName(Quantity quantity);

    // Row-major index of the element a cell shows, or -1.
    std::int64_t flatIndex(const QModelIndex& index) const;
    // True where ReLU's gradient is 0: the dead side, where ReLU passes nothing back.
    bool isDead(std::int64_t flatIndex) const;
    // What a cell shows for `quantity` of element `flatIndex`, as PyTorch prints one value; "—" where PyTorch
    // raises (LeakyReLU and gradients of an int64 tensor).
    QString valueText(std::int64_t flatIndex, Quantity quantity) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Reads the typed value and reports it; the tensor itself changes when the lesson does.
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

signals:
    void elementEdited(qint64 flatIndex, const leakylab::Tensor& value);
    void invalidValueTyped(const QString& text);

private:
    Quantity quantityAt(const QModelIndex& index) const;
    QString toolTip(std::int64_t flatIndex) const;
    void valuesChanged();

    std::shared_ptr<const Tensor> mTensor;
    Layout mLayout = Layout::Summary;
    double mSlope = kDefaultSlope;
    std::optional<Activation> mOverwrittenBy;
    Quantity mMatrixQuantity = Input;
};

} // namespace leakylab
