// The tensor editor dock: the expression line, the element table with outputs and gradients, and its tools.
#pragma once

#include <QWidget>

#include <memory>
#include <optional>

#include "core/result.h"
#include "ui/latest_task.h"
#include "ui/lesson_evaluator.h"
#include "ui/lesson_state.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace leakylab {

class ColumnFit;
class ExpressionLineEdit;
class SeedSpinBox;
class TensorTableModel;

class TensorEditor : public QWidget {
    Q_OBJECT
public:
    TensorEditor(LessonState* state, LessonEvaluator* evaluator, QWidget* parent = nullptr);
    ~TensorEditor() override;

    // Edits become undo steps on this stack (shared with the slope); without one they apply directly.
    void setUndoStack(QUndoStack* stack) { mUndoStack = stack; }

    ExpressionLineEdit* expressionEdit() const { return mExpression; }
    QLabel* errorLabel() const { return mError; }
    QTableView* table() const { return mTable; }
    TensorTableModel* model() const { return mModel; }
    QLabel* summaryLabel() const { return mSummary; }
    QLabel* infoLabel() const { return mInfo; }
    // The key to the shading of dead elements.
    QLabel* legendLabel() const { return mLegend; }
    SeedSpinBox* seedBox() const { return mSeed; }
    QPushButton* randomButton() const { return mRandom; }
    QPushButton* pasteButton() const { return mPaste; }
    QPushButton* addButton() const { return mAdd; }
    QPushButton* removeButton() const { return mRemove; }
    QPushButton* addColumnButton() const { return mAddColumn; }
    QPushButton* removeColumnButton() const { return mRemoveColumn; }
    QComboBox* quantityBox() const { return mQuantity; }
    QComboBox* examplesBox() const { return mExamples; }
    // True when the table shows the lesson's current tensor input, parsed.
    bool isShowingCurrentTensor() const;

private:
    // What the background parse of a typed expression found; the tensor itself is left to the evaluator.
    struct ParseOutcome {
        QString text;
        std::optional<Error> error;
        int errorCharacter = 0; // where the error is, in characters of `text`
    };

    QWidget* createTools();
    QWidget* createTableArea();
    void onExpressionEdited(const QString& text);
    void onParsed(const ParseOutcome& outcome);
    void onEvaluated(const EvaluationPtr& evaluation);
    void onStateTensorChanged(const TensorInput& tensor);
    void showError(const std::optional<Error>& error, int character);
    void updateLayoutControls();
    void fitRowHeight();
    void updateInfo();
    void editTensor(const TensorInput& to, const QString& description, int typingSession = 0);
    void editElements(const Tensor& edited, const QString& description);
    void onElementEdited(qint64 flatIndex, const Tensor& value);
    void drawRandom();
    void insertSlice(int dim);
    void removeSlice(int dim);
    int currentSlice(int dim) const;

    LessonState* mState;
    QUndoStack* mUndoStack = nullptr;
    LatestTask<ParseOutcome> mParse;
    int mTypingSession = 0; // non-zero while the student types one expression
    int mNextTypingSession = 1;
    std::optional<TensorInput> mShownInput; // what the table holds, once parsed

    ExpressionLineEdit* mExpression = nullptr;
    QLabel* mError = nullptr;
    QPushButton* mPaste = nullptr;
    QPushButton* mRandom = nullptr;
    SeedSpinBox* mSeed = nullptr;
    QPushButton* mAdd = nullptr;
    QPushButton* mRemove = nullptr;
    QPushButton* mAddColumn = nullptr;
    QPushButton* mRemoveColumn = nullptr;
    QComboBox* mQuantity = nullptr;
    QComboBox* mExamples = nullptr;
    QStackedWidget* mStack = nullptr;
    QTableView* mTable = nullptr;
    TensorTableModel* mModel = nullptr;
    ColumnFit* mColumnFit = nullptr;
    QLabel* mSummary = nullptr;
    QLabel* mInfo = nullptr;
    QLabel* mLegend = nullptr;
};

} // namespace leakylab
