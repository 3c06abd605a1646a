// Shape, dtype and dead-side count, the facts the editor shows when a tensor is too big to list.
#include "ui/tensor_summary.h"

#include <QStringList>

#include <algorithm>

#include "core/activation.h"

namespace leakylab {

QString shapeText(const Tensor& tensor)
{
    QStringList sizes;
    for (std::int64_t size : tensor.shape)
        sizes << QString::number(size);
    return QStringLiteral("torch.Size([%1])").arg(sizes.join(QStringLiteral(", ")));
}

QString dtypeText(const Tensor& tensor)
{
    return tensor.isFloat() ? QStringLiteral("float32") : QStringLiteral("int64");
}

std::int64_t deadCount(const Tensor& tensor)
{
    if (tensor.isFloat())
        return std::count_if(tensor.f32.begin(), tensor.f32.end(), [](float x) { return reluGrad(x) == 0.0f; });
    return std::count_if(tensor.i64.begin(), tensor.i64.end(), [](std::int64_t x) { return x <= 0; });
}

} // namespace leakylab
