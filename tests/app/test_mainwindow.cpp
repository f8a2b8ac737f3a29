// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/mainwindow.h"
#include "app/widgets/chartview.h"
#include "app/widgets/keyfigurecard.h"
#include "core/workspace.h"
#include "support/french.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>

namespace {
QString nnbsp(const char *text)
{
    return QString::fromUtf8(text).replace(u'_', QChar(0x202F));
}

void saveScreenshot(QWidget &w, const QString &name)
{
    const QString dir = QStringLiteral(ESS_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QImage shot = w.grab().toImage();
    REQUIRE_FALSE(shot.isNull());
    CHECK(shot.save(dir + u'/' + name));
}
} // namespace

TEST_CASE("the main window shows the sourced key figures of CAVM + CAPH and of a commune",
          "[app][gui]")
{
    // The users' language, for this test only (other tests of the process check English).
    QTranslator french;
    REQUIRE(french.load(QLocale(QLocale::French), QStringLiteral("ess-dashboard"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&french);
    const auto removeFrench =
            qScopeGuard([&french] { QCoreApplication::removeTranslator(&french); });
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("gui.sqlite")), app::referenceDataDir())
                    .ok());
    app::MainWindow window(workspace);
    window.resize(1440, 960);
    window.show();
    QApplication::processEvents();

    REQUIRE(window.selectTerritory(QStringLiteral("ARR:596")));
    QApplication::processEvents();
    CHECK(window.card(0)->valueText() == nnbsp("10_%"));
    CHECK(window.card(0)->detailText().contains(QStringLiteral("2025")));
    CHECK(window.card(0)->detailText().contains(QStringLiteral("PHARE")));
    CHECK(window.card(1)->valueText() == QString::fromUtf8("8\u2013") + nnbsp("9_%"));
    CHECK(window.card(2)->valueText() == QStringLiteral("20"));
    CHECK(window.card(0)->sourcedSentence().contains(QStringLiteral("PHARE")));
    window.tabs()->setCurrentIndex(1); // tab 0 is the map
    REQUIRE(window.currentChart() != nullptr);
    CHECK(window.currentChart()->spec().hasData());
    saveScreenshot(window, QStringLiteral("dashboard-arr596.png"));

    REQUIRE(window.selectTerritory(QStringLiteral("COM:59606")));
    QApplication::processEvents();
    // Valenciennes has no figure of its own: the card shows the arrondissement's, its territory
    // on the same line as the number, and the sentence says so.
    CHECK(window.card(0)->valueText().contains(nnbsp("10_%")));
    CHECK(window.card(0)->valueText().startsWith(QStringLiteral("CAVM + CAPH")));
    CHECK(window.card(0)->sourcedSentence().contains(
            QStringLiteral("Pas de chiffre propre pour Valenciennes")));
    CHECK(window.card(0)->findChildren<QLabel *>().size() > 3);
    bool levelShown = false;
    for (QLabel *label : window.card(0)->findChildren<QLabel *>())
        if (label->isVisible()
            && label->text().contains(QStringLiteral("niveau"), Qt::CaseInsensitive)
            && label->text().contains(QStringLiteral("CAVM + CAPH")))
            levelShown = true;
    CHECK(levelShown);
    saveScreenshot(window, QStringLiteral("dashboard-valenciennes.png"));

    REQUIRE(window.selectTerritory(QStringLiteral("EPCI:200042190")));
    QApplication::processEvents();
    CHECK(window.card(0)->valueText() == nnbsp("10_%"));
    CHECK(window.card(0)->detailText().contains(QStringLiteral("2024")));
    // La Gazette NPDC: "2 820 emplois … soit 10 % de l'ensemble de l'activité".
    CHECK(window.card(0)->titleText()
          == QStringLiteral("Part de l'ESS dans l'ensemble de l'activité"));
    CHECK(window.card(0)->detailText().startsWith(nnbsp("10_% de l'ensemble de l'activité · ")));
    CHECK(window.card(0)->sourcedSentence().contains(nnbsp("10_% de l'ensemble de l'activité")));
    CHECK_FALSE(window.card(0)->sourcedSentence().contains(QStringLiteral("emploi")));
    window.tabs()->setCurrentIndex(4); // the map, jobs, establishments, size, families
    QApplication::processEvents();
    saveScreenshot(window, QStringLiteral("dashboard-caph-families.png"));
    CHECK_FALSE(window.selectTerritory(QStringLiteral("COM:00000")));
}

TEST_CASE("every key-figure card says its year and method once, on every level", "[app][gui]")
{
    const testsupport::FrenchTranslation french;
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("gui.sqlite")), app::referenceDataDir())
                    .ok());
    app::MainWindow window(workspace);
    window.resize(1440, 960);
    window.show();
    // Local territories are chosen; the region and France appear as the cards' reference line.
    for (const char *reference : { "REG:32", "FR" }) {
        workspace.setReferenceTerritory(QString::fromLatin1(reference));
        for (const char *code : { "ARR:596", "EPCI:245901160", "EPCI:200042190", "COM:59606" }) {
            const QString territory = QString::fromLatin1(code);
            REQUIRE(window.selectTerritory(territory));
            QApplication::processEvents();
            for (int i = 0; i < 3; ++i) {
                const QString detail = window.card(i)->detailText();
                INFO(code << " card " << i << ": " << detail.toStdString());
                // "publié en 2025, année des données non précisée · publié" said it twice.
                CHECK(detail.count(QStringLiteral("publié")) <= 1);
                CHECK(detail.count(QStringLiteral("calculé")) <= 1);
                CHECK_FALSE(detail.contains(QStringLiteral(" ·  · ")));
                CHECK_FALSE(detail.endsWith(QStringLiteral(" · ")));
                // The reference's value says how it was obtained when it was not published.
                const QString ref = window.card(i)->referenceText();
                INFO(reference << " reference: " << ref.toStdString());
                if (ref.contains(QStringLiteral("environ 12")))
                    CHECK(ref.contains(QStringLiteral("calculé")));
                // 20 "par structure" beside 13,5 "par établissement": the caveat stays.
                if (ref.contains(QStringLiteral("13,5 salariés par établissement"))
                    && window.card(i)->valueText().contains(QStringLiteral("20")))
                    CHECK(ref.contains(QStringLiteral("unités différentes")));
            }
            saveScreenshot(window,
                           QStringLiteral("dashboard-%1-vs-%2.png")
                                   .arg(QString(territory).replace(u':', u'_'),
                                        QString::fromLatin1(reference).replace(u':', u'_')));
        }
    }
}
