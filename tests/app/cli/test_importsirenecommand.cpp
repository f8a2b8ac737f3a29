// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/cli/cli.h"
#include "app/dialogs/sireneimportdialog.h"
#include "app/mainwindow.h"
#include "app/widgets/chartview.h"
#include "app/widgets/communeview.h"
#include "app/widgets/keyfigurecard.h"
#include "core/models/communeregistermodel.h"
#include "core/workspace.h"
#include "import/sirene/sirenetestsupport.h"
#include "support/clirun.h"
#include "support/dbdump.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

namespace {
using testsupport::CliRun;
using testsupport::runCli;

QStringList importArgs(const QString &db, const QStringList &more = {})
{
    return QStringList { QStringLiteral("import-sirene"),
                         QStringLiteral("--unites-legales"),
                         sirenetest::genFile("StockUniteLegale_utf8.csv"),
                         QStringLiteral("--etablissements"),
                         sirenetest::genFile("StockEtablissement_utf8.csv"),
                         QStringLiteral("--db"),
                         db }
    + more;
}

/// Creates a database with the reference data only, through an ordinary command.
void createDatabase(const QString &db)
{
    const CliRun r = runCli({ QStringLiteral("datasets"), QStringLiteral("--db"), db });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(QFileInfo::exists(db));
}

bool waitUntilIdle(const app::SireneImportDialog &dialog)
{
    QDeadlineTimer deadline(30000);
    while (dialog.isRunning() && !deadline.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }
    return !dialog.isRunning();
}

QString visibleLabelsWith(QWidget &w, const QString &needle)
{
    for (QLabel *label : w.findChildren<QLabel *>())
        if (label->isVisible() && label->text().contains(needle))
            return label->text();
    return {};
}
} // namespace

TEST_CASE("import-sirene --json --dry-run prints EXPECTED.json and writes nothing", "[cli][sirene]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sirene.sqlite"));
    const QJsonObject expected =
            sirenetest::readJson(sirenetest::dataPath(QStringLiteral("gen/EXPECTED.json")));
    REQUIRE_FALSE(expected.isEmpty());

    SECTION("no database yet: none is created")
    {
        const CliRun r =
                runCli(importArgs(db, { QStringLiteral("--json"), QStringLiteral("--dry-run") }));
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
        QStringList diffs;
        sirenetest::jsonDiff(expected, QJsonDocument::fromJson(r.out.toUtf8()).object(), QString(),
                             diffs);
        INFO(diffs.join(u'\n').toStdString());
        CHECK(diffs.isEmpty());
        CHECK_FALSE(QFileInfo::exists(db));
    }
    SECTION("an existing database is left unchanged")
    {
        createDatabase(db);
        const QString before = testsupport::dumpDatabase(db);
        const CliRun r =
                runCli(importArgs(db,
                                  { QStringLiteral("--json"), QStringLiteral("--dry-run"),
                                    QStringLiteral("--territory"), QStringLiteral("ARR:596") }));
        REQUIRE(r.code == 0);
        QStringList diffs;
        sirenetest::jsonDiff(expected, QJsonDocument::fromJson(r.out.toUtf8()).object(), QString(),
                             diffs);
        CHECK(diffs.isEmpty());
        CHECK(testsupport::dumpDatabase(db) == before);
    }
}

TEST_CASE("a failed import-sirene does not even create the database", "[cli][sirene]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("never.sqlite"));
    const CliRun bad = runCli({ QStringLiteral("import-sirene"), QStringLiteral("--unites-legales"),
                                sirenetest::genFile("StockUniteLegale_utf8.csv"),
                                QStringLiteral("--etablissements"),
                                sirenetest::dataPath(QStringLiteral("hand/unterminated.csv")),
                                QStringLiteral("--db"), db });
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(QStringLiteral("unterminated.csv")));
    CHECK_FALSE(QFileInfo::exists(db));
    // A misspelt option is a usage error named as for every other command (in-process: English).
    const CliRun typo =
            runCli(importArgs(db, { QStringLiteral("--etablisements"), QStringLiteral("x.csv") }));
    CHECK(typo.code == 2);
    CHECK(typo.err.contains(QStringLiteral("Unknown option")));
    CHECK(typo.err.contains(QStringLiteral("--etablisements")));
    const CliRun twice = runCli(importArgs(db, { QStringLiteral("--db"), db }));
    CHECK(twice.code == 2);
    CHECK(twice.err.contains(QStringLiteral("given twice")));
    CHECK_FALSE(QFileInfo::exists(db));
}

TEST_CASE("import-sirene stores estimated figures that figures then lists", "[cli][sirene]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sirene.sqlite"));
    const CliRun stored = runCli(importArgs(db));
    INFO(stored.err.toStdString());
    REQUIRE(stored.code == 0);
    CHECK(stored.out.contains(QStringLiteral("sirene-ess-bench/1")));

    const CliRun f = runCli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                              QStringLiteral("EPCI:245901160"), QStringLiteral("--db"), db });
    REQUIRE(f.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(f.out.toUtf8()).object();
    int estimatedObservations = 0;
    for (const QJsonValue &v : root.value(u"observations").toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"method").toString() != u"estimated")
            continue;
        ++estimatedObservations;
        CHECK(o.value(u"dataset").toObject().value(u"kind").toString() == QStringLiteral("sirene"));
        CHECK(o.value(u"source").toObject().value(u"title").toString().startsWith(
                QStringLiteral("Répertoire SIRENE (Insee), stock du ")));
    }
    CHECK(estimatedObservations == 3 * 7);
    bool share = false;
    for (const QJsonValue &v : root.value(u"indicators").toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"id").toString() == u"establishment_share"
            && o.value(u"scope").toString() == u"ess"
            && o.value(u"method").toString() == u"estimated") {
            share = true;
            CHECK(o.value(u"perimeter")
                          .toString()
                          .contains(QStringLiteral(
                                  "convention de l'application sirene-ess-bench/1")));
            CHECK(o.value(u"value").isDouble());
        }
    }
    CHECK(share);

    const QString before = testsupport::dumpDatabase(db);
    SECTION("the same files again are refused without --replace")
    {
        const CliRun again = runCli(importArgs(db));
        CHECK(again.code == 1);
        CHECK(again.err.contains(QStringLiteral("already imported")));
        CHECK(testsupport::dumpDatabase(db) == before);
    }
    SECTION("--replace imports them again as one dataset")
    {
        const CliRun again =
                runCli(importArgs(db, { QStringLiteral("--replace"), QStringLiteral("--json") }));
        INFO(again.err.toStdString());
        CHECK(again.code == 0);
        CHECK(QJsonDocument::fromJson(again.out.toUtf8()).object().contains(u"territories"));
        const CliRun list = runCli({ QStringLiteral("datasets"), QStringLiteral("--db"), db });
        CHECK(list.out.count(QStringLiteral("sirene")) == 1);
    }
    SECTION("a damaged file fails and changes nothing")
    {
        const CliRun bad =
                runCli({ QStringLiteral("import-sirene"), QStringLiteral("--unites-legales"),
                         sirenetest::genFile("StockUniteLegale_utf8.csv"),
                         QStringLiteral("--etablissements"),
                         sirenetest::dataPath(QStringLiteral("zip/truncated.zip")),
                         QStringLiteral("--replace"), QStringLiteral("--db"), db });
        CHECK(bad.code == 1);
        CHECK(bad.err.contains(QStringLiteral("truncated.zip")));
        CHECK(testsupport::dumpDatabase(db) == before);
    }
    SECTION("a territory larger than the known communes is a usage error")
    {
        const CliRun bad =
                runCli(importArgs(db, { QStringLiteral("--territory"), QStringLiteral("DEP:59") }));
        CHECK(bad.code == 2);
        CHECK(testsupport::dumpDatabase(db) == before);
    }
}

TEST_CASE("the import dialog runs in a worker, Cancel leaves the database unchanged, the "
          "Communes tab and the cards show the register",
          "[app][gui][sirene]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("gui.sqlite"));
    core::Workspace workspace;
    REQUIRE(workspace.open(db, app::referenceDataDir()).ok());
    app::MainWindow window(workspace);
    window.resize(1440, 960);
    window.show();
    REQUIRE(window.selectTerritory(QStringLiteral("EPCI:200042190")));
    QApplication::processEvents();
    auto *communes = window.findChild<app::CommuneView *>();
    REQUIRE(communes);
    // Before any import: the 47 communes of CAPH with their population, and how to import.
    CHECK(communes->model()->rowCount() == 47);
    CHECK(communes->model()->figures().isEmpty());
    CHECK(communes->messageText().contains(QStringLiteral("StockEtablissement")));

    app::SireneImportDialog dialog(workspace, &window);
    dialog.setFiles(sirenetest::genFile("StockUniteLegale_utf8.csv"),
                    sirenetest::genFile("StockEtablissement_utf8.csv"));
    dialog.setTerritories(QStringLiteral("ARR:596"));

    const QString before = testsupport::dumpDatabase(db);
    REQUIRE(dialog.start());
    dialog.cancel();
    REQUIRE(waitUntilIdle(dialog));
    CHECK(dialog.importedDatasetId() == 0);
    CHECK(testsupport::dumpDatabase(db) == before);

    REQUIRE(dialog.start());
    REQUIRE(waitUntilIdle(dialog));
    INFO(dialog.statusText().toStdString());
    REQUIRE(dialog.importedDatasetId() > 0);
    QApplication::processEvents();

    // datasetAdded refreshed the window: commune table, ranking chart and register lines.
    CHECK(communes->model()->rowCount() > 0);
    CHECK(communes->chart()->spec().hasData());
    // The convention is named for people in the window (its id stays in files and the CLI).
    CHECK(communes->messageText().contains(QStringLiteral("ESS convention, version 1")));
    CHECK_FALSE(communes->messageText().contains(QStringLiteral("sirene-ess-bench")));
    CHECK_FALSE(visibleLabelsWith(*window.card(1), QStringLiteral("ESS convention, version 1"))
                        .isEmpty());
    // The published figure stays in front (inherited from CAVM + CAPH); the register's beside it.
    CHECK(window.card(1)->detailText().contains(QStringLiteral("PHARE")));
    CHECK_FALSE(visibleLabelsWith(*window.card(0), QStringLiteral("ESS convention, version 1"))
                        .isEmpty());
    window.tabs()->setCurrentWidget(communes);
    QApplication::processEvents();
    const QImage shot = window.grab().toImage();
    REQUIRE_FALSE(shot.isNull());
    QDir().mkpath(QStringLiteral(ESS_SCREENSHOT_DIR));
    CHECK(shot.save(QStringLiteral(ESS_SCREENSHOT_DIR "/dashboard-caph-communes.png")));
    communes->setRanking(1);
    CHECK(communes->chart()->spec().unit == QStringLiteral("percent"));
}

TEST_CASE("a register file with a header and no establishment row is refused",
          "[cli][sirene][hardening]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    createDatabase(db);
    // The generated file's header line alone.
    QFile full(sirenetest::genFile("StockEtablissement_utf8.csv"));
    REQUIRE(full.open(QIODevice::ReadOnly));
    const QByteArray header = full.readLine();
    const QString headerOnly = dir.filePath(QStringLiteral("StockEtablissement_utf8.csv"));
    QFile out(headerOnly);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(header);
    out.close();
    const QByteArray before = testsupport::fileHash(db);
    const CliRun r =
            runCli({ QStringLiteral("import-sirene"), QStringLiteral("--unites-legales"),
                     sirenetest::genFile("StockUniteLegale_utf8.csv"),
                     QStringLiteral("--etablissements"), headerOnly, QStringLiteral("--db"), db });
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("no establishment row")));
    CHECK(testsupport::fileHash(db) == before);
}

TEST_CASE("import-sirene --stock-date dates the stock, without it the date is uncertain",
          "[cli][sirene]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("dated.sqlite"));
    CHECK(runCli(importArgs(db, { QStringLiteral("--stock-date"), QStringLiteral("2026-13-01") }))
                  .code
          == 2);
    CHECK_FALSE(QFileInfo::exists(db));
    const CliRun stored = runCli(
            importArgs(db, { QStringLiteral("--stock-date"), QStringLiteral("2026-10-01") }));
    INFO(stored.err.toStdString());
    REQUIRE(stored.code == 0);
    const CliRun f = runCli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                              QStringLiteral("EPCI:245901160"), QStringLiteral("--db"), db });
    REQUIRE(f.code == 0);
    bool found = false;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(f.out.toUtf8()).object().value(u"observations").toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"method").toString() != u"estimated")
            continue;
        found = true;
        CHECK(o.value(u"source").toObject().value(u"title").toString()
              == QStringLiteral("Répertoire SIRENE (Insee), stock du 2026-10-01"));
        CHECK(o.value(u"year").toInt() == 2026);
    }
    CHECK(found);
}
