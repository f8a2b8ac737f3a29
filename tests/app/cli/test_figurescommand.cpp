// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"
#include "support/clirun.h"
#include "support/french.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace {
using testsupport::CliRun;
using testsupport::runCli;

const QJsonObject *findIndicator(const QJsonArray &list, const char *id, const char *scope,
                                 QJsonObject &storage)
{
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        if (o.value(u"id").toString() == QLatin1String(id)
            && o.value(u"scope").toString() == QLatin1String(scope)) {
            storage = o;
            return &storage;
        }
    }
    return nullptr;
}
} // namespace

TEST_CASE("figures lists the manifesto's figures for ARR:596 with their source", "[cli]")
{
    const testsupport::FrenchTranslation french;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const CliRun r = runCli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                              QStringLiteral("ARR:596"), QStringLiteral("--db"), db });
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    REQUIRE(doc.isObject());
    const QJsonObject root = doc.object();
    CHECK(root.value(u"territory").toObject().value(u"code").toString()
          == QStringLiteral("ARR:596"));
    CHECK(root.value(u"territory").toObject().value(u"kind").toString()
          == QStringLiteral("arrondissement"));
    const QJsonArray indicators = root.value(u"indicators").toArray();

    QJsonObject tmp;
    const QJsonObject *jobs = findIndicator(indicators, "employment_share", "ess", tmp);
    REQUIRE(jobs);
    CHECK(jobs->value(u"value").toDouble() == 10.0);
    CHECK(jobs->value(u"method").toString() == QStringLiteral("published"));
    CHECK(jobs->value(u"sources").toArray().at(0).toObject().value(u"publisher").toString()
          == QStringLiteral("PHARE"));
    for (const char *key :
         { "id", "scope", "level", "year", "published", "value", "low", "high", "qualifier", "unit",
           "unit_counted", "method", "basis", "note", "sources", "disagreement", "comparison" })
        CHECK(jobs->contains(QLatin1String(key)));
    // The manifesto does not state the data year: null, published 2025; the unit is "l'emploi".
    CHECK(jobs->value(u"year").isNull());
    CHECK(jobs->value(u"published").toInt() == 2025);
    CHECK(jobs->value(u"qualifier").toString() == QStringLiteral("exact"));
    CHECK(jobs->value(u"unit_counted").toString() == QStringLiteral("jobs"));
    CHECK(jobs->value(u"level").toString() == QStringLiteral("ARR:596"));
    CHECK(jobs->value(u"text").toString() == QStringLiteral("10\u202F% de l'emploi"));
    CHECK(jobs->value(u"sources").toArray().at(0).toObject().contains(QStringLiteral("producer")));

    QJsonObject tmp2;
    const QJsonObject *range = findIndicator(indicators, "establishment_share", "ess", tmp2);
    REQUIRE(range);
    CHECK(range->value(u"value").isNull());
    CHECK(range->value(u"low").toDouble() == 8.0);
    CHECK(range->value(u"high").toDouble() == 9.0);

    QJsonObject tmp3;
    const QJsonObject *size = findIndicator(indicators, "avg_employees", "ess", tmp3);
    REQUIRE(size);
    CHECK(size->value(u"value").toDouble() == 20.0);
    const QJsonObject comparison = size->value(u"comparison").toObject();
    CHECK(comparison.value(u"territory").toString() == QStringLiteral("REG:32"));
    CHECK(comparison.value(u"value").toDouble() == 13.5);
    CHECK(comparison.value(u"year").toInt() == 2020);
    // 20 "salariés par structure" against 13,5 salariés per establishment: units differ.
    CHECK(size->value(u"unit_counted").toString() == QStringLiteral("employees_per_structure"));
    CHECK(comparison.value(u"unit_counted").toString()
          == QStringLiteral("employees_per_establishment"));
    CHECK(comparison.value(u"units_differ").toBool());

    QJsonObject tmp4;
    const QJsonObject *assoc = findIndicator(indicators, "avg_employees", "associations", tmp4);
    REQUIRE(assoc);
    CHECK(assoc->value(u"method").toString() == QStringLiteral("computed"));
    CHECK(assoc->value(u"value").toDouble() == Approx(10138.0 / 454.0));

    const QJsonArray observations = root.value(u"observations").toArray();
    REQUIRE(observations.size() >= 5);
    for (const QJsonValue &v : observations) {
        const QJsonObject o = v.toObject();
        CHECK_FALSE(o.value(u"source").toObject().value(u"title").toString().isEmpty());
        CHECK(o.value(u"dataset").toObject().value(u"kind").toString()
              == QStringLiteral("reference"));
    }
}

TEST_CASE("figures accepts a bare EPCI number and lists CAPH's 2,820 jobs", "[cli]")
{
    const testsupport::FrenchTranslation french;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const CliRun r = runCli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                              QStringLiteral("200042190"), QStringLiteral("--db"), db });
    REQUIRE(r.code == 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(root.value(u"territory").toObject().value(u"code").toString()
          == QStringLiteral("EPCI:200042190"));
    QJsonObject tmp;
    const QJsonObject *jobs =
            findIndicator(root.value(u"indicators").toArray(), "employees", "ess", tmp);
    REQUIRE(jobs);
    CHECK(jobs->value(u"value").toDouble() == 2820.0);
    // "2 820 emplois … à ce jour" (2024): the data year is not stated, the unit neither.
    CHECK(jobs->value(u"year").isNull());
    CHECK(jobs->value(u"published").toInt() == 2024);
    CHECK(jobs->value(u"unit_counted").toString() == QStringLiteral("jobs"));
    CHECK(jobs->value(u"text").toString() == QStringLiteral("2\u202F820 emplois"));
    // "… soit 10 % de l'ensemble de l'activité": the source's words, not "de l'emploi".
    QJsonObject tmp2;
    const QJsonObject *share =
            findIndicator(root.value(u"indicators").toArray(), "employment_share", "ess", tmp2);
    REQUIRE(share);
    CHECK(share->value(u"unit_counted").toString() == QStringLiteral("activity"));
    CHECK(share->value(u"text").toString()
          == QStringLiteral("10\u202F% de l'ensemble de l'activité"));
    const CliRun c = runCli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                              QStringLiteral("200042190"), QStringLiteral("--format"),
                              QStringLiteral("csv"), QStringLiteral("--db"), db });
    REQUIRE(c.code == 0);
    CHECK(c.out.contains(QStringLiteral("10\u202F% de l'ensemble de l'activité")));
    CHECK_FALSE(c.out.contains(QStringLiteral("% de l'emploi")));
}

TEST_CASE("a commune's figures list the inherited indicators with their level", "[cli]")
{
    const testsupport::FrenchTranslation french;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
    const CliRun r = runCli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                              QStringLiteral("COM:59606"), QStringLiteral("--db"), db });
    REQUIRE(r.code == 0);
    const QJsonArray indicators =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"indicators").toArray();
    QJsonObject tmp;
    const QJsonObject *jobs = findIndicator(indicators, "employment_share", "ess", tmp);
    REQUIRE(jobs);
    // Valenciennes has no figure of its own: the manifesto's, for CAVM + CAPH.
    CHECK(jobs->value(u"level").toString() == QStringLiteral("ARR:596"));
    CHECK(jobs->value(u"value").toDouble() == 10.0);
    QJsonObject tmp2;
    const QJsonObject *assoc = findIndicator(indicators, "avg_employees", "associations", tmp2);
    REQUIRE(assoc);
    CHECK(assoc->value(u"level").toString() == QStringLiteral("EPCI:245901160")); // the nearest
    CHECK(assoc->value(u"comparison").toObject().value(u"units_differ").toBool());

    SECTION("and so does the CSV, with its level and comparison columns")
    {
        const CliRun c = runCli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                                  QStringLiteral("COM:59606"), QStringLiteral("--format"),
                                  QStringLiteral("csv"), QStringLiteral("--db"), db });
        REQUIRE(c.code == 0);
        const QStringList lines = c.out.mid(1).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        REQUIRE(lines.size() > 2);
        CHECK(lines.first().startsWith(QStringLiteral("territoire;niveau;indicateur;")));
        bool found = false;
        for (const QString &line : lines)
            if (line.startsWith(QStringLiteral("COM:59606;ARR:596;avg_employees;ess;;2025;20;"))) {
                found = true;
                CHECK(line.contains(QStringLiteral("20 salariés par structure")));
                CHECK(line.contains(QStringLiteral("unités différentes")));
            }
        CHECK(found);
    }
}

TEST_CASE("figures writes CSV with BOM, semicolons and decimal commas", "[cli]")
{
    QTemporaryDir dir;
    const CliRun r =
            runCli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                     QStringLiteral("REG:32"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--db"), dir.filePath(QStringLiteral("cli.sqlite")) });
    REQUIRE(r.code == 0);
    REQUIRE(r.out.startsWith(QChar(0xFEFF)));
    const QStringList lines = r.out.mid(1).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() > 5);
    CHECK(lines.first().count(u';') == 22);
    for (const QString &line : lines.mid(1))
        CHECK(line.startsWith(QStringLiteral("REG:32;REG:32;")));
    CHECK(r.out.contains(QStringLiteral(";10,7;")));
    // Unknown year: an empty year cell, the publication year beside it.
    CHECK(r.out.contains(QStringLiteral("REG:32;REG:32;employment_share;ess;;2024;11,4;")));
    CHECK_FALSE(r.out.contains(QStringLiteral(";10.7;")));
}

TEST_CASE("bad requests give a clear message, a non-zero exit and change nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("never-created.sqlite"));

    SECTION("unknown territory")
    {
        const CliRun r = runCli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                                  QStringLiteral("59999"), QStringLiteral("--db"), fresh });
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("59999")));
        CHECK_FALSE(QFileInfo::exists(fresh));
    }
    SECTION("unknown format")
    {
        const CliRun r = runCli({ QStringLiteral("figures"), QStringLiteral("--format"),
                                  QStringLiteral("xml"), QStringLiteral("--db"), fresh });
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("xml")));
        CHECK_FALSE(QFileInfo::exists(fresh));
    }
    SECTION("unknown option")
    {
        const CliRun r = runCli({ QStringLiteral("figures"), QStringLiteral("--colour"),
                                  QStringLiteral("red"), QStringLiteral("--db"), fresh });
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("--colour")));
        CHECK_FALSE(QFileInfo::exists(fresh));
    }
    SECTION("unknown command")
    {
        const CliRun r = runCli({ QStringLiteral("figurez") });
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("figurez")));
    }
    SECTION("a file that is not a database")
    {
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(text);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("not a database\n");
        }
        const QByteArray before = testsupport::fileHash(text);
        const CliRun r = runCli({ QStringLiteral("figures"), QStringLiteral("--db"), text });
        CHECK(r.code == 1);
        CHECK(r.err.contains(text));
        CHECK(testsupport::fileHash(text) == before);
    }
    SECTION("a database from a newer version")
    {
        const QString db = dir.filePath(QStringLiteral("newer.sqlite"));
        REQUIRE(runCli({ QStringLiteral("figures"), QStringLiteral("--db"), db }).code == 0);
        {
            QSqlDatabase raw =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
            raw.setDatabaseName(db);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 42")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        const QByteArray before = testsupport::fileHash(db);
        const CliRun r = runCli({ QStringLiteral("figures"), QStringLiteral("--db"), db });
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("42")));
        CHECK(testsupport::fileHash(db) == before);
    }
    SECTION("an ambiguous or unknown territory on an existing database")
    {
        const QString db = dir.filePath(QStringLiteral("existing.sqlite"));
        REQUIRE(runCli({ QStringLiteral("figures"), QStringLiteral("--db"), db }).code == 0);
        const QByteArray before = testsupport::fileHash(db);
        const CliRun r = runCli({ QStringLiteral("figures"), QStringLiteral("--territory"),
                                  QStringLiteral("COM:12345"), QStringLiteral("--db"), db });
        CHECK(r.code == 2);
        CHECK(r.err.contains(QStringLiteral("COM:12345")));
        CHECK(testsupport::fileHash(db) == before);
    }
}
