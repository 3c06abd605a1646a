// `leakylab export`: the activation plot as PNG, JPG, PDF or SVG, or its curve table as CSV, with no window.
#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <cmath>
#include <memory>
#include <optional>
#include <utility>
#include <variant>

#include "app/cli_common.h"
#include "app/cli_requests.h"
#include "core/curve_table.h"
#include "core/lesson.h"
#include "ui/activation_plot.h"
#include "ui/lesson_file.h"
#include "ui/plot_export.h"
#include "ui/plot_range.h"
#include "ui/plot_theme.h"

namespace leakylab::cli {
namespace {

const QString kName = QStringLiteral("export");
// The bounds a lesson file accepts (core/lesson.cpp), so whatever is drawn can be saved as a lesson.
constexpr double kMaxMagnitude = 1e6;
constexpr double kMinRangeWidth = 1e-3;

struct XRange {
    double lo = 0;
    double hi = 0;
};

std::optional<XRange> parseRange(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return std::nullopt;
    const auto lo = parseFloat(parts[0]);
    const auto hi = parseFloat(parts[1]);
    if (!lo || !hi || !std::isfinite(*lo) || !std::isfinite(*hi) || std::abs(*lo) > kMaxMagnitude ||
        std::abs(*hi) > kMaxMagnitude || !(*hi - *lo >= kMinRangeWidth))
        return std::nullopt;
    return XRange {*lo, *hi};
}

std::optional<Theme> parseTheme(const QString& text)
{
    for (Theme theme : {Theme::Light, Theme::Dark, Theme::HighContrast}) {
        const QString name = QString::fromUtf8(themeName(theme).data(), static_cast<qsizetype>(themeName(theme).size()));
        if (text == name || QString(text).replace(QLatin1Char('-'), QLatin1Char('_')) == name)
            return theme;
    }
    return std::nullopt;
}

// Why the file cannot be written there, before anything is drawn.
std::optional<QString> pathProblem(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return QStringLiteral("\"%1\" is a folder, not a file").arg(path);
    if (!info.absoluteDir().exists())
        return QStringLiteral("there is no folder \"%1\" to write \"%2\" into")
            .arg(QDir::toNativeSeparators(info.absolutePath()), info.fileName());
    return std::nullopt;
}

// A message that names a file or a lesson's field may hold a line break; the promise is one stderr line.
int report(const QString& message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1String("\\n")).replace(QLatin1Char('\r'), QLatin1String("\\r"));
    return fail(kName, line);
}

// Qt's own warnings (fonts, platform plugin) would break the promise of one stderr line on a mistake.
void quietQtWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

void addExportOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {"out", "Write to FILE; its extension gives the format: png, jpg or jpeg, pdf, svg, or csv.", "FILE"},
        {"negative-slope", "LeakyReLU's slope for x < 0 (default 0.01, or the lesson's).", "S"},
        {"width", "The figure's width: pixels, points for PDF (default 1280).", "W"},
        {"height", "The figure's height (default 720).", "H"},
        {"scale", "PNG and JPG get width*F x height*F pixels: the same figure, sharper (default 1.5).", "F"},
        {"derivatives", "Also draw ReLU'(x) and LeakyReLU'(x)."},
        {"x-range", "The x range shown, as A:B (default -5:5, or the lesson's).", "A:B"},
        {"lesson", "Start from this lesson file: slope, x range, curves and theme.", "FILE"},
        {"save-lesson", "Also write the state drawn as a lesson file.", "FILE"},
        {"theme", "light, dark or high_contrast (default light, or the lesson's).", "NAME"},
    });
}

// Everything checked before anything is drawn or written; prints the one-line error and returns nothing on
// a mistake.
std::optional<ExportRequest> readRequest(const QCommandLineParser& parser)
{
    ExportRequest r;
    const auto failed = [](const QString& message) {
        report(message);
        return std::nullopt;
    };
    if (!parser.positionalArguments().isEmpty())
        return failed(QStringLiteral("unexpected argument \"%1\"; see leakylab export --help")
                          .arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet("out"))
        return failed(QStringLiteral("--out FILE is required"));
    r.out = parser.value("out");
    const auto format = exportFormatFromPath(r.out);
    if (!format)
        return failed(QStringLiteral("cannot tell the format of \"%1\": use .png, .jpg, .pdf, .svg or .csv").arg(r.out));
    r.format = *format;

    // Without a lesson: the two functions, as a slide shows them first.
    r.lesson.curves.reluGrad = r.lesson.curves.leakyReluGrad = false;
    if (parser.isSet("lesson")) {
        const QString path = parser.value("lesson");
        const auto lesson = readLessonFile(path);
        if (!lesson)
            return failed(QStringLiteral("%1: %2").arg(path, QString::fromStdString(lesson.error().message)));
        r.lesson = lesson.value();
    }
    if (parser.isSet("negative-slope")) {
        const auto slope = parseFloat(parser.value("negative-slope"));
        if (!slope || !std::isfinite(*slope) || std::abs(*slope) > kMaxMagnitude)
            return failed(QStringLiteral("--negative-slope must be a number between -1e6 and 1e6, not \"%1\"")
                              .arg(parser.value("negative-slope")));
        r.lesson.negativeSlope = r.lesson.simulation.negativeSlope = *slope;
    }
    if (parser.isSet("x-range")) {
        const auto range = parseRange(parser.value("x-range"));
        if (!range)
            return failed(QStringLiteral("--x-range must be A:B with A < B, both within -1e6 and 1e6 and at least "
                                         "0.001 apart, not \"%1\"")
                              .arg(parser.value("x-range")));
        r.lesson.xRange = {range->lo, range->hi};
    }
    if (parser.isSet("derivatives"))
        r.lesson.curves.reluGrad = r.lesson.curves.leakyReluGrad = true;
    if (parser.isSet("theme")) {
        const auto theme = parseTheme(parser.value("theme"));
        if (!theme)
            return failed(QStringLiteral("--theme must be light, dark or high_contrast, not \"%1\"").arg(parser.value("theme")));
        r.lesson.theme = *theme;
    }

    for (const auto& [option, side] : {std::pair {"width", &r.size.width}, std::pair {"height", &r.size.height}}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *side = parser.value(option).toInt(&ok);
        if (!ok)
            return failed(QStringLiteral("--%1 must be a whole number, not \"%2\"").arg(QLatin1String(option), parser.value(option)));
    }
    if (parser.isSet("scale")) {
        const auto scale = parseFloat(parser.value("scale"));
        if (!scale)
            return failed(QStringLiteral("--scale must be a number, not \"%1\"").arg(parser.value("scale")));
        r.size.scale = *scale;
    }
    if (r.format != ExportFormat::Csv) {
        if (const auto problem = checkExportSize(r.size, r.format))
            return failed(*problem);
    }

    if (const auto problem = pathProblem(r.out))
        return failed(*problem);
    if (parser.isSet("save-lesson")) {
        r.saveLesson = parser.value("save-lesson");
        if (const auto problem = pathProblem(r.saveLesson))
            return failed(*problem);
        if (QFileInfo(r.saveLesson).absoluteFilePath() == QFileInfo(r.out).absoluteFilePath())
            return failed(QStringLiteral("--out and --save-lesson name the same file"));
    }
    return r;
}

// The figure or table, drawn in memory, so that a failure leaves no file behind.
std::optional<QByteArray> render(const ExportRequest& r)
{
    ActivationPlot plot;
    const Lesson& l = r.lesson;
    plot.setSlope(l.negativeSlope);
    plot.setCurveVisible(Curve::Relu, l.curves.relu);
    plot.setCurveVisible(Curve::LeakyRelu, l.curves.leakyRelu);
    plot.setCurveVisible(Curve::ReluGrad, l.curves.reluGrad);
    plot.setCurveVisible(Curve::LeakyReluGrad, l.curves.leakyReluGrad);
    showXRange(plot, l.xRange[0], l.xRange[1]);
    PlotTheme::apply(plot, l.theme);

    if (r.format == ExportFormat::Csv) {
        const auto table = curveTableCsv({l.xRange[0], l.xRange[1], plot.sampleStep()}, l.negativeSlope);
        if (!table) {
            report(QString::fromStdString(table.error().message));
            return std::nullopt;
        }
        return QByteArray::fromStdString(table.value());
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QString title = l.title.empty() ? plot.formulaText() : QString::fromStdString(l.title);
    if (const auto error = writePlot(plot, buffer, r.format, r.size, title)) {
        report(*error);
        return std::nullopt;
    }
    return bytes;
}

// Both files through QSaveFile, committed only once both are fully written.
int writeFiles(const QList<QPair<QString, QByteArray>>& files)
{
    std::vector<std::unique_ptr<QSaveFile>> open;
    for (const auto& [path, bytes] : files) {
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly) || file->write(bytes) != bytes.size())
            return report(QStringLiteral("could not write \"%1\": %2").arg(path, file->errorString()));
        open.push_back(std::move(file));
    }
    for (const auto& file : open) {
        if (!file->commit())
            return report(QStringLiteral("could not write \"%1\": %2").arg(file->fileName(), file->errorString()));
    }
    return 0;
}

} // namespace

std::unique_ptr<QCoreApplication> makeGuiApplication(int& argc, char** argv)
{
    // Offscreen unless the user names a platform: no display is needed, and the figure does not change with
    // the screen's resolution or whichever display happens to be around.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietQtWarnings);
    return std::make_unique<QApplication>(argc, argv);
}

std::variant<ExportRequest, int> readExportRequest(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the activation plot without a window: ReLU(x) and LeakyReLU(x), and with --derivatives\n"
        "their derivatives. A .csv file gets the curve table instead, one row per plotted x:\n"
        "  x,relu,leaky_relu,relu_grad,leaky_relu_grad\n"
        "Width and height: %1 to %2. PNG and JPG: width*scale x height*scale pixels, at most %2 per side\n"
        "and %3 megapixels; scale %4 to %5.")
                                         .arg(kMinExportSide)
                                         .arg(kMaxExportSide)
                                         .arg(kMaxExportPixels / 1e6)
                                         .arg(kMinExportScale)
                                         .arg(kMaxExportScale));
    parser.addHelpOption();
    addExportOptions(parser);
    if (!parser.parse(arguments))
        return report(parser.errorText());
    if (parser.isSet("help")) {
        writeOut(parser.helpText().toStdString());
        return 0;
    }
    auto request = readRequest(parser);
    if (!request)
        return kUsageError;
    return std::move(*request);
}

int runExport(const QStringList& arguments)
{
    const auto read = readExportRequest(arguments);
    if (const int* exitCode = std::get_if<int>(&read))
        return *exitCode;
    const ExportRequest& request = std::get<ExportRequest>(read);
    const auto bytes = render(request);
    if (!bytes)
        return kUsageError;

    QList<QPair<QString, QByteArray>> files {{request.out, *bytes}};
    if (!request.saveLesson.isEmpty()) {
        const auto text = lessonFileText(request.lesson);
        if (!text)
            return report(QString::fromStdString(text.error().message));
        files.append({request.saveLesson, QByteArray::fromStdString(text.value())});
    }
    return writeFiles(files);
}

} // namespace leakylab::cli
