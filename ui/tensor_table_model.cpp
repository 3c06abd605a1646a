// Each cell computed on demand with the core's element functions, which are PyTorch's own arithmetic.
#include "ui/tensor_table_model.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

#include "core/activation.h"
#include "core/tensor_print.h"
#include "ui/tensor_literal.h"

namespace leakylab {
namespace {

// The shade of a dead-side element: strong enough to see from the back of a room, light enough to read on.
const QColor kDeadShade(255, 196, 196);

// One value as PyTorch prints a 0-d tensor of it, without "tensor(...)": 2., -1.6000, 1.0000e-05.
QString printed(const Tensor& scalar)
{
    const std::string text = formatTensor(scalar);
    const auto open = text.find('(');
    return QString::fromStdString(text.substr(open + 1, text.size() - open - 2));
}

QString printedFloat(float value) { return printed(Tensor::float32({}, {value})); }
QString printedInt(std::int64_t value) { return printed(Tensor::int64({}, {value})); }

} // namespace

TensorTableModel::TensorTableModel(QObject* parent) : QAbstractTableModel(parent) { }

TensorTableModel::Layout TensorTableModel::layoutFor(const Tensor& tensor)
{
    if (tensor.numel() > kMaxListed || tensor.dim() > 2)
        return Layout::Summary;
    return tensor.dim() == 2 ? Layout::Matrix : Layout::Elements;
}

void TensorTableModel::setTensor(std::shared_ptr<const Tensor> tensor)
{
    beginResetModel();
    mTensor = std::move(tensor);
    mLayout = mTensor ? layoutFor(*mTensor) : Layout::Summary;
    endResetModel();
}

void TensorTableModel::setSlope(double slope)
{
    if (slope == mSlope)
        return;
    mSlope = slope;
    valuesChanged();
}

void TensorTableModel::setOverwrittenBy(std::optional<Activation> activation)
{
    if (activation == mOverwrittenBy)
        return;
    mOverwrittenBy = activation;
    valuesChanged();
    emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
}

void TensorTableModel::setMatrixQuantity(Quantity quantity)
{
    if (quantity == mMatrixQuantity)
        return;
    mMatrixQuantity = quantity;
    valuesChanged();
}

QString TensorTableModel::quantityName(Quantity quantity)
{
    switch (quantity) {
    case Input:
        return tr("x");
    case ReluOutput:
        return tr("ReLU(x)");
    case LeakyReluOutput:
        return tr("LeakyReLU(x)");
    case ReluGrad:
        return tr("ReLU′(x)");
    case LeakyReluGrad:
        return tr("LeakyReLU′(x)");
    case QuantityCount:
        break;
    }
    return {};
}

void TensorTableModel::valuesChanged()
{
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int TensorTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !mTensor)
        return 0;
    switch (mLayout) {
    case Layout::Elements:
        return static_cast<int>(mTensor->numel());
    case Layout::Matrix:
        return static_cast<int>(mTensor->shape[0]);
    case Layout::Summary:
        break;
    }
    return 0;
}

int TensorTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !mTensor)
        return 0;
    switch (mLayout) {
    case Layout::Elements:
        return QuantityCount;
    case Layout::Matrix:
        return static_cast<int>(mTensor->shape[1]);
    case Layout::Summary:
        break;
    }
    return 0;
}

std::int64_t TensorTableModel::flatIndex(const QModelIndex& index) const
{
    if (!index.isValid() || !mTensor || mLayout == Layout::Summary)
        return -1;
    if (mLayout == Layout::Elements)
        return index.row();
    return std::int64_t{index.row()} * mTensor->shape[1] + index.column();
}

TensorTableModel::Quantity TensorTableModel::quantityAt(const QModelIndex& index) const
{
    return mLayout == Layout::Elements ? static_cast<Quantity>(index.column()) : mMatrixQuantity;
}

bool TensorTableModel::isDead(std::int64_t flatIndex) const
{
    const auto i = static_cast<std::size_t>(flatIndex);
    if (mTensor->isFloat())
        return reluGrad(mTensor->f32[i]) == 0.0f;
    return mTensor->i64[i] <= 0;
}

QString TensorTableModel::valueText(std::int64_t flatIndex, Quantity quantity) const
{
    const auto i = static_cast<std::size_t>(flatIndex);
    const float slope = slopeAsFloat(mSlope);
    if (!mTensor->isFloat()) {
        const std::int64_t x = mTensor->i64[i];
        const bool overwritten = quantity == Input && mOverwrittenBy == Activation::Relu;
        if (quantity == Input && !overwritten)
            return printedInt(x);
        if (quantity == ReluOutput || overwritten)
            return printedInt(std::max<std::int64_t>(x, 0)); // clamp_min on integers
        return QStringLiteral("—");
    }
    const float x = mTensor->f32[i];
    if (quantity == Input && mOverwrittenBy)
        quantity = *mOverwrittenBy == Activation::Relu ? ReluOutput : LeakyReluOutput;
    switch (quantity) {
    case Input:
        return printedFloat(x);
    case ReluOutput:
        return printedFloat(relu(x));
    case LeakyReluOutput:
        return printedFloat(leakyRelu(x, slope));
    case ReluGrad:
        return printedFloat(reluGrad(x));
    case LeakyReluGrad:
        return printedFloat(leakyReluGrad(x, slope));
    case QuantityCount:
        break;
    }
    return {};
}

QString TensorTableModel::toolTip(std::int64_t flatIndex) const
{
    const auto i = static_cast<std::size_t>(flatIndex);
    QString tip = mTensor->isFloat()
        ? tr("x = %1 (float32)").arg(QString::fromStdString(floatLiteral(mTensor->f32[i])))
        : tr("x = %1 (int64)").arg(mTensor->i64[i]);
    if (mOverwrittenBy)
        tip += QLatin1Char('\n') + tr("In place: x now holds %1 = %2")
                                       .arg(quantityName(*mOverwrittenBy == Activation::Relu ? ReluOutput
                                                                                               : LeakyReluOutput),
                                            valueText(flatIndex, Input));
    if (!mTensor->isFloat())
        tip += QLatin1Char('\n') + tr("PyTorch refuses LeakyReLU and gradients on an int64 tensor.");
    else if (isDead(flatIndex))
        tip += QLatin1Char('\n')
            + tr("Dead side: ReLU′ = 0, so no gradient flows back through ReLU here; "
                 "LeakyReLU still passes %1 of it.")
                  .arg(valueText(flatIndex, LeakyReluGrad));
    return tip;
}

QVariant TensorTableModel::data(const QModelIndex& index, int role) const
{
    const std::int64_t element = flatIndex(index);
    if (element < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return valueText(element, quantityAt(index));
    case Qt::EditRole: // the value as typed, before any in-place overwrite
        return QString::fromStdString(mTensor->isFloat() ? floatLiteral(mTensor->f32[static_cast<std::size_t>(element)])
                                                         : std::to_string(mTensor->i64[static_cast<std::size_t>(element)]));
    case Qt::ToolTipRole:
        return toolTip(element);
    case Qt::BackgroundRole:
        return isDead(element) ? QVariant(QBrush(kDeadShade)) : QVariant();
    case Qt::ForegroundRole:
        return isDead(element) ? QVariant(QBrush(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant TensorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!mTensor || mLayout == Layout::Summary)
        return {};
    if (role == Qt::DisplayRole) {
        if (orientation == Qt::Vertical && mTensor->dim() == 0)
            return tr("0-d");
        if (orientation == Qt::Vertical || mLayout == Layout::Matrix)
            return QString::number(section);
        if (section == Input && mOverwrittenBy)
            return tr("x after in-place");
        return quantityName(static_cast<Quantity>(section));
    }
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && mLayout == Layout::Elements) {
        switch (section) {
        case Input:
            return mOverwrittenBy ? tr("In-place form: x was overwritten with the output; edits change the "
                                       "value before the call")
                                  : tr("The input tensor; double-click a value to edit it");
        case ReluOutput:
            return tr("torch.relu(x): negative inputs become 0");
        case LeakyReluOutput:
            return tr("F.leaky_relu(x, negative_slope): negative inputs are multiplied by the slope");
        case ReluGrad:
            return tr("x.grad after relu(x).sum().backward(): 0 on the dead side (x ≤ 0)");
        case LeakyReluGrad:
            return tr("x.grad after leaky_relu(x).sum().backward(): the slope where x ≤ 0");
        default:
            break;
        }
    }
    return {};
}

Qt::ItemFlags TensorTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (flatIndex(index) >= 0 && quantityAt(index) == Input)
        result |= Qt::ItemIsEditable;
    return result;
}

bool TensorTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const std::int64_t element = flatIndex(index);
    if (role != Qt::EditRole || element < 0 || quantityAt(index) != Input)
        return false;
    const QString text = value.toString().trimmed();
    const auto parsed = parseElement(text.toStdString(), mTensor->dtype);
    if (!parsed) {
        emit invalidValueTyped(text);
        return false;
    }
    emit elementEdited(element, *parsed);
    return true;
}

} // namespace leakylab
