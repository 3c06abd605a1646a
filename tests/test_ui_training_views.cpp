// The training views on their own: unit grid marks, decision regions and fitted curve, per-step charts.
#include <QFontMetrics>
#include <QImage>
#include <QSignalSpy>

#include <cmath>
#include <functional>
#include <limits>

#include "core/dataset.h"
#include "core/torch_random.h"
#include "gui_fixture.h"
#include "tick_spacing.h"
#include "ui/dead_fraction_chart.h"
#include "ui/decision_regions.h"
#include "ui/language_menu.h"
#include "ui/loss_chart.h"
#include "ui/region_sampling.h"
#include "ui/unit_grid.h"

namespace leakylab {
namespace {

class TrainingViewsTest : public test::UiTest { };

int grey(const QColor& colour)
{
    return qGray(colour.rgb());
}

TEST_F(TrainingViewsTest, unit_grid_marks_dead_units_apart_from_rarely_active_ones_even_in_grey)
{
    UnitGrid grid(Network::Relu);
    grid.setShape(2, 4, 200);
    EXPECT_FALSE(grid.measured());
    grid.setActiveSamples({{0, 1, 100, 200}, {0, 0, 0, 0}});
    ASSERT_TRUE(grid.measured());
    EXPECT_TRUE(grid.isDead(0, 0));
    EXPECT_FALSE(grid.isDead(0, 1));
    EXPECT_EQ(grid.deadCount(0), 1U);
    EXPECT_EQ(grid.deadCount(1), 4U);
    EXPECT_DOUBLE_EQ(grid.activeShare(0, 2), 0.5);
    // Dead is near-black; active on one sample is near-white; more samples, darker.
    EXPECT_LT(grey(grid.cellColour(0, 0)), 40);
    EXPECT_GT(grey(grid.cellColour(0, 1)), 180);
    EXPECT_GT(grey(grid.cellColour(0, 1)), grey(grid.cellColour(0, 2)));
    EXPECT_GT(grey(grid.cellColour(0, 2)), grey(grid.cellColour(0, 3)));
    EXPECT_GT(grey(grid.cellColour(0, 3)) - grey(grid.cellColour(0, 0)), 40);
}

TEST_F(TrainingViewsTest, unit_grid_ignores_counts_from_a_run_of_another_shape)
{
    UnitGrid grid(Network::LeakyRelu);
    grid.setShape(2, 4, 200);
    grid.setActiveSamples({{1, 2, 3}});
    EXPECT_FALSE(grid.measured());
}

int countPixels(const QImage& image, const std::function<bool(int)>& greyMatches)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += greyMatches(qGray(image.pixel(x, y))) ? 1 : 0;
    return count;
}

TEST_F(TrainingViewsTest, unit_grid_paints_dead_units_dark_with_white_marks)
{
    for (Network network : kNetworks) {
        UnitGrid grid(network);
        // A mid-grey background, so the only near-white pixels are the cells' own marks.
        QPalette palette = grid.palette();
        palette.setColor(QPalette::Window, QColor(128, 128, 128));
        grid.setPalette(palette);
        grid.setAutoFillBackground(true);
        grid.resize(400, 80);
        grid.setShape(1, 2, 10);
        grid.setActiveSamples({{0, 0}});
        QImage dead(grid.size(), QImage::Format_ARGB32);
        grid.render(&dead);
        grid.setActiveSamples({{10, 10}});
        QImage alive(grid.size(), QImage::Format_ARGB32);
        grid.render(&alive);

        const auto isDark = [](int g) { return g < 40; };
        const auto isWhite = [](int g) { return g > 200; };
        const std::string name = networkName(network).toStdString();
        EXPECT_GT(countPixels(dead, isDark) - countPixels(alive, isDark), 300) << name;
        EXPECT_GT(countPixels(dead, isWhite), 20) << name << ": the cross or hatching";
        EXPECT_EQ(countPixels(alive, isWhite), 0) << name;
    }
}

TrainingSetup setupFor(DatasetKind kind)
{
    TorchGenerator gen(0);
    TrainingSetup setup;
    setup.dataset = makeDataset(kind, 100, 0.1, gen);
    setup.config.dataset = kind;
    setup.grid = regionGridFor(setup.dataset, 20);
    return setup;
}

TEST_F(TrainingViewsTest, decision_regions_show_every_point_by_class_and_the_map_on_the_grid)
{
    DecisionRegions regions(Network::Relu);
    const TrainingSetup setup = setupFor(DatasetKind::Moons);
    regions.setSetup(setup);
    EXPECT_TRUE(regions.classification());
    EXPECT_EQ(regions.points(0)->dataCount() + regions.points(1)->dataCount(), 100);
    EXPECT_EQ(regions.points(0)->dataCount(), 50);
    EXPECT_EQ(regions.colorMap()->data()->keySize(), 20);
    std::vector<float> outputs(setup.grid.points(), 0.25F);
    outputs.back() = 0.75F;
    regions.setRegions(outputs);
    EXPECT_DOUBLE_EQ(regions.colorMap()->data()->cell(0, 0), 0.25);
    EXPECT_DOUBLE_EQ(regions.colorMap()->data()->cell(19, 19), 0.75);
    // Every point lies inside the grid.
    for (int label = 0; label < 2; ++label) {
        for (const QCPGraphData& p : *regions.points(label)->data()) {
            EXPECT_GT(p.key, setup.grid.xMin);
            EXPECT_LT(p.key, setup.grid.xMax);
            EXPECT_GT(p.value, setup.grid.yMin);
            EXPECT_LT(p.value, setup.grid.yMax);
        }
    }
}

// Each training update sets the caption; only a changed one redraws the plot.
TEST_F(TrainingViewsTest, decision_regions_redraw_for_a_changed_caption_only)
{
    DecisionRegions regions(Network::Relu);
    regions.resize(400, 400);
    regions.setSetup(setupFor(DatasetKind::Moons));
    QCoreApplication::processEvents();
    QSignalSpy replots(&regions, &QCustomPlot::beforeReplot);
    for (int update = 0; update < 5; ++update) {
        regions.setCaption(QStringLiteral("ReLU · accuracy 50%"));
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(replots.count(), 1);
    EXPECT_EQ(regions.caption().toStdString(), "ReLU · accuracy 50%");
    regions.setCaption(QStringLiteral("ReLU · accuracy 50%"), true);
    QCoreApplication::processEvents();
    EXPECT_EQ(replots.count(), 2) << "the same words in the alarm colour";
    regions.setCaption(QStringLiteral("ReLU · accuracy 50%"), true);
    regions.setCaption(QStringLiteral("ReLU · accuracy 75%"), true);
    QCoreApplication::processEvents();
    EXPECT_EQ(replots.count(), 3);
    EXPECT_EQ(regions.caption().toStdString(), "ReLU · accuracy 75%");
}

// Docked under a 1280x720 window's plot each map is about 160 pixels wide: "LeakyReLU · before training" at the
// smallest size is wider, and was cut at both ends. It breaks at its dot instead; wide, it keeps one line.
TEST_F(TrainingViewsTest, a_narrow_maps_caption_breaks_onto_two_lines_and_shows_whole)
{
    DecisionRegions regions(Network::LeakyRelu);
    regions.setSetup(setupFor(DatasetKind::Moons));
    regions.setCaption(QStringLiteral("LeakyReLU · before training"));
    regions.resize(400, 200);
    ASSERT_TRUE(test::showAndWait(regions));
    for (const int width : {400, 160}) {
        regions.resize(width, 200);
        QCoreApplication::processEvents();
        const QSize shown = QFontMetrics(regions.captionFont()).size(0, regions.shownCaption());
        EXPECT_LE(shown.width() + 8, regions.width()) << width;
        EXPECT_EQ(regions.shownCaption().contains(QLatin1Char('\n')), width == 160) << width;
        EXPECT_EQ(regions.caption().toStdString(), "LeakyReLU · before training");
    }
}

// Side by side in the training panel, ReLU's shorter caption kept one small line while LeakyReLU's broke onto
// two larger ones: the maps stood at different heights under captions of different sizes. As a pair they take
// the same size and the same lines, the largest both fit.
TEST_F(TrainingViewsTest, paired_maps_show_their_captions_at_one_size_on_as_many_lines)
{
    QWidget box;
    auto* relu = new DecisionRegions(Network::Relu, &box);
    auto* leaky = new DecisionRegions(Network::LeakyRelu, &box);
    relu->pairCaptionWith(leaky);
    for (DecisionRegions* regions : {relu, leaky})
        regions->setSetup(setupFor(DatasetKind::Moons));
    relu->setCaption(QStringLiteral("ReLU · before training"));
    leaky->setCaption(QStringLiteral("LeakyReLU · before training"));
    box.resize(900, 220);
    ASSERT_TRUE(test::showAndWait(box));
    for (const int width : {400, 230, 160}) {
        SCOPED_TRACE(width);
        relu->setGeometry(0, 0, width, 200);
        leaky->setGeometry(width, 0, width, 200);
        QCoreApplication::processEvents();
        EXPECT_EQ(relu->captionFont().pointSizeF(), leaky->captionFont().pointSizeF());
        EXPECT_EQ(relu->shownCaption().count(u'\n'), leaky->shownCaption().count(u'\n'));
        for (DecisionRegions* regions : {relu, leaky}) {
            const QSize shown = QFontMetrics(regions->captionFont()).size(0, regions->shownCaption());
            EXPECT_LE(shown.width() + 8, regions->width()) << regions->caption().toStdString();
        }
    }
    // Wide, both on one line at the full size; ReLU's new words break both again where LeakyReLU's would not
    // fit.
    EXPECT_TRUE(relu->shownCaption().contains(u'\n'));
    relu->setGeometry(0, 0, 400, 200);
    leaky->setGeometry(400, 0, 400, 200);
    QCoreApplication::processEvents();
    EXPECT_FALSE(leaky->shownCaption().contains(u'\n'));
    EXPECT_EQ(relu->captionFont().pointSizeF(), 15.0);
    relu->setCaption(QStringLiteral("ReLU diverged\nat step 12"), true);
    QCoreApplication::processEvents();
    EXPECT_EQ(leaky->shownCaption().count(u'\n'), 1);
    EXPECT_EQ(relu->captionFont().pointSizeF(), leaky->captionFont().pointSizeF());
}

// Docked under the plot on a 1280x720 screen a map's axes are about 60 pixels high, and the labels 1, 0.5, 0
// and -0.5 touched. Fewer of them there; none run together at any height.
TEST_F(TrainingViewsTest, a_low_maps_y_labels_do_not_run_together)
{
    DecisionRegions regions(Network::Relu);
    regions.setSetup(setupFor(DatasetKind::Moons));
    regions.setCaption(QStringLiteral("ReLU · before training"));
    regions.resize(300, 300);
    ASSERT_TRUE(test::showAndWait(regions));
    for (const int height : {300, 140, 110}) {
        SCOPED_TRACE(height);
        regions.resize(160, height);
        regions.replot();
        EXPECT_GE(test::leastTickGapInLabels(*regions.yAxis), 1.2);
    }
}

// Side by side, ReLU's grid kept "Layer 1" while LeakyReLU's, whose count ("16/16 all ≤ 0") is longer than
// ReLU's ("16/16 dead"), went to "L1" with larger squares. At one width both grids take the same labels and
// squares, in English and in Chinese.
TEST_F(TrainingViewsTest, grids_of_one_width_take_the_same_labels_and_squares)
{
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        SCOPED_TRACE(language.toStdString());
        const bool installed = LanguageMenu::installTranslation(language);
        ASSERT_EQ(installed, language != QStringLiteral("en"));
        UnitGrid relu(Network::Relu);
        UnitGrid leaky(Network::LeakyRelu);
        int compactOnly = 0;
        for (UnitGrid* grid : {&relu, &leaky})
            grid->setShape(2, 16, 200);
        for (int width = 200; width <= 700; width += 5) {
            relu.resize(width, 60);
            leaky.resize(width, 60);
            EXPECT_EQ(relu.compactLabels(), leaky.compactLabels()) << width;
            EXPECT_EQ(relu.cellSize(), leaky.cellSize()) << width;
            compactOnly += relu.compactLabels() ? 1 : 0;
        }
        EXPECT_GT(compactOnly, 0);
        EXPECT_LT(compactOnly, 101);
    }
    LanguageMenu::installTranslation(QStringLiteral("en"));
}

// At 1280x720 the dead-unit chart's axes are under 100 pixels high, and its six labels 0 to 100 touched.
TEST_F(TrainingViewsTest, a_low_dead_unit_charts_labels_do_not_run_together)
{
    DeadFractionChart chart;
    chart.clear(1000, 32);
    chart.resize(320, 400);
    ASSERT_TRUE(test::showAndWait(chart));
    for (const int height : {400, 200, 170}) {
        SCOPED_TRACE(height);
        chart.resize(320, height);
        chart.replot();
        EXPECT_GE(test::leastTickGapInLabels(*chart.yAxis), 1.2);
        if (height == 400) {
            const QVector<double> ticks = chart.yAxis->tickVector();
            EXPECT_EQ(ticks.value(1) - ticks.value(0), 20.0);
        }
    }
}

TEST_F(TrainingViewsTest, sine_shows_the_fitted_curve_and_leaves_overflowed_points_out)
{
    DecisionRegions regions(Network::LeakyRelu);
    const TrainingSetup setup = setupFor(DatasetKind::Sine);
    regions.setSetup(setup);
    EXPECT_FALSE(regions.classification());
    EXPECT_EQ(setup.grid.rows, 1);
    EXPECT_EQ(regions.points(0)->dataCount(), 100);
    std::vector<float> outputs(setup.grid.points(), 0.5F);
    outputs[3] = std::numeric_limits<float>::quiet_NaN();
    outputs[4] = std::numeric_limits<float>::infinity();
    regions.setRegions(outputs);
    EXPECT_EQ(regions.fittedCurve()->dataCount(), static_cast<int>(outputs.size()) - 2);
    for (const QCPGraphData& p : *regions.fittedCurve()->data())
        EXPECT_TRUE(std::isfinite(p.value));
}

TEST_F(TrainingViewsTest, region_sampling_gives_probabilities_for_classification)
{
    const TrainingSetup setup = setupFor(DatasetKind::Circles);
    Mlp network(2, 8, 2, HiddenActivation::Relu, 0.0F);
    TorchGenerator gen(1);
    network.initLikeTorch(gen);
    const std::vector<float> p = sampleRegions(network, setup.grid, true);
    ASSERT_EQ(p.size(), setup.grid.points());
    for (float v : p)
        ASSERT_TRUE(v >= 0.0F && v <= 1.0F);
    const std::vector<float> logits
        = network.predict({static_cast<float>(setup.grid.x(0)), static_cast<float>(setup.grid.y(0))});
    EXPECT_FLOAT_EQ(p[0], 1.0F / (1.0F + std::exp(-logits[0])));
}

std::vector<StepRecord> records(std::initializer_list<float> losses, std::size_t deadPerLayer)
{
    std::vector<StepRecord> out;
    for (float loss : losses) {
        StepRecord r;
        r.step = out.size();
        r.loss = loss;
        r.deadUnits = {deadPerLayer, deadPerLayer};
        out.push_back(r);
    }
    return out;
}

TEST_F(TrainingViewsTest, dead_fraction_chart_plots_percent_of_all_hidden_units)
{
    DeadFractionChart chart;
    chart.clear(100, 32);
    chart.append(Network::Relu, records({0.7F, 0.6F}, 8));
    EXPECT_EQ(chart.curve(Network::Relu)->dataCount(), 2);
    EXPECT_DOUBLE_EQ(chart.curve(Network::Relu)->data()->at(1)->value, 50.0);
    EXPECT_DOUBLE_EQ(chart.xAxis->range().upper, 100.0);
    chart.clear(10, 32);
    EXPECT_EQ(chart.curve(Network::Relu)->dataCount(), 0);
}

// The legend shares the title's row: inside the axis rect it covered a curve passing through its corner, as a
// LeakyReLU loss falling through the lower left.
TEST_F(TrainingViewsTest, step_chart_legends_sit_beside_the_title_clear_of_the_curves)
{
    LossChart loss;
    DeadFractionChart dead;
    for (StepChart* chart : std::initializer_list<StepChart*>{&loss, &dead}) {
        chart->resize(480, 260);
        ASSERT_TRUE(test::showAndWait(*chart));
        chart->replot();
        ASSERT_TRUE(chart->legend->visible());
        EXPECT_EQ(chart->legend->itemCount(), 2);
        EXPECT_EQ(chart->legend->rowCount(), 1);
        const QRect legend = chart->legend->outerRect();
        EXPECT_FALSE(legend.intersects(chart->axisRect()->rect()));
        EXPECT_TRUE(chart->rect().contains(legend));
        EXPECT_LT(legend.top(), chart->axisRect()->rect().top()) << "beside the title, above the curves";
    }
}

// Where the title and the legend do not fit side by side the legend goes under the title, still whole and
// above the curves; wider again, back beside it.
TEST_F(TrainingViewsTest, a_narrow_step_chart_puts_its_legend_under_the_title)
{
    LossChart chart;
    chart.resize(480, 400);
    ASSERT_TRUE(test::showAndWait(chart));
    chart.replot();
    const int besideTop = chart.legend->outerRect().top();
    const int besideAxisHeight = chart.axisRect()->rect().height();
    // A layout may make it that narrow: its least width is not the title's and the legend's side by side.
    EXPECT_LE(chart.minimumSizeHint().width(), 260);
    chart.resize(260, 400);
    ASSERT_TRUE(QTest::qWaitFor([&] { return chart.width() == 260; }, 2000));
    chart.replot();
    const QRect legend = chart.legend->outerRect();
    EXPECT_GT(legend.top(), besideTop);
    EXPECT_TRUE(chart.rect().contains(legend)) << legend.right() << " past " << chart.width();
    EXPECT_FALSE(legend.intersects(chart.axisRect()->rect()));
    // Centred under the title, its entries side by side, and the axes shorter by its row alone.
    EXPECT_LE(std::abs(legend.center().x() - chart.width() / 2), 10);
    EXPECT_LE(legend.width(), chart.legend->minimumOuterSizeHint().width() + 2);
    EXPECT_EQ(chart.legend->rowCount(), 1);
    EXPECT_GE(chart.axisRect()->rect().height(), besideAxisHeight - legend.height() - 2)
        << "beside the title: " << besideAxisHeight;
    chart.resize(480, 400);
    ASSERT_TRUE(QTest::qWaitFor([&] { return chart.width() == 480; }, 2000));
    chart.replot();
    EXPECT_EQ(chart.legend->outerRect().top(), besideTop);
}

// Two charts side by side in a cramped dock are about 240 px wide: five step labels ran into one another
// ("0 200400600800"). Each label clear of the next, however narrow, and the title on two lines where one is
// too wide.
TEST_F(TrainingViewsTest, a_narrow_step_chart_keeps_its_step_labels_apart_and_its_title_whole)
{
    DeadFractionChart chart;
    chart.clear(1000, 32);
    for (int width : {600, 480, 420, 360, 300, 270, 240, chart.minimumSizeHint().width()}) {
        chart.resize(width, 300);
        ASSERT_TRUE(test::showAndWait(chart));
        ASSERT_TRUE(QTest::qWaitFor([&] { return chart.width() == width; }, 2000));
        chart.replot();
        const QFontMetrics metrics(chart.xAxis->tickLabelFont());
        const QVector<double> ticks = chart.xAxis->tickVector();
        const QVector<QString> labels = chart.xAxis->tickVectorLabels();
        ASSERT_GE(ticks.size(), 2) << width;
        for (qsizetype i = 1; i < ticks.size(); ++i) {
            const double gap = chart.xAxis->coordToPixel(ticks[i]) - chart.xAxis->coordToPixel(ticks[i - 1]);
            const double half = (metrics.horizontalAdvance(labels[i]) + metrics.horizontalAdvance(labels[i - 1])) / 2.0;
            EXPECT_GE(gap - half, 8.0) << width << " px: " << labels[i - 1].toStdString() << " and "
                                       << labels[i].toStdString();
        }
        const QCPTextElement* title = nullptr;
        for (int i = 0; i < chart.plotLayout()->elementCount() && !title; ++i) {
            for (QCPLayoutElement* element : chart.plotLayout()->elementAt(i)->elements(true))
                title = title ? title : qobject_cast<QCPTextElement*>(element);
        }
        ASSERT_NE(title, nullptr);
        const int textWidth = QFontMetrics(title->font()).boundingRect(QRect(), Qt::AlignCenter, title->text()).width();
        EXPECT_LE(textWidth, width) << width << " px: " << title->text().toStdString();
        // Two lines only where one would not fit.
        const QString oneLine = QString(title->text()).replace(QLatin1Char('\n'), QLatin1Char(' '));
        const int oneLineWidth = QFontMetrics(title->font()).horizontalAdvance(oneLine);
        EXPECT_EQ(title->text().contains(QLatin1Char('\n')), oneLineWidth > width - 16) << width;
    }
}

// QCustomPlot raises the exponent of "1e-04" into 10⁻⁴ only after a lowercase e; Chinese numbers write "1E-04".
// In Chinese too the decades are labelled as powers of ten.
TEST_F(TrainingViewsTest, loss_chart_labels_decades_as_powers_of_ten_in_chinese_too)
{
    ASSERT_TRUE(LanguageMenu::installTranslation(QStringLiteral("zh_CN")));
    LossChart chart;
    chart.resize(400, 300);
    chart.replot();
    LanguageMenu::installTranslation(QStringLiteral("en"));
    const QVector<QString> labels = chart.yAxis->tickVectorLabels();
    ASSERT_GE(labels.size(), 3);
    for (const QString& label : labels) {
        EXPECT_TRUE(label.startsWith(QStringLiteral("1e"))) << label.toStdString();
        EXPECT_FALSE(label.contains(u'E')) << label.toStdString();
    }
}

TEST_F(TrainingViewsTest, loss_chart_widens_by_decades_and_floors_an_exact_zero)
{
    LossChart chart;
    chart.clear(100, QStringLiteral("MSELoss"));
    chart.append(Network::LeakyRelu, records({0.5F, 1e-6F, 0.0F, 300.0F}, 0));
    EXPECT_DOUBLE_EQ(chart.curve(Network::LeakyRelu)->data()->at(2)->value, LossChart::kFloor);
    EXPECT_LE(chart.yAxis->range().lower, 1e-8);
    EXPECT_GE(chart.yAxis->range().upper, 300.0);
    EXPECT_DOUBLE_EQ(
        std::log10(chart.yAxis->range().upper), std::round(std::log10(chart.yAxis->range().upper)));
    chart.markDivergence(Network::LeakyRelu, 4);
    ASSERT_NE(chart.divergenceNote(Network::LeakyRelu), nullptr);
    EXPECT_EQ(
        chart.divergenceNote(Network::LeakyRelu)->text(), QStringLiteral("LeakyReLU diverged at step 4"));
    chart.clear(100, QStringLiteral("MSELoss"));
    EXPECT_EQ(chart.divergenceNote(Network::LeakyRelu), nullptr);
}

} // namespace
} // namespace leakylab
