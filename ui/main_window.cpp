// The LeakyLab main window: the slope control over the activation plot, panels docked around them.
#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

#include <nlohmann/json_fwd.hpp>
#include <qcustomplot.h>

#include "core/curve_table.h"
#include "ui/activation_plot.h"
#include "ui/code_panel_dock.h"
#include "ui/export_dialog.h"
#include "ui/group_wrap_label.h"
#include "ui/guided_lesson.h"
#include "ui/language_menu.h"
#include "ui/lesson_document.h"
#include "ui/lesson_evaluator.h"
#include "ui/lesson_notes_panel.h"
#include "ui/plot_export.h"
#include "ui/presentation_mode.h"
#include "ui/recent_lessons_menu.h"
#include "ui/set_slope_command.h"
#include "ui/slope_control.h"
#include "ui/tensor_editor_dock.h"
#include "ui/theme_menu.h"
#include "ui/training_dock.h"
#include "ui/tutorial_menu.h"
#include "ui/window_exports.h"
#include "ui/window_lesson_fields.h"

namespace leakylab {

namespace {

// Read from the back of a classroom: the window's text is at least this large.
constexpr double kChromeFontPt = 12.0;
constexpr double kSlopeFontPt = 15.0;

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");

enum class Least { No, Yes };

// The height a panel's content asks for (or at least needs) at `width`.
int contentHeight(const QWidget& content, int width, Least least)
{
    const QLayout* layout = content.layout();
    if (layout && layout->hasHeightForWidth())
        return least == Least::Yes ? layout->totalMinimumHeightForWidth(width)
                                   : layout->totalHeightForWidth(width);
    return least == Least::Yes ? content.minimumSizeHint().height() : content.sizeHint().height();
}

// The height of the tab bar under `dock` where it shares its place with other docks, else 0.
int tabBarHeight(const QDockWidget& dock)
{
    for (const QTabBar* bar : dock.parentWidget()->findChildren<QTabBar*>(Qt::FindDirectChildrenOnly)) {
        if (!bar->isVisible())
            continue;
        for (int tab = 0; tab < bar->count(); ++tab) {
            if (bar->tabData(tab).value<quintptr>() == reinterpret_cast<quintptr>(&dock))
                return bar->height();
        }
    }
    return 0;
}

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    const Theme theme = ThemeMenu::rememberedTheme();
    ThemeMenu::applyPalette(theme);
    setWindowTitle(QStringLiteral("LeakyLab"));
    QFont chrome = font();
    chrome.setPointSizeF(std::max(chrome.pointSizeF(), kChromeFontPt));
    setFont(chrome);
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);

    mUndoStack = new QUndoStack(this);
    mSlopeControl = new SlopeControl;
    QFont slopeFont = chrome;
    slopeFont.setPointSizeF(kSlopeFontPt);
    mSlopeControl->setFont(slopeFont);
    mPlot = new ActivationPlot;
    mPlot->setSlope(mSlopeControl->slope());

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 4, 6, 0);
    layout->setSpacing(0);
    layout->addWidget(mSlopeControl);
    layout->addWidget(mPlot, 1);
    setCentralWidget(central);

    // Drag ticks redraw the plot live; finished edits become one undo step each.
    connect(mSlopeControl, &SlopeControl::slopeChanged, mPlot, &ActivationPlot::setSlope);
    connect(mSlopeControl, &SlopeControl::slopeEdited, this, [this](double from, double to) {
        mUndoStack->push(new SetSlopeCommand(mSlopeControl, from, to));
    });

    createLesson();
    mDocument = new LessonDocument(this, mUndoStack);
    mThemeMenu = new ThemeMenu(this);
    mNotesPanel = new LessonNotesPanel(this);
    mGuidedLesson = new GuidedLesson(this);
    mPresentation = new PresentationMode(this);
    layout->addWidget(mPresentation->keyBar());

    createActions();
    createMenus();
    mTrainingDock = new TrainingDock(mSlopeControl, mPlot, mUndoStack, this);
    createToolBar();
    createStatusBar();
    addPanel(mTensorEditorDock, Qt::RightDockWidgetArea);
    addPanel(mCodePanelDock, Qt::RightDockWidgetArea);
    addPanel(mNotesPanel);
    tabifyDockWidget(mCodePanelDock, mNotesPanel);
    mCodePanelDock->raise();
    // Below the plot, where the training views get the window's width. Hidden at first: the lesson starts
    // with the curves, and a 1280x720 projector has no room for the plot and the training views at once.
    addPanel(mTrainingDock, Qt::BottomDockWidgetArea);
    mTrainingDock->hide();
    // On the left, so a step can show the tensor editor and code panel on the right beside it.
    addPanel(mGuidedLesson, Qt::LeftDockWidgetArea);
    mGuidedLesson->hide();
    connect(mTrainingDock, &TrainingDock::panelCreated, mThemeMenu, &ThemeMenu::restylePlots);
    addExportablePlot({tr("Activation plot"), mPlot,
                       [this]() -> Result<std::string> {
                           const QCPRange shown = mPlot->xAxis->range();
                           return curveTableCsv({shown.lower, shown.upper, mPlot->sampleStep()}, mPlot->slope());
                       },
                       tr("the curves on the plotted grid")});
    addWindowLessonFields(mDocument->fields(), *this);
    addWindowExports(*this);
    mThemeMenu->setTheme(theme);
    restoreSettings();
    mDocument->adoptCurrentState();
    // The tensor editor, code panel and guided lesson are filled in just after the first frame (see
    // eventFilter).
    mPlot->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // The first paint of the plot is part of the window's first frame. Queued, the panels' contents are made
    // after that frame is on screen, and show in the next: the window appears without waiting for them.
    if (watched == mPlot && event->type() == QEvent::Paint) {
        mPlot->removeEventFilter(this);
        QMetaObject::invokeMethod(this, &MainWindow::fillPanels, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fillPanels()
{
    mTensorEditorDock->editor();
    mCodePanelDock->panel();
    mGuidedLesson->makeContents();
    if (mFirstStartLayout)
        fitPanelsToContents();
}

// The split between the tensor editor and the code panel was set before they had contents. Where the editor's
// share is too low for its table's rows and the summary under them (a 1280x720 projector) it takes what they
// need, as long as the code panel keeps room for its switches, some of the program and the output.
void MainWindow::fitPanelsToContents()
{
    const auto fitsInDock = [](const QDockWidget* dock) {
        return dock->isVisible() && !dock->isFloating() && qobject_cast<const QScrollArea*>(dock->widget());
    };
    if (!fitsInDock(mTensorEditorDock) || !fitsInDock(mCodePanelDock))
        return;
    // Laid out first: how many lines the switches and tools wrap onto is known once they have their width.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const auto* editorArea = static_cast<const QScrollArea*>(mTensorEditorDock->widget());
    const auto* codeArea = static_cast<const QScrollArea*>(mCodePanelDock->widget());
    const int total = mTensorEditorDock->height() + mCodePanelDock->height();
    const int wanted = mTensorEditorDock->height() - editorArea->height()
        + contentHeight(*editorArea->widget(), editorArea->width(), Least::No);
    const int codeLeast = mCodePanelDock->height() - codeArea->height()
        + contentHeight(*codeArea->widget(), codeArea->width(), Least::Yes);
    const int editor = std::max(mTensorEditorDock->height(), std::min(wanted, total - codeLeast));
    if (editor == mTensorEditorDock->height())
        return;
    // The code panel takes the rest. resizeDocks() shares out the sizes it is given in proportion, over the
    // code panel's tab bar too (shared with the lesson notes): given with it, they come out as asked.
    const int tabBar = tabBarHeight(*mCodePanelDock);
    resizeDocks({mTensorEditorDock, mCodePanelDock}, {editor, total - editor + tabBar}, Qt::Vertical);
    mDefaultLayout = saveState();
}

// The lesson state is the one place slope, tensor and code form meet: the slope control and the state
// follow each other, and the plot shows the evaluated tensor's elements on its curves.
void MainWindow::createLesson()
{
    mLesson = new LessonState(this);
    mLesson->setSlope(mSlopeControl->slope());
    mEvaluator = new LessonEvaluator(mLesson, this);
    connect(mSlopeControl, &SlopeControl::slopeChanged, mLesson, &LessonState::setSlope);
    // A tutorial example or its undo sets the slope through the lesson; setSlope records no edit.
    connect(mLesson, &LessonState::slopeChanged, mSlopeControl, &SlopeControl::setSlope);
    connect(mEvaluator, &LessonEvaluator::evaluated, mPlot, [this](const EvaluationPtr& evaluation) {
        if (evaluation->result.input)
            mPlot->setInputPoints(*evaluation->result.input);
    });
    mTensorEditorDock = new TensorEditorDock(mLesson, mEvaluator, mUndoStack, this);
    mCodePanelDock = new CodePanelDock(mLesson, mEvaluator, this);
    mTutorialMenu = new TutorialMenu(mLesson, mUndoStack, this);
}

void MainWindow::createActions()
{
    mUndoAction = mUndoStack->createUndoAction(this, tr("&Undo"));
    mUndoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Z)});
    mUndoAction->setToolTip(tr("Undo the last slope change (Ctrl+Z)"));
    mRedoAction = mUndoStack->createRedoAction(this, tr("&Redo"));
    mRedoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    mRedoAction->setToolTip(tr("Redo the slope change (Ctrl+Shift+Z)"));
    for (QAction* action : {mUndoAction, mRedoAction}) {
        // Undo/redo sit in the tool bar too; keep the tool bar text short.
        action->setIconText(action == mUndoAction ? tr("Undo") : tr("Redo"));
    }

    for (Curve curve : kCurves) {
        auto* action = new QAction(curveIcon(curve), curveName(curve), this);
        action->setCheckable(true);
        action->setChecked(mPlot->isCurveVisible(curve));
        action->setToolTip(tr("Show or hide %1").arg(curveName(curve)));
        connect(action, &QAction::toggled, mPlot, [this, curve](bool on) { mPlot->setCurveVisible(curve, on); });
        mCurveActions[static_cast<std::size_t>(curveIndex(curve))] = action;
    }
    // Keeps the check marks right if anything else shows or hides a curve.
    connect(mPlot, &ActivationPlot::curveVisibilityChanged, this,
            [this](Curve curve, bool visible) { curveAction(curve)->setChecked(visible); });

    mResetViewAction = new QAction(tr("&Reset view"), this);
    mResetViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    mResetViewAction->setToolTip(tr("Back to x from −5 to 5, after panning or zooming (Ctrl+0)"));
    connect(mResetViewAction, &QAction::triggered, mPlot, &ActivationPlot::resetView);

    mExportAction = new QAction(tr("&Export…"), this);
    mExportAction->setIconText(tr("Export"));
    mExportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    mExportAction->setToolTip(tr("Save a plot as PNG, JPG, PDF or SVG for slides and handouts, or its numbers as "
                                 "CSV (Ctrl+E)"));
    connect(mExportAction, &QAction::triggered, this, &MainWindow::exportPlotInteractively);

    mCopyPlotAction = new QAction(tr("&Copy plot as image"), this);
    mCopyPlotAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    mCopyPlotAction->setToolTip(tr("Copy the plot to the clipboard, to paste into slides (Ctrl+Shift+C)"));
    connect(mCopyPlotAction, &QAction::triggered, this, &MainWindow::copyPlot);

    mResetLayoutAction = new QAction(tr("Reset la&yout"), this);
    mResetLayoutAction->setToolTip(tr("Put the panels and the tool bar back where they start"));
    connect(mResetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);

    mGuidedLessonAction = new QAction(tr("&Guided lesson"), this);
    mGuidedLessonAction->setToolTip(tr("The PyTorch LeakyReLU tutorial in six steps, each setting up the plot, "
                                       "tensor and code"));
    connect(mGuidedLessonAction, &QAction::triggered, this, &MainWindow::openGuidedLesson);

    mQuitAction = new QAction(tr("&Quit"), this);
    mQuitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);
}

QMenu* MainWindow::addMenu(const QString& title)
{
    QMenu* menu = menuBar()->addMenu(title);
    // Menus are windows of their own; this lets them take the window's larger font.
    menu->setAttribute(Qt::WA_WindowPropagation);
    return menu;
}

void MainWindow::createMenus()
{
    QMenu* file = addMenu(tr("&File"));
    file->addAction(mDocument->newAction());
    file->addAction(mDocument->openAction());
    file->addMenu(mDocument->recentMenu());
    file->addSeparator();
    file->addAction(mDocument->saveAction());
    file->addAction(mDocument->saveAsAction());
    file->addSeparator();
    file->addAction(mExportAction);
    file->addAction(mCopyPlotAction);
    file->addSeparator();
    file->addAction(mQuitAction);

    QMenu* edit = addMenu(tr("&Edit"));
    edit->addAction(mUndoAction);
    edit->addAction(mRedoAction);
    edit->addSeparator();
    QMenu* presets = edit->addMenu(tr("Slope &presets"));
    presets->setAttribute(Qt::WA_WindowPropagation);
    presets->addActions(mSlopeControl->presetActions());

    mViewMenu = addMenu(tr("&View"));
    for (QAction* action : mCurveActions)
        mViewMenu->addAction(action);
    mViewMenu->addSeparator();
    mViewMenu->addAction(mResetViewAction);
    mViewMenu->addSeparator();
    mViewMenu->addMenu(mThemeMenu);
    auto* languages = new LanguageMenu(this);
    connect(languages, &LanguageMenu::languageChosen, this, [this] {
        statusBar()->showMessage(tr("LeakyLab will use this language the next time it starts."), 8000);
    });
    mViewMenu->addMenu(languages);
    mViewMenu->addAction(mResetLayoutAction);
    mViewMenu->addSeparator();
    mViewMenu->addAction(mPresentation->action());

    menuBar()->addMenu(mTutorialMenu);

    QMenu* help = addMenu(tr("&Help"));
    help->addAction(mGuidedLessonAction);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About LeakyLab"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Tool bar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(48, 24));
    bar->addAction(mUndoAction);
    bar->addAction(mRedoAction);
    bar->addSeparator();
    for (QAction* action : mCurveActions)
        bar->addAction(action);
    bar->addSeparator();
    bar->addAction(mResetViewAction);
    bar->addAction(mExportAction);
    bar->addSeparator();
    QAction* training = mTrainingDock->toggleViewAction();
    training->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    training->setToolTip(tr("Show or hide the training of ReLU against LeakyReLU (Ctrl+T)"));
    bar->addAction(training);
    bar->addSeparator();
    bar->addAction(mPresentation->action());

    mViewMenu->addSeparator();
    mViewMenu->addAction(bar->toggleViewAction());
}

void MainWindow::createStatusBar()
{
    auto* hint = new GroupWrapLabel(tr("Hover for values · drag to pan · wheel to zoom · Ctrl+0 resets the view"));
    hint->setObjectName(QStringLiteral("statusHint"));
    // On a narrow window the last hints give way to the permanent note rather than run under it.
    hint->setOneLine(true);
    statusBar()->addWidget(hint, 1);
    auto* reference = new QLabel(tr("Values as PyTorch computes them (float32)"));
    statusBar()->addPermanentWidget(reference);
}

void MainWindow::addPanel(QDockWidget* panel, Qt::DockWidgetArea area)
{
    if (!mPanelsSection)
        mPanelsSection = mViewMenu->addSection(tr("Panels"));
    addDockWidget(area, panel);
    mViewMenu->addAction(panel->toggleViewAction());
    mPanelAreas.append({panel, area});
    // A panel's charts take the theme the rest of the window has.
    mThemeMenu->restylePlots();
}

void MainWindow::addExportablePlot(const ExportablePlot& plot)
{
    mExportablePlots.append(plot);
}

void MainWindow::resetLayout()
{
    for (const auto& [panel, area] : mPanelAreas) {
        panel->setFloating(false);
        addDockWidget(area, panel);
        panel->show();
    }
    restoreState(mDefaultLayout);
}

void MainWindow::copyPlot()
{
    // The chart under the mouse when there is one (a panel's), otherwise the activation plot.
    QCustomPlot* chosen = mPlot;
    for (const ExportablePlot& entry : mExportablePlots) {
        if (QCustomPlot* plot = entry.plot.data(); plot != nullptr && plot->underMouse())
            chosen = plot;
    }
    copyPlotToClipboard(*chosen);
    statusBar()->showMessage(tr("Plot copied: paste it into your slides"), 5000);
}

bool MainWindow::exportPlot(const QString& fileName)
{
    const auto format = exportFormatFromPath(fileName);
    if (!format || *format == ExportFormat::Csv)
        return false;
    // At its on-screen size, twice as sharp, so a printed handout stays crisp.
    const ExportSize size {std::max(mPlot->width(), kMinExportSide), std::max(mPlot->height(), kMinExportSide), 2.0};
    return !savePlot(*mPlot, fileName, *format, size, mPlot->formulaText());
}

void MainWindow::exportPlotInteractively()
{
    ExportDialog dialog(mExportablePlots, this);
    connect(&dialog, &ExportDialog::exported, this, [this](const QString& path) {
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    });
    dialog.exec();
}

void MainWindow::showAbout()
{
    const QString version = QApplication::applicationVersion().isEmpty() ? QStringLiteral("—")
                                                                          : QApplication::applicationVersion();
    const QString json = QStringLiteral("%1.%2.%3")
                             .arg(NLOHMANN_JSON_VERSION_MAJOR)
                             .arg(NLOHMANN_JSON_VERSION_MINOR)
                             .arg(NLOHMANN_JSON_VERSION_PATCH);
    QMessageBox::about(this, tr("About LeakyLab"),
                       tr("<h3>LeakyLab %1</h3>"
                          "<p>LeakyReLU against ReLU, for teaching: drag the slope and watch both curves and "
                          "their derivatives.</p>"
                          "<p>Every value is computed as PyTorch 1.13 computes it on the CPU in float32, "
                          "including the derivative at x = 0 (the filled dot).</p>"
                          "<p>License: MIT.</p>"
                          "<p>Built with Qt %2 (running on Qt %3), QCustomPlot %4 and nlohmann/json %5.</p>")
                           .arg(version, QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                                QStringLiteral(QCUSTOMPLOT_VERSION_STR), json));
}

void MainWindow::openGuidedLesson()
{
    mGuidedLesson->show();
    mGuidedLesson->raise();
    // Where the lesson left off, with that step's panels.
    mGuidedLesson->showStep(std::max(mGuidedLesson->currentStep(), 0));
}

void MainWindow::showAtStart()
{
    if (mMaximizedAtStart) {
        mSmallerWhenRestored = true;
        showMaximized();
    } else {
        show();
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    // Maximized at the first start, the window was laid out at the screen's size (its panels at their share
    // of it, which a smaller window would have narrowed): restored, it steps back to 90% of the screen,
    // centred, as a window does. The panels keep their width, and the plot gives up what the window loses.
    if (event->type() != QEvent::WindowStateChange || !mSmallerWhenRestored
        || (windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen | Qt::WindowMinimized)))
        return;
    mSmallerWhenRestored = false;
    const QRect available = screen()->availableGeometry();
    QRect normal(QPoint(), QSize(available.width() * 9 / 10, available.height() * 9 / 10));
    normal.moveCenter(available.center());
    setGeometry(normal);
}

void MainWindow::restoreSettings()
{
    // The first start's layout, which View > Reset layout also goes back to: most of the screen, which on a
    // projector is usually 1280x720 or 1920x1080.
    const QRect available = screen()->availableGeometry();
    resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    move(available.center() - rect().center());
    // A projector's 1280x720 or a 1366x768 laptop has no room to spare around the window: there it starts
    // maximized, and the panels take their share of that.
    mMaximizedAtStart = available.width() < 1400 || available.height() < 800;
    if (mMaximizedAtStart)
        resize(available.size());
    // Wide enough for the tensor table's five columns and a line of printed output.
    resizeDocks({mTensorEditorDock}, {width() * 9 / 20}, Qt::Horizontal);
    // Their contents come after the first frame, so the split is set here rather than left to their size
    // hints: the tensor table with its rows, the program with its output beneath.
    resizeDocks({mTensorEditorDock, mCodePanelDock}, {height() * 3 / 7, height() * 4 / 7}, Qt::Vertical);
    mDefaultLayout = saveState();

    QSettings settings;
    mFirstStartLayout = !restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (mFirstStartLayout)
        return;
    // The remembered size and state (maximized or not) win over the first start's.
    mMaximizedAtStart = false;
    // restoreState() fits the saved panel sizes into the layout's rectangle, which before the first show is
    // not yet the window's: laid out at the restored size first, the panels come back as wide as they were.
    layout()->setGeometry(rect());
    restoreState(settings.value(kStateKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Back at the desk first: the projector's theme is no change to the lesson, and the desk's layout, size
    // and theme are what the next start should open with.
    mPresentation->setActive(false);
    if (!mDocument->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace leakylab
