// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "app/cli/cli.h"
#include "app/mainwindow.h"
#include "app/settings.h"
#include "core/workspace.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>

#include <csignal>
#include <cstdio>

namespace app {

QString referenceDataDir()
{
    return QStringLiteral(":/data");
}

QString findReferenceDataFile(const QString &relativePath)
{
    QStringList roots;
    const QString env = qEnvironmentVariable("ESS_DATA_DIR");
    if (!env.isEmpty())
        roots << env;
    const QString appDir =
            QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (!appDir.isEmpty()) {
        for (const char *up : { "data", "../data", "../../data", "../share/ess-dashboard/data" })
            roots << QDir(appDir).filePath(QString::fromLatin1(up));
    }
    roots << referenceDataDir();
    for (const QString &root : roots) {
        const QString candidate = QDir(root).filePath(relativePath);
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return {};
}

QString sireneClassificationFile()
{
    return QStringLiteral("classification/sirene-ess-1.json");
}

QString defaultSireneClassificationPath()
{
    return findReferenceDataFile(sireneClassificationFile());
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/ess-dashboard.sqlite");
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    if (language == u"en") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // The sources are English; this catalogue only holds their plural forms.
        auto *plurals = new QTranslator(&app);
        if (plurals->load(QLocale(QLocale::English), QStringLiteral("ess-dashboard"),
                          QStringLiteral("_"), QStringLiteral(":/i18n")))
            QCoreApplication::installTranslator(plurals);
        return;
    }
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(QLocale::French), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(QLocale::French), QStringLiteral("ess-dashboard"),
                         QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

namespace {
/// Takes "--lang xx" (or --lang=xx) out of the arguments; empty when absent.
QString takeLanguage(QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--lang" && i + 1 < args.size()) {
            const QString lang = args.at(i + 1);
            args.remove(i, 2);
            return lang;
        }
        if (args.at(i).startsWith(QStringLiteral("--lang="))) {
            const QString lang = args.at(i).mid(7);
            args.remove(i);
            return lang;
        }
    }
    return {};
}

/// Index of the command in `args` once the global options (--db PATH, --lang xx, and their
/// "=" forms) that may stand before it are skipped; -1 when the first other word is no command.
qsizetype commandIndex(const QStringList &args)
{
    qsizetype i = 0;
    while (i < args.size()) {
        const QString &a = args.at(i);
        if (a == u"--db" || a == u"--lang")
            i += 2;
        else if (a.startsWith(QStringLiteral("--db=")) || a.startsWith(QStringLiteral("--lang=")))
            ++i;
        else
            return cli::isCommand(a) ? i : -1;
    }
    return -1;
}

void setNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PHARE"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("phare-ess.fr"));
    QCoreApplication::setApplicationName(QStringLiteral("ess-dashboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ESS_VERSION));
    // The installed desktop file (packaging/), so that Wayland shells show its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("fr.phare_ess.EssDashboard"));
}
} // namespace

int run(int argc, char *argv[])
{
    // A file-size limit (ulimit -f) must give a write error, not kill the process half-way.
    std::signal(SIGXFSZ, SIG_IGN);
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const bool commandLine = commandIndex(rawArgs) >= 0;
    // Commands work without a display: the offscreen platform renders charts and fonts.
    if (commandLine && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    setNames();
    QStringList args = QCoreApplication::arguments().mid(1);
    // "ess-dashboard --db X export ..." is "export --db X ...".
    if (const qsizetype at = commandIndex(args); at > 0)
        args.prepend(args.takeAt(at));
    QString language = takeLanguage(args);
    if (language.isEmpty())
        language = commandLine ? QStringLiteral("fr") : settings::language();
    if (language != u"fr" && language != u"en") {
        QTextStream(stderr) << "--lang: expected fr or en, got \"" << language << "\"\n";
        return cli::UsageError;
    }
    installTranslations(application, language);

    if (commandLine) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return cli::run(args, out, err);
    }

    QString dbPath = defaultDatabasePath();
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--db" && i + 1 < args.size())
            dbPath = args.at(i + 1);
        else if (args.at(i).startsWith(QStringLiteral("--db=")))
            dbPath = args.at(i).mid(5);
    }
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ess-dashboard.svg")));
    QDir().mkpath(QFileInfo(dbPath).absolutePath());
    core::Workspace workspace;
    auto opened = workspace.open(dbPath, referenceDataDir());
    if (!opened && opened.error().code == core::Error::Code::ReadOnly) // reading still works
        opened = workspace.open(dbPath, referenceDataDir(), core::Workspace::Access::ReadOnly);
    if (auto st = opened; !st) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("Application", "ESS dashboard"),
                              st.error().message);
        return cli::Failure;
    }
    MainWindow window(workspace);
    window.show();
    return QApplication::exec();
}

} // namespace app
