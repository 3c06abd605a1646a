// Translations are picked at start-up: the widgets build their text once, so a change applies on restart.
#include "ui/language_menu.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace leakylab {
namespace {

const QString kLanguageKey = QStringLiteral("ui/language");
const QString kTranslations = QStringLiteral(":/i18n");

} // namespace

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent)
{
    setAttribute(Qt::WA_WindowPropagation);
    auto* group = new QActionGroup(this);
    const QString current = rememberedLanguage();
    QStringList choices {QString()};
    choices += availableLanguages();
    for (const QString& language : choices) {
        const QString label = language.isEmpty() ? tr("&System default")
                                                 : QLocale(language).nativeLanguageName() + QStringLiteral(" (%1)").arg(language);
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
    for (const QString& file : QDir(kTranslations).entryList({QStringLiteral("leakylab_*.qm")}, QDir::Files)) {
        const QString name = file.mid(9, file.size() - 12); // between "leakylab_" and ".qm"
        if (!languages.contains(name))
            languages << name;
    }
    return languages;
}

bool LanguageMenu::installTranslation(QApplication& app)
{
    const QString language = rememberedLanguage();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, QStringLiteral("leakylab"), QStringLiteral("_"), kTranslations)) {
        delete translator;
        return false;
    }
    return QApplication::installTranslator(translator);
}

} // namespace leakylab
