// The LeakyLab main window: the slope control over the activation plot, menus, tool bar and dock areas.
#pragma once

#include <QMainWindow>

#include <array>

#include "ui/curve_style.h"
#include "ui/exportable_plot.h"

class QAction;
class QDockWidget;
class QMenu;
class QUndoStack;

namespace leakylab {

class ActivationPlot;
class CodePanelDock;
class GuidedLesson;
class PresentationMode;
class LessonEvaluator;
class LessonState;
class TensorEditorDock;
class TrainingDock;
class TutorialMenu;
class LessonDocument;
class LessonNotesPanel;
class SlopeControl;
class ThemeMenu;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Shows the window as the app starts it: maximized on a first start on a small screen (a 1280x720
    // projector), otherwise at its remembered or first start's size.
    void showAtStart();

    // Shared with the panels later issues add, so every edit lands in one history.
    QUndoStack* undoStack() const { return mUndoStack; }
    SlopeControl* slopeControl() const { return mSlopeControl; }
    ActivationPlot* plot() const { return mPlot; }
    // The lesson the tensor editor, code panel and plot share: slope, activation, form, tensor and seed.
    LessonState* lessonState() const { return mLesson; }
    LessonEvaluator* lessonEvaluator() const { return mEvaluator; }
    TensorEditorDock* tensorEditorDock() const { return mTensorEditorDock; }
    CodePanelDock* codePanelDock() const { return mCodePanelDock; }
    TrainingDock* trainingDock() const { return mTrainingDock; }
    TutorialMenu* tutorialMenu() const { return mTutorialMenu; }
    QAction* curveAction(Curve curve) const { return mCurveActions[static_cast<std::size_t>(curveIndex(curve))]; }
    QAction* resetViewAction() const { return mResetViewAction; }
    // Help > Guided lesson: the tutorial in six steps, each setting the app.
    GuidedLesson* guidedLesson() const { return mGuidedLesson; }
    QAction* guidedLessonAction() const { return mGuidedLessonAction; }
    // View > Presentation mode (F5).
    PresentationMode* presentationMode() const { return mPresentation; }

    // Docks a panel (tensor editor, code, training...) and lists its toggle in the View menu.
    void addPanel(QDockWidget* panel, Qt::DockWidgetArea area = Qt::RightDockWidgetArea);

    // Saves the plot as PNG or PDF (by the file's suffix) at the size it has on screen.
    bool exportPlot(const QString& fileName);

    LessonDocument* lessonDocument() const { return mDocument; }
    LessonNotesPanel* lessonNotesPanel() const { return mNotesPanel; }
    ThemeMenu* themeMenu() const { return mThemeMenu; }
    QAction* exportAction() const { return mExportAction; }
    QAction* copyPlotAction() const { return mCopyPlotAction; }
    QAction* resetLayoutAction() const { return mResetLayoutAction; }
    // What File > Export offers: the activation plot first, then each chart or table a panel adds
    // (one line: addExportablePlot({tr("Loss chart"), chart, csvFunction, tr("the training history")})).
    void addExportablePlot(const ExportablePlot& plot);
    const QList<ExportablePlot>& exportablePlots() const { return mExportablePlots; }
    // The docks and tool bar back where a first start puts them.
    void resetLayout();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createLesson();
    QMenu* addMenu(const QString& title);
    void exportPlotInteractively();
    void showAbout();
    void openGuidedLesson();
    void restoreSettings();
    void saveSettings() const;
    void copyPlot();
    void fillPanels();
    void fitPanelsToContents();

    QUndoStack* mUndoStack = nullptr;
    SlopeControl* mSlopeControl = nullptr;
    ActivationPlot* mPlot = nullptr;
    LessonState* mLesson = nullptr;
    LessonEvaluator* mEvaluator = nullptr;
    TensorEditorDock* mTensorEditorDock = nullptr;
    CodePanelDock* mCodePanelDock = nullptr;
    TrainingDock* mTrainingDock = nullptr;
    TutorialMenu* mTutorialMenu = nullptr;
    std::array<QAction*, 4> mCurveActions{};
    QAction* mResetViewAction = nullptr;
    QAction* mExportAction = nullptr;
    QAction* mQuitAction = nullptr;
    QAction* mUndoAction = nullptr;
    QAction* mRedoAction = nullptr;
    QMenu* mViewMenu = nullptr;
    QAction* mPanelsSection = nullptr;
    LessonDocument* mDocument = nullptr;
    LessonNotesPanel* mNotesPanel = nullptr;
    ThemeMenu* mThemeMenu = nullptr;
    QAction* mCopyPlotAction = nullptr;
    QAction* mResetLayoutAction = nullptr;
    GuidedLesson* mGuidedLesson = nullptr;
    QAction* mGuidedLessonAction = nullptr;
    PresentationMode* mPresentation = nullptr;
    QList<ExportablePlot> mExportablePlots;
    // The dock layout of a first start, and where each panel docks by default, for View > Reset layout.
    QByteArray mDefaultLayout;
    bool mMaximizedAtStart = false;
    // No remembered layout: the first start's panels are fitted to their contents once they have them.
    bool mFirstStartLayout = false;
    // Maximized at the first start: the first restore makes the window smaller than the screen.
    bool mSmallerWhenRestored = false;
    QList<QPair<QDockWidget*, Qt::DockWidgetArea>> mPanelAreas;
};

} // namespace leakylab
