// View > Theme: light, dark or high contrast, for the window and every plot in it; remembered between runs.
#pragma once

#include <QMenu>

#include <array>

#include "core/lesson.h"

class QActionGroup;

namespace leakylab {

class ThemeMenu : public QMenu {
    Q_OBJECT
public:
    // `window`'s plots (every QCustomPlot inside it) follow the theme.
    explicit ThemeMenu(QWidget* window);

    Theme theme() const { return mTheme; }
    // Applies the theme to the application's palette and every plot, checks its action and remembers it.
    void setTheme(Theme theme);
    // Plots added after the last change (a panel docked later) take the current theme.
    void restylePlots();
    QAction* action(Theme theme) const;

    static QString themeLabel(Theme theme);
    // Sets the application's palette for `theme`, when it is not that already. Called before the window's
    // widgets are made, they are made in it rather than repolished.
    static void applyPalette(Theme theme);
    // The theme last chosen, from the settings (light the first time).
    static Theme rememberedTheme();

signals:
    // Only for a choice in the menu, not for setTheme().
    void themeChosen(Theme theme);

private:
    QWidget* mWindow;
    Theme mTheme = Theme::Light;
    std::array<QAction*, 3> mActions {};
};

} // namespace leakylab
