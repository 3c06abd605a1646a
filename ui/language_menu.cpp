// Translations are picked at start-up: the widgets build their text once, so a change applies on restart.
#include "ui/language_menu.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace leakylab {
namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kTranslations = QStringLiteral(":/i18n");
// Marks the translators this file installed, so that a second call replaces them.
const QString kTranslatorName = QStringLiteral("leakylabTranslator");

void removeInstalledTranslators()
{
    for (auto* translator : QCoreApplication::instance()->findChildren<QTranslator*>(
             kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool install(const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(kTranslatorName);
    if (translator->load(locale, name, QStringLiteral("_"), folder)
        && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent)
{
    setAttribute(Qt::WA_WindowPropagation);
    auto* group = new QActionGroup(this);
    const QString current = rememberedLanguage();
    QStringList choices {QString()};
    choices += availableLanguages();
    for (const QString& language : choices) {
        const QString label = language.isEmpty() ? tr("&System default") : languageLabel(language);
        QAction* action = addAction(label);
        action->setCheckable(true);
        action->setChecked(language == current);
        action->setActionGroup(group);
        connect(action, &QAction::triggered, this, [this, language] {
            QSettings().setValue(kLanguageKey, language);
            emit languageChosen(language);
        });
    }
}

QString LanguageMenu::rememberedLanguage() { return QSettings().value(kLanguageKey).toString(); }

QStringList LanguageMenu::availableLanguages()
{
    QStringList languages {QStringLiteral("en")};
    const QStringList files = QDir(kTranslations).entryList({QStringLiteral("leakylab_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString name = file.mid(9, file.size() - 12); // between "leakylab_" and ".qm"
        if (!languages.contains(name))
            languages << name;
    }
    return languages;
}

QString LanguageMenu::languageLabel(const QString& language)
{
    // QLocale calls "en" "American English"; the window's English is not tied to a country.
    const QString name = language == QStringLiteral("en") ? QStringLiteral("English")
                                                          : QLocale(language).nativeLanguageName();
    return QStringLiteral("%1 (%2)").arg(name, language);
}

bool LanguageMenu::installTranslation(const QString& language)
{
    removeInstalledTranslators();
    const QString chosen = language.isEmpty() ? rememberedLanguage() : language;
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    QLocale::setDefault(locale);
    if (!install(locale, QStringLiteral("leakylab"), kTranslations))
        return false;
    // Qt's own only beside LeakyLab's: an English window with dialog buttons in another language reads badly.
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return true;
}

} // namespace leakylab
