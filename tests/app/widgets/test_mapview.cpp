// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/mainwindow.h"
#include "app/widgets/mapview.h"
#include "core/charts/communemap.h"
#include "core/workspace.h"
#include "support/clirun.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
void saveShot(QWidget &w, const QString &name)
{
    const QString dir = QStringLiteral(ESS_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QImage shot = w.grab().toImage();
    REQUIRE_FALSE(shot.isNull());
    CHECK(shot.save(dir + u'/' + name));
}

/// The users' language for one test (other tests of the process check English).
struct FrenchUi
{
    QTranslator translator;
    FrenchUi()
    {
        REQUIRE(translator.load(QLocale(QLocale::French), QStringLiteral("ess-dashboard"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
    }
    ~FrenchUi() { QCoreApplication::removeTranslator(&translator); }
};

/// A widget position over `code` on the canvas, found by scanning.
QPoint pointOver(const app::MapCanvas &canvas, const QString &code)
{
    for (int y = 0; y < canvas.height(); y += 3)
        for (int x = 0; x < canvas.width(); x += 3)
            if (canvas.communeAt(QPoint(x, y)) == code)
                return QPoint(x, y);
    return QPoint(-1, -1);
}
} // namespace

TEST_CASE("the map tab shows density first, follows the territory and selects "
          "a clicked commune",
          "[app][gui][map]")
{
    const FrenchUi french;
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("map.sqlite")), app::referenceDataDir())
                    .ok());
    app::MainWindow window(workspace);
    window.resize(1440, 960);
    window.show();
    REQUIRE(window.selectTerritory(QStringLiteral("ARR:596")));
    app::MapView *map = window.mapView();
    REQUIRE(map != nullptr);
    CHECK(window.tabs()->indexOf(map) == 0);
    window.tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    CHECK(map->indicator() == u"density");
    REQUIRE(map->spec().map);
    CHECK(map->spec().map->areas.size() == 82);
    CHECK(map->spec().title.contains(QStringLiteral("Densité")));
    CHECK(map->table()->rowCount() == 82);
    saveShot(window, QStringLiteral("map-density-arr596.png"));

    // A click on Valenciennes selects it: the dashboard and the map (its EPCI)
    // follow.
    const QPoint at = pointOver(*map->canvas(), QStringLiteral("COM:59606"));
    REQUIRE(at.x() >= 0);
    QTest::mouseClick(map->canvas(), Qt::LeftButton, {}, at);
    QApplication::processEvents();
    CHECK(workspace.currentTerritory() == u"COM:59606");
    CHECK(map->spec().map->areas.size() == 35);
    saveShot(window, QStringLiteral("map-density-valenciennes.png"));

    // Keyboard: Enter on a row of the table of values selects that commune.
    QTableWidget *table = map->table();
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString() == u"COM:59014")
            row = r;
    REQUIRE(row >= 0);
    table->setFocus();
    table->setCurrentCell(row, 0);
    QTest::keyClick(table, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(workspace.currentTerritory() == u"COM:59014");

    REQUIRE(window.selectTerritory(QStringLiteral("EPCI:200042190")));
    QApplication::processEvents();
    CHECK(map->spec().map->areas.size() == 47);
    REQUIRE(map->setIndicator(QStringLiteral("population")));
    CHECK(map->spec().map->style == core::charts::MapStyle::Circles);
    saveShot(window, QStringLiteral("map-population-caph.png"));
}

TEST_CASE("after importing a commune table the map shows its measure with "
          "classes and sources",
          "[app][gui][map]")
{
    const FrenchUi french;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("import.sqlite"));
    const auto r = testsupport::runCli(
            { QStringLiteral("import"),
              testsupport::fixture(QStringLiteral("geo/communes-ess.csv")),
              QStringLiteral("--territory-column"), QStringLiteral("Code"),
              QStringLiteral("--year-column"), QString::fromUtf8("Année"), QStringLiteral("--map"),
              QStringLiteral("Part ESS emploi (%)=employment_share:ess"), QStringLiteral("--map"),
              QString::fromUtf8("Établissements=establishments:all"),
              QStringLiteral("--source-title"), QStringLiteral("Tableau communal de test"),
              QStringLiteral("--db"), db });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    core::Workspace workspace;
    REQUIRE(workspace.open(db, app::referenceDataDir()).ok());
    app::MainWindow window(workspace);
    window.resize(1440, 960);
    window.show();
    REQUIRE(window.selectTerritory(QStringLiteral("ARR:596")));
    app::MapView *map = window.mapView();
    REQUIRE(map);
    window.tabs()->setCurrentIndex(0);
    REQUIRE(map->setIndicator(QStringLiteral("employment_share:ess")));
    QApplication::processEvents();
    const core::charts::ChartSpec &spec = map->spec();
    REQUIRE(spec.map);
    CHECK(spec.map->style == core::charts::MapStyle::Choropleth);
    CHECK(spec.map->classLabels.size() == 5);
    CHECK(spec.map->classMethodLabel.contains(QStringLiteral("Jenks")));
    CHECK(spec.sourceLine.contains(QStringLiteral("Tableau communal de test")));
    CHECK(spec.sourceLine.contains(QStringLiteral("IGN, ADMIN EXPRESS COG 2018")));
    int valued = 0, secret = 0;
    for (const core::charts::MapArea &a : spec.map->areas) {
        valued += a.value ? 1 : 0;
        secret += a.state == core::charts::MapValueState::Secret ? 1 : 0;
    }
    CHECK(valued == 39);
    CHECK(secret == 1);
    // Counts imported beside it are circles, never classes.
    REQUIRE(map->setIndicator(QStringLiteral("establishments:all")));
    CHECK(map->spec().map->style == core::charts::MapStyle::Circles);
    REQUIRE(map->setIndicator(QStringLiteral("employment_share:ess")));
    QApplication::processEvents();
    saveShot(window, QStringLiteral("map-imported-share.png"));
}

TEST_CASE("a territory switch does not draw the map while its tab is hidden", "[app][gui][map]")
{
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("hidden.sqlite")), app::referenceDataDir())
                    .ok());
    app::MainWindow window(workspace);
    window.show();
    window.tabs()->setCurrentIndex(1);
    REQUIRE(window.selectTerritory(QStringLiteral("EPCI:245901160")));
    QApplication::processEvents();
    app::MapView *map = window.mapView();
    const int before = map->spec().map ? int(map->spec().map->areas.size()) : -1;
    CHECK(before != 35); // not redrawn while hidden
    window.tabs()->setCurrentIndex(0);
    QApplication::processEvents();
    CHECK(map->spec().map->areas.size() == 35); // drawn when shown
}
