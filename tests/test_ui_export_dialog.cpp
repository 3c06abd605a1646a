// File > Export through the dialog: presets, formats, the preview, errors beside the controls, and the files
// it writes read back.
#include <QClipboard>
#include <QDir>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImageReader>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include "core/curve_table.h"
#include "gui_fixture.h"
#include "ui/activation_plot.h"
#include "ui/export_dialog.h"
#include "ui/lesson_evaluator.h"
#include "ui/lesson_state.h"
#include "ui/main_window.h"
#include "ui/plot_export.h"
#include "ui/plot_range.h"
#include "ui/slope_control.h"
#include "ui/training_dock.h"
#include "ui/training_panel.h"

namespace leakylab {
namespace {

class ExportDialogTest : public test::UiTest {
protected:
    ExportDialogTest()
    {
        window.resize(1280, 720);
        test::showAndWait(window);
        dialog = std::make_unique<ExportDialog>(window.exportablePlots(), &window);
    }
    QString path(const QString& name) const { return dir.filePath(name); }
    QByteArray readAll(const QString& name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    MainWindow window;
    std::unique_ptr<ExportDialog> dialog;
    QTemporaryDir dir;
};

TEST_F(ExportDialogTest, offers_the_activation_plot_in_every_format)
{
    ASSERT_GE(dialog->plotBox()->count(), 1);
    EXPECT_EQ(dialog->plotBox()->itemText(0), QStringLiteral("Activation plot"));
    QStringList formats;
    for (int i = 0; i < dialog->formatBox()->count(); ++i)
        formats << dialog->formatBox()->itemText(i);
    EXPECT_EQ(formats, (QStringList {"PNG image", "JPG image", "PDF (vector)", "SVG (vector)", "CSV table"}));
}

TEST_F(ExportDialogTest, the_slide_preset_writes_a_1920_by_1080_png)
{
    dialog->sizeBox()->setCurrentIndex(0);
    dialog->selectFormat(ExportFormat::Png);
    EXPECT_EQ(dialog->outputLabel()->text(), QStringLiteral("An image of 1920 × 1080 pixels"));
    ASSERT_TRUE(dialog->exportTo(path("slide.png"))) << dialog->errorLabel()->text().toStdString();
    EXPECT_EQ(QImageReader(path("slide.png")).size(), QSize(1920, 1080));
}

TEST_F(ExportDialogTest, the_four_by_three_preset_and_jpg)
{
    dialog->sizeBox()->setCurrentIndex(1);
    dialog->selectFormat(ExportFormat::Jpg);
    ASSERT_TRUE(dialog->exportTo(path("old-projector.jpg")));
    QImageReader reader(path("old-projector.jpg"));
    EXPECT_EQ(reader.size(), QSize(1024, 768));
    EXPECT_EQ(reader.format(), "jpeg");
}

TEST_F(ExportDialogTest, a4_pdf_and_svg_are_vector_files_that_parse)
{
    dialog->sizeBox()->setCurrentIndex(2);
    dialog->selectFormat(ExportFormat::Pdf);
    EXPECT_FALSE(dialog->scaleBox()->isEnabled()) << "a vector page has no pixels to scale";
    ASSERT_TRUE(dialog->exportTo(path("handout.pdf")));
    const QByteArray pdf = readAll("handout.pdf");
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(/MediaBox \[0 0 842(\.0+)? 595(\.0+)?\])")).match(QString::fromLatin1(pdf)).hasMatch());
    EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF"));

    dialog->selectFormat(ExportFormat::Svg);
    ASSERT_TRUE(dialog->exportTo(path("figure.svg")));
    QSvgRenderer svg(path("figure.svg"));
    EXPECT_TRUE(svg.isValid());
    EXPECT_EQ(svg.viewBox(), QRect(0, 0, 842, 595));
}

TEST_F(ExportDialogTest, csv_is_the_curve_table_of_the_range_on_screen)
{
    showXRange(*window.plot(), -3.0, 4.0);
    dialog->selectFormat(ExportFormat::Csv);
    ASSERT_TRUE(dialog->exportTo(path("curves.csv")));
    const auto expected =
        curveTableCsv({-3.0, 4.0, window.plot()->sampleStep()}, window.plot()->slope());
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ(readAll("curves.csv").toStdString(), expected.value());
    EXPECT_TRUE(readAll("curves.csv").startsWith("x,relu,leaky_relu,relu_grad,leaky_relu_grad\n"));
    EXPECT_TRUE(readAll("curves.csv").contains("\n0,0,0,0,0.01\n")) << "the kink is on the grid";
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->previewTable()->toPlainText().startsWith("x,relu"); }, 2000));
}

TEST_F(ExportDialogTest, a_custom_size_out_of_bounds_is_explained_next_to_the_controls)
{
    dialog->selectFormat(ExportFormat::Png);
    dialog->widthBox()->setValue(16000);
    dialog->heightBox()->setValue(9000);
    dialog->scaleBox()->setValue(2.0);
    EXPECT_EQ(dialog->sizeBox()->currentText(), QStringLiteral("Custom"));
    EXPECT_FALSE(dialog->errorLabel()->isHidden());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(QLatin1String("16384"))) << dialog->errorLabel()->text().toStdString();
    EXPECT_FALSE(dialog->exportButton()->isEnabled());
    EXPECT_FALSE(dialog->exportTo(path("huge.png")));
    EXPECT_FALSE(QFile::exists(path("huge.png")));

    dialog->scaleBox()->setValue(1.0);
    dialog->widthBox()->setValue(1600);
    EXPECT_TRUE(dialog->errorLabel()->isHidden());
    EXPECT_TRUE(dialog->exportButton()->isEnabled());
}

TEST_F(ExportDialogTest, a_folder_that_does_not_exist_is_an_error_not_a_crash)
{
    EXPECT_FALSE(dialog->exportTo(path("missing/plot.png")));
    EXPECT_FALSE(dialog->errorLabel()->isHidden());
    EXPECT_TRUE(dialog->errorLabel()->text().contains(QLatin1String("plot.png")));
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST_F(ExportDialogTest, the_preview_shows_the_figure_in_its_proportions)
{
    dialog->sizeBox()->setCurrentIndex(1); // 4:3
    dialog->show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->previewImage()->pixmap().isNull(); }, 3000));
    const QPixmap preview = dialog->previewImage()->pixmap();
    const double aspect = preview.deviceIndependentSize().width() / preview.deviceIndependentSize().height();
    EXPECT_NEAR(aspect, 4.0 / 3.0, 0.02);
    dialog->close();
}

TEST_F(ExportDialogTest, exporting_leaves_the_plot_as_it_was_on_screen)
{
    QTest::qWait(50); // the replot after showing
    const QRect before = window.plot()->axisRect()->rect();
    ASSERT_TRUE(dialog->exportTo(path("a.png")));
    // The plot lays itself out again at its next replot, queued by the export; a loaded machine may take a
    // while to get there.
    EXPECT_TRUE(QTest::qWaitFor([&] { return window.plot()->axisRect()->rect() == before; }, 5000));
    EXPECT_EQ(window.plot()->axisRect()->rect(), before);
}

TEST_F(ExportDialogTest, copy_puts_an_image_of_the_plot_on_the_clipboard)
{
    window.copyPlotAction()->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    ASSERT_FALSE(copied.isNull());
    EXPECT_EQ(copied.size(), window.plot()->size() * 2);
}

TEST_F(ExportDialogTest, a_panel_joins_the_export_list_with_one_line)
{
    auto* chart = new QCustomPlot;
    window.addExportablePlot({QStringLiteral("Loss chart"), chart,
                              [] { return Result<std::string>(std::string("step,loss\n0,1\n")); },
                              QStringLiteral("the training history")});
    ExportDialog withChart(window.exportablePlots(), &window);
    const int added = withChart.plotBox()->findText(QStringLiteral("Loss chart"));
    ASSERT_GE(added, 1);
    withChart.plotBox()->setCurrentIndex(added);
    withChart.selectFormat(ExportFormat::Csv);
    ASSERT_TRUE(withChart.exportTo(path("history.csv")));
    EXPECT_EQ(readAll("history.csv"), "step,loss\n0,1\n");
    delete chart;
}

// Mean difference of two images' grey levels, 0 to 255.
double meanDifference(const QImage& a, const QImage& b)
{
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y < ga.height(); ++y) {
        for (int x = 0; x < ga.width(); ++x)
            sum += std::abs(ga.pixelColor(x, y).value() - gb.pixelColor(x, y).value());
    }
    return sum / (ga.width() * ga.height());
}

TEST_F(ExportDialogTest, scale_makes_the_same_figure_sharper_not_larger)
{
    const QImage once = renderPlot(*window.plot(), {800, 450, 1.0});
    const QImage twice = renderPlot(*window.plot(), {800, 450, 2.0});
    ASSERT_EQ(twice.size(), QSize(1600, 900));
    const QImage shrunk = twice.scaled(once.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    EXPECT_LT(meanDifference(once, shrunk), 4.0) << "text or lines drew at another size than the layout measured";
}

TEST_F(ExportDialogTest, a_slide_larger_than_1280_by_720_grows_its_text_with_it)
{
    // 2560x1440 is the 1280x720 figure magnified twice: the same picture, not smaller labels on more room.
    const QImage slide = renderPlot(*window.plot(), {2560, 1440, 1.0});
    const QImage magnified = renderPlot(*window.plot(), {1280, 720, 2.0});
    ASSERT_EQ(slide.size(), magnified.size());
    EXPECT_LT(meanDifference(slide, magnified), 1.0);
}

TEST_F(ExportDialogTest, the_tensor_table_exports_as_csv)
{
    window.slopeControl()->setSlope(0.4);
    window.lessonState()->setTensor({QStringLiteral("[2., -4.]"), 0});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const auto& latest = window.lessonEvaluator()->latest();
            return latest && latest->setup.tensor.expression == QStringLiteral("[2., -4.]") && latest->setup.slope == 0.4;
        },
        5000));
    ExportDialog fresh(window.exportablePlots(), &window);
    const int table = fresh.plotBox()->findText(QStringLiteral("Tensor table"));
    ASSERT_GE(table, 0);
    fresh.plotBox()->setCurrentIndex(table);
    fresh.selectFormat(ExportFormat::Csv);
    ASSERT_TRUE(fresh.exportTo(path("tensor.csv")));
    EXPECT_EQ(readAll("tensor.csv"), "i0,x,y\n0,2,2\n1,-4,-1.6\n");
}

TEST_F(ExportDialogTest, the_training_charts_join_once_the_panel_is_shown_with_the_history_as_csv)
{
    ExportDialog before(window.exportablePlots(), &window);
    EXPECT_LT(before.plotBox()->findText(QStringLiteral("Loss chart")), 0);
    window.trainingDock()->show();
    TrainingPanel* panel = window.trainingDock()->panel();
    for (int i = 0; i < 3; ++i) {
        QTest::mouseClick(panel->stepButton(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return panel->stepsShown(Network::Relu) == static_cast<std::size_t>(i + 1); }, 5000));
    }
    ExportDialog after(window.exportablePlots(), &window);
    const int loss = after.plotBox()->findText(QStringLiteral("Loss chart"));
    ASSERT_GE(loss, 0);
    EXPECT_GE(after.plotBox()->findText(QStringLiteral("Dead units chart")), 0);
    after.plotBox()->setCurrentIndex(loss);
    after.selectFormat(ExportFormat::Png);
    ASSERT_TRUE(after.exportTo(path("loss.png")));
    EXPECT_FALSE(QImageReader(path("loss.png")).read().isNull());
    after.selectFormat(ExportFormat::Csv);
    ASSERT_TRUE(after.exportTo(path("history.csv")));
    const QList<QByteArray> lines = readAll("history.csv").trimmed().split('\n');
    ASSERT_EQ(lines.size(), 4) << readAll("history.csv").toStdString();
    EXPECT_TRUE(lines[0].startsWith("step,relu_loss,leaky_relu_loss,relu_dead_fraction,leaky_relu_dead_fraction"));
    // The last row's ReLU loss is the float the panel shows for step 2, read back exactly.
    const QList<QByteArray> last = lines[3].split(',');
    ASSERT_GE(last.size(), 3);
    EXPECT_EQ(last[0], "2");
    EXPECT_EQ(last[1].toFloat(), panel->lastRecord(Network::Relu)->loss);
}

} // namespace
} // namespace leakylab
