// Shared by the GUI tests: one QApplication on the offscreen platform, settings in a temporary directory,
// and a watchdog that fails a test instead of letting a modal dialog hang it.
#pragma once

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

// The platform the tests' application runs on. A suite may define it before including this file, as
// test_ui_projector does for a 1280x720 screen; the offscreen platform's own screen is 800x800.
#ifndef LEAKYLAB_TEST_PLATFORM
#define LEAKYLAB_TEST_PLATFORM "offscreen"
#endif

namespace leakylab::test {

// gtest_main owns main(), so the application is made on first use. It is never destroyed: tearing a
// QApplication down during static destruction, after GoogleTest is done, is not safe.
inline QApplication& uiApplication()
{
    static QTemporaryDir settingsDir;
    static int argc = 1;
    static char name[] = "leakylab_ui_test";
    static char* argv[] = {name, nullptr};
    static QApplication* app = [] {
        qputenv("QT_QPA_PLATFORM", LEAKYLAB_TEST_PLATFORM);
        QCoreApplication::setOrganizationName(QStringLiteral("LeakyLab"));
        QCoreApplication::setApplicationName(QStringLiteral("leakylab-ui-test"));
        auto* application = new QApplication(argc, argv);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());

        auto* watchdog = new QTimer(application);
        QObject::connect(watchdog, &QTimer::timeout, application, [] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                ADD_FAILURE() << "a modal dialog opened: " << modal->windowTitle().toStdString();
                modal->close();
            }
        });
        watchdog->start(200);
        return application;
    }();
    return *app;
}

// Each test starts from empty settings, so a remembered geometry cannot leak between tests.
class UiTest : public ::testing::Test {
protected:
    UiTest()
    {
        uiApplication();
        QSettings().clear();
    }
};

// Shows a top-level widget and waits until it is exposed and has painted, as a user would first see it.
inline bool showAndWait(QWidget& window)
{
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

// Counts the layout requests any widget receives while it exists: each one lays out that widget again, and
// the windows around it.
class LayoutRequestCounter : public QObject {
public:
    LayoutRequestCounter() { qApp->installEventFilter(this); }
    ~LayoutRequestCounter() override { qApp->removeEventFilter(this); }
    int count() const { return mCount; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++mCount;
        return QObject::eventFilter(watched, event);
    }

private:
    int mCount = 0;
};

} // namespace leakylab::test
