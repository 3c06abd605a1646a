// Menus are walked with the keyboard: Alt+V, then a letter. Two entries of one menu with the same underlined
// letter make that letter cycle between them instead of choosing one.
#pragma once

#include <QAction>
#include <QHash>
#include <QMenu>
#include <QMenuBar>

#include <gtest/gtest.h>

namespace leakylab::test {

// The letter after the first single '&' of a menu text, lower-cased; null when there is none.
inline QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Fails for each pair of visible entries in one menu (or the menu bar) that share their letter, and looks
// into every submenu.
inline void expectDistinctMnemonics(const QList<QAction*>& actions, const QString& where)
{
    QHash<QChar, QString> seen;
    for (const QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QChar key = mnemonicOf(action->text()); !key.isNull()) {
            EXPECT_FALSE(seen.contains(key)) << where.toStdString() << ": '" << action->text().toStdString()
                                             << "' and '" << seen.value(key).toStdString() << "' share &"
                                             << QString(key).toStdString();
            seen.insert(key, action->text());
        }
        if (const QMenu* menu = action->menu())
            expectDistinctMnemonics(menu->actions(), where + QStringLiteral(" > ") + action->text());
    }
}

inline void expectDistinctMnemonics(const QMenuBar& bar)
{
    expectDistinctMnemonics(bar.actions(), QStringLiteral("menu bar"));
}

} // namespace leakylab::test
