// View > Language: the language of the window, from the translations shipped; remembered between runs.
#pragma once

#include <QMenu>

class QApplication;

namespace leakylab {

class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

    // "" follows the system, otherwise a locale name such as "de" or "pt_BR".
    static QString rememberedLanguage();
    // Loads the remembered (or the system's) translation before the first window is made; returns whether
    // a translation was installed (English needs none).
    static bool installTranslation(QApplication& app);
    // The locale names with a translation in the resources (":/i18n/leakylab_NAME.qm"), plus "en".
    static QStringList availableLanguages();

signals:
    // The window's text changes at the next start; the owner says so in its status bar.
    void languageChosen(const QString& language);
};

} // namespace leakylab
