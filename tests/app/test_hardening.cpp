// SPDX-License-Identifier: GPL-3.0-or-later
// Faults and hostile surroundings: file-size limits, planted links, options
// before the command; error messages read in French, never in English.
#include "app/application.h"
#include "app/mainwindow.h"
#include "app/widgets/keyfigurecard.h"
#include "core/charts/chartbuilder.h"
#include "core/workspace.h"
#include "support/clirun.h"
#include "support/filehashes.h"
#include "support/qtprinters.h"
#include "support/testdb.h"
#include "support/writeprotect.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>

#include <sys/resource.h>

namespace {
struct Run
{
    int exitCode = -1;
    bool finished = false;
    bool crashed = false;
    qint64 ms = 0;
    QString out;
    QString err;
};

/// Runs the built ess-dashboard; `fileSizeLimit` > 0 sets RLIMIT_FSIZE in the
/// child only.
Run runBinary(const QStringList &args, rlim_t fileSizeLimit = 0, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1767225600"));
    p.setProcessEnvironment(env);
    if (fileSizeLimit > 0)
        p.setChildProcessModifier([fileSizeLimit] {
            const rlimit limit { fileSizeLimit, fileSizeLimit };
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(ESS_DASHBOARD_BINARY), args);
    Run r;
    r.finished = p.waitForFinished(timeoutMs);
    r.ms = timer.elapsed();
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.crashed = p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList kitArgs(const QString &kit, const QString &db, const QString &preset)
{
    return { QStringLiteral("export"),
             QStringLiteral("--kit"),
             kit,
             QStringLiteral("--territory"),
             QStringLiteral("EPCI:200042190"),
             QStringLiteral("--preset"),
             preset,
             QStringLiteral("--zip"),
             QStringLiteral("--db"),
             db };
}

QStringList leftovers(const QString &folder)
{
    return QDir(folder).entryList({ QStringLiteral(".kit.*") },
                                  QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("a press kit under a file-size limit fails fast and leaves the old "
          "kit whole",
          "[app][export][hardening]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const QString kit = dir.filePath(QStringLiteral("kit"));
    Run first = runBinary(kitArgs(kit, db, QStringLiteral("print")));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const auto before = testsupport::fileHashes(kit);
    REQUIRE(before.contains(QStringLiteral("dossier-de-presse.zip")));

    // 600 kB: the SVG, PDF and CSV files fit, the 300 dpi PNGs (written by the
    // pool) do not; 100 kB: a synchronous write fails while PNG tasks are still
    // running.
    for (const rlim_t limit : { rlim_t(600000), rlim_t(100000) }) {
        INFO("limit " << limit);
        QStringList args = kitArgs(kit, db, QStringLiteral("print"));
        args << QStringLiteral("--force");
        const Run r = runBinary(args, limit, 60000);
        INFO(r.err.toStdString());
        REQUIRE(r.finished); // no hang
        CHECK_FALSE(r.crashed);
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(QStringLiteral("taille maximale")));
        CHECK(testsupport::fileHashes(kit) == before); // every old file, ZIP included, as it was
        CHECK(leftovers(dir.path()).isEmpty()); // the half-written new kit is gone
    }
}

TEST_CASE("a kit killed on its way leaves a folder that the next export removes",
          "[app][export][hardening]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    // A process id that is gone: a child that has exited.
    QProcess child;
    child.start(QStringLiteral("true"), {});
    REQUIRE(child.waitForStarted());
    const qint64 dead = child.processId();
    REQUIRE(child.waitForFinished());
    const auto plant = [&](const QString &name) {
        REQUIRE(QDir().mkpath(dir.filePath(name + QStringLiteral("/fr"))));
        writeFile(dir.filePath(name + QStringLiteral("/fr/chart.png")), "half-written");
        return dir.filePath(name);
    };
    const QString deadNew = QStringLiteral(".kit.new-%1-0badc0de").arg(dead);

    SECTION("orphans of a dead process go; a live process's, links and other files stay")
    {
        const QString kit = dir.filePath(QStringLiteral("kit"));
        const Run first = runBinary(kitArgs(kit, db, QStringLiteral("social")));
        INFO(first.err.toStdString());
        REQUIRE(first.exitCode == 0);
        const QString orphanNew = plant(deadNew);
        const QString orphanOld = plant(QStringLiteral(".kit.old-%1-1234abcd").arg(dead));
        const QString live = plant(QStringLiteral(".kit.new-1-0badc0de")); // pid 1 is alive
        const QString other = plant(QStringLiteral(".kit.notes"));
        const QString target = plant(QStringLiteral("elsewhere"));
        const QString link = dir.filePath(QStringLiteral(".kit.new-%1-feedbeef").arg(dead));
        REQUIRE(QFile::link(target, link));

        QStringList args = kitArgs(kit, db, QStringLiteral("social"));
        args << QStringLiteral("--force");
        const Run r = runBinary(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK_FALSE(QFileInfo::exists(orphanNew));
        CHECK_FALSE(QFileInfo::exists(orphanOld));
        CHECK(QFileInfo::exists(live + QStringLiteral("/fr/chart.png")));
        CHECK(QFileInfo::exists(other + QStringLiteral("/fr/chart.png")));
        CHECK(QFileInfo(link).isSymLink());
        CHECK(QFileInfo::exists(target + QStringLiteral("/fr/chart.png")));
        CHECK(leftovers(dir.path()).size() == 3); // live, notes, link
    }
    SECTION("a swap cut between its two renames: the kit is in one of them, both stay")
    {
        const QString kit = dir.filePath(QStringLiteral("kit"));
        const QString staged = plant(deadNew);
        const QString aside = plant(QStringLiteral(".kit.old-%1-0badc0de").arg(dead));
        const Run r = runBinary(kitArgs(kit, db, QStringLiteral("social")));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        CHECK(QFileInfo::exists(staged + QStringLiteral("/fr/chart.png")));
        CHECK(QFileInfo::exists(aside + QStringLiteral("/fr/chart.png")));
    }
}

TEST_CASE("a database that hits the file-size limit names it", "[app][hardening]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    REQUIRE(runBinary({ QStringLiteral("datasets"), QStringLiteral("--db"), db }).exitCode == 0);
    // Reading a WAL database creates its 32 KiB shared-memory file: above a 20 kB limit, SQLite
    // says only "disk I/O error"; the message must say why.
    const Run r = runBinary({ QStringLiteral("figures"), QStringLiteral("--territory"),
                              QStringLiteral("ARR:596"), QStringLiteral("--db"), db },
                            20000);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(db));
    CHECK(r.err.contains(QStringLiteral("taille maximale")));
}

TEST_CASE("the press kit never writes through a planted link", "[app][export][hardening]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const QString kit = dir.filePath(QStringLiteral("kit"));
    REQUIRE(runBinary(kitArgs(kit, db, QStringLiteral("social"))).exitCode == 0);

    // Someone who can write to the kit folder plants links to the exporting
    // user's files.
    const QString victim = dir.filePath(QStringLiteral("victim.txt"));
    writeFile(victim, "precious");
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    REQUIRE(QDir().mkpath(elsewhere));
    writeFile(elsewhere + QStringLiteral("/mine.txt"), "mine");
    REQUIRE(QFile::remove(kit + QStringLiteral("/README.md")));
    REQUIRE(QFile::link(victim, kit + QStringLiteral("/README.md")));
    REQUIRE(QDir(kit + QStringLiteral("/caph")).removeRecursively());
    REQUIRE(QFile::link(elsewhere, kit + QStringLiteral("/caph")));
    writeFile(kit + QStringLiteral("/notes.txt"), "the user's own notes");

    QStringList args = kitArgs(kit, db, QStringLiteral("social"));
    args << QStringLiteral("--force");
    const Run r = runBinary(args);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    QFile v(victim);
    REQUIRE(v.open(QIODevice::ReadOnly));
    CHECK(v.readAll() == "precious");
    CHECK(QDir(elsewhere).entryList(QDir::Files) == QStringList { QStringLiteral("mine.txt") });
    CHECK_FALSE(QFileInfo(kit + QStringLiteral("/README.md")).isSymLink());
    CHECK_FALSE(QFileInfo(kit + QStringLiteral("/caph")).isSymLink());
    CHECK(QFile::exists(kit + QStringLiteral("/caph/fiche-territoire.pdf")));
    CHECK(QFile::exists(kit + QStringLiteral("/notes.txt"))); // not the kit's: kept
    CHECK(leftovers(dir.path()).isEmpty());

    SECTION("a kit folder that is itself a link is refused")
    {
        const QString linked = dir.filePath(QStringLiteral("linked"));
        REQUIRE(QFile::link(elsewhere, linked));
        QStringList linkArgs = kitArgs(linked, db, QStringLiteral("social"));
        linkArgs << QStringLiteral("--force");
        const Run refused = runBinary(linkArgs);
        CHECK(refused.exitCode != 0);
        CHECK(refused.err.contains(QStringLiteral("lien symbolique")));
        CHECK(QDir(elsewhere).entryList(QDir::Files) == QStringList { QStringLiteral("mine.txt") });
    }
    SECTION("a single chart is not written through a link either")
    {
        const QString out = dir.filePath(QStringLiteral("chart.png"));
        REQUIRE(QFile::link(victim, out));
        const Run refused = runBinary({ QStringLiteral("export"), QStringLiteral("--chart"),
                                        QStringLiteral("jobs-share"), QStringLiteral("--territory"),
                                        QStringLiteral("ARR:596"), QStringLiteral("--format"),
                                        QStringLiteral("png"), QStringLiteral("--out"), out,
                                        QStringLiteral("--db"), db });
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("lien symbolique")));
        QFile again(victim);
        REQUIRE(again.open(QIODevice::ReadOnly));
        CHECK(again.readAll() == "precious");
    }
}

TEST_CASE("global options may stand before the command", "[app][hardening]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const Run r =
            runBinary({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), db,
                        QStringLiteral("remove-dataset"), QStringLiteral("999") },
                      0, 60000);
    REQUIRE(r.finished); // the GUI would wait for ever
    CHECK(r.exitCode == 1); // the command ran, in English: no database there yet
    CHECK(r.err.contains(QStringLiteral("does not exist")));
    const Run list =
            runBinary({ QStringLiteral("--db=") + db, QStringLiteral("datasets") }, 0, 60000);
    REQUIRE(list.finished);
    CHECK(list.exitCode == 0);
    CHECK_FALSE(list.out.isEmpty());
}

TEST_CASE("a damaged database fails loudly instead of printing 'not available'", "[app][hardening]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const QStringList figures { QStringLiteral("figures"), QStringLiteral("--territory"),
                                QStringLiteral("EPCI:245901160") };
    const testsupport::CliRun intact =
            testsupport::runCli(figures + QStringList { QStringLiteral("--db"), db });
    REQUIRE(intact.code == 0);

    SECTION("every single page overwritten in turn: the same figures or exit 1, never others")
    {
        QFile original(db);
        REQUIRE(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        const int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
        REQUIRE(pageSize >= 512);
        const qsizetype pages = bytes.size() / pageSize;
        int failed = 0;
        int same = 0;
        QStringList silentlyWrong;
        for (qsizetype page = 1; page < pages; ++page) { // page 0 holds the header
            const QString copy = dir.filePath(QStringLiteral("copy-%1.sqlite").arg(page));
            QByteArray damaged = bytes;
            for (qsizetype i = 0; i < pageSize; ++i)
                damaged[page * pageSize + i] = char(0x5A ^ (i & 0xff));
            QFile out(copy);
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(damaged);
            out.close();
            const testsupport::CliRun r =
                    testsupport::runCli(figures + QStringList { QStringLiteral("--db"), copy });
            if (r.code == 0 && r.out == intact.out)
                ++same;
            else if (r.code == 1 && r.err.contains(copy))
                ++failed;
            else
                silentlyWrong << QStringLiteral("page %1: exit %2").arg(page + 1).arg(r.code);
            QFile::remove(copy);
        }
        INFO(silentlyWrong.join(u'\n').toStdString());
        CHECK(silentlyWrong.isEmpty());
        CHECK(failed > 0);
        CHECK(same > 0);
    }
    SECTION("the observation table is gone")
    {
        {
            QSqlDatabase raw =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dropper"));
            raw.setDatabaseName(db);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("DROP TABLE observation")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dropper"));
        const QString out = dir.filePath(QStringLiteral("chart.svg"));
        const testsupport::CliRun chart = testsupport::runCli(
                { QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("jobs-share"),
                  QStringLiteral("--territory"), QStringLiteral("ARR:596"),
                  QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--out"), out,
                  QStringLiteral("--db"), db });
        CHECK(chart.code == 1);
        CHECK(chart.err.contains(db));
        CHECK(chart.err.contains(QStringLiteral("observation")));
        CHECK_FALSE(QFile::exists(out));
        const testsupport::CliRun again =
                testsupport::runCli(figures + QStringList { QStringLiteral("--db"), db });
        CHECK(again.code == 1);
        CHECK(again.err.contains(db));
    }
}

TEST_CASE("reading commands read a database that cannot be written, writing ones say why",
          "[app][hardening]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const QStringList figures { QStringLiteral("figures"), QStringLiteral("--territory"),
                                QStringLiteral("EPCI:245901160"), QStringLiteral("--db"), db };
    const testsupport::CliRun intact = testsupport::runCli(figures);
    REQUIRE(intact.code == 0);
    const QByteArray before = testsupport::fileHash(db);
    // As root, mode 0444 stops nothing: the file is then made immutable, which also stops root,
    // so a command that opened the database for writing would fail here.
    testsupport::WriteProtect protect(db);
    if (!protect.ok()) {
        WARN("this file system cannot protect a file against root: test skipped");
        return;
    }
    const testsupport::CliRun read = testsupport::runCli(figures);
    INFO(read.err.toStdString());
    CHECK(read.code == 0);
    CHECK(read.out == intact.out);
    CHECK(testsupport::runCli({ QStringLiteral("datasets"), QStringLiteral("--db"), db }).code
          == 0);
    QTemporaryDir outDir;
    const QString chart = outDir.filePath(QStringLiteral("chart.svg"));
    const testsupport::CliRun exported = testsupport::runCli(
            { QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("jobs-share"),
              QStringLiteral("--territory"), QStringLiteral("ARR:596"), QStringLiteral("--format"),
              QStringLiteral("svg"), QStringLiteral("--out"), chart, QStringLiteral("--db"), db });
    INFO(exported.err.toStdString());
    CHECK(exported.code == 0);
    CHECK(QFileInfo(chart).size() > 0);

    // Writing: the user's language, from the real binary.
    const Run removed = runBinary(
            { QStringLiteral("remove-dataset"), QStringLiteral("2"), QStringLiteral("--db"), db });
    INFO(removed.err.toStdString());
    CHECK(removed.exitCode == 1);
    CHECK(removed.err.contains(db));
    CHECK(removed.err.contains(QStringLiteral("lecture seule")));
    CHECK(testsupport::fileHash(db) == before);
}

TEST_CASE("the main window says that the database is damaged or read-only", "[app][gui][hardening]")
{
    QTranslator french;
    REQUIRE(french.load(QLocale(QLocale::French), QStringLiteral("ess-dashboard"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&french);
    const auto removeFrench =
            qScopeGuard([&french] { QCoreApplication::removeTranslator(&french); });
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("gui.sqlite"));
    {
        core::Workspace created;
        REQUIRE(created.open(db, app::referenceDataDir()).ok());
    }

    SECTION("a damaged page of the observation table")
    {
        // Overwrite the root page of the observation table: territories and sources still
        // read, every figure read fails (SQLITE_CORRUPT).
        int rootPage = 0;
        int pageSize = 0;
        {
            QSqlDatabase raw =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            raw.setDatabaseName(db);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' "
                                          "AND name = 'observation'")));
            REQUIRE(q.next());
            rootPage = q.value(0).toInt();
            REQUIRE(q.exec(QStringLiteral("PRAGMA page_size")));
            REQUIRE(q.next());
            pageSize = q.value(0).toInt();
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        REQUIRE(rootPage > 1);
        {
            QFile file(db);
            REQUIRE(file.open(QIODevice::ReadWrite));
            REQUIRE(file.seek(qint64(rootPage - 1) * pageSize));
            QByteArray garbage(pageSize, '\0');
            for (int i = 0; i < pageSize; ++i)
                garbage[i] = char(0x5A ^ (i & 0xff));
            REQUIRE(file.write(garbage) == pageSize);
        }
        core::Workspace workspace;
        REQUIRE(workspace.open(db, app::referenceDataDir()).ok());
        app::MainWindow window(workspace);
        window.show();
        QApplication::processEvents();
        INFO(window.statusText().toStdString());
        CHECK(window.statusText().contains(
                QStringLiteral("Impossible de lire la base de données")));
        CHECK(window.statusText().contains(db));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("readErrorBox"));
        REQUIRE(box != nullptr);
        CHECK(box->isVisible());
        CHECK(box->text().contains(db));
        CHECK(box->text().contains(QStringLiteral("ne les publiez pas")));
        // The cards and charts say that the read failed, never that no source gives the figure.
        const auto cards = window.findChildren<app::KeyFigureCard *>();
        REQUIRE(cards.size() >= 3);
        for (const app::KeyFigureCard *card : cards) {
            INFO(card->detailText().toStdString());
            CHECK(card->valueText() == QStringLiteral("Erreur de lecture"));
            CHECK(card->detailText().contains(QStringLiteral("n’a pas pu être lu")));
            CHECK_FALSE(card->detailText().contains(QStringLiteral("Aucune source")));
            CHECK(card->referenceText().contains(QStringLiteral("n’a pas pu être lu")));
        }
        const core::charts::ChartBuilder builder(workspace);
        int emptyCharts = 0;
        for (const QString &id : core::charts::ChartBuilder::chartIds()) {
            const core::charts::ChartSpec spec =
                    builder.build(id, QStringLiteral("ARR:596"), QStringLiteral("REG:32"));
            INFO(id.toStdString() << ": " << spec.emptyMessage.toStdString());
            if (spec.values.isEmpty()) {
                ++emptyCharts;
                CHECK(spec.emptyMessage.contains(QStringLiteral("n’a pas pu être lue")));
            }
        }
        CHECK(emptyCharts >= 3);
        QDir().mkpath(QStringLiteral(ESS_SCREENSHOT_DIR));
        CHECK(window.grab().save(QStringLiteral(ESS_SCREENSHOT_DIR "/damaged-database.png")));
        CHECK(box->grab().save(QStringLiteral(ESS_SCREENSHOT_DIR "/damaged-database-box.png")));
        box->close();
        // A territory switch does not pile up dialogs.
        REQUIRE(window.selectTerritory(QStringLiteral("COM:59606")));
        QApplication::processEvents();
        CHECK(window.findChildren<QMessageBox *>(QStringLiteral("readErrorBox")).size() <= 1);
    }
    SECTION("an intact database opened read-only")
    {
        core::Workspace workspace;
        REQUIRE(workspace.open(db, app::referenceDataDir(), core::Workspace::Access::ReadOnly)
                        .ok());
        app::MainWindow window(workspace);
        window.show();
        QApplication::processEvents();
        CHECK(window.statusText().contains(QStringLiteral("lecture seule")));
        CHECK(window.findChild<QMessageBox *>(QStringLiteral("readErrorBox")) == nullptr);
    }
}

namespace {
/// The English words a French message cannot contain, once file names, quoted values and
/// option names are taken out: a message missing from the catalogue (or read in a context
/// lupdate did not record) shows up here.
QStringList englishWords(QString text, const QString &dir)
{
    text.remove(dir);
    // Qt's own warning about the runtime folder of a test machine is not a message of ours.
    static const QRegularExpression qtWarning(QStringLiteral("^QStandardPaths:[^\\n]*$"),
                                              QRegularExpression::MultilineOption);
    text.remove(qtWarning);
    static const QRegularExpression noise(QStringLiteral(
            R"(("[^"\n]*")|(«[^»\n]*»)|(\S*[/\\]\S*)|(\S+\.(csv|xlsx|zip|sqlite|png)\b)|(--?[a-z][a-z-]*))"));
    text.remove(noise);
    static const QRegularExpression english(QStringLiteral(
            R"(\b(the|is|are|not|expected|line|column|cannot|invalid|unknown|missing|must|found|)"
            R"(with|without|and|of|was|were|has|have|nothing|written|error|should|only|instead|)"
            R"(empty|than|for|by|from|this|that|which|there|territory|file|value|year|measure|)"
            R"(option|command|requires|required|given|too|into|after|before|use)\b)"));
    QStringList words;
    for (auto it = english.globalMatch(text); it.hasNext();)
        words << it.next().captured(1);
    words.removeDuplicates();
    return words;
}
} // namespace

TEST_CASE("error paths of the command line read in French with --lang fr",
          "[app][hardening][wording]")
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString db = tmp.filePath(QStringLiteral("x.sqlite"));
    const QString data = QStringLiteral(ESS_TEST_DATA);
    const auto fixture = [&data](const char *name) { return data + u'/' + QLatin1String(name); };
    const QStringList simple { QStringLiteral("--territory-column"),
                               QStringLiteral("#1"),
                               QStringLiteral("--year"),
                               QStringLiteral("2021"),
                               QStringLiteral("--map"),
                               QStringLiteral("#2=employees"),
                               QStringLiteral("--source-title"),
                               QStringLiteral("T") };
    const QList<QStringList> cases {
        // a file that does not exist, a wrong option, a bad territory
        QStringList { QStringLiteral("import"), tmp.filePath(QStringLiteral("absent.csv")) }
                + simple,
        { QStringLiteral("export"), QStringLiteral("--nonsense") },
        { QStringLiteral("export"), QStringLiteral("--chart"), QStringLiteral("jobs-share"),
          QStringLiteral("--territory"), QStringLiteral("ATLANTIS"), QStringLiteral("--format"),
          QStringLiteral("png"), QStringLiteral("--out"), tmp.filePath(QStringLiteral("a.png")) },
        { QStringLiteral("figures"), QStringLiteral("--territory"), QStringLiteral("ATLANTIS") },
        // malformed tables: bad values, truncated quoting, binary, UTF-16, a zip bomb
        QStringList { QStringLiteral("import"), fixture("import/errors.csv"),
                      QStringLiteral("--territory-column"), QStringLiteral("Territoire"),
                      QStringLiteral("--year-column"), QStringLiteral("Année"),
                      QStringLiteral("--map"), QStringLiteral("Salariés=employees"),
                      QStringLiteral("--source-title"), QStringLiteral("T") },
        QStringList { QStringLiteral("import"), fixture("import/truncated.csv") } + simple,
        QStringList { QStringLiteral("import"), fixture("import/binary.csv") } + simple,
        QStringList { QStringLiteral("import"), fixture("import/utf16.csv") } + simple,
        QStringList { QStringLiteral("import"), fixture("import/bomb.xlsx") } + simple,
        // a table given as SIRENE stock files
        { QStringLiteral("import-sirene"), QStringLiteral("--unites-legales"),
          fixture("import/utf8.csv"), QStringLiteral("--etablissements"),
          fixture("import/utf8.csv") },
        // add-figure: unknown measure, unknown territory, bad value
        { QStringLiteral("add-figure"), QStringLiteral("--territory"), QStringLiteral("59606"),
          QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--measure"),
          QStringLiteral("jobs"), QStringLiteral("--value"), QStringLiteral("3"),
          QStringLiteral("--source-title"), QStringLiteral("T") },
        { QStringLiteral("add-figure"), QStringLiteral("--territory"), QStringLiteral("Atlantis"),
          QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--measure"),
          QStringLiteral("employees"), QStringLiteral("--value"), QStringLiteral("beaucoup"),
          QStringLiteral("--source-title"), QStringLiteral("T") },
    };
    for (QStringList args : cases) {
        args << QStringLiteral("--db") << db << QStringLiteral("--lang") << QStringLiteral("fr");
        const Run r = runBinary(args);
        INFO((args.join(u' ') + u'\n' + r.err + r.out).toStdString());
        CHECK(r.finished);
        CHECK(r.exitCode != 0);
        CHECK_FALSE((r.err + r.out).trimmed().isEmpty());
        CHECK(englishWords(r.err + r.out, tmp.path()) == QStringList());
    }
    // The check itself finds English.
    CHECK(englishWords(QStringLiteral("x.csv, line 3: expected a number"), tmp.path())
          == QStringList { QStringLiteral("line"), QStringLiteral("expected") });
}
