// The code panel dock: the PyTorch program for the lesson in module, functional or in-place form, and its output.
#pragma once

#include <QWidget>

#include <string>

#include "ui/lesson_evaluator.h"
#include "ui/lesson_state.h"

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace leakylab {

class FlowRow;
class PythonHighlighter;

class CodePanel : public QWidget {
    Q_OBJECT
public:
    // Lines longer than this are shortened on screen (a pasted list); Copy still copies them whole.
    static constexpr qsizetype kMaxShownLineChars = 240;
    // PyTorch's message for F.leaky_relu(x, ..., inplace=True) on a leaf x that requires grad.
    static constexpr const char* kLeafInplaceError =
        "a leaf Variable that requires grad is being used in an in-place operation.";

    CodePanel(LessonState* state, LessonEvaluator* evaluator, QWidget* parent = nullptr);

    // The whole program, as Copy puts it on the clipboard.
    const QString& program() const { return mProgram; }
    QPlainTextEdit* codeView() const { return mCode; }
    QPlainTextEdit* outputView() const { return mOutput; }
    QLabel* noteLabel() const { return mNote; }
    QPushButton* copyButton() const { return mCopy; }
    QPushButton* formButton(CodeForm form) const;
    QPushButton* activationButton(Activation activation) const;
    QCheckBox* backwardBox() const { return mBackward; }
    // The output: PyTorch's printed text, then "RuntimeError: ..." when it raised (the box leaves out the
    // line break ending the printed text, which this keeps).
    QString outputText() const;
    // True when the output shown belongs to the lesson as it is now.
    bool isOutputCurrent() const;

    // Python source for what PyTorch prints when it raises: the traceback's last line.
    static QString errorLine(const std::string& message);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Syntax colours for the code field's background: dark on light, light on dark.
    void followPalette();
    FlowRow* createSwitches();
    void updateSwitches();
    void updateProgram(const QString& program);
    void updateNote();
    void onEvaluated(const EvaluationPtr& evaluation);
    void fitOutputFont();

    LessonState* mState;
    LessonEvaluator* mEvaluator;
    QString mProgram;
    EvaluationPtr mShown;
    QButtonGroup* mForms = nullptr;
    QButtonGroup* mActivations = nullptr;
    QCheckBox* mBackward = nullptr;
    QPlainTextEdit* mCode = nullptr;
    QWidget* mCodeViewport = nullptr;
    PythonHighlighter* mHighlighter = nullptr;
    QPushButton* mCopy = nullptr;
    QLabel* mNote = nullptr;
    QLabel* mOutputTitle = nullptr;
    QPlainTextEdit* mOutput = nullptr;
    QWidget* mOutputViewport = nullptr;
    // The output's font where the box has room for its widest line.
    QFont mOutputFont;
    bool mPrintedNewlineHidden = false;
    QTimer* mBusyDelay = nullptr;
};

} // namespace leakylab
