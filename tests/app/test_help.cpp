// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/cli/cli.h"
#include "app/dialogs/aboutdialog.h"
#include "app/dialogs/exportdialog.h"
#include "app/dialogs/guidewindow.h"
#include "app/dialogs/importdialog.h"
#include "app/mainwindow.h"
#include "app/widgets/chartview.h"
#include "core/workspace.h"
#include "support/clirun.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>

using testsupport::runCli;

TEST_CASE("the project version is printed by --version and -V, and --help lists both",
          "[cli][help]")
{
    // One number: CMake's project version, passed to the app and to this test
    // alike.
    const QString expected = QStringLiteral("ess-dashboard " ESS_VERSION "\n");
    CHECK(QStringLiteral(ESS_VERSION).count(u'.') == 2);
    for (const char *option : { "--version", "-V" }) {
        INFO(option);
        CHECK(app::cli::isCommand(QString::fromLatin1(option)));
        const auto r = runCli({ QString::fromLatin1(option) });
        CHECK(r.code == 0);
        CHECK(r.out == expected);
        CHECK(r.err.isEmpty());
    }
    const auto help = runCli({ QStringLiteral("--help") });
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("--version | -V")));
    CHECK(help.out.contains(QStringLiteral("ess-dashboard figures")));
}

namespace {
/// The French translation, for one test (other tests of the process check
/// English).
struct French
{
    QTranslator translator;
    QTranslator qtTranslator; // Qt's own buttons, as the app loads them
    QLocale previous;
    French()
    {
        REQUIRE(translator.load(QLocale(QLocale::French), QStringLiteral("ess-dashboard"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        if (qtTranslator.load(QLocale(QLocale::French), QStringLiteral("qtbase"),
                              QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    }
    ~French()
    {
        QCoreApplication::removeTranslator(&qtTranslator);
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    }
};

/// Every <img src> of a guide page, each checked to be embedded beside it.
QStringList guideImages(const QString &page)
{
    QFile file(page);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QStringList images;
    static const QRegularExpression img(QStringLiteral("<img src=\"([^\"]+)\""));
    for (const QRegularExpressionMatch &m : img.globalMatch(html))
        images << m.captured(1);
    return images;
}
} // namespace

TEST_CASE("F1 opens the French user guide, embedded with its screenshots", "[app][gui][help]")
{
    const French french;
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("guide.sqlite")), app::referenceDataDir())
                    .ok());
    app::MainWindow window(workspace);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *guideAction = window.findChild<QAction *>(QStringLiteral("guideAction"));
    REQUIRE(guideAction);
    CHECK(guideAction->text() == QStringLiteral("&Guide d'utilisation"));
    CHECK(guideAction->shortcut() == QKeySequence(Qt::Key_F1));
    REQUIRE(window.findChild<app::GuideWindow *>() == nullptr);

    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<app::GuideWindow *>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->browser()->source() == QUrl(QStringLiteral("qrc:/help/guide_fr.html")));
    const QString text = guide->browser()->toPlainText();
    for (const char *expected :
         { "Part de l'ESS dans l'emploi salarié", "publié", "calculé", "estimé",
           "Importer un tableau", "répertoire SIRENE", "Dossier de presse", "non disponible" })
        CHECK(text.contains(QString::fromUtf8(expected)));

    // A second F1 shows the same window again.
    guide->hide();
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(window.findChildren<app::GuideWindow *>().size() == 1);
    CHECK(guide->isVisible());

    for (const QString &page :
         { QStringLiteral(":/help/guide_fr.html"), QStringLiteral(":/help/guide_en.html") }) {
        const QStringList images = guideImages(page);
        CHECK(images.size() == 3);
        for (const QString &image : images) {
            INFO(page.toStdString() << " " << image.toStdString());
            CHECK_FALSE(QImage(QStringLiteral(":/help/") + image).isNull());
        }
    }
}

TEST_CASE("the guide is English when the interface is English", "[app][gui][help]")
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
    app::GuideWindow guide;
    CHECK(guide.browser()->source() == QUrl(QStringLiteral("qrc:/help/guide_en.html")));
    const QString text = guide.browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("ESS share of salaried jobs")));
    CHECK(text.contains(QStringLiteral("published")));
    CHECK_FALSE(text.contains(QStringLiteral("publié")));
}

TEST_CASE("Help › About gives the version, licence, Qt version, data version "
          "and sources",
          "[app][gui][help]")
{
    const French french;
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("about.sqlite")), app::referenceDataDir())
                    .ok());
    app::MainWindow window(workspace);
    auto *aboutAction = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    REQUIRE(aboutAction);
    CHECK(aboutAction->text() == QStringLiteral("À &propos"));

    QString text;
    QTimer::singleShot(0, &window, [&text] {
        auto *dialog = qobject_cast<app::AboutDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        text = dialog->text();
        dialog->reject();
    });
    aboutAction->trigger();
    REQUIRE_FALSE(text.isEmpty());
    CHECK(text.contains(QStringLiteral(ESS_VERSION)));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(text.contains(QString::fromLatin1(qVersion())));
    CHECK(text.contains(QStringLiteral("version %1").arg(workspace.referenceDataVersion())));
    CHECK(workspace.referenceDataVersion() > 0);
    CHECK(text.contains(QStringLiteral("SIL Open Font License")));
    int shipped = 0;
    for (const core::Source &s : workspace.sources()) {
        if (s.key.isEmpty())
            continue;
        ++shipped;
        INFO(s.key.toStdString());
        CHECK(text.contains(s.title));
        CHECK(text.contains(s.licence));
    }
    CHECK(shipped >= 12);
    // "Licence Ouverte" without a version, as the sources state it (#9).
    CHECK(text.contains(
            QStringLiteral("Licence Ouverte / Open Licence (version non précisée par la source)")));
}

namespace {
/// Saves a guide screenshot at the width the guide shows it: in the build tree
/// always, and in resources/help/images (to be committed) when
/// ESS_UPDATE_GUIDE_SCREENSHOTS is set.
void saveGuideShot(QWidget &w, const QString &name, int width)
{
    QApplication::processEvents();
    const QImage shot = w.grab().toImage().scaledToWidth(width, Qt::SmoothTransformation);
    REQUIRE_FALSE(shot.isNull());
    QStringList dirs { QStringLiteral(ESS_SCREENSHOT_DIR "/guide") };
    if (qEnvironmentVariableIsSet("ESS_UPDATE_GUIDE_SCREENSHOTS"))
        dirs << QStringLiteral(ESS_SOURCE_DIR "/resources/help/images");
    for (const QString &dir : dirs) {
        QDir().mkpath(dir);
        CHECK(shot.save(dir + u'/' + name));
    }
}

void makeGuideShots(const QString &language)
{
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("shots.sqlite")), app::referenceDataDir())
                    .ok());
    app::MainWindow window(workspace);
    window.resize(1280, 860);
    window.show();
    REQUIRE(window.selectTerritory(QStringLiteral("ARR:596")));
    window.tabs()->setCurrentIndex(1); // the jobs chart (tab 0 is the map)
    saveGuideShot(window, language + QStringLiteral("-dashboard.png"), 760);

    // A name a user would have (the dialog shows the path).
    const QString table = dir.filePath(QStringLiteral("emplois-ess-2021.csv"));
    REQUIRE(QFile::copy(QStringLiteral(ESS_TEST_DATA "/import/cli/vintage_a.csv"), table));
    app::ImportDialog import(workspace);
    import.resize(1100, 720);
    REQUIRE(import.setFile(table));
    import.show();
    saveGuideShot(import, language + QStringLiteral("-import.png"), 760);

    REQUIRE(window.currentChart());
    app::ExportDialog exportDialog(workspace, window.currentChart()->spec());
    exportDialog.resize(900, 640);
    exportDialog.setPreset(QStringLiteral("social"));
    exportDialog.show();
    saveGuideShot(exportDialog, language + QStringLiteral("-export.png"), 640);
}
} // namespace

// Makes the screenshots of the user guide (cmake --build build --target
// guide_screenshots writes them into resources/help/images).
TEST_CASE("guide screenshots", "[app][gui][help][guide_screenshots]")
{
    {
        const French french;
        makeGuideShots(QStringLiteral("fr"));
    }
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
    makeGuideShots(QStringLiteral("en"));
}
