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

#include <algorithm>
#include <cmath>

#include "ui/activation_plot.h"

namespace leakylab {
namespace {

// The context of this file's messages in the translations, declared so that lupdate finds it.
struct PlotExport {
    Q_DECLARE_TR_FUNCTIONS(PlotExport)
};

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

// Past 1280x720 the figure is drawn at that size and magnified, so text and lines grow with it: a slide
// at 1920x1080 reads from the back row as the window does, instead of shrinking its labels to dots.
double figureZoom(const ExportSize& size)
{
    return std::clamp(std::min(size.width / 1280.0, size.height / 720.0), 1.0, 4.0);
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
        return PlotExport::tr("There is not enough memory for an image of %1 × %2 pixels.")
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
        return PlotExport::tr("The PDF page cannot be %1 × %2 points.").arg(size.width).arg(size.height);
    QCPPainter painter;
    if (!painter.begin(&writer))
        return PlotExport::tr("The PDF could not be started.");
    setVectorModes(painter);
    painter.setWindow(0, 0, size.width, size.height);
    const double zoom = figureZoom(size);
    painter.scale(zoom, zoom);
    plot.toPainter(&painter, qRound(size.width / zoom), qRound(size.height / zoom));
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
    generator.setDescription(PlotExport::tr("Made with LeakyLab"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return PlotExport::tr("The SVG could not be started.");
    setVectorModes(painter);
    const double zoom = figureZoom(size);
    painter.scale(zoom, zoom);
    plot.toPainter(&painter, qRound(size.width / zoom), qRound(size.height / zoom));
    painter.end();
    return std::nullopt;
}

QString couldNotWrite(const QString& path, const QString& why)
{
    return PlotExport::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
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
        return PlotExport::tr("PNG image");
    case ExportFormat::Jpg:
        return PlotExport::tr("JPG image");
    case ExportFormat::Pdf:
        return PlotExport::tr("PDF (vector)");
    case ExportFormat::Svg:
        return PlotExport::tr("SVG (vector)");
    case ExportFormat::Csv:
        return PlotExport::tr("CSV table");
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
    const auto sides = {std::pair {size.width, PlotExport::tr("width")},
                        std::pair {size.height, PlotExport::tr("height")}};
    for (const auto& [value, what] : sides) {
        if (value < kMinExportSide || value > kMaxExportSide)
            return PlotExport::tr("The %1 must be between %2 and %3, not %4.")
                .arg(what)
                .arg(kMinExportSide)
                .arg(kMaxExportSide)
                .arg(value);
    }
    if (!isRaster(format))
        return std::nullopt;
    if (!std::isfinite(size.scale) || size.scale < kMinExportScale || size.scale > kMaxExportScale)
        return PlotExport::tr("The scale must be between %1 and %2, not %3.")
            .arg(kMinExportScale)
            .arg(kMaxExportScale)
            .arg(size.scale);
    const double wide = size.width * size.scale;
    const double high = size.height * size.scale;
    if (wide > kMaxExportSide || high > kMaxExportSide)
        return PlotExport::tr("At this scale the image would be %1 × %2 pixels; at most %3 per side.")
            .arg(std::lround(wide))
            .arg(std::lround(high))
            .arg(kMaxExportSide);
    if (wide * high > kMaxExportPixels)
        return PlotExport::tr("At this scale the image would have %1 megapixels; at most %2.")
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
    const double zoom = figureZoom(size);
    const double magnification = size.scale * zoom;
    if (magnification != 1.0) {
        if (magnification > 1.0)
            painter.setMode(QCPPainter::pmNonCosmetic);
        painter.scale(magnification, magnification);
    }
    plot.toPainter(&painter, qRound(size.width / zoom), qRound(size.height / zoom));
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
        return PlotExport::tr("A plot is written as an image, a PDF or an SVG; CSV holds its table.");
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
