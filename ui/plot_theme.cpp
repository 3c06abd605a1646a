// Walks a plot's axes, legends, text, graphs and items, setting each colour from its remembered light one.
#include "ui/plot_theme.h"

#include <qcustomplot.h>

#include <algorithm>

namespace leakylab {
namespace {

// Saturation below this is a grey (0..255 in HSL).
constexpr int kGreySaturation = 40;

QPen themed(QPen pen, Theme theme)
{
    pen.setColor(PlotTheme::colour(pen.color(), theme));
    return pen;
}

QBrush themed(QBrush brush, Theme theme)
{
    if (brush.style() != Qt::NoBrush)
        brush.setColor(PlotTheme::colour(brush.color(), theme));
    return brush;
}

// The value as first seen, kept as a property of the object it belongs to, so it dies with the object.
template <class T, class Get, class Set>
void restyle(QObject* owner, const char* key, Theme theme, Get get, Set set)
{
    QVariant light = owner->property(key);
    if (!light.isValid()) {
        light = QVariant::fromValue(get());
        owner->setProperty(key, light);
    }
    set(themed(light.value<T>(), theme));
}

void restyleColour(QObject* owner, const char* key, Theme theme, auto get, auto set)
{
    QVariant light = owner->property(key);
    if (!light.isValid()) {
        light = QVariant::fromValue(get());
        owner->setProperty(key, light);
    }
    set(PlotTheme::colour(light.value<QColor>(), theme));
}

void applyToAxis(QCPAxis* a, Theme t)
{
    restyle<QPen>(a, "lightBasePen", t, [a] { return a->basePen(); }, [a](const QPen& p) { a->setBasePen(p); });
    restyle<QPen>(a, "lightTickPen", t, [a] { return a->tickPen(); }, [a](const QPen& p) { a->setTickPen(p); });
    restyle<QPen>(a, "lightSubTickPen", t, [a] { return a->subTickPen(); }, [a](const QPen& p) { a->setSubTickPen(p); });
    restyleColour(a, "lightLabelColor", t, [a] { return a->labelColor(); }, [a](const QColor& c) { a->setLabelColor(c); });
    restyleColour(a, "lightTickLabelColor", t, [a] { return a->tickLabelColor(); },
                  [a](const QColor& c) { a->setTickLabelColor(c); });
    QCPGrid* g = a->grid();
    restyle<QPen>(g, "lightPen", t, [g] { return g->pen(); }, [g](const QPen& p) { g->setPen(p); });
    restyle<QPen>(g, "lightSubGridPen", t, [g] { return g->subGridPen(); }, [g](const QPen& p) { g->setSubGridPen(p); });
    restyle<QPen>(g, "lightZeroLinePen", t, [g] { return g->zeroLinePen(); },
                  [g](const QPen& p) { g->setZeroLinePen(p); });
}

void applyToLegend(QCPLegend* l, Theme t)
{
    restyle<QBrush>(l, "lightBrush", t, [l] { return l->brush(); }, [l](const QBrush& b) { l->setBrush(b); });
    restyle<QPen>(l, "lightBorderPen", t, [l] { return l->borderPen(); }, [l](const QPen& p) { l->setBorderPen(p); });
    // Sets every item's colour too, and items made later (a legend rebuilt) copy it.
    restyleColour(l, "lightTextColor", t, [l] { return l->textColor(); }, [l](const QColor& c) { l->setTextColor(c); });
}

void applyToLayoutElements(QCustomPlot& plot, Theme t)
{
    for (QCPLayoutElement* element : plot.plotLayout()->elements(true)) {
        if (auto* text = qobject_cast<QCPTextElement*>(element))
            restyleColour(text, "lightTextColor", t, [text] { return text->textColor(); },
                          [text](const QColor& c) { text->setTextColor(c); });
        if (auto* legend = qobject_cast<QCPLegend*>(element))
            applyToLegend(legend, t);
        if (auto* rect = qobject_cast<QCPAxisRect*>(element)) {
            restyle<QBrush>(rect, "lightBackground", t, [rect] { return rect->backgroundBrush(); },
                            [rect](const QBrush& b) { rect->setBackground(b); });
            for (QCPAxis* axis : rect->axes())
                applyToAxis(axis, t);
        }
    }
}

void applyToPlottables(QCustomPlot& plot, Theme t)
{
    for (int i = 0; i < plot.plottableCount(); ++i) {
        QCPAbstractPlottable* p = plot.plottable(i);
        restyle<QPen>(p, "lightPen", t, [p] { return p->pen(); }, [p](const QPen& pen) { p->setPen(pen); });
        restyle<QBrush>(p, "lightBrush", t, [p] { return p->brush(); }, [p](const QBrush& b) { p->setBrush(b); });
        if (auto* graph = qobject_cast<QCPGraph*>(p)) {
            restyle<QPen>(graph, "lightScatterPen", t, [graph] { return graph->scatterStyle().pen(); },
                          [graph](const QPen& pen) {
                              QCPScatterStyle style = graph->scatterStyle();
                              style.setPen(pen);
                              graph->setScatterStyle(style);
                          });
            restyle<QBrush>(graph, "lightScatterBrush", t, [graph] { return graph->scatterStyle().brush(); },
                            [graph](const QBrush& brush) {
                                QCPScatterStyle style = graph->scatterStyle();
                                style.setBrush(brush);
                                graph->setScatterStyle(style);
                            });
        }
    }
}

void applyToItems(QCustomPlot& plot, Theme t)
{
    for (int i = 0; i < plot.itemCount(); ++i) {
        QCPAbstractItem* item = plot.item(i);
        if (auto* text = qobject_cast<QCPItemText*>(item)) {
            restyleColour(text, "lightColor", t, [text] { return text->color(); },
                          [text](const QColor& c) { text->setColor(c); });
            restyle<QPen>(text, "lightPen", t, [text] { return text->pen(); }, [text](const QPen& p) { text->setPen(p); });
            restyle<QBrush>(text, "lightBrush", t, [text] { return text->brush(); },
                            [text](const QBrush& b) { text->setBrush(b); });
        } else if (auto* rect = qobject_cast<QCPItemRect*>(item)) {
            restyle<QPen>(rect, "lightPen", t, [rect] { return rect->pen(); }, [rect](const QPen& p) { rect->setPen(p); });
            restyle<QBrush>(rect, "lightBrush", t, [rect] { return rect->brush(); },
                            [rect](const QBrush& b) { rect->setBrush(b); });
        } else if (auto* tracer = qobject_cast<QCPItemTracer*>(item)) {
            restyle<QPen>(tracer, "lightPen", t, [tracer] { return tracer->pen(); },
                          [tracer](const QPen& p) { tracer->setPen(p); });
            restyle<QBrush>(tracer, "lightBrush", t, [tracer] { return tracer->brush(); },
                            [tracer](const QBrush& b) { tracer->setBrush(b); });
        } else if (auto* line = qobject_cast<QCPItemStraightLine*>(item)) {
            restyle<QPen>(line, "lightPen", t, [line] { return line->pen(); }, [line](const QPen& p) { line->setPen(p); });
        } else if (auto* segment = qobject_cast<QCPItemLine*>(item)) {
            restyle<QPen>(segment, "lightPen", t, [segment] { return segment->pen(); },
                          [segment](const QPen& p) { segment->setPen(p); });
        }
    }
}

} // namespace

QColor PlotTheme::colour(const QColor& light, Theme theme)
{
    if (theme == Theme::Light || !light.isValid())
        return light;
    const int lightness = light.lightness();
    const bool grey = light.hslSaturation() < kGreySaturation;
    if (theme == Theme::Dark) {
        if (grey) {
            // White paper becomes a near-black slate, dark ink a light grey; not pure black and white, which
            // glare on a projector.
            const int inverted = 24 + (255 - lightness) * (235 - 24) / 255;
            return QColor::fromHsl(light.hslHue(), light.hslSaturation(), inverted, light.alpha());
        }
        return lightness < 110 ? light.lighter(140) : light;
    }
    // High contrast: black ink, white paper, the faint greys (grid, shading) kept just visible.
    if (grey) {
        const int value = lightness >= 250 ? 255 : lightness >= 230 ? 225 : lightness >= 180 ? 120 : 0;
        return QColor(value, value, value, light.alpha());
    }
    return lightness > 90 ? light.darker(140) : light;
}

void PlotTheme::apply(QCustomPlot& plot, Theme theme)
{
    // QCustomPlot does not tell its background brush; every LeakyLab plot is built on white.
    const QColor paper = colour(QColor(Qt::white), theme);
    if (!plot.property(kDrawsOwnPage).toBool())
        plot.setBackground(QBrush(paper));
    applyToLayoutElements(plot, theme);
    applyToPlottables(plot, theme);
    applyToItems(plot, theme);
    plot.setProperty("leakylabTheme", static_cast<int>(theme));
    plot.replot(QCustomPlot::rpQueuedReplot);
}

} // namespace leakylab
