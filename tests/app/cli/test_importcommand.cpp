// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "support/clirun.h"
#include "support/dbdump.h"
#include "support/qtprinters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

#include <algorithm>

namespace {
QString fixture(const QString &relative)
{
    return QStringLiteral(ESS_TEST_DATA "/") + relative;
}

using testsupport::CliRun;
using testsupport::runCli;
using Run = testsupport::CliRun;
CliRun cli(const QStringList &args)
{
    return runCli(args);
}

QStringList pharemapping()
{
    return { QStringLiteral("--territory-column"),
             QStringLiteral("EPCI"),
             QStringLiteral("--year"),
             QStringLiteral("2021"),
             QStringLiteral("--map"),
             QStringLiteral("Salariés ESS=employees:ess"),
             QStringLiteral("--map"),
             QStringLiteral("#4=establishments:ess"),
             QStringLiteral("--map"),
             QStringLiteral("Part ESS (%)=employment_share:ess"),
             QStringLiteral("--source-title"),
             QStringLiteral("Insee, Flores 2021 (ORESS)"),
             QStringLiteral("--source-url"),
             QStringLiteral("https://www.insee.fr/") };
}

/// "territory|year|measure|scope|sector|value" of every imported observation listed by
/// `figures` for the territories of the PHARE table, with the source and dataset checked.
QStringList importedFigures(const QString &db, const QString &expectedFile)
{
    QStringList rows;
    for (const char *code : { "EPCI:245901160", "EPCI:200042190", "DEP:59" }) {
        const Run r = cli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                            QLatin1String(code), QStringLiteral("--db"), db });
        REQUIRE(r.code == 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const QJsonValue &v : root.value(QStringLiteral("observations")).toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonObject dataset = o.value(QStringLiteral("dataset")).toObject();
            if (dataset.value(QStringLiteral("kind")).toString() != u"import")
                continue;
            CHECK(dataset.value(QStringLiteral("file")).toString() == expectedFile);
            CHECK(dataset.value(QStringLiteral("sha256")).toString().size() == 64);
            CHECK_FALSE(dataset.value(QStringLiteral("loaded_at")).toString().isEmpty());
            const QJsonObject source = o.value(QStringLiteral("source")).toObject();
            CHECK(source.value(QStringLiteral("title")).toString()
                  == QStringLiteral("Insee, Flores 2021 (ORESS)"));
            CHECK(source.value(QStringLiteral("url")).toString()
                  == QStringLiteral("https://www.insee.fr/"));
            const QJsonValue value = o.value(QStringLiteral("value"));
            rows << QStringLiteral("%1|%2|%3|%4|%5|%6")
                            .arg(QLatin1String(code))
                            .arg(o.value(QStringLiteral("year")).toInt())
                            .arg(o.value(QStringLiteral("measure")).toString(),
                                 o.value(QStringLiteral("scope")).toString(),
                                 o.value(QStringLiteral("sector")).toString(),
                                 value.isNull() ? QStringLiteral("missing")
                                                : QString::number(value.toDouble()));
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}
} // namespace

TEST_CASE("a Windows-1252 PHARE table imports with a mapping and figures lists it with its source",
          "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("phare.sqlite"));
    const Run r = cli(QStringList { QStringLiteral("import"),
                                    fixture(QStringLiteral("import/cli/phare_cp1252.csv")) }
                      + pharemapping() + QStringList { QStringLiteral("--db"), db });
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("windows-1252")));
    CHECK(r.out.contains(QStringLiteral("Rows read: 3")));
    CHECK(r.out.contains(QStringLiteral("Observations: 9")));
    CHECK(r.out.contains(QStringLiteral("Values missing (secrecy or not available): 2")));
    CHECK(r.out.contains(QStringLiteral("Line 1 skipped")));
    CHECK(r.out.contains(QStringLiteral("Line 9 skipped")));
    CHECK(r.out.contains(QStringLiteral("9 observations written")));

    const QStringList expected {
        QStringLiteral("DEP:59|2021|employees|ess|all|98765"),
        QStringLiteral("DEP:59|2021|employment_share|ess|all|12.5"),
        QStringLiteral("DEP:59|2021|establishments|ess|all|7654"),
        QStringLiteral("EPCI:200042190|2021|employees|ess|all|missing"),
        QStringLiteral("EPCI:200042190|2021|employment_share|ess|all|missing"),
        QStringLiteral("EPCI:200042190|2021|establishments|ess|all|412"),
        QStringLiteral("EPCI:245901160|2021|employees|ess|all|12345"),
        QStringLiteral("EPCI:245901160|2021|employment_share|ess|all|14.2"),
        QStringLiteral("EPCI:245901160|2021|establishments|ess|all|1023"),
    };
    CHECK(importedFigures(db, QStringLiteral("phare_cp1252.csv")) == expected);

    SECTION("the same table saved as XLSX gives the same observations")
    {
        const QString xdb = dir.filePath(QStringLiteral("phare-xlsx.sqlite"));
        const Run x = cli(QStringList { QStringLiteral("import"),
                                        fixture(QStringLiteral("import/cli/phare.xlsx")) }
                          + pharemapping() + QStringList { QStringLiteral("--db"), xdb });
        INFO(x.out.toStdString() << x.err.toStdString());
        REQUIRE(x.code == 0);
        CHECK(importedFigures(xdb, QStringLiteral("phare.xlsx")) == expected);
    }
    SECTION("datasets lists the import with its source and counts")
    {
        const Run d = cli({ QStringLiteral("datasets"), QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--db"), db });
        REQUIRE(d.code == 0);
        const QJsonArray list = QJsonDocument::fromJson(d.out.toUtf8()).array();
        REQUIRE(list.size() == 2);
        const QJsonObject imported = list.at(1).toObject();
        CHECK(imported.value(QStringLiteral("kind")).toString() == QStringLiteral("import"));
        CHECK(imported.value(QStringLiteral("file")).toString()
              == QStringLiteral("phare_cp1252.csv"));
        CHECK(imported.value(QStringLiteral("observations")).toInt() == 9);
        CHECK(imported.value(QStringLiteral("source")).toString()
              == QStringLiteral("Insee, Flores 2021 (ORESS)"));
    }
}

TEST_CASE("a malformed file exits non-zero with line and column and leaves the database unchanged",
          "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("m.sqlite"));
    REQUIRE(cli({ QStringLiteral("import"), fixture(QStringLiteral("import/cli/vintage_a.csv")),
                  QStringLiteral("--territory-column"), QStringLiteral("Code"),
                  QStringLiteral("--year-column"), QStringLiteral("Année"), QStringLiteral("--map"),
                  QStringLiteral("Salariés ESS=employees:ess"), QStringLiteral("--db"), db })
                    .code
            == 0);
    const QString before = testsupport::dumpDatabase(db);
    REQUIRE_FALSE(before.isEmpty());

    struct Case
    {
        const char *file;
        QStringList options;
        const char *where; // expected in the message; empty when the whole file is concerned
    };
    const QStringList errorsMapping { QStringLiteral("--territory-column"),
                                      QStringLiteral("Territoire"),
                                      QStringLiteral("--year-column"),
                                      QStringLiteral("Année"),
                                      QStringLiteral("--map"),
                                      QStringLiteral("Salariés=employees"),
                                      QStringLiteral("--map"),
                                      QStringLiteral("Part (%)=employment_share") };
    const QStringList simple { QStringLiteral("--territory-column"),
                               QStringLiteral("#1"),
                               QStringLiteral("--year"),
                               QStringLiteral("2021"),
                               QStringLiteral("--map"),
                               QStringLiteral("#2=employees") };
    const Case cases[] = {
        { "import/errors.csv", errorsMapping, "errors.csv, line 3, column 1" },
        { "import/errors.csv", errorsMapping, "errors.csv, line 5, column 3" },
        { "import/errors.csv", errorsMapping, "errors.csv, line 7, column 4" },
        { "import/truncated.csv", simple, "line 2" },
        { "import/binary.csv", simple, "" },
        { "import/empty.csv", simple, "" },
        { "import/utf16.csv", simple, "" },
        { "import/bomb.xlsx", simple, "" },
        { "import/cli/phare_cp1252.csv",
          { QStringLiteral("--territory-column"), QStringLiteral("EPCI"), QStringLiteral("--year"),
            QStringLiteral("2021"), QStringLiteral("--map"), QStringLiteral("Absent=employees") },
          "line 4" },
    };
    for (const Case &c : cases) {
        const Run r = cli(QStringList { QStringLiteral("import"), fixture(QLatin1String(c.file)) }
                          + c.options + QStringList { QStringLiteral("--db"), db });
        INFO(c.file << "\n" << r.out.toStdString() << r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(QLatin1String(c.where)));
        CHECK(r.err.contains(QStringLiteral("nothing")));
        CHECK(testsupport::dumpDatabase(db) == before);
    }
}

TEST_CASE("re-importing the same file is refused without --replace and accepted with it",
          "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("r.sqlite"));
    const QStringList args { QStringLiteral("import"),
                             fixture(QStringLiteral("import/cli/vintage_a.csv")),
                             QStringLiteral("--territory-column"),
                             QStringLiteral("Code"),
                             QStringLiteral("--year-column"),
                             QStringLiteral("Année"),
                             QStringLiteral("--map"),
                             QStringLiteral("Salariés ESS=employees:ess"),
                             QStringLiteral("--db"),
                             db };
    REQUIRE(cli(args).code == 0);
    const QString before = testsupport::dumpDatabase(db);
    const Run refused = cli(args);
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("SHA-256")));
    CHECK(testsupport::dumpDatabase(db) == before);

    const Run replaced = cli(args + QStringList { QStringLiteral("--replace") });
    INFO(replaced.out.toStdString() << replaced.err.toStdString());
    CHECK(replaced.code == 0);
    CHECK(replaced.out.contains(QStringLiteral("replaced")));
    const Run d = cli({ QStringLiteral("datasets"), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--db"), db });
    const QJsonArray list = QJsonDocument::fromJson(d.out.toUtf8()).array();
    CHECK(list.size() == 2);
}

TEST_CASE("a new vintage prints the figures that changed", "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("v.sqlite"));
    const auto importArgs = [&db](const char *file) {
        return QStringList { QStringLiteral("import"),
                             fixture(QLatin1String(file)),
                             QStringLiteral("--territory-column"),
                             QStringLiteral("Code"),
                             QStringLiteral("--year-column"),
                             QStringLiteral("Année"),
                             QStringLiteral("--map"),
                             QStringLiteral("Salariés ESS=employees:ess"),
                             QStringLiteral("--map"),
                             QStringLiteral("#4=establishments:ess"),
                             QStringLiteral("--source-title"),
                             QStringLiteral("ORESS, Flores"),
                             QStringLiteral("--db"),
                             db };
    };
    REQUIRE(cli(importArgs("import/cli/vintage_a.csv")).code == 0);
    const Run r = cli(importArgs("import/cli/vintage_b.csv"));
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("2 changed, 2 new, 0 no longer given")));
    CHECK(r.out.contains(QStringLiteral("COM:59014 2021 employees/ess/all: 900 → 880")));
    CHECK(r.out.contains(QStringLiteral("COM:59606 2021 employees/ess/all:")));
}

TEST_CASE("a dry run writes nothing, not even a new database", "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("d.sqlite"));
    const QStringList args = QStringList { QStringLiteral("import"),
                                           fixture(QStringLiteral("import/cli/phare_cp1252.csv")) }
            + pharemapping()
            + QStringList { QStringLiteral("--dry-run"), QStringLiteral("--db"), db };
    const Run fresh = cli(args);
    INFO(fresh.out.toStdString() << fresh.err.toStdString());
    CHECK(fresh.code == 0);
    CHECK(fresh.out.contains(QStringLiteral("Dry run")));
    CHECK_FALSE(QFile::exists(db));

    REQUIRE(cli({ QStringLiteral("datasets"), QStringLiteral("--db"), db }).code == 0);
    const QString before = testsupport::dumpDatabase(db);
    CHECK(cli(args).code == 0);
    CHECK(testsupport::dumpDatabase(db) == before);
}

TEST_CASE("a bad option is a usage error that creates no database", "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("sub/none.sqlite"));
    const QString file = fixture(QStringLiteral("import/cli/phare_cp1252.csv"));
    const QStringList db_ { QStringLiteral("--db"), db };
    const QList<QStringList> bad {
        QStringList { QStringLiteral("import"), file, QStringLiteral("--bogus") } + db_,
        QStringList { QStringLiteral("import"), file } + pharemapping()
                + QStringList { QStringLiteral("--year-column"), QStringLiteral("EPCI") } + db_,
        QStringList { QStringLiteral("import"), file, QStringLiteral("--territory-column"),
                      QStringLiteral("EPCI"), QStringLiteral("--year"), QStringLiteral("2021"),
                      QStringLiteral("--map"), QStringLiteral("#3=jobs") }
                + db_,
        QStringList { QStringLiteral("import"), file, QStringLiteral("--territory-column"),
                      QStringLiteral("EPCI"), QStringLiteral("--map"),
                      QStringLiteral("#3=employees") }
                + db_,
        QStringList { QStringLiteral("import"), file, QStringLiteral("--year"),
                      QStringLiteral("20x1"), QStringLiteral("--territory-column"),
                      QStringLiteral("EPCI"), QStringLiteral("--map"),
                      QStringLiteral("#3=employees") }
                + db_,
        QStringList { QStringLiteral("import"), dir.filePath(QStringLiteral("missing.csv")) }
                + pharemapping() + db_,
        QStringList { QStringLiteral("import"), file } + pharemapping()
                + QStringList { QStringLiteral("--measure-column"), QStringLiteral("#2") } + db_,
        QStringList { QStringLiteral("add-figure"), QStringLiteral("--territory"),
                      QStringLiteral("59606"), QStringLiteral("--year"), QStringLiteral("2022"),
                      QStringLiteral("--measure"), QStringLiteral("jobs"),
                      QStringLiteral("--value"), QStringLiteral("3"),
                      QStringLiteral("--source-title"), QStringLiteral("x") }
                + db_,
        QStringList { QStringLiteral("add-figure"), QStringLiteral("--territory"),
                      QStringLiteral("Atlantis"), QStringLiteral("--year"), QStringLiteral("2022"),
                      QStringLiteral("--measure"), QStringLiteral("employees"),
                      QStringLiteral("--value"), QStringLiteral("3"),
                      QStringLiteral("--source-title"), QStringLiteral("x") }
                + db_,
        QStringList { QStringLiteral("add-figure"), QStringLiteral("--territory"),
                      QStringLiteral("59606"), QStringLiteral("--year"), QStringLiteral("2022"),
                      QStringLiteral("--measure"), QStringLiteral("employment_share:ess"),
                      QStringLiteral("--value"), QStringLiteral("130"),
                      QStringLiteral("--source-title"), QStringLiteral("x") }
                + db_,
        QStringList { QStringLiteral("add-figure"), QStringLiteral("--territory"),
                      QStringLiteral("59606"), QStringLiteral("--year"), QStringLiteral("2022"),
                      QStringLiteral("--measure"), QStringLiteral("employees"),
                      QStringLiteral("--value"), QStringLiteral("3") }
                + db_,
        QStringList { QStringLiteral("inspect") },
        QStringList { QStringLiteral("inspect"), file, QStringLiteral("--rows"),
                      QStringLiteral("-1") },
    };
    for (const QStringList &args : bad) {
        const Run r = cli(args);
        INFO(args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK_FALSE(r.err.isEmpty());
        CHECK_FALSE(QFile::exists(db));
        CHECK_FALSE(QDir(dir.filePath(QStringLiteral("sub"))).exists());
    }
}

TEST_CASE("add-figure writes one sourced figure that figures lists", "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("f.sqlite"));
    const Run r = cli({ QStringLiteral("add-figure"),
                        QStringLiteral("--territory"),
                        QStringLiteral("EPCI:245901160"),
                        QStringLiteral("--year"),
                        QStringLiteral("2023"),
                        QStringLiteral("--measure"),
                        QStringLiteral("employees:associations"),
                        QStringLiteral("--value"),
                        QStringLiteral("5 200"),
                        QStringLiteral("--low"),
                        QStringLiteral("5000"),
                        QStringLiteral("--high"),
                        QStringLiteral("5400"),
                        QStringLiteral("--source-title"),
                        QStringLiteral("Rapport CRESS 2024, p. 12"),
                        QStringLiteral("--source-url"),
                        QStringLiteral("https://cress-hdf.org/"),
                        QStringLiteral("--note"),
                        QStringLiteral("Tableau 4"),
                        QStringLiteral("--db"),
                        db });
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    const Run f = cli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                        QStringLiteral("EPCI:245901160"), QStringLiteral("--db"), db });
    REQUIRE(f.code == 0);
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("observations"))
                                       .toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("dataset")).toObject().value(QStringLiteral("kind")).toString()
            != u"figure")
            continue;
        found = true;
        CHECK(o.value(QStringLiteral("value")).toDouble() == 5200);
        CHECK(o.value(QStringLiteral("low")).toDouble() == 5000);
        CHECK(o.value(QStringLiteral("high")).toDouble() == 5400);
        CHECK(o.value(QStringLiteral("scope")).toString() == QStringLiteral("associations"));
        CHECK(o.value(QStringLiteral("source")).toObject().value(QStringLiteral("title")).toString()
              == QStringLiteral("Rapport CRESS 2024, p. 12"));
    }
    CHECK(found);
}

TEST_CASE("inspect prints what the reader understood as JSON", "[importcli]")
{
    const Run r =
            cli({ QStringLiteral("inspect"), fixture(QStringLiteral("import/cli/phare_cp1252.csv")),
                  QStringLiteral("--rows"), QStringLiteral("2") });
    REQUIRE(r.code == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("encoding")).toString() == QStringLiteral("windows-1252"));
    CHECK(o.value(QStringLiteral("separator")).toString() == QStringLiteral(";"));
    CHECK(o.value(QStringLiteral("header_row")).toInt() == 4);
    CHECK(o.value(QStringLiteral("columns")).toArray().at(2).toString()
          == QStringLiteral("Salariés ESS"));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(0).toArray().at(2).toString() == QStringLiteral("12\u00a0345"));
    CHECK(o.value(QStringLiteral("notes")).toArray().size() == 2);
}

TEST_CASE("imported counts feed the indicators, computed with their source", "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("i.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("counts.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Commune;Salariés;Salariés ESS\n59606;20 000;2 500\n");
    }
    const Run r = cli({ QStringLiteral("import"), csv, QStringLiteral("--territory-column"),
                        QStringLiteral("Commune"), QStringLiteral("--year"), QStringLiteral("2022"),
                        QStringLiteral("--map"), QStringLiteral("Salariés=employees:all"),
                        QStringLiteral("--map"), QStringLiteral("Salariés ESS=employees:ess"),
                        QStringLiteral("--unit-counted"), QStringLiteral("employees=posts"),
                        QStringLiteral("--source-title"), QStringLiteral("Flores 2022"),
                        QStringLiteral("--db"), db });
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    const Run f = cli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                        QStringLiteral("COM:59606"), QStringLiteral("--db"), db });
    REQUIRE(f.code == 0);
    bool found = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("indicators"))
                                       .toArray()) {
        const QJsonObject ind = v.toObject();
        if (ind.value(QStringLiteral("id")).toString() != u"employment_share"
            || ind.value(QStringLiteral("year")).toInt() != 2022)
            continue;
        found = true;
        // 100 * 2500 / 20000 = 12.5
        CHECK(ind.value(QStringLiteral("value")).toDouble() == Approx(12.5));
        CHECK(ind.value(QStringLiteral("method")).toString() == QStringLiteral("computed"));
        CHECK(ind.value(QStringLiteral("unit_counted")).toString() == QStringLiteral("posts"));
        CHECK(ind.value(QStringLiteral("sources"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("title"))
                      .toString()
              == QStringLiteral("Flores 2022"));
    }
    CHECK(found);
}

TEST_CASE("a mapping saved as a profile imports the next file the same way", "[importcli]")
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("phare.json"));
    const QString first = dir.filePath(QStringLiteral("first.sqlite"));
    const Run saved = cli(QStringList { QStringLiteral("import"),
                                        fixture(QStringLiteral("import/cli/phare_cp1252.csv")) }
                          + pharemapping()
                          + QStringList { QStringLiteral("--save-profile"), profile,
                                          QStringLiteral("--db"), first });
    REQUIRE(saved.code == 0);
    REQUIRE(QFile::exists(profile));
    const QString second = dir.filePath(QStringLiteral("second.sqlite"));
    const Run reused =
            cli({ QStringLiteral("import"), fixture(QStringLiteral("import/cli/phare.xlsx")),
                  QStringLiteral("--profile"), profile, QStringLiteral("--source-title"),
                  QStringLiteral("Insee, Flores 2021 (ORESS)"), QStringLiteral("--source-url"),
                  QStringLiteral("https://www.insee.fr/"), QStringLiteral("--db"), second });
    INFO(reused.out.toStdString() << reused.err.toStdString());
    REQUIRE(reused.code == 0);
    CHECK(importedFigures(second, QStringLiteral("phare.xlsx")).size() == 9);
}

TEST_CASE("imported counts of unstated unit compute no share", "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("i.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("counts.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Commune;Salariés;Salariés ESS\n59606;20 000;2 500\n");
    }
    const Run r = cli({ QStringLiteral("import"), csv, QStringLiteral("--territory-column"),
                        QStringLiteral("Commune"), QStringLiteral("--year"), QStringLiteral("2022"),
                        QStringLiteral("--map"), QStringLiteral("Salariés=employees:all"),
                        QStringLiteral("--map"), QStringLiteral("Salariés ESS=employees:ess"),
                        QStringLiteral("--source-title"), QStringLiteral("Flores 2022"),
                        QStringLiteral("--db"), db });
    REQUIRE(r.code == 0);
    const Run f = cli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                        QStringLiteral("COM:59606"), QStringLiteral("--db"), db });
    REQUIRE(f.code == 0);
    for (const QJsonValue &v : QJsonDocument::fromJson(f.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("indicators"))
                                       .toArray())
        if (v.toObject().value(QStringLiteral("level")).toString() == u"COM:59606")
            CHECK(v.toObject().value(QStringLiteral("method")).toString() != u"computed");
    // A unit outside the vocabulary is a usage error, and nothing is written.
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    const Run bad =
            cli({ QStringLiteral("import"), csv, QStringLiteral("--territory-column"),
                  QStringLiteral("Commune"), QStringLiteral("--year"), QStringLiteral("2022"),
                  QStringLiteral("--map"), QStringLiteral("Salariés=employees:all"),
                  QStringLiteral("--unit-counted"), QStringLiteral("employees=persons"),
                  QStringLiteral("--db"), other });
    CHECK(bad.code == 2);
    CHECK_FALSE(QFile::exists(other));
}

TEST_CASE("add-figure: unknown year with its publication year, qualifier, unit, producer, two "
          "counts typed from one publication give a share",
          "[importcli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("f.sqlite"));
    const auto add = [&](const QStringList &extra) {
        return cli(QStringList { QStringLiteral("add-figure"), QStringLiteral("--territory"),
                                 QStringLiteral("COM:59606"), QStringLiteral("--source-title"),
                                 QStringLiteral("Bilan local"), QStringLiteral("--source-url"),
                                 QStringLiteral("https://example.org/bilan"),
                                 QStringLiteral("--producer"), QStringLiteral("CRESS"),
                                 QStringLiteral("--db"), db }
                   + extra);
    };
    Run r = add({ QStringLiteral("--year"), QStringLiteral("unknown"),
                  QStringLiteral("--published"), QStringLiteral("2025"),
                  QStringLiteral("--measure"), QStringLiteral("establishments:ess"),
                  QStringLiteral("--value"), QStringLiteral("1500"), QStringLiteral("--qualifier"),
                  QStringLiteral("at_least"), QStringLiteral("--unit-counted"),
                  QStringLiteral("structures") });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    r = add({ QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--measure"),
              QStringLiteral("employees:ess"), QStringLiteral("--value"), QStringLiteral("2500"),
              QStringLiteral("--unit-counted"), QStringLiteral("posts") });
    REQUIRE(r.code == 0);
    r = add({ QStringLiteral("--year"), QStringLiteral("2022"), QStringLiteral("--measure"),
              QStringLiteral("employees:all"), QStringLiteral("--value"), QStringLiteral("20000"),
              QStringLiteral("--unit-counted"), QStringLiteral("posts") });
    REQUIRE(r.code == 0);
    // --year unknown without --published is refused.
    CHECK(add({ QStringLiteral("--year"), QStringLiteral("unknown"), QStringLiteral("--measure"),
                QStringLiteral("employees:ess"), QStringLiteral("--value"), QStringLiteral("1") })
                  .code
          == 2);

    const Run f = cli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                        QStringLiteral("COM:59606"), QStringLiteral("--db"), db });
    REQUIRE(f.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(f.out.toUtf8()).object();
    bool share = false;
    bool structures = false;
    for (const QJsonValue &v : root.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("level")).toString() != u"COM:59606")
            continue;
        if (o.value(QStringLiteral("id")).toString() == u"employment_share") {
            share = true; // 100 × 2 500 / 20 000 = 12,5
            CHECK(o.value(QStringLiteral("value")).toDouble() == Approx(12.5));
            CHECK(o.value(QStringLiteral("year")).toInt() == 2022);
        }
        if (o.value(QStringLiteral("id")).toString() == u"establishments") {
            structures = true;
            CHECK(o.value(QStringLiteral("year")).isNull());
            CHECK(o.value(QStringLiteral("published")).toInt() == 2025);
            CHECK(o.value(QStringLiteral("qualifier")).toString() == QStringLiteral("at_least"));
            CHECK(o.value(QStringLiteral("unit_counted")).toString()
                  == QStringLiteral("structures"));
            CHECK(o.value(QStringLiteral("sources"))
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(QStringLiteral("producer"))
                          .toString()
                  == QStringLiteral("CRESS"));
        }
    }
    CHECK(share);
    CHECK(structures);
}
