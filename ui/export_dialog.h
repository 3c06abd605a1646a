// File > Export: a plot as PNG, JPG, PDF or SVG, or its data as CSV; size presets, scale and a live preview.
#pragma once

#include <QDialog>
#include <QList>

#include "ui/exportable_plot.h"
#include "ui/plot_export.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTimer;

namespace leakylab {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    struct Preset {
        QString name;
        ExportSize size;
    };
    // Slides 16:9 and 4:3, A4 and Letter landscape pages; the last entry of the size box is "Custom".
    static QList<Preset> presets();

    explicit ExportDialog(QList<ExportablePlot> plots, QWidget* parent = nullptr);

    QComboBox* plotBox() const { return mPlotBox; }
    QComboBox* formatBox() const { return mFormatBox; }
    QComboBox* sizeBox() const { return mSizeBox; }
    QSpinBox* widthBox() const { return mWidthBox; }
    QSpinBox* heightBox() const { return mHeightBox; }
    QDoubleSpinBox* scaleBox() const { return mScaleBox; }
    QLabel* errorLabel() const { return mErrorLabel; }
    QLabel* outputLabel() const { return mOutputLabel; }
    QLabel* previewImage() const { return mPreviewImage; }
    QPlainTextEdit* previewTable() const { return mPreviewTable; }
    QPushButton* exportButton() const { return mExportButton; }

    ExportFormat format() const;
    ExportSize exportSize() const;
    void selectFormat(ExportFormat format);
    // Writes the current choice to `path`, whatever its extension; on failure shows why under the
    // controls, keeps the dialog open and returns false.
    bool exportTo(const QString& path);

signals:
    void exported(const QString& path);

private:
    QWidget* createControls();
    QWidget* createPreview();
    const ExportablePlot& current() const;
    void fillFormats();
    void applyPreset(int index);
    void sizeEdited();
    void choicesChanged();
    void updatePreview();
    void showError(const QString& message);
    void chooseFileAndExport();
    void copyImage();
    QString suggestedFileName() const;

    QList<ExportablePlot> mPlots;
    QComboBox* mPlotBox = nullptr;
    QComboBox* mFormatBox = nullptr;
    QComboBox* mSizeBox = nullptr;
    QSpinBox* mWidthBox = nullptr;
    QSpinBox* mHeightBox = nullptr;
    QDoubleSpinBox* mScaleBox = nullptr;
    QLabel* mOutputLabel = nullptr;
    QLabel* mErrorLabel = nullptr;
    QStackedWidget* mPreview = nullptr;
    QLabel* mPreviewImage = nullptr;
    QPlainTextEdit* mPreviewTable = nullptr;
    QPushButton* mExportButton = nullptr;
    QPushButton* mCopyButton = nullptr;
    QTimer* mPreviewTimer = nullptr;
    bool mApplyingPreset = false;
};

} // namespace leakylab
