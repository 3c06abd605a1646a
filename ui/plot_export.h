// Writing a plot to PNG, JPG, PDF or SVG and text to a file: checked sizes, and never a half-written file.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <optional>
#include <string>

class QCustomPlot;
class QIODevice;

namespace leakylab {

enum class ExportFormat { Png, Jpg, Pdf, Svg, Csv };
inline constexpr ExportFormat kExportFormats[] = {ExportFormat::Png, ExportFormat::Jpg, ExportFormat::Pdf,
                                                  ExportFormat::Svg, ExportFormat::Csv};

QString exportFormatSuffix(ExportFormat format); // "png", "jpg", "pdf", "svg", "csv"
QString exportFormatName(ExportFormat format);   // "PNG image", "PDF (vector)", ...
// By the file's extension (png, jpg, jpeg, pdf, svg, csv, any case); nothing for any other.
std::optional<ExportFormat> exportFormatFromPath(const QString& path);
inline bool isRaster(ExportFormat format) { return format == ExportFormat::Png || format == ExportFormat::Jpg; }

// The figure is laid out at width × height (pixels for images, points for PDF, user units for SVG): the
// fonts keep their size, so a smaller figure has relatively larger text. Images get width·scale ×
// height·scale pixels: the same figure, sharper.
struct ExportSize {
    int width = 1280;
    int height = 720;
    double scale = 1.5;
    QSize pixels() const;
};

// Below this the legend and the formula no longer fit beside the curves.
inline constexpr int kMinExportSide = 200;
// QImage and most viewers handle at most this per side; 100 megapixels is 400 MB in memory while drawing.
inline constexpr int kMaxExportSide = 16384;
inline constexpr double kMaxExportPixels = 100e6;
inline constexpr double kMinExportScale = 0.25;
inline constexpr double kMaxExportScale = 10.0;

// Why the size cannot be written in that format, in one sentence; nothing when it can.
std::optional<QString> checkExportSize(const ExportSize& size, ExportFormat format);

// The figure as an image, with the selection cleared and any hover readout hidden.
QImage renderPlot(QCustomPlot& plot, const ExportSize& size);
// Writes a PNG, JPG, PDF or SVG to `device`; the error, if any.
std::optional<QString> writePlot(QCustomPlot& plot, QIODevice& device, ExportFormat format, const ExportSize& size,
                                 const QString& title);
// Through QSaveFile: the file appears complete or not at all. The error, if any, names the file.
std::optional<QString> savePlot(QCustomPlot& plot, const QString& path, ExportFormat format, const ExportSize& size,
                                const QString& title);
std::optional<QString> saveText(const QString& path, const std::string& text);

// The plot at its on-screen size, twice as sharp, for pasting into slides.
void copyPlotToClipboard(QCustomPlot& plot);

} // namespace leakylab
