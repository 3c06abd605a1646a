// The seed torch.manual_seed gets: any 64-bit value PyTorch accepts, typed or stepped with the arrows.
#pragma once

#include <QAbstractSpinBox>

#include <cstdint>

namespace leakylab {

// QSpinBox holds an int; a lesson file may carry any unsigned 64-bit seed.
class SeedSpinBox : public QAbstractSpinBox {
    Q_OBJECT
public:
    explicit SeedSpinBox(QWidget* parent = nullptr);

    std::uint64_t value() const { return mValue; }
    // Shows a value set by the program; emits nothing.
    void setValue(std::uint64_t value);

    void stepBy(int steps) override;
    QValidator::State validate(QString& input, int& pos) const override;
    void fixup(QString& input) const override;

signals:
    // The user changed the seed: an arrow step, or a typed value committed with Enter or by leaving the box.
    void valueEdited(std::uint64_t from, std::uint64_t to);

protected:
    StepEnabled stepEnabled() const override;
    bool event(QEvent* event) override;

private:
    void commitText();

    std::uint64_t mValue = 0;
};

} // namespace leakylab
