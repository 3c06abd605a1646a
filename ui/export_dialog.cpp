// The export dialog: controls on the left, the figure (or the first rows of the table) as it will be written
// on the right, redrawn a moment after each change.
#include "ui/export_dialog.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/core_message.h"
#include "ui/last_folder.h"

namespace leakylab {
namespace {

constexpr QSize kPreviewSize(640, 360);
constexpr int kPreviewRows = 40;

} // namespace

QList<ExportDialog::Preset> ExportDialog::presets()
{
    // The slides are laid out at the size of a large window and drawn sharper: text reads from the back row.
    return {
        {tr("Slide 16:9 — 1920 × 1080 px"), {1280, 720, 1.5}},
        {tr("Slide 4:3 — 1024 × 768 px"), {1024, 768, 1.0}},
        {tr("A4 landscape — 297 × 210 mm"), {842, 595, 2.0}},
        {tr("US Letter landscape — 11 × 8.5 in"), {792, 612, 2.0}},
    };
}

ExportDialog::ExportDialog(QList<ExportablePlot> plots, QWidget* parent) : QDialog(parent), mPlots(std::move(plots))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));
    // A dialog is a window of its own; this lets it take the main window's larger font.
    setAttribute(Qt::WA_WindowPropagation);
    mPreviewTimer = new QTimer(this);
    mPreviewTimer->setSingleShot(true);
    mPreviewTimer->setInterval(60);
    connect(mPreviewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);

    auto* columns = new QHBoxLayout;
    columns->addWidget(createControls());
    columns->addWidget(createPreview(), 1);

    auto* buttons = new QDialogButtonBox(this);
    mExportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    mExportButton->setToolTip(tr("Choose where to save, then write the file"));
    mCopyButton = buttons->addButton(tr("&Copy image"), QDialogButtonBox::ActionRole);
    mCopyButton->setToolTip(tr("Copy the figure at this size to the clipboard, to paste into slides"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(mExportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(mCopyButton, &QPushButton::clicked, this, &ExportDialog::copyImage);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (const ExportablePlot& plot : mPlots)
        mPlotBox->addItem(plot.name);
    fillFormats();
    applyPreset(0);
    connect(mPlotBox, &QComboBox::currentIndexChanged, this, [this] {
        fillFormats();
        choicesChanged();
    });
    connect(mFormatBox, &QComboBox::currentIndexChanged, this, &ExportDialog::choicesChanged);
    connect(mSizeBox, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    connect(mWidthBox, &QSpinBox::valueChanged, this, &ExportDialog::sizeEdited);
    connect(mHeightBox, &QSpinBox::valueChanged, this, &ExportDialog::sizeEdited);
    connect(mScaleBox, &QDoubleSpinBox::valueChanged, this, &ExportDialog::sizeEdited);
    choicesChanged();
}

QWidget* ExportDialog::createControls()
{
    auto* controls = new QWidget(this);
    auto* form = new QFormLayout(controls);
    form->setContentsMargins(0, 0, 0, 0);

    mPlotBox = new QComboBox(controls);
    mPlotBox->setToolTip(tr("Which plot or table to export"));
    form->addRow(tr("&Plot:"), mPlotBox);

    mFormatBox = new QComboBox(controls);
    mFormatBox->setToolTip(tr("PNG and JPG are images for slides; PDF and SVG stay sharp at any size; CSV is the "
                              "numbers, for a spreadsheet"));
    form->addRow(tr("&Format:"), mFormatBox);

    mSizeBox = new QComboBox(controls);
    for (const Preset& preset : presets())
        mSizeBox->addItem(preset.name);
    mSizeBox->addItem(tr("Custom"));
    mSizeBox->setToolTip(tr("Common sizes for slides and handouts"));
    form->addRow(tr("&Size:"), mSizeBox);

    auto* sides = new QHBoxLayout;
    mWidthBox = new QSpinBox(controls);
    mHeightBox = new QSpinBox(controls);
    for (QSpinBox* box : {mWidthBox, mHeightBox}) {
        box->setRange(kMinExportSide, kMaxExportSide);
        box->setAccelerated(true);
        box->setKeyboardTracking(false);
    }
    mWidthBox->setToolTip(tr("The figure's width: pixels for images, points for PDF"));
    mHeightBox->setToolTip(tr("The figure's height: pixels for images, points for PDF"));
    sides->addWidget(mWidthBox);
    sides->addWidget(new QLabel(QStringLiteral("×"), controls));
    sides->addWidget(mHeightBox);
    auto* sidesLabel = new QLabel(tr("&Width × height:"), controls);
    sidesLabel->setBuddy(mWidthBox);
    form->addRow(sidesLabel, sides);

    mScaleBox = new QDoubleSpinBox(controls);
    mScaleBox->setRange(kMinExportScale, kMaxExportScale);
    mScaleBox->setDecimals(2);
    mScaleBox->setSingleStep(0.25);
    mScaleBox->setSuffix(QStringLiteral(" ×"));
    mScaleBox->setKeyboardTracking(false);
    mScaleBox->setToolTip(tr("More pixels for the same figure: 2 × is sharp on a high-resolution projector or in print"));
    form->addRow(tr("S&cale:"), mScaleBox);

    mOutputLabel = new QLabel(controls);
    mOutputLabel->setWordWrap(true);
    form->addRow(tr("Output:"), mOutputLabel);

    mErrorLabel = new QLabel(controls);
    mErrorLabel->setObjectName(QStringLiteral("exportError"));
    mErrorLabel->setWordWrap(true);
    mErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = mErrorLabel->palette();
    const bool darkWindow = palette().color(QPalette::Window).lightness() < 128;
    red.setColor(QPalette::WindowText, darkWindow ? QColor(255, 120, 110) : QColor(190, 20, 20));
    mErrorLabel->setPalette(red);
    mErrorLabel->hide();
    form->addRow(mErrorLabel);
    controls->setMinimumWidth(380);
    return controls;
}

QWidget* ExportDialog::createPreview()
{
    mPreview = new QStackedWidget(this);
    mPreviewImage = new QLabel(mPreview);
    mPreviewImage->setAlignment(Qt::AlignCenter);
    mPreviewImage->setMinimumSize(kPreviewSize);
    mPreviewImage->setFrameShape(QFrame::StyledPanel);
    mPreviewImage->setToolTip(tr("The figure as it will be written, shrunk to fit"));
    mPreviewTable = new QPlainTextEdit(mPreview);
    mPreviewTable->setReadOnly(true);
    mPreviewTable->setLineWrapMode(QPlainTextEdit::NoWrap);
    mPreviewTable->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    mPreviewTable->setMinimumSize(kPreviewSize);
    mPreviewTable->setToolTip(tr("The first rows of the table"));
    mPreview->addWidget(mPreviewImage);
    mPreview->addWidget(mPreviewTable);
    return mPreview;
}

const ExportablePlot& ExportDialog::current() const
{
    static const ExportablePlot none;
    const int index = mPlotBox->currentIndex();
    return index >= 0 && index < mPlots.size() ? mPlots[index] : none;
}

void ExportDialog::fillFormats()
{
    const ExportFormat previous = format();
    const QSignalBlocker quiet(mFormatBox);
    mFormatBox->clear();
    for (ExportFormat f : kExportFormats) {
        const bool offered = f == ExportFormat::Csv ? static_cast<bool>(current().csv) : !current().plot.isNull();
        if (offered)
            mFormatBox->addItem(exportFormatName(f), static_cast<int>(f));
    }
    const int keep = mFormatBox->findData(static_cast<int>(previous));
    mFormatBox->setCurrentIndex(std::max(keep, 0));
}

ExportFormat ExportDialog::format() const
{
    const QVariant chosen = mFormatBox->currentData();
    return chosen.isValid() ? static_cast<ExportFormat>(chosen.toInt()) : ExportFormat::Png;
}

void ExportDialog::selectFormat(ExportFormat f)
{
    const int index = mFormatBox->findData(static_cast<int>(f));
    if (index >= 0)
        mFormatBox->setCurrentIndex(index);
}

ExportSize ExportDialog::exportSize() const { return {mWidthBox->value(), mHeightBox->value(), mScaleBox->value()}; }

void ExportDialog::applyPreset(int index)
{
    const QList<Preset> all = presets();
    if (index < 0 || index >= all.size())
        return; // "Custom": the spin boxes keep their values
    mApplyingPreset = true;
    mWidthBox->setValue(all[index].size.width);
    mHeightBox->setValue(all[index].size.height);
    mScaleBox->setValue(all[index].size.scale);
    mApplyingPreset = false;
    choicesChanged();
}

void ExportDialog::sizeEdited()
{
    if (mApplyingPreset)
        return;
    // A size typed by hand is no longer a preset, unless it is one.
    const ExportSize size = exportSize();
    const QList<Preset> all = presets();
    int match = static_cast<int>(all.size());
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].size.width == size.width && all[i].size.height == size.height && all[i].size.scale == size.scale)
            match = i;
    }
    const QSignalBlocker quiet(mSizeBox);
    mSizeBox->setCurrentIndex(match);
    choicesChanged();
}

void ExportDialog::choicesChanged()
{
    const ExportFormat f = format();
    const bool csv = f == ExportFormat::Csv;
    for (QWidget* w : {static_cast<QWidget*>(mSizeBox), static_cast<QWidget*>(mWidthBox),
                       static_cast<QWidget*>(mHeightBox)})
        w->setEnabled(!csv);
    mScaleBox->setEnabled(isRaster(f));
    mCopyButton->setEnabled(!csv && !current().plot.isNull());

    const ExportSize size = exportSize();
    switch (f) {
    case ExportFormat::Png:
    case ExportFormat::Jpg:
        mOutputLabel->setText(tr("An image of %1 × %2 pixels").arg(size.pixels().width()).arg(size.pixels().height()));
        break;
    case ExportFormat::Pdf:
        mOutputLabel->setText(tr("A page of %1 × %2 mm, vector: sharp at any zoom")
                                  .arg(size.width * 25.4 / 72.0, 0, 'f', 0)
                                  .arg(size.height * 25.4 / 72.0, 0, 'f', 0));
        break;
    case ExportFormat::Svg:
        mOutputLabel->setText(tr("A drawing of %1 × %2, vector: sharp at any zoom").arg(size.width).arg(size.height));
        break;
    case ExportFormat::Csv:
        mOutputLabel->setText(tr("A table: %1").arg(current().csvDescription));
        break;
    }
    const auto problem = csv ? std::nullopt : checkExportSize(size, f);
    if (problem)
        showError(*problem);
    else
        showError(QString());
    mExportButton->setEnabled(!problem && mPlotBox->count() > 0);
    mPreviewTimer->start();
}

void ExportDialog::updatePreview()
{
    const ExportablePlot& entry = current();
    if (format() == ExportFormat::Csv) {
        mPreview->setCurrentWidget(mPreviewTable);
        if (!entry.csv)
            return;
        const auto table = entry.csv();
        if (!table) {
            mPreviewTable->setPlainText(localizedMessage(table.error()));
            return;
        }
        const QStringList lines = QString::fromStdString(table.value()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList shown = lines.mid(0, kPreviewRows);
        if (lines.size() > kPreviewRows)
            shown << tr("… and %1 more rows").arg(lines.size() - kPreviewRows);
        mPreviewTable->setPlainText(shown.join(QLatin1Char('\n')));
        mOutputLabel->setText(tr("A table: %1, %2 rows of numbers").arg(entry.csvDescription).arg(lines.size() - 1));
        return;
    }
    mPreview->setCurrentWidget(mPreviewImage);
    if (!entry.plot)
        return;
    const ExportSize size = exportSize();
    // The whole figure, shrunk into the preview at the screen's pixel density.
    const QSize room = mPreviewImage->contentsRect().size() - QSize(8, 8);
    const double ratio = devicePixelRatioF();
    const double fit = std::min(static_cast<double>(room.width()) / size.width,
                                static_cast<double>(room.height()) / size.height);
    QImage image = renderPlot(*entry.plot, {size.width, size.height, std::max(fit, 0.05) * ratio});
    image.setDevicePixelRatio(ratio);
    mPreviewImage->setPixmap(QPixmap::fromImage(image));
}

void ExportDialog::showError(const QString& message)
{
    mErrorLabel->setText(message);
    mErrorLabel->setVisible(!message.isEmpty());
}

bool ExportDialog::exportTo(const QString& path)
{
    const ExportablePlot& entry = current();
    const ExportFormat f = format();
    std::optional<QString> error;
    if (f == ExportFormat::Csv) {
        const auto table = entry.csv ? entry.csv()
                                     : Result<std::string>(Error {tr("there is no table to export").toStdString(), {}});
        error = table ? saveText(path, table.value()) : localizedMessage(table.error());
    } else if (!entry.plot) {
        error = tr("This plot is no longer there.");
    } else {
        error = savePlot(*entry.plot, path, f, exportSize(), entry.name);
    }
    if (error) {
        showError(*error);
        return false;
    }
    showError(QString());
    rememberFolderOf(path);
    emit exported(path);
    return true;
}

QString ExportDialog::suggestedFileName() const
{
    QString base = current().name.toLower().simplified();
    base.replace(QLatin1Char(' '), QLatin1Char('-'));
    if (base.isEmpty())
        base = QStringLiteral("plot");
    return QDir(lastFolder()).filePath(base + QLatin1Char('.') + exportFormatSuffix(format()));
}

void ExportDialog::chooseFileAndExport()
{
    const ExportFormat f = format();
    const QString filter = QStringLiteral("%1 (*.%2)").arg(exportFormatName(f), exportFormatSuffix(f));
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggestedFileName(), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + exportFormatSuffix(f);
    if (exportTo(path))
        accept();
}

void ExportDialog::copyImage()
{
    const ExportablePlot& entry = current();
    if (!entry.plot)
        return;
    ExportSize size = exportSize();
    if (!isRaster(format()))
        size.scale = 2.0;
    if (const auto problem = checkExportSize(size, ExportFormat::Png)) {
        showError(*problem);
        return;
    }
    QGuiApplication::clipboard()->setImage(renderPlot(*entry.plot, size));
}

} // namespace leakylab
