// The activation plot: its curves equal the core's functions, the kink dots, formula, toggles, view and hover.
#include <QFontMetricsF>
#include <QSignalSpy>
#include <QWheelEvent>

#include <cmath>
#include <functional>

#include "core/activation.h"
#include "core/tensor.h"
#include "gui_fixture.h"
#include "legend_cover.h"
#include "tick_spacing.h"
#include "ui/activation_plot.h"
#include "ui/input_points.h"
#include "ui/hover_readout.h"
#include "ui/language_menu.h"

namespace leakylab {
namespace {

using CoreFunction = std::function<float(float)>;

class PlotTest : public test::UiTest {
protected:
    PlotTest()
    {
        plot.resize(1200, 700);
        test::showAndWait(plot);
        firstFramePainted = QTest::qWaitFor([&] { return plot.paintCount() > 0; }, 2000);
        liveBufferMade = QTest::qWaitFor([&] { return plot.hasLiveBuffer(); }, 2000);
    }

    bool waitForPaint()
    {
        const int before = plot.paintCount();
        return QTest::qWaitFor([&] { return plot.paintCount() > before; }, 2000);
    }

    // Pixels where what the window shows of the plot, or would show when uncovered, differs from the plot
    // drawn again from scratch (every layer redrawn, then all of it painted); -1 if unreadable.
    int pixelsDifferingFromWholeRepaint()
    {
        const auto* screen = dynamic_cast<const QImage*>(plot.backingStore()->paintDevice());
        if (screen == nullptr)
            return -1; // the offscreen platform's window is an image
        // The window's image is in device pixels.
        const qreal ratio = plot.devicePixelRatioF();
        const QRect part = QRectF(QPointF(plot.mapTo(plot.window(), QPoint(0, 0))) * ratio, QSizeF(plot.size()) * ratio)
                               .toAlignedRect();
        const QImage shown = screen->copy(part).convertToFormat(QImage::Format_RGB32);
        const QImage uncovered = plot.grab().toImage().convertToFormat(QImage::Format_RGB32);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        const QImage whole = plot.grab().toImage().convertToFormat(QImage::Format_RGB32);
        if (shown.size() != whole.size() || uncovered.size() != whole.size())
            return -1;
        int differing = 0;
        for (int y = 0; y < whole.height(); ++y) {
            for (int x = 0; x < whole.width(); ++x) {
                const QRgb pixel = whole.pixel(x, y);
                differing += shown.pixel(x, y) != pixel || uncovered.pixel(x, y) != pixel ? 1 : 0;
            }
        }
        return differing;
    }

    // Every sampled point of `curve` must be the core function's float32 value at that x.
    static void expectSamplesEqual(const QCPGraph* graph, const CoreFunction& function)
    {
        ASSERT_GT(graph->data()->size(), 20);
        for (const QCPGraphData& point : *graph->data()) {
            if (std::isnan(point.value) || point.key == 0.0)
                continue; // the gap and the one-sided limits at the kink, checked on their own
            ASSERT_EQ(point.value, static_cast<double>(function(static_cast<float>(point.key))))
                << "at x = " << point.key;
        }
    }

    // Keys 0 in a derivative graph: the left limit, a NaN break, the right limit.
    static std::vector<double> valuesAtZero(const QCPGraph* graph)
    {
        std::vector<double> values;
        for (const QCPGraphData& point : *graph->data()) {
            if (point.key == 0.0)
                values.push_back(point.value);
        }
        return values;
    }

    void moveMouseTo(double x, double y)
    {
        const QPointF pixel(plot.xAxis->coordToPixel(x), plot.yAxis->coordToPixel(y));
        QMouseEvent move(QEvent::MouseMove, pixel, plot.mapToGlobal(pixel), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&plot, &move);
    }

    ActivationPlot plot;
    bool firstFramePainted = false;
    bool liveBufferMade = false;
};

class PlotAtSlope : public PlotTest, public ::testing::WithParamInterface<double> {};

TEST_P(PlotAtSlope, leaky_relu_samples_equal_the_core_function)
{
    const double slope = GetParam();
    plot.setSlope(slope);
    expectSamplesEqual(plot.curveGraph(Curve::LeakyRelu),
                       [slope](float x) { return leakyRelu(x, slopeAsFloat(slope)); });
}

TEST_P(PlotAtSlope, the_leak_is_leaky_relu_left_of_zero)
{
    const double slope = GetParam();
    plot.setSlope(slope);
    const QCPGraph* leak = plot.leakShading();
    expectSamplesEqual(leak, [slope](float x) { return leakyRelu(x, slopeAsFloat(slope)); });
    EXPECT_LE((leak->data()->constEnd() - 1)->key, 0.0);
    EXPECT_NE(leak->brush().style(), Qt::NoBrush);
}

TEST_P(PlotAtSlope, leaky_relu_derivative_steps_from_slope_to_one_with_a_gap_at_zero)
{
    const double slope = GetParam();
    plot.setSlope(slope);
    const QCPGraph* graph = plot.curveGraph(Curve::LeakyReluGrad);
    expectSamplesEqual(graph, [slope](float x) { return leakyReluGrad(x, slopeAsFloat(slope)); });
    const std::vector<double> atZero = valuesAtZero(graph);
    ASSERT_EQ(atZero.size(), 3u);
    EXPECT_EQ(atZero[0], static_cast<double>(slopeAsFloat(slope)));
    EXPECT_TRUE(std::isnan(atZero[1]));
    EXPECT_EQ(atZero[2], 1.0);
}

TEST_P(PlotAtSlope, filled_dot_at_pytorchs_value_open_dot_at_the_other_limit)
{
    const double slope = GetParam();
    plot.setSlope(slope);
    const QCPGraph* value = plot.kinkValueDot(Curve::LeakyReluGrad);
    const QCPGraph* limit = plot.kinkLimitDot(Curve::LeakyReluGrad);
    ASSERT_EQ(value->data()->size(), 1);
    EXPECT_EQ(value->data()->constBegin()->key, 0.0);
    // PyTorch's backward tests x > 0, so at x = 0 the derivative is the slope.
    EXPECT_EQ(value->data()->constBegin()->value, static_cast<double>(leakyReluGrad(0.0f, slopeAsFloat(slope))));
    EXPECT_NE(value->scatterStyle().brush().color(), QColor(Qt::white));
    if (slopeAsFloat(slope) == 1.0f) {
        EXPECT_EQ(limit->data()->size(), 0) << "no jump, so no open dot";
    } else {
        ASSERT_EQ(limit->data()->size(), 1);
        EXPECT_EQ(limit->data()->constBegin()->value, 1.0);
        EXPECT_EQ(limit->scatterStyle().brush().color(), QColor(Qt::white));
    }
}

TEST_P(PlotAtSlope, formula_shows_the_slope)
{
    plot.setSlope(GetParam());
    const QString formula = plot.formulaText();
    EXPECT_TRUE(formula.startsWith(QStringLiteral("LeakyReLU(x) = max(0, x) "))) << formula.toStdString();
    EXPECT_TRUE(formula.endsWith(QStringLiteral(" · min(0, x)"))) << formula.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Slopes, PlotAtSlope, ::testing::Values(0.01, 0.0, 0.2, 0.6, 1.0, -0.5, 1.5));

TEST_F(PlotTest, paints_once_shown)
{
    EXPECT_TRUE(firstFramePainted);
}

TEST_F(PlotTest, relu_samples_equal_the_core_function_including_zero)
{
    expectSamplesEqual(plot.curveGraph(Curve::Relu), [](float x) { return relu(x); });
    bool hasZero = false;
    for (const QCPGraphData& point : *plot.curveGraph(Curve::Relu)->data())
        hasZero = hasZero || point.key == 0.0;
    EXPECT_TRUE(hasZero);
}

TEST_F(PlotTest, relu_derivative_is_zero_at_zero_with_an_open_dot_at_one)
{
    const QCPGraph* graph = plot.curveGraph(Curve::ReluGrad);
    expectSamplesEqual(graph, [](float x) { return reluGrad(x); });
    const std::vector<double> atZero = valuesAtZero(graph);
    ASSERT_EQ(atZero.size(), 3u);
    EXPECT_EQ(atZero[0], 0.0);
    EXPECT_EQ(atZero[2], 1.0);
    ASSERT_EQ(plot.kinkValueDot(Curve::ReluGrad)->data()->size(), 1);
    EXPECT_EQ(plot.kinkValueDot(Curve::ReluGrad)->data()->constBegin()->value, 0.0);
    ASSERT_EQ(plot.kinkLimitDot(Curve::ReluGrad)->data()->size(), 1);
    EXPECT_EQ(plot.kinkLimitDot(Curve::ReluGrad)->data()->constBegin()->value, 1.0);
}

TEST_F(PlotTest, formula_reads_as_the_tutorial_writes_it)
{
    plot.setSlope(0.2);
    EXPECT_EQ(plot.formulaText(), QStringLiteral("LeakyReLU(x) = max(0, x) + 0.2 · min(0, x)"));
    plot.setSlope(-0.5);
    EXPECT_EQ(plot.formulaText(), QStringLiteral("LeakyReLU(x) = max(0, x) − 0.5 · min(0, x)"));
}

// The width the formula's text takes in its font now, margins included.
int formulaWidth(const ActivationPlot& plot)
{
    return static_cast<int>(std::ceil(QFontMetricsF(plot.formulaFont()).horizontalAdvance(plot.formulaText()))) + 16;
}

// QCustomPlot would cut a formula wider than the plot at both ends: it shrinks to fit, and grows back.
TEST_F(PlotTest, the_formula_shrinks_to_fit_a_narrow_plot_and_grows_back)
{
    const QFont usual = plot.formulaFont();
    ASSERT_LE(formulaWidth(plot), plot.width());
    plot.resize(420, 500);
    ASSERT_TRUE(waitForPaint());
    EXPECT_LT(plot.formulaFont().pointSizeF(), usual.pointSizeF());
    EXPECT_LE(formulaWidth(plot), plot.width());
    EXPECT_GE(formulaWidth(plot), plot.width() * 3 / 4); // no smaller than it needs to be

    // A slope of more digits makes the text longer: it shrinks again as the slope is set.
    const QFont shrunk = plot.formulaFont();
    plot.setSlope(-0.123456);
    ASSERT_TRUE(waitForPaint());
    EXPECT_LT(plot.formulaFont().pointSizeF(), shrunk.pointSizeF());
    EXPECT_LE(formulaWidth(plot), plot.width());

    plot.resize(1200, 700);
    ASSERT_TRUE(waitForPaint());
    EXPECT_EQ(plot.formulaFont(), usual);
}

// The formula shrinks to the plot's width, so its width at full size is no minimum: the plot may be narrower
// than that, and the panels beside it on a 1024x768 screen wider. Nothing else in it needs a third as much.
TEST_F(PlotTest, the_formula_at_full_size_sets_no_minimum_width)
{
    plot.resize(1250, 720);
    ASSERT_TRUE(waitForPaint());
    ASSERT_GT(formulaWidth(plot), 600);
    const QSize least = static_cast<const QWidget&>(plot).minimumSizeHint();
    EXPECT_LT(least.width(), formulaWidth(plot) / 3);
    EXPECT_GT(least.width(), 0);
    EXPECT_EQ(least.height(), plot.plotLayout()->minimumOuterSizeHint().height());
}

// The negative half's caption ends at x = 0. Where the half is too narrow for it on one line (a narrow plot
// beside the guided lesson) it takes two rather than run off the plot's left edge.
TEST_F(PlotTest, the_negative_halfs_caption_takes_two_lines_rather_than_run_off_the_plot)
{
    QCPItemText* caption = nullptr;
    for (int i = 0; i < plot.itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot.item(i));
        if (text && text->text().contains(QStringLiteral("negative inputs")))
            caption = text;
    }
    ASSERT_NE(caption, nullptr);
    const auto captionLeft = [&] {
        const QRectF box
            = QFontMetricsF(caption->font()).boundingRect(QRectF(), Qt::AlignRight, caption->text());
        return caption->position->pixelPosition().x() - caption->padding().right() - box.width();
    };
    EXPECT_FALSE(caption->text().contains(QLatin1Char('\n')));
    EXPECT_GE(captionLeft(), plot.axisRect()->left());

    plot.resize(440, 500);
    ASSERT_TRUE(waitForPaint());
    EXPECT_EQ(caption->text(), QStringLiteral("x < 0:\nnegative inputs"));
    EXPECT_GE(captionLeft(), plot.axisRect()->left());

    plot.resize(1200, 700);
    ASSERT_TRUE(waitForPaint());
    EXPECT_EQ(caption->text(), QStringLiteral("x < 0: negative inputs"));
}

TEST_F(PlotTest, curves_use_four_colours_and_four_line_styles)
{
    QSet<QRgb> colours;
    QSet<QString> dashes;
    for (Curve curve : kCurves) {
        const QPen pen = plot.curveGraph(curve)->pen();
        colours.insert(pen.color().rgb());
        QString dash;
        for (double d : pen.dashPattern())
            dash += QString::number(d) + QLatin1Char(',');
        dashes.insert(pen.style() == Qt::SolidLine ? QStringLiteral("solid") : dash);
    }
    EXPECT_EQ(colours.size(), 4);
    EXPECT_EQ(dashes.size(), 4);
}

TEST_F(PlotTest, legend_entries_are_drawn_above_the_legend_box)
{
    ASSERT_GT(plot.legend->itemCount(), 0);
    for (int i = 0; i < plot.legendEntries().size(); ++i)
        EXPECT_GE(plot.legendEntries().at(i)->layer()->index(), plot.legend->layer()->index()) << "entry " << i;
    plot.setCurveVisible(Curve::Relu, false);
    plot.setCurveVisible(Curve::Relu, true);
    for (int i = 0; i < plot.legendEntries().size(); ++i)
        EXPECT_GE(plot.legendEntries().at(i)->layer()->index(), plot.legend->layer()->index()) << "entry " << i;
}

// A 1280x720 screen leaves the plot about 740x450 pixels: the legend, nine rows with the tensor's points,
// must still end clear of y = 0, where the leak, the derivatives and the points are drawn (the points' marks
// reach about 8 pixels out), and of ReLU's rising line. With room to spare, as at 1920x1080, it stays one
// column at full size.
TEST_F(PlotTest, legend_ends_clear_of_y_zero_at_any_window_size)
{
    plot.setInputPoints(Tensor::float32({4}, {1.5f, -0.3f, -2.2f, 0.6f}));
    ASSERT_EQ(plot.legendEntries().size(), 9);
    for (const QSize size : {QSize(740, 450), QSize(900, 520), QSize(1342, 758), QSize(740, 450)}) {
        plot.resize(size);
        ASSERT_TRUE(waitForPaint());
        EXPECT_LT(plot.legend->outerRect().bottom(), plot.yAxis->coordToPixel(0.0) - 12)
            << size.width() << "x" << size.height();
        EXPECT_TRUE(plot.legend->visible());
        EXPECT_EQ(test::coveredByLegend(plot).join(u'|').toStdString(), "")
            << size.width() << "x" << size.height();
        if (size.height() == 758) {
            EXPECT_EQ(plot.legend->columnCount(), 1);
            EXPECT_EQ(plot.legendEntries().first()->font(), plot.legend->font()) << "shrunk";
        }
    }
}

// Squeezed to a strip (a panel docked under it on a low screen), the plot has no room for the legend even
// shrunk to two columns: it was drawn past the axes, over the tick labels, and cut at the plot's bottom edge.
// It is left out until there is room again; the tool bar's buttons still show each curve's line.
TEST_F(PlotTest, a_plot_too_low_for_its_legend_leaves_it_out_rather_than_draw_it_past_the_axes)
{
    plot.setInputPoints(Tensor::float32({4}, {1.5f, -0.3f, -2.2f, 0.6f}));
    ASSERT_EQ(plot.legendEntries().size(), 9);
    for (const QSize size : {QSize(740, 180), QSize(740, 450), QSize(740, 180)}) {
        SCOPED_TRACE(size.height());
        plot.resize(size);
        ASSERT_TRUE(waitForPaint());
        const bool room = size.height() == 450;
        EXPECT_EQ(plot.legend->visible(), room);
        if (room) {
            EXPECT_TRUE(plot.axisRect()->rect().contains(plot.legend->outerRect()));
        }
    }
}

// In that strip the y labels, one at every integer from -1 to 5, ran into each other. They thin out to what
// the height has room for, and at an ordinary size stay at every integer.
TEST_F(PlotTest, a_low_plot_labels_fewer_y_ticks_and_none_overlap)
{
    for (const QSize size : {QSize(740, 180), QSize(740, 450)}) {
        SCOPED_TRACE(size.height());
        plot.resize(size);
        ASSERT_TRUE(waitForPaint());
        EXPECT_GE(test::leastTickGapInLabels(*plot.yAxis), 1.2);
        if (size.height() == 450) {
            const QVector<double> ticks = plot.yAxis->tickVector();
            EXPECT_EQ(ticks.value(1) - ticks.value(0), 1.0);
        }
    }
}

// What a panel docked below may take: shrunk by heightToSpare() the legend, in two columns at full size in the
// top left corner, still ends clear of y = 0; a few pixels more and it has to move or shrink.
TEST_F(PlotTest, height_to_spare_is_what_the_plot_can_lose_with_its_legend_above_zero)
{
    plot.setInputPoints(Tensor::float32({4}, {1.5f, -0.3f, -2.2f, 0.6f}));
    ASSERT_EQ(plot.legendEntries().size(), 9);
    const int spare = plot.heightToSpare();
    ASSERT_GT(spare, 100) << "a plot of 1200x700 has room to spare";
    const QSize full = plot.size();
    const auto twoFullColumnsTopLeft = [&] {
        const QRect inside = plot.axisRect()->rect();
        const QRect box = plot.legend->outerRect();
        return plot.legend->columnCount() == 2 && plot.legendEntries().first()->font() == plot.legend->font()
            && box.left() < inside.center().x() && box.top() < inside.center().y();
    };
    plot.resize(full.width(), full.height() - spare);
    ASSERT_TRUE(waitForPaint());
    EXPECT_TRUE(twoFullColumnsTopLeft());
    EXPECT_LT(plot.legend->outerRect().bottom(), plot.yAxis->coordToPixel(0.0) - 12)
        << "legend " << plot.legend->outerRect().bottom() << ", y = 0 at " << plot.yAxis->coordToPixel(0.0);
    EXPECT_LE(std::abs(plot.heightToSpare()), 2);
    plot.resize(full.width(), full.height() - spare - 12);
    ASSERT_TRUE(waitForPaint());
    EXPECT_FALSE(twoFullColumnsTopLeft());
    EXPECT_TRUE(plot.legend->visible());
    EXPECT_EQ(test::coveredByLegend(plot).join(u'|').toStdString(), "");
    EXPECT_LT(plot.heightToSpare(), 0);
}

// In Chinese the legend's entries are wider; at 1280x720 it must still leave ReLU's rising line in view.
TEST_F(PlotTest, chinese_legend_leaves_the_relu_line_in_view)
{
    ASSERT_TRUE(LanguageMenu::installTranslation(QStringLiteral("zh_CN")));
    ActivationPlot chinese;
    LanguageMenu::installTranslation(QStringLiteral("en"));
    chinese.setInputPoints(Tensor::float32({4}, {1.5f, -0.3f, -2.2f, 0.6f}));
    chinese.resize(740, 450);
    ASSERT_TRUE(test::showAndWait(chinese));
    ASSERT_TRUE(QTest::qWaitFor([&] { return chinese.paintCount() > 0; }, 2000));
    EXPECT_TRUE(chinese.legend->visible());
    EXPECT_EQ(test::coveredByLegend(chinese).join(u'|').toStdString(), "");
}

// The legend explains the curves without hiding them: wherever the slope puts LeakyReLU, on a large plot and
// on a 1280x720 screen's, no line, fill or dot passes under it. The slope moves it without a resize.
TEST_F(PlotTest, the_legend_covers_no_curve_at_any_slope)
{
    plot.setInputPoints(Tensor::float32({4}, {1.5f, -0.3f, -2.2f, 0.6f}));
    const std::vector<std::pair<QSize, std::vector<double>>> cases = {
        {QSize(1200, 700), {0.01, 0.2, 0.6, 1.0, 1.5, 3.0, -0.2, -0.5, -1.0}},
        {QSize(740, 450), {0.01, 0.2, 0.6, 1.0, -0.2}},
    };
    for (const auto& [size, slopes] : cases) {
        plot.resize(size);
        for (const double slope : slopes) {
            plot.setSlope(slope);
            ASSERT_TRUE(waitForPaint());
            EXPECT_TRUE(plot.legend->visible());
            EXPECT_EQ(test::coveredByLegend(plot).join(u'|').toStdString(), "")
                << size.width() << "x" << size.height() << ", slope " << slope;
        }
    }
}

TEST_F(PlotTest, hiding_a_curve_hides_its_graph_and_legend_entry)
{
    QCPGraph* leaky = plot.curveGraph(Curve::LeakyRelu);
    ASSERT_TRUE(plot.legend->hasItemWithPlottable(leaky));

    plot.setCurveVisible(Curve::LeakyRelu, false);
    EXPECT_FALSE(leaky->visible());
    EXPECT_FALSE(plot.leakShading()->visible());
    EXPECT_FALSE(plot.legend->hasItemWithPlottable(leaky));
    EXPECT_TRUE(plot.curveGraph(Curve::Relu)->visible());

    plot.setCurveVisible(Curve::LeakyRelu, true);
    EXPECT_TRUE(leaky->visible());
    EXPECT_TRUE(plot.legend->hasItemWithPlottable(leaky));
}

TEST_F(PlotTest, hiding_a_derivative_hides_its_dots)
{
    QSignalSpy toggles(&plot, &ActivationPlot::curveVisibilityChanged);
    plot.setCurveVisible(Curve::ReluGrad, false);
    EXPECT_FALSE(plot.curveGraph(Curve::ReluGrad)->visible());
    EXPECT_FALSE(plot.kinkValueDot(Curve::ReluGrad)->visible());
    EXPECT_FALSE(plot.kinkLimitDot(Curve::ReluGrad)->visible());
    EXPECT_TRUE(plot.kinkValueDot(Curve::LeakyReluGrad)->visible());
    EXPECT_EQ(toggles.count(), 1);
}

class PlotStartTest : public test::UiTest {};

TEST_F(PlotStartTest, the_first_frame_is_drawn_into_one_buffer_and_the_live_layer_gets_its_own_after_it)
{
    ActivationPlot plot;
    plot.resize(1200, 700);
    int bufferedAtFirstFrame = -1;
    QObject::connect(&plot, &ActivationPlot::framePainted, &plot, [&] {
        if (bufferedAtFirstFrame >= 0)
            return;
        bufferedAtFirstFrame = 0;
        for (int i = 0; i < plot.layerCount(); ++i)
            bufferedAtFirstFrame += plot.layer(i)->mode() == QCPLayer::lmBuffered ? 1 : 0;
    });
    test::showAndWait(plot);
    ASSERT_TRUE(QTest::qWaitFor([&] { return plot.paintCount() > 0; }, 2000));
    EXPECT_EQ(bufferedAtFirstFrame, 0);
    ASSERT_TRUE(QTest::qWaitFor([&] { return plot.hasLiveBuffer(); }, 2000));
    // From then on a slope tick draws the live layer alone.
    QSignalSpy fullReplots(&plot, &QCustomPlot::beforeReplot);
    const int before = plot.paintCount();
    plot.setSlope(0.3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return plot.paintCount() > before; }, 2000));
    EXPECT_EQ(fullReplots.count(), 0);
}

// The lesson's x arrives just before the first frame, after the plot was drawn for it: its points come in the
// one replot after that frame that gives the live layer its buffer, not in another full replot before it.
TEST_F(PlotStartTest, points_arriving_before_the_first_frame_cost_no_extra_replot)
{
    ActivationPlot plot;
    plot.resize(1200, 700);
    QSignalSpy fullReplots(&plot, &QCustomPlot::beforeReplot);
    bool pointsSet = false;
    QObject::connect(&plot, &QCustomPlot::afterReplot, &plot, [&] {
        if (!std::exchange(pointsSet, true))
            plot.setInputPoints(Tensor::float32({4}, {1.5f, -0.3f, -2.2f, 0.6f}));
    });
    test::showAndWait(plot);
    ASSERT_TRUE(QTest::qWaitFor([&] { return plot.hasLiveBuffer() && plot.paintCount() > 1; }, 2000));
    QTest::qWait(50);
    EXPECT_TRUE(pointsSet);
    EXPECT_EQ(fullReplots.count(), 2) << "the first frame's, then the one giving the live layer its buffer";
    EXPECT_EQ(plot.inputPoints().xs().size(), 4u);
    EXPECT_EQ(plot.inputPoints().onLeakyRelu()->dataCount(), 4);
}

TEST_F(PlotTest, a_slope_change_repaints_without_a_full_replot)
{
    ASSERT_TRUE(liveBufferMade);
    QSignalSpy fullReplots(&plot, &QCustomPlot::beforeReplot);
    plot.setSlope(0.3);
    ASSERT_TRUE(waitForPaint());
    EXPECT_EQ(fullReplots.count(), 0) << "the static layers were redrawn for a slope tick";
}

TEST_F(PlotTest, only_the_topmost_layer_is_buffered)
{
    ASSERT_TRUE(liveBufferMade);
    // Each buffered layer is one more full-size composite per frame.
    int buffered = 0;
    for (int i = 0; i < plot.layerCount(); ++i)
        buffered += plot.layer(i)->mode() == QCPLayer::lmBuffered ? 1 : 0;
    EXPECT_EQ(buffered, 1);
    EXPECT_EQ(plot.layer(plot.layerCount() - 1)->mode(), QCPLayer::lmBuffered);
    EXPECT_EQ(plot.curveGraph(Curve::LeakyRelu)->layer(), plot.layer(plot.layerCount() - 1));
    EXPECT_NE(plot.curveGraph(Curve::Relu)->layer(), plot.layer(plot.layerCount() - 1));
}

TEST_F(PlotTest, many_slope_changes_before_a_frame_make_one_repaint)
{
    const int before = plot.paintCount();
    for (double slope = 0.02; slope < 0.5; slope += 0.02)
        plot.setSlope(slope);
    ASSERT_TRUE(waitForPaint());
    QTest::qWait(50);
    EXPECT_EQ(plot.paintCount(), before + 1);
}

// The regions the plot was asked to repaint, as its paint events carry them.
class PaintRegions : public QObject {
public:
    explicit PaintRegions(QWidget& widget) { widget.installEventFilter(this); }
    QRegion all;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            all += static_cast<QPaintEvent*>(event)->region();
        return QObject::eventFilter(watched, event);
    }
};

// What a slope tick moves lies left of 0, between y = 0 and the lines at the old and the new slope: LeakyReLU
// down to slope·x at the left edge, LeakyReLU′ at the slope. Only that band and the formula are repainted.
TEST_F(PlotTest, a_slope_tick_repaints_the_band_the_leak_sweeps_and_the_formula_only)
{
    QTest::qWait(50);
    const auto at = [&](double x, double y) {
        return QPoint(static_cast<int>(plot.xAxis->coordToPixel(x)), static_cast<int>(plot.yAxis->coordToPixel(y)));
    };
    ASSERT_EQ(plot.yAxis->range(), QCPRange(-1.5, 5.5));
    {
        PaintRegions painted(plot);
        plot.setSlope(0.4);
        ASSERT_TRUE(waitForPaint());
        EXPECT_TRUE(painted.all.contains(at(-3.0, 0.4))); // LeakyReLU′
        EXPECT_TRUE(painted.all.contains(at(-3.0, -1.0))); // the leak, down to LeakyReLU(-3) = -1.2
        EXPECT_TRUE(painted.all.contains(at(-4.5, -1.4))); // LeakyReLU(-4.5) = -1.8 is below the view
        EXPECT_TRUE(painted.all.contains(QPoint(plot.width() / 2, 10))); // the formula
        EXPECT_FALSE(painted.all.contains(at(-3.0, 2.0)));
        EXPECT_FALSE(painted.all.contains(at(1.0, 0.2)));
        EXPECT_FALSE(painted.all.contains(at(4.0, -1.0)));
    }
    plot.setSlope(0.01);
    ASSERT_TRUE(waitForPaint());
    {
        PaintRegions painted(plot);
        plot.setSlope(0.02);
        ASSERT_TRUE(waitForPaint());
        EXPECT_TRUE(painted.all.contains(at(-3.0, 0.0)));
        EXPECT_FALSE(painted.all.contains(at(-3.0, 0.5)));
        EXPECT_FALSE(painted.all.contains(at(-3.0, -0.5)));
    }
}

// With only part of the plot repainted on each tick, what the window shows must still be what a whole
// repaint shows: nothing right of 0 that depends on the slope, nothing stale.
TEST_F(PlotTest, the_window_after_slope_ticks_shows_what_a_full_repaint_does)
{
    // Points just right of 0 reach into the band left of it with their rims.
    plot.setInputPoints(Tensor::float32({8}, {1.5f, -0.3f, -2.2f, 0.6f, -4.5f, 0.08f, 0.11f, 0.14f}));
    for (const double slope : {0.01, 0.2, 0.6, 1.0, 1.7, -0.5, 0.0, -3.0, 0.37, 0.05}) {
        plot.setSlope(slope);
        ASSERT_TRUE(waitForPaint()) << slope;
    }
    EXPECT_EQ(pixelsDifferingFromWholeRepaint(), 0);
}

// The same wherever the view is: 0 off either side, zoomed in on the kink, y = 0 out of sight.
TEST_F(PlotTest, the_window_after_slope_ticks_in_a_moved_view_shows_what_a_full_repaint_does)
{
    plot.setInputPoints(Tensor::float32({5}, {1.5f, -0.3f, -2.2f, 0.6f, -4.5f}));
    const std::vector<std::pair<QCPRange, QCPRange>> views = {
        {QCPRange(-9.0, -2.0), QCPRange(-3.0, 2.0)},   // 0 right of the view
        {QCPRange(1.0, 6.0), QCPRange(-1.0, 6.0)},     // 0 left of it
        {QCPRange(-0.3, 0.2), QCPRange(-0.2, 1.2)},    // the kink, close up
        {QCPRange(-5.0, 5.0), QCPRange(2.0, 6.0)},     // y = 0 below the view
    };
    for (const auto& [keys, values] : views) {
        plot.xAxis->setRange(keys);
        plot.yAxis->setRange(values);
        plot.replot();
        for (const double slope : {0.3, 0.02, 0.9, -0.4, 1.3}) {
            plot.setSlope(slope);
            ASSERT_TRUE(waitForPaint()) << slope;
        }
        EXPECT_EQ(pixelsDifferingFromWholeRepaint(), 0) << keys.lower << " " << values.lower;
    }
}

// Hundreds of points overlap: the cloud must keep its curve's colour, not turn into the white of the rims that
// keep single points apart from the line under them.
TEST_F(PlotTest, a_dense_cloud_of_points_keeps_its_curves_colour)
{
    std::vector<float> xs;
    for (int i = 0; i < 400; ++i)
        xs.push_back(0.5f + 0.5f * static_cast<float>(i) / 400.0f);
    plot.setInputPoints(Tensor::float32({400}, xs));
    plot.replot(QCustomPlot::rpImmediateRefresh);
    const QImage image = plot.grab().toImage().convertToFormat(QImage::Format_RGB32);
    // Right of 0 both sets of points coincide on y = x; LeakyReLU's are drawn last.
    int inColour = 0;
    for (const double x : {0.65, 0.7, 0.75, 0.8, 0.85}) {
        const QPoint at(static_cast<int>(plot.xAxis->coordToPixel(x)), static_cast<int>(plot.yAxis->coordToPixel(x)));
        inColour += QColor(image.pixel(at)) == curveColour(Curve::LeakyRelu) ? 1 : 0;
    }
    EXPECT_EQ(inColour, 5);
}

// A new tensor moves its points and, when points come or go, the legend's entries: all of it on the live
// layer, so the static buffer (ReLU, ReLU′, the axes) is not drawn again, and the window still shows what a
// whole repaint shows.
TEST_F(PlotTest, a_new_tensor_redraws_the_live_layer_only)
{
    ASSERT_TRUE(liveBufferMade);
    QSignalSpy fullReplots(&plot, &QCustomPlot::beforeReplot);
    const std::vector<std::pair<Tensor, qsizetype>> tensors = {
        {Tensor::float32({4}, {1.5f, -0.3f, -2.2f, 0.6f}), 9},
        {Tensor::float32({3}, {-4.0f, 2.5f, 0.25f}), 9},
        {Tensor::float32({0}, {}), 7},
        {Tensor::float32({2}, {3.0f, -1.0f}), 9},
    };
    for (const auto& [tensor, entries] : tensors) {
        const qsizetype replotsBefore = fullReplots.count();
        plot.setInputPoints(tensor);
        ASSERT_TRUE(waitForPaint());
        EXPECT_EQ(fullReplots.count(), replotsBefore) << entries;
        EXPECT_EQ(plot.legendEntries().size(), entries);
        EXPECT_EQ(pixelsDifferingFromWholeRepaint(), 0) << entries;
    }
}

TEST_F(PlotTest, dragging_pans_and_reset_view_restores_the_range)
{
    const QPoint centre = plot.axisRect()->rect().center();
    QTest::mousePress(&plot, Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseMove(&plot, centre + QPoint(150, 60));
    QTest::mouseRelease(&plot, Qt::LeftButton, Qt::NoModifier, centre + QPoint(150, 60));
    ASSERT_LT(plot.xAxis->range().lower, ActivationPlot::kDefaultXMin - 0.5);

    plot.resetView();
    EXPECT_DOUBLE_EQ(plot.xAxis->range().lower, ActivationPlot::kDefaultXMin);
    EXPECT_DOUBLE_EQ(plot.xAxis->range().upper, ActivationPlot::kDefaultXMax);
    EXPECT_DOUBLE_EQ(plot.yAxis->range().lower, plot.defaultValueRange().lower);
    EXPECT_DOUBLE_EQ(plot.yAxis->range().upper, plot.defaultValueRange().upper);
}

TEST_F(PlotTest, panning_resamples_so_the_curves_cover_the_view)
{
    plot.xAxis->setRange(40.0, 60.0);
    const QCPGraph* leaky = plot.curveGraph(Curve::LeakyRelu);
    EXPECT_LE(leaky->data()->constBegin()->key, 40.0);
    EXPECT_GE((leaky->data()->constEnd() - 1)->key, 60.0);
    expectSamplesEqual(leaky, [](float x) { return leakyRelu(x, 0.01f); });
}

TEST_F(PlotTest, the_wheel_zooms)
{
    const double before = plot.xAxis->range().size();
    const QPointF centre = plot.axisRect()->rect().center();
    QWheelEvent wheel(centre, plot.mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&plot, &wheel);
    EXPECT_LT(plot.xAxis->range().size(), before);
}

TEST_F(PlotTest, reset_view_makes_room_for_a_steep_negative_half)
{
    plot.setSlope(1.5);
    plot.resetView();
    EXPECT_LT(plot.yAxis->range().lower, ActivationPlot::kDefaultXMin * 1.5);
}

TEST_F(PlotTest, hovering_shows_every_value_at_the_cursor)
{
    plot.setSlope(0.01);
    moveMouseTo(-2.0, 3.0);
    ASSERT_TRUE(plot.hoverReadout().isShown());
    EXPECT_DOUBLE_EQ(plot.hoverReadout().x(), -2.0);
    const QString text = plot.hoverReadout().text();
    EXPECT_TRUE(text.contains(QStringLiteral("x             = -2\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("ReLU(x)       = 0\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("LeakyReLU(x)  = -0.02\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("ReLU′(x)      = 0\n"))) << text.toStdString();
    EXPECT_TRUE(text.endsWith(QStringLiteral("LeakyReLU′(x) = 0.01"))) << text.toStdString();
}

TEST_F(PlotTest, hovering_near_zero_snaps_to_zero_and_shows_pytorchs_derivative_there)
{
    plot.setSlope(0.2);
    moveMouseTo(0.004, 1.0);
    EXPECT_EQ(plot.hoverReadout().x(), 0.0);
    const QString text = plot.hoverReadout().text();
    EXPECT_TRUE(text.contains(QStringLiteral("ReLU′(x)      = 0\n"))) << text.toStdString();
    EXPECT_TRUE(text.endsWith(QStringLiteral("LeakyReLU′(x) = 0.2"))) << text.toStdString();
}

TEST_F(PlotTest, the_readout_follows_the_slope)
{
    moveMouseTo(-3.0, 1.0);
    plot.setSlope(0.4);
    EXPECT_TRUE(plot.hoverReadout().text().contains(QStringLiteral("LeakyReLU(x)  = -1.2\n")))
        << plot.hoverReadout().text().toStdString();
}

TEST_F(PlotTest, the_readout_is_drawn_above_the_legend)
{
    plot.setCurveVisible(Curve::Relu, false); // makes the legend's entries anew
    plot.setCurveVisible(Curve::Relu, true);
    const QList<QCPLayerable*> live = plot.layer(plot.layerCount() - 1)->children();
    ASSERT_FALSE(live.isEmpty());
    EXPECT_NE(qobject_cast<QCPItemText*>(live.last()), nullptr) << "the last thing drawn is the readout box";
}

TEST_F(PlotTest, the_readout_stays_off_the_legend_and_inside_the_plot)
{
    const QRect legend = plot.legend->outerRect();
    const QRect area = plot.axisRect()->rect();
    const QList<QPointF> cursors = {QPointF(legend.right() - 5, legend.bottom() + 5),
                                    QPointF(legend.right() - 80, legend.center().y()),
                                    QPointF(legend.right() + 5, legend.top() + 5),
                                    QPointF(area.right() - 5, area.bottom() - 5),
                                    QPointF(area.left() + 5, area.bottom() - 5)};
    for (const QPointF& cursor : cursors) {
        moveMouseTo(plot.xAxis->pixelToCoord(cursor.x()), plot.yAxis->pixelToCoord(cursor.y()));
        const QRectF box = plot.hoverReadout().boxRect();
        EXPECT_TRUE(QRectF(area).contains(box)) << "cursor at " << cursor.x() << ", " << cursor.y();
        EXPECT_FALSE(box.intersects(QRectF(legend))) << "cursor at " << cursor.x() << ", " << cursor.y();
    }
}

TEST_F(PlotTest, leaving_the_plot_hides_the_crosshair)
{
    moveMouseTo(1.0, 1.0);
    ASSERT_TRUE(plot.hoverReadout().isShown());
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&plot, &leave);
    EXPECT_FALSE(plot.hoverReadout().isShown());
}

} // namespace
} // namespace leakylab
