// `leakylab export` as a user runs it: real PNG, JPG, PDF, SVG and CSV files checked by reading them back,
// and every mistake a single stderr line, exit code 2 and no file left behind.
#include <gtest/gtest.h>

#include <bit>
#include <charconv>
#include <chrono>
#include <cmath>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QStringList>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include "cli_process.h"
#include "core/activation.h"
#include "core/lesson.h"

namespace leakylab {
namespace {

using testing::Display;
using testing::lineCount;
using testing::ProcessRun;

// QSvgRenderer and QImageReader want a GUI application; the offscreen one needs no display.
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "test_cli_export";
    static char* argv[] = {name, nullptr};
    static QGuiApplication* app = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return new QGuiApplication(argc, argv);
    }();
    (void)app;
}

ProcessRun leakylab(const QStringList& arguments, Display display = Display::Inherited)
{
    ensureApplication();
    return testing::runLeakylab(arguments, std::chrono::seconds(60), display);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSize imageSize(const QString& path, QByteArray* format = nullptr)
{
    QImageReader reader(path);
    if (format)
        *format = reader.format();
    return reader.size();
}

float readFloat(const QString& text)
{
    const std::string s = text.toStdString();
    float value = std::nanf("");
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    EXPECT_TRUE(ec == std::errc() && end == s.data() + s.size()) << "not a plain number: " << s;
    return value;
}

std::uint32_t bits(float value) { return std::bit_cast<std::uint32_t>(value); }

class CliExport : public ::testing::Test {
protected:
    QString path(const QString& name) const { return dir.filePath(name); }
    // Everything in the folder, so a test can tell nothing (not even a temporary file) was left.
    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot); }

    QTemporaryDir dir;
};

TEST_F(CliExport, PngHasWidthTimesScalePixels)
{
    const ProcessRun r = leakylab({"export", "--out", path("plot.png"), "--width", "800", "--height", "600", "--scale", "2"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(r.out, "");
    QByteArray format;
    EXPECT_EQ(imageSize(path("plot.png"), &format), QSize(1600, 1200));
    EXPECT_EQ(format, "png");
}

TEST_F(CliExport, DefaultIsASlideOf1920By1080)
{
    const ProcessRun r = leakylab({"export", "--out", path("slide.png")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(imageSize(path("slide.png")), QSize(1920, 1080));
}

TEST_F(CliExport, JpgAndJpegAreJpegsOfTheirSize)
{
    for (const QString name : {"a.jpg", "b.JPEG"}) {
        const ProcessRun r = leakylab({"export", "--out", path(name), "--width", "1024", "--height", "768", "--scale", "1"});
        ASSERT_EQ(r.exitCode, 0) << r.err;
        QByteArray format;
        EXPECT_EQ(imageSize(path(name), &format), QSize(1024, 768)) << name.toStdString();
        EXPECT_EQ(format, "jpeg") << name.toStdString();
    }
}

TEST_F(CliExport, PdfIsACompleteDocumentWithOnePageOfTheFiguresSize)
{
    const ProcessRun r = leakylab({"export", "--out", path("handout.pdf"), "--width", "842", "--height", "595"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const QByteArray pdf = readAll(path("handout.pdf"));
    ASSERT_TRUE(pdf.startsWith("%PDF-")) << pdf.left(20).toStdString();
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));
    // The trailer's startxref points at the cross-reference table: the file is whole, not truncated.
    const auto startxref = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$"))
                               .match(QString::fromLatin1(pdf.right(64)));
    ASSERT_TRUE(startxref.hasMatch());
    const qsizetype xref = startxref.captured(1).toLongLong();
    ASSERT_LT(xref, pdf.size());
    EXPECT_TRUE(pdf.mid(xref, 4) == "xref") << pdf.mid(xref, 20).toStdString();
    EXPECT_TRUE(pdf.contains("trailer"));
    EXPECT_EQ(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1) << "one page";
    // The page is the figure, in points.
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(/MediaBox \[0 0 842(\.0+)? 595(\.0+)?\])")).match(QString::fromLatin1(pdf)).hasMatch());
}

TEST_F(CliExport, SvgParsesAndHasTheFiguresViewBox)
{
    const ProcessRun r = leakylab({"export", "--out", path("figure.svg"), "--width", "1000", "--height", "500",
                                   "--derivatives", "--theme", "dark"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    QSvgRenderer svg(path("figure.svg"));
    ASSERT_TRUE(svg.isValid());
    EXPECT_EQ(svg.viewBox(), QRect(0, 0, 1000, 500));
    EXPECT_TRUE(readAll(path("figure.svg")).contains("LeakyReLU"));
}

TEST_F(CliExport, CsvIsTheCurveTableWithTheCoresValuesBitForBit)
{
    const ProcessRun r = leakylab({"export", "--out", path("curves.csv"), "--negative-slope", "0.3", "--x-range", "-2:3"});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const QStringList rows = QString::fromUtf8(readAll(path("curves.csv"))).split(QLatin1Char('\n'));
    ASSERT_GT(rows.size(), 10);
    EXPECT_EQ(rows.front(), "x,relu,leaky_relu,relu_grad,leaky_relu_grad");
    EXPECT_EQ(rows.back(), "") << "ends with a newline";
    const float slope = slopeAsFloat(0.3);
    bool sawZero = false;
    float previous = -INFINITY;
    for (qsizetype i = 1; i + 1 < rows.size(); ++i) {
        const QStringList cells = rows[i].split(QLatin1Char(','));
        ASSERT_EQ(cells.size(), 5) << rows[i].toStdString();
        const float x = readFloat(cells[0]);
        EXPECT_GE(x, -2.0f);
        EXPECT_LE(x, 3.0f);
        EXPECT_GT(x, previous);
        previous = x;
        sawZero = sawZero || x == 0.0f;
        EXPECT_EQ(bits(readFloat(cells[1])), bits(relu(x))) << rows[i].toStdString();
        EXPECT_EQ(bits(readFloat(cells[2])), bits(leakyRelu(x, slope))) << rows[i].toStdString();
        EXPECT_EQ(bits(readFloat(cells[3])), bits(reluGrad(x))) << rows[i].toStdString();
        EXPECT_EQ(bits(readFloat(cells[4])), bits(leakyReluGrad(x, slope))) << rows[i].toStdString();
    }
    EXPECT_TRUE(sawZero) << "the kink x = 0 is a row";
}

TEST_F(CliExport, ThemesChangeTheBackground)
{
    ASSERT_EQ(leakylab({"export", "--out", path("light.png"), "--scale", "1"}).exitCode, 0);
    ASSERT_EQ(leakylab({"export", "--out", path("dark.png"), "--scale", "1", "--theme", "dark"}).exitCode, 0);
    EXPECT_GT(QImage(path("light.png")).pixelColor(2, 2).lightness(), 230);
    EXPECT_LT(QImage(path("dark.png")).pixelColor(2, 2).lightness(), 60);
}

TEST_F(CliExport, DerivativesAddTheirCurves)
{
    ASSERT_EQ(leakylab({"export", "--out", path("two.png"), "--scale", "1"}).exitCode, 0);
    ASSERT_EQ(leakylab({"export", "--out", path("four.png"), "--scale", "1", "--derivatives"}).exitCode, 0);
    EXPECT_NE(QImage(path("two.png")), QImage(path("four.png")));
}

TEST_F(CliExport, LessonIsTheStartingPointAndSaveLessonWritesTheStateUsed)
{
    Lesson lesson;
    lesson.title = "Week 3: the leak";
    lesson.negativeSlope = 0.25;
    lesson.xRange = {-1.0, 2.0};
    lesson.curves = {true, true, false, true};
    lesson.theme = Theme::Dark;
    QFile file(path("in.leakylab"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(lessonToJson(lesson)));
    file.close();

    const ProcessRun r = leakylab({"export", "--lesson", path("in.leakylab"), "--out", path("t.csv"), "--save-lesson",
                                   path("out.leakylab")});
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const auto saved = lessonFromJson(readAll(path("out.leakylab")).toStdString());
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    EXPECT_EQ(saved.value(), lessonFromJson(lessonToJson(lesson)).value());
    const QStringList rows = QString::fromUtf8(readAll(path("t.csv"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(readFloat(rows[1].section(QLatin1Char(','), 0, 0)), -1.0f);
    EXPECT_EQ(readFloat(rows.back().section(QLatin1Char(','), 0, 0)), 2.0f);
    EXPECT_EQ(rows[1], "-1,0,-0.25,0,0.25");

    const ProcessRun overridden = leakylab({"export", "--lesson", path("in.leakylab"), "--negative-slope", "0.5",
                                            "--derivatives", "--out", path("o.png"), "--save-lesson", path("o.leakylab")});
    ASSERT_EQ(overridden.exitCode, 0) << overridden.err;
    const auto changed = lessonFromJson(readAll(path("o.leakylab")).toStdString());
    ASSERT_TRUE(changed.ok());
    EXPECT_EQ(changed.value().negativeSlope, 0.5);
    EXPECT_TRUE(changed.value().curves.reluGrad);
    EXPECT_EQ(changed.value().title, lesson.title);
}

TEST_F(CliExport, WorksWithoutADisplay)
{
    const ProcessRun r = leakylab({"export", "--out", path("headless.pdf")}, Display::None);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(readAll(path("headless.pdf")).startsWith("%PDF-"));
}

TEST_F(CliExport, HelpNamesTheOptionsAndTheLimits)
{
    const ProcessRun r = leakylab({"export", "--help"}, Display::None);
    EXPECT_EQ(r.exitCode, 0);
    for (const char* option : {"--out", "--negative-slope", "--width", "--height", "--scale", "--derivatives",
                               "--x-range", "--lesson", "--save-lesson", "--theme", "16384", "100 megapixels"})
        EXPECT_NE(r.out.find(option), std::string::npos) << option;
    EXPECT_NE(leakylab({"--help"}).out.find("leakylab export"), std::string::npos);
}

TEST_F(CliExport, MistakesAreOneLineExitTwoAndLeaveNoFile)
{
    QFile bad(path("bad.leakylab"));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "leakylab-lesson", "version": 99})");
    bad.close();
    QFile notJson(path("broken.leakylab"));
    ASSERT_TRUE(notJson.open(QIODevice::WriteOnly));
    notJson.write(QByteArray::fromStdString(lessonToJson(Lesson {})).left(100));
    notJson.close();
    QFile newline(path("newline.leakylab"));
    ASSERT_TRUE(newline.open(QIODevice::WriteOnly));
    newline.write(QByteArray::fromStdString(lessonToJson(Lesson {})).replace("\"title\"", "\"a\\nb\": 1, \"title\""));
    newline.close();
    QDir(dir.path()).mkdir("folder");
    const QStringList inputs = files();

    const QString out = path("out.png");
    const std::vector<QStringList> mistakes = {
        {"export"},
        {"export", "--out", path("plot.bmp")},
        {"export", "--out", path("plot")},
        {"export", "--out", out, "--width", "-5"},
        {"export", "--out", out, "--width", "0"},
        {"export", "--out", out, "--width", "100000"},
        {"export", "--out", out, "--width", "wide"},
        {"export", "--out", out, "--height", "50"},
        {"export", "--out", out, "--height", "1e3"},
        {"export", "--out", out, "--scale", "0"},
        {"export", "--out", out, "--scale", "-1"},
        {"export", "--out", out, "--scale", "nan"},
        {"export", "--out", out, "--scale", "50"},
        {"export", "--out", out, "--width", "10000", "--height", "10000", "--scale", "1.5"},
        {"export", "--out", out, "--width", "12000", "--height", "9000", "--scale", "1"},
        {"export", "--out", path("big.pdf"), "--width", "20000"},
        {"export", "--out", out, "--x-range", "5:-5"},
        {"export", "--out", out, "--x-range", "1:1"},
        {"export", "--out", out, "--x-range", "left:right"},
        {"export", "--out", out, "--x-range", "1:2:3"},
        {"export", "--out", out, "--x-range", "-inf:0"},
        {"export", "--out", out, "--x-range", "0:1e7"},
        {"export", "--out", out, "--negative-slope", "steep"},
        {"export", "--out", out, "--negative-slope", "nan"},
        {"export", "--out", out, "--theme", "purple"},
        {"export", "--out", out, "--lesson", path("missing.leakylab")},
        {"export", "--out", out, "--lesson", path("bad.leakylab")},
        {"export", "--out", out, "--lesson", path("broken.leakylab")},
        {"export", "--out", out, "--lesson", path("newline.leakylab")},
        {"export", "--out", path("two\nlines.bmp")},
        {"export", "--out", path("nowhere/plot.png")},
        {"export", "--out", path("folder")},
        {"export", "--out", path("folder.png/x.png")},
        {"export", "--out", out, "--save-lesson", path("nowhere/l.leakylab")},
        {"export", "--out", path("same.csv"), "--save-lesson", path("same.csv")},
        {"export", "--out", out, "stray"},
        {"export", "--out", out, "--bogus"},
    };
    for (const QStringList& arguments : mistakes) {
        const ProcessRun r = leakylab(arguments);
        const std::string shown = arguments.join(' ').toStdString();
        EXPECT_EQ(r.exitCode, 2) << shown;
        EXPECT_EQ(lineCount(r.err), 1u) << shown << "\n" << r.err;
        EXPECT_EQ(r.err.rfind("leakylab export: ", 0), 0u) << shown << "\n" << r.err;
        EXPECT_EQ(r.out, "") << shown;
        EXPECT_EQ(files(), inputs) << shown << ": a file was left behind";
    }
}

TEST_F(CliExport, AMistakeLeavesAnExistingFileAsItWas)
{
    QFile old(path("keep.png"));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("the picture from last week");
    old.close();
    const ProcessRun r = leakylab({"export", "--out", path("keep.png"), "--width", "-1"});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(readAll(path("keep.png")), "the picture from last week");
}

} // namespace
} // namespace leakylab
