// The theme's palette for the window's widgets, and PlotTheme for the plots.
#include "ui/theme_menu.h"

#include <qcustomplot.h>

#include <QActionGroup>
#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>

#include "ui/plot_theme.h"

namespace leakylab {
namespace {

const QString kThemeKey = QStringLiteral("ui/theme");
constexpr std::array<Theme, 3> kThemes = {Theme::Light, Theme::Dark, Theme::HighContrast};

std::size_t indexOf(Theme theme) { return static_cast<std::size_t>(theme); }

// QPalette::setColor(role, colour) sets every colour group: a disabled button's text would look enabled.
void setDisabledText(QPalette& palette, const QColor& colour)
{
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, colour);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(130, 130, 130);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 120, 100));
    p.setColor(QPalette::Link, QColor(110, 180, 255));
    p.setColor(QPalette::Highlight, QColor(50, 120, 200));
    p.setColor(QPalette::HighlightedText, Qt::white);
    setDisabledText(p, disabled);
    return p;
}

QPalette highContrastPalette()
{
    QPalette p(Qt::black, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ButtonText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0, 0, 160));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(80, 80, 80));
    setDisabledText(p, QColor(120, 120, 120));
    return p;
}

} // namespace

ThemeMenu::ThemeMenu(QWidget* window) : QMenu(tr("T&heme"), window), mWindow(window)
{
    setAttribute(Qt::WA_WindowPropagation);
    setToolTipsVisible(true);
    auto* group = new QActionGroup(this);
    for (Theme theme : kThemes) {
        QAction* action = addAction(themeLabel(theme));
        action->setCheckable(true);
        action->setActionGroup(group);
        mActions[indexOf(theme)] = action;
        connect(action, &QAction::triggered, this, [this, theme] {
            setTheme(theme);
            emit themeChosen(theme);
        });
    }
    action(Theme::Dark)->setToolTip(tr("Light curves on a dark background, for a dimmed room"));
    action(Theme::HighContrast)->setToolTip(tr("Black ink and strong colours, for a washed-out projector"));
    mActions[indexOf(mTheme)]->setChecked(true);
}

QAction* ThemeMenu::action(Theme theme) const { return mActions[indexOf(theme)]; }

QString ThemeMenu::themeLabel(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return tr("&Light");
    case Theme::Dark:
        return tr("&Dark");
    case Theme::HighContrast:
        return tr("&High contrast");
    }
    return {};
}

Theme ThemeMenu::rememberedTheme()
{
    const QString name = QSettings().value(kThemeKey).toString();
    for (Theme theme : kThemes) {
        if (name == QLatin1String(themeName(theme).data(), static_cast<qsizetype>(themeName(theme).size())))
            return theme;
    }
    return Theme::Light;
}

void ThemeMenu::setTheme(Theme theme)
{
    mTheme = theme;
    action(theme)->setChecked(true);
    applyPalette(theme);
    restylePlots();
    // Writing the settings costs a file write; the window applies the remembered theme on every start.
    if (theme != rememberedTheme())
        QSettings().setValue(kThemeKey, QString::fromUtf8(themeName(theme).data(), static_cast<qsizetype>(themeName(theme).size())));
}

void ThemeMenu::applyPalette(Theme theme)
{
    const QPalette palette = theme == Theme::Dark           ? darkPalette()
                             : theme == Theme::HighContrast ? highContrastPalette()
                                                            : QApplication::style()->standardPalette();
    // Setting even the same palette sends every widget a palette change and has it polished again.
    if (palette != QApplication::palette())
        QApplication::setPalette(palette);
}

void ThemeMenu::restylePlots()
{
    for (QCustomPlot* plot : mWindow->findChildren<QCustomPlot*>())
        PlotTheme::apply(*plot, mTheme);
}

} // namespace leakylab
