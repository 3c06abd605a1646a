// View > Language: the language of the window, from the translations shipped; remembered between runs.
#pragma once

#include <QMenu>

namespace leakylab {

class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // "" follows the system, otherwise a locale name such as "de" or "pt_BR".
    static QString rememberedLanguage();
    // Installs LeakyLab's translation for `language` ("" = the remembered choice, or the system's) and Qt's
    // own (the standard dialogs' buttons), replacing any installed before. Call it before the first window
    // is made: widgets take their text when they are built. Returns whether a translation was installed
    // (English needs none).
    static bool installTranslation(const QString& language = QString());
    // The locale names with a translation in the resources (":/i18n/leakylab_NAME.qm"), plus "en".
    static QStringList availableLanguages();
    // How the menu names a language: in that language, so a reader of it finds it.
    static QString languageLabel(const QString& language);

signals:
    // The window's text changes at the next start; the owner says so in its status bar.
    void languageChosen(const QString& language);
};

} // namespace leakylab
