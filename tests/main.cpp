// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QMutex>
#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <thread>

namespace {

// Every Qt warning fails the test case that printed it: a model the QAbstractItemModelTester
// finds inconsistent, a failed connect, a storage warning nobody expected. Messages may come
// from worker threads, where Catch's assertions must not be used: they are collected here and
// reported when the test case ends, and the run then exits non-zero.
QMutex s_mutex;
QStringList s_warnings;
bool s_failed = false;

/// Messages of the environment, not of the code under test (a headless CI machine).
bool isEnvironmentNoise(const QString &message)
{
    return message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))
            || message.startsWith(
                    QLatin1String("QStandardPaths: wrong permissions on runtime directory"))
            // The offscreen platform plugin of CI lacks what a window system does.
            || message.startsWith(QLatin1String("This plugin does not support "));
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray local = message.toLocal8Bit();
    std::fprintf(stderr, "%s\n", local.constData());
    if (type == QtDebugMsg || type == QtInfoMsg || isEnvironmentNoise(message))
        return;
    const QMutexLocker lock(&s_mutex);
    s_warnings << (context.category && qstrcmp(context.category, "default") != 0
                           ? QString::fromLatin1(context.category) + QLatin1String(": ") + message
                           : message);
}

struct QtWarningListener : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;

    void testCaseStarting(const Catch::TestCaseInfo &info) override
    {
        TestEventListenerBase::testCaseStarting(info);
        const QMutexLocker lock(&s_mutex);
        s_warnings.clear();
    }

    void testCaseEnded(const Catch::TestCaseStats &stats) override
    {
        TestEventListenerBase::testCaseEnded(stats);
        const QMutexLocker lock(&s_mutex);
        if (s_warnings.isEmpty())
            return;
        s_failed = true;
        std::fprintf(stderr, "FAILED: %lld Qt warning(s) during \"%s\":\n",
                     static_cast<long long>(s_warnings.size()), stats.testInfo.name.c_str());
        for (const QString &w : std::as_const(s_warnings))
            std::fprintf(stderr, "  %s\n", w.toLocal8Bit().constData());
        s_warnings.clear();
    }
};

} // namespace

CATCH_REGISTER_LISTENER(QtWarningListener)

// Hidden: run by the ctest test "a Qt warning fails the test case that printed it", which expects
// this case to fail with both warnings reported (one from the main thread, one from a worker).
TEST_CASE("qt warnings fail the test (self-test)", "[.][qtwarning-selftest]")
{
    qWarning("self-test warning from the main thread");
    std::thread worker([] { qWarning("self-test warning from a worker thread"); });
    worker.join();
    CHECK(true);
}

int main(int argc, char *argv[])
{
    // catch_discover_tests runs this binary at build time, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(messageHandler);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PHARE-tests"));
    QApplication::setApplicationName(QStringLiteral("ess-dashboard-tests"));
    // Settings of this run only: a test that remembers a territory must not change the next
    // run's starting point, nor read the user's own settings.
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 2;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    const int result = Catch::Session().run(argc, argv);
    const QMutexLocker lock(&s_mutex);
    return result != 0 ? result : (s_failed ? 1 : 0);
}
