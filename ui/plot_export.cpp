// Plot export: QCustomPlot draws into an image, a QPdfWriter or a QSvgGenerator, each writing into a QSaveFile.
#include "ui/plot_export.h"

#include <qcustomplot.h>

#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>

#include <cmath>

#include "ui/activation_plot.h"

namespace leakylab {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("PlotExport", text); }

// Layout pixels are screen pixels: the plot measures its text with the screen's metrics, so the vector
// formats draw text at the same resolution or labels would outgrow the room the layout left them.
int layoutDpi()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInch()) : 96;
}

// What a viewer should never see in a figure: a selection, or the crosshair where the mouse happened to be.
void prepare(QCustomPlot& plot)
{
    plot.deselectAll();
    if (auto* activation = qobject_cast<ActivationPlot*>(&plot))
        activation->hideHover();
}

// Drawing at another size leaves the widget's layout at that size until its next replot.
void restore(QCustomPlot& plot) { plot.replot(QCustomPlot::rpQueuedReplot); }

void setVectorModes(QCPPainter& painter)
{
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    // Cosmetic pens stay one device pixel wide: hairlines on a printer. Non-cosmetic pens scale with the page.
    painter.setMode(QCPPainter::pmNonCosmetic);
}

std::optional<QString> writeImage(QCustomPlot& plot, QIODevice& device, ExportFormat format, const ExportSize& size)
{
    QImage image = renderPlot(plot, size);
    if (image.isNull())
        return tr("There is not enough memory for an image of %1 × %2 pixels.")
            .arg(size.pixels().width())
            .arg(size.pixels().height());
    const bool jpg = format == ExportFormat::Jpg;
    if (jpg)
        image = image.convertToFormat(QImage::Format_RGB32);
    QImageWriter writer(&device, jpg ? "jpg" : "png");
    if (jpg)
        writer.setQuality(92);
    if (!writer.write(image))
        return writer.errorString();
    return std::nullopt;
}

std::optional<QString> writePdf(QCustomPlot& plot, QIODevice& device, const ExportSize& size, const QString& title)
{
    QPdfWriter writer(&device);
    writer.setCreator(QStringLiteral("LeakyLab"));
    writer.setTitle(title);
    writer.setResolution(layoutDpi());
    // One layout pixel is one point: the page is exactly the figure, without margins.
    QPageLayout layout(QPageSize(QSizeF(size.width, size.height), QPageSize::Point, QString(), QPageSize::ExactMatch),
                       QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    layout.setMode(QPageLayout::FullPageMode);
    if (!writer.setPageLayout(layout))
        return tr("The PDF page cannot be %1 × %2 points.").arg(size.width).arg(size.height);
    QCPPainter painter;
    if (!painter.begin(&writer))
        return tr("The PDF could not be started.");
    setVectorModes(painter);
    painter.setWindow(0, 0, size.width, size.height);
    plot.toPainter(&painter, size.width, size.height);
    painter.end();
    return std::nullopt;
}

std::optional<QString> writeSvg(QCustomPlot& plot, QIODevice& device, const ExportSize& size, const QString& title)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&device);
    generator.setSize(QSize(size.width, size.height));
    generator.setViewBox(QRect(0, 0, size.width, size.height));
    generator.setResolution(layoutDpi());
    generator.setTitle(title);
    generator.setDescription(tr("Made with LeakyLab"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return tr("The SVG could not be started.");
    setVectorModes(painter);
    plot.toPainter(&painter, size.width, size.height);
    painter.end();
    return std::nullopt;
}

QString couldNotWrite(const QString& path, const QString& why)
{
    return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

} // namespace

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Jpg:
        return QStringLiteral("jpg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return tr("PNG image");
    case ExportFormat::Jpg:
        return tr("JPG image");
    case ExportFormat::Pdf:
        return tr("PDF (vector)");
    case ExportFormat::Svg:
        return tr("SVG (vector)");
    case ExportFormat::Csv:
        return tr("CSV table");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jpeg"))
        return ExportFormat::Jpg;
    for (ExportFormat format : kExportFormats) {
        if (suffix == exportFormatSuffix(format))
            return format;
    }
    return std::nullopt;
}

QSize ExportSize::pixels() const
{
    return {static_cast<int>(std::lround(width * scale)), static_cast<int>(std::lround(height * scale))};
}

std::optional<QString> checkExportSize(const ExportSize& size, ExportFormat format)
{
    for (const auto& [value, what] : {std::pair {size.width, tr("width")}, std::pair {size.height, tr("height")}}) {
        if (value < kMinExportSide || value > kMaxExportSide)
            return tr("The %1 must be between %2 and %3, not %4.").arg(what).arg(kMinExportSide).arg(kMaxExportSide).arg(value);
    }
    if (!isRaster(format))
        return std::nullopt;
    if (!std::isfinite(size.scale) || size.scale < kMinExportScale || size.scale > kMaxExportScale)
        return tr("The scale must be between %1 and %2, not %3.").arg(kMinExportScale).arg(kMaxExportScale).arg(size.scale);
    const double wide = size.width * size.scale;
    const double high = size.height * size.scale;
    if (wide > kMaxExportSide || high > kMaxExportSide)
        return tr("At this scale the image would be %1 × %2 pixels; at most %3 per side.")
            .arg(std::lround(wide))
            .arg(std::lround(high))
            .arg(kMaxExportSide);
    if (wide * high > kMaxExportPixels)
        return tr("At this scale the image would have %1 megapixels; at most %2.")
            .arg(wide * high / 1e6, 0, 'f', 0)
            .arg(kMaxExportPixels / 1e6, 0, 'f', 0);
    return std::nullopt;
}

QImage renderPlot(QCustomPlot& plot, const ExportSize& size)
{
    prepare(plot);
    QImage image(size.pixels(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    // Text is sized by the device's resolution: drawn at the screen's, as the layout measured it, and the
    // painter's scale does the rest.
    const auto dotsPerMeter = [&image](double dpi) {
        image.setDotsPerMeterX(static_cast<int>(std::lround(dpi / 0.0254)));
        image.setDotsPerMeterY(static_cast<int>(std::lround(dpi / 0.0254)));
    };
    dotsPerMeter(layoutDpi());
    QCPPainter painter(&image);
    if (size.scale != 1.0) {
        if (size.scale > 1.0)
            painter.setMode(QCPPainter::pmNonCosmetic);
        painter.scale(size.scale, size.scale);
    }
    plot.toPainter(&painter, size.width, size.height);
    painter.end();
    restore(plot);
    // In the file: the pixels an inch holds at this scale, so programs that honour it show the figure at
    // its layout size.
    dotsPerMeter(layoutDpi() * size.scale);
    return image;
}

std::optional<QString> writePlot(QCustomPlot& plot, QIODevice& device, ExportFormat format, const ExportSize& size,
                                 const QString& title)
{
    if (const auto problem = checkExportSize(size, format))
        return problem;
    std::optional<QString> error;
    switch (format) {
    case ExportFormat::Png:
    case ExportFormat::Jpg:
        return writeImage(plot, device, format, size);
    case ExportFormat::Pdf:
        prepare(plot);
        error = writePdf(plot, device, size, title);
        break;
    case ExportFormat::Svg:
        prepare(plot);
        error = writeSvg(plot, device, size, title);
        break;
    case ExportFormat::Csv:
        return tr("A plot is written as an image, a PDF or an SVG; CSV holds its table.");
    }
    restore(plot);
    return error;
}

std::optional<QString> savePlot(QCustomPlot& plot, const QString& path, ExportFormat format, const ExportSize& size,
                                const QString& title)
{
    if (const auto problem = checkExportSize(size, format))
        return problem;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return couldNotWrite(path, file.errorString());
    if (const auto error = writePlot(plot, file, format, size, title)) {
        file.cancelWriting();
        return couldNotWrite(path, *error);
    }
    if (!file.commit())
        return couldNotWrite(path, file.errorString());
    return std::nullopt;
}

std::optional<QString> saveText(const QString& path, const std::string& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return couldNotWrite(path, file.errorString());
    if (file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())) {
        const QString why = file.errorString();
        file.cancelWriting();
        return couldNotWrite(path, why);
    }
    if (!file.commit())
        return couldNotWrite(path, file.errorString());
    return std::nullopt;
}

void copyPlotToClipboard(QCustomPlot& plot)
{
    const ExportSize size {std::max(plot.width(), kMinExportSide), std::max(plot.height(), kMinExportSide), 2.0};
    QGuiApplication::clipboard()->setImage(renderPlot(plot, size));
}

} // namespace leakylab
