// Plot themes: dark and high contrast change the greys and keep the curves' hues; light gives back exactly
// the colours the plot was built with, however often the theme changes.
#include "gui_fixture.h"
#include "ui/activation_plot.h"
#include "ui/plot_theme.h"

namespace leakylab {
namespace {

class PlotThemeTest : public test::UiTest {
protected:
    ActivationPlot plot;
};

int lightness(const QColor& colour) { return colour.lightness(); }

TEST_F(PlotThemeTest, dark_turns_paper_dark_and_ink_light)
{
    PlotTheme::apply(plot, Theme::Dark);
    EXPECT_LT(lightness(plot.axisRect()->axis(QCPAxis::atBottom)->grid()->pen().color()), 100);
    EXPECT_GT(lightness(plot.xAxis->tickLabelColor()), 180);
    EXPECT_GT(lightness(plot.xAxis->basePen().color()), 180);
    EXPECT_GT(lightness(plot.legend->textColor()), 180);
    ASSERT_GT(plot.legend->itemCount(), 0);
    for (int i = 0; i < plot.legendEntries().size(); ++i)
        EXPECT_GT(lightness(plot.legendEntries().at(i)->textColor()), 180) << "legend item " << i;
    EXPECT_LT(lightness(plot.legend->brush().color()), 60);
}

// Reads QCustomPlot's background brush, which it has no getter for, of any plot.
class BackgroundBrush : public QCustomPlot {
public:
    static QBrush of(const QCustomPlot& plot) { return plot.*(&BackgroundBrush::mBackgroundBrush); }
};

// The activation plot draws its page itself, so a theme leaves QCustomPlot's background off (a brush there
// would fill the whole widget on every slope tick) and darkens the page instead; other plots get the brush.
TEST_F(PlotThemeTest, dark_darkens_the_activation_plots_own_page_and_other_plots_background)
{
    PlotTheme::apply(plot, Theme::Dark);
    EXPECT_EQ(BackgroundBrush::of(plot).style(), Qt::NoBrush);
    plot.resize(600, 400);
    plot.replot();
    const QImage shown = plot.grab().toImage();
    EXPECT_LT(lightness(shown.pixelColor(2, 2)), 60); // the page's corner, outside the axes
    EXPECT_LT(lightness(shown.pixelColor(shown.width() - 3, shown.height() - 3)), 60);

    QCustomPlot chart;
    PlotTheme::apply(chart, Theme::Dark);
    EXPECT_LT(lightness(BackgroundBrush::of(chart).color()), 60);
}

TEST_F(PlotThemeTest, curves_keep_their_hue)
{
    const QColor light = plot.curveGraph(Curve::LeakyRelu)->pen().color();
    PlotTheme::apply(plot, Theme::Dark);
    EXPECT_NEAR(plot.curveGraph(Curve::LeakyRelu)->pen().color().hslHue(), light.hslHue(), 3);
    PlotTheme::apply(plot, Theme::HighContrast);
    EXPECT_NEAR(plot.curveGraph(Curve::LeakyRelu)->pen().color().hslHue(), light.hslHue(), 3);
}

TEST_F(PlotThemeTest, back_to_light_restores_every_colour_without_drift)
{
    const QColor tick = plot.xAxis->tickLabelColor();
    const QPen grid = plot.xAxis->grid()->pen();
    const QColor legendText = plot.legend->item(0)->textColor();
    const QBrush legendBrush = plot.legend->brush();
    for (int round = 0; round < 3; ++round) {
        PlotTheme::apply(plot, Theme::Dark);
        PlotTheme::apply(plot, Theme::HighContrast);
        PlotTheme::apply(plot, Theme::Dark);
    }
    const QColor darkTick = plot.xAxis->tickLabelColor();
    PlotTheme::apply(plot, Theme::Dark);
    EXPECT_EQ(plot.xAxis->tickLabelColor(), darkTick) << "applying a theme twice changes nothing";
    PlotTheme::apply(plot, Theme::Light);
    EXPECT_EQ(plot.xAxis->tickLabelColor(), tick);
    EXPECT_EQ(plot.xAxis->grid()->pen(), grid);
    EXPECT_EQ(plot.legend->item(0)->textColor(), legendText);
    EXPECT_EQ(plot.legend->brush(), legendBrush);
}

TEST_F(PlotThemeTest, a_legend_rebuilt_under_a_theme_keeps_its_colours)
{
    PlotTheme::apply(plot, Theme::Dark);
    plot.setCurveVisible(Curve::ReluGrad, false);
    plot.setCurveVisible(Curve::ReluGrad, true);
    for (int i = 0; i < plot.legendEntries().size(); ++i)
        EXPECT_GT(lightness(plot.legendEntries().at(i)->textColor()), 180) << "legend item " << i;
}

TEST_F(PlotThemeTest, high_contrast_inks_black_on_white)
{
    PlotTheme::apply(plot, Theme::HighContrast);
    EXPECT_EQ(plot.xAxis->tickLabelColor(), QColor(Qt::black));
    EXPECT_EQ(plot.legend->item(0)->textColor(), QColor(Qt::black));
}

} // namespace
} // namespace leakylab
