// The window in English and Simplified Chinese: the shipped translation, its completeness, and --lang.
#include <QAction>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QXmlStreamReader>

#include <qcustomplot.h>

#include "gui_fixture.h"
#include "menu_mnemonics.h"
#include "ui/activation_plot.h"
#include "ui/language_menu.h"
#include "ui/main_window.h"

namespace leakylab {
namespace {

class LanguageTest : public test::UiTest {
protected:
    ~LanguageTest() override { LanguageMenu::installTranslation(QStringLiteral("en")); }

    static QStringList menuTitles(const MainWindow& window)
    {
        QStringList titles;
        for (const QAction* action : window.menuBar()->actions())
            titles << action->text();
        return titles;
    }

    // The name of each graph in the plot's legend, in legend order.
    static QStringList legendNames(const ActivationPlot& plot)
    {
        QStringList names;
        for (int i = 0; i < plot.legendEntries().size(); ++i) {
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot.legendEntries().at(i)))
                names << item->plottable()->name();
        }
        return names;
    }
};

TEST_F(LanguageTest, ships_the_chinese_translation_as_a_resource)
{
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/leakylab_zh_CN.qm")));
    EXPECT_TRUE(LanguageMenu::availableLanguages().contains(QStringLiteral("zh_CN")));
    EXPECT_TRUE(LanguageMenu::availableLanguages().contains(QStringLiteral("en")));
}

TEST_F(LanguageTest, chinese_translation_gives_chinese_menus_and_plot_labels)
{
    ASSERT_TRUE(LanguageMenu::installTranslation(QStringLiteral("zh_CN")));
    MainWindow window;
    const QStringList titles = menuTitles(window);
    EXPECT_TRUE(titles.contains(QStringLiteral("视图(&V)"))) << titles.join(u' ').toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("文件(&F)"))) << titles.join(u' ').toStdString();
    EXPECT_FALSE(titles.contains(QStringLiteral("&View")));
    test::expectDistinctMnemonics(*window.menuBar());

    ActivationPlot plot;
    EXPECT_EQ(plot.yAxis->label(), QStringLiteral("输出"));
    EXPECT_TRUE(legendNames(plot).contains(QStringLiteral("x = 0 处的导数值")))
        << legendNames(plot).join(u'|').toStdString();
    // PyTorch's names stay as PyTorch spells them.
    EXPECT_TRUE(legendNames(plot).contains(QStringLiteral("LeakyReLU(x)")));
}

TEST_F(LanguageTest, english_needs_no_translation_and_gives_english_text)
{
    ASSERT_TRUE(LanguageMenu::installTranslation(QStringLiteral("zh_CN")));
    EXPECT_FALSE(LanguageMenu::installTranslation(QStringLiteral("en"))); // replaces the Chinese one
    MainWindow window;
    const QStringList titles = menuTitles(window);
    EXPECT_TRUE(titles.contains(QStringLiteral("&View"))) << titles.join(u' ').toStdString();
    EXPECT_FALSE(titles.contains(QStringLiteral("视图(&V)")));

    ActivationPlot plot;
    EXPECT_EQ(plot.yAxis->label(), QStringLiteral("output"));
    EXPECT_TRUE(legendNames(plot).contains(QStringLiteral("derivative's value at x = 0")));
}

TEST_F(LanguageTest, remembered_language_is_used_when_none_is_given)
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
    ASSERT_TRUE(LanguageMenu::installTranslation());
    EXPECT_EQ(LanguageMenu().title(), QStringLiteral("语言(&L)"));
}

TEST_F(LanguageTest, chinese_brings_qt_own_dialog_buttons_in_chinese)
{
    const QString qtbase
        = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm");
    if (!QFile::exists(qtbase))
        GTEST_SKIP() << "Qt's own Chinese translation is not installed: " << qtbase.toStdString();
    ASSERT_TRUE(LanguageMenu::installTranslation(QStringLiteral("zh_CN")));
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

// Every message of the .ts file in the source tree: finished, not empty, and with the source's placeholders.
TEST(TranslationFile, every_chinese_translation_is_finished)
{
    QFile file(QStringLiteral(LEAKYLAB_TS_FILE));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << LEAKYLAB_TS_FILE;
    QXmlStreamReader xml(&file);
    const QRegularExpression placeholder(QStringLiteral("%\\d"));
    auto placeholders = [&](const QString& text) {
        QStringList found;
        for (const auto& match : placeholder.globalMatch(text))
            found << match.captured();
        found.sort();
        found.removeDuplicates();
        return found.join(u' ').toStdString();
    };
    int messages = 0;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            ++messages;
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const std::string where = context.toStdString() + ": " + source.toStdString();
            EXPECT_NE(type, QStringLiteral("unfinished")) << where;
            EXPECT_FALSE(translation.trimmed().isEmpty()) << where;
            EXPECT_EQ(placeholders(translation), placeholders(source)) << where;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 100);
}

struct Finished {
    int exitCode;
    QByteArray out;
    QByteArray err;
};

Finished runLeakylab(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LEAKYLAB_BINARY), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, "did not finish"};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

TEST(LanguageOption, unknown_language_is_one_line_on_stderr_and_exit_code_2)
{
    const Finished run = runLeakylab({QStringLiteral("--lang"), QStringLiteral("xx")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.endsWith('\n'));
    EXPECT_TRUE(run.err.contains("xx")) << run.err.toStdString();
}

TEST(LanguageOption, joined_form_and_missing_value_are_refused_too)
{
    const Finished joined = runLeakylab({QStringLiteral("--lang=klingon")});
    EXPECT_EQ(joined.exitCode, 2);
    EXPECT_EQ(joined.err.count('\n'), 1) << joined.err.toStdString();

    const Finished missing = runLeakylab({QStringLiteral("--lang")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_EQ(missing.err.count('\n'), 1) << missing.err.toStdString();
}

} // namespace
} // namespace leakylab
