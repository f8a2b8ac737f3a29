// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/territoryindex.h"
#include "core/domain/vocabulary.h"
#include "core/referencedata.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace core;

TEST_CASE("the shipped data/ holds the 82 communes and their populations", "[data]")
{
    auto data = ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(data.ok());
    const TerritoryIndex index(data->territories);
    int communes = 0;
    QHash<QString, int> perEpci;
    QHash<QString, qint64> popPerEpci;
    for (const Territory &t : data->territories) {
        if (t.kind != TerritoryKind::Commune)
            continue;
        ++communes;
        CHECK(t.code.startsWith(QStringLiteral("COM:59")));
        CHECK(t.populationYear == 2023);
        perEpci[t.parentCode] += 1;
        popPerEpci[t.parentCode] += t.population.value_or(0);
    }
    CHECK(communes == 82);
    CHECK(perEpci.value(QStringLiteral("EPCI:245901160")) == 35);
    CHECK(perEpci.value(QStringLiteral("EPCI:200042190")) == 47);
    CHECK(popPerEpci.value(QStringLiteral("EPCI:245901160")) == 191738);
    CHECK(popPerEpci.value(QStringLiteral("EPCI:200042190")) == 158419);
    CHECK(index.find(QStringLiteral("EPCI:245901160"))->population == 191738);
    CHECK(index.find(QStringLiteral("ARR:596"))->population == 191738 + 158419);
    CHECK(index.communesOf(QStringLiteral("ARR:596")).size() == 82);
    CHECK(index.find(QStringLiteral("ARR:596"))->name
          == QStringLiteral("CAVM + CAPH (arrondissement de Valenciennes)"));
    for (const char *code : { "FR", "REG:32", "DEP:59", "ARR:596" })
        CHECK(index.find(QString::fromLatin1(code)) != nullptr);
}

TEST_CASE("every shipped figure has a known source, a year and a valid vocabulary", "[data]")
{
    auto data = ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(data.ok());
    QSet<QString> keys;
    for (const Source &s : data->sources) {
        CHECK_FALSE(s.title.isEmpty());
        CHECK_FALSE(s.licence.isEmpty());
        keys.insert(s.key);
    }
    REQUIRE(data->figures.size() > 20);
    for (const ReferenceFigure &f : data->figures) {
        INFO(f.observation.territoryCode.toStdString()
             << " " << f.observation.measure.toStdString());
        CHECK(keys.contains(f.sourceKey));
        // A data year, or (not stated by the source) the publication year.
        CHECK((f.observation.year >= 2010
               || (!f.observation.yearKnown() && f.observation.publishedYear >= 2010)));
        CHECK(isQualifier(f.observation.qualifier));
        CHECK(vocabulary::isUnitCounted(f.observation.unitCounted));
        CHECK(vocabulary::isMeasure(f.observation.measure));
        CHECK((f.observation.value || (f.observation.low && f.observation.high)));
        if (vocabulary::isShare(f.observation.measure)) {
            const double v = *f.observation.centralValue();
            CHECK((v >= 0 && v <= 100));
        }
    }
}

TEST_CASE("the manifesto figures are stored as published, the range as a range", "[data]")
{
    auto data = ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(data.ok());
    bool jobs = false, establishments = false, size = false;
    for (const ReferenceFigure &f : data->figures) {
        const Observation &o = f.observation;
        if (o.territoryCode != u"ARR:596" || f.sourceKey != u"phare-manifeste-2025")
            continue;
        // "10 % de l'emploi, 8-9% des établissements du territoire, une moyenne de 20 salariés
        // par structure": no data year, published 2025, units as written.
        CHECK_FALSE(o.yearKnown());
        CHECK(o.publishedYear == 2025);
        if (o.measure == u"employment_share" && o.scope == u"ess") {
            jobs = o.value == 10.0 && o.unitCounted == u"jobs";
        } else if (o.measure == u"establishment_share" && o.scope == u"ess") {
            establishments =
                    !o.value && o.low == 8.0 && o.high == 9.0 && o.unitCounted == u"establishments";
        } else if (o.measure == u"avg_employees" && o.scope == u"ess") {
            size = o.value == 20.0 && o.unitCounted == u"employees_per_structure";
        }
    }
    CHECK(jobs);
    CHECK(establishments);
    CHECK(size);
}

TEST_CASE("the shipped data say what their sources say", "[data]")
{
    auto data = ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(data.ok());
    const auto find = [&](const char *territory, const char *measure, const char *scope,
                          double value) -> const ReferenceFigure * {
        for (const ReferenceFigure &f : data->figures)
            if (f.observation.territoryCode == QLatin1String(territory)
                && f.observation.measure == QLatin1String(measure)
                && f.observation.scope == QLatin1String(scope) && f.observation.value == value)
                return &f;
        return nullptr;
    };
    // CRESS observatory, February 2022 (data year not stated): 9,4 % and 2,4 per 1 000.
    const ReferenceFigure *share = find("REG:32", "establishment_share", "ess", 9.4);
    REQUIRE(share);
    CHECK_FALSE(share->observation.yearKnown());
    CHECK(share->observation.publishedYear == 2022);
    const ReferenceFigure *density = find("REG:32", "establishments_per_1000", "ess", 2.4);
    REQUIRE(density);
    CHECK(density->observation.unitCounted
          == QStringLiteral("establishments_per_1000_inhabitants"));
    // "plus de 1 500 structures", "environ 6 300 salariés", "2,6 millions".
    const ReferenceFigure *coops = find("REG:32", "establishments", "cooperatives", 1500);
    REQUIRE(coops);
    CHECK(coops->observation.qualifier == QStringLiteral("at_least"));
    CHECK(coops->observation.unitCounted == QStringLiteral("structures"));
    CHECK(find("REG:32", "employees", "mutuelles", 6300)->observation.qualifier
          == QStringLiteral("approximately"));
    CHECK(find("FR", "employees", "ess", 2600000)->observation.qualifier
          == QStringLiteral("approximately"));
    // CAPH's "2 820 emplois" (unit and data year not stated); Insee's posts at end 2021.
    const ReferenceFigure *caph = find("EPCI:200042190", "employees", "ess", 2820);
    REQUIRE(caph);
    CHECK(caph->observation.unitCounted == QStringLiteral("jobs"));
    CHECK_FALSE(caph->observation.yearKnown());
    CHECK(find("REG:32", "employees", "ess", 210800)->observation.unitCounted
          == QStringLiteral("posts"));
    // Producer apart from the publication; licence versions not invented.
    for (const Source &s : data->sources) {
        if (s.key == u"cress-hdf-bilan-2024-gazette") {
            CHECK(s.producer == QStringLiteral("CRESS Hauts-de-France"));
            CHECK(s.publisher == QStringLiteral("La Gazette France"));
        }
        CHECK_FALSE(s.licence.contains(QStringLiteral("Etalab 2.0")));
    }
    const TerritoryIndex index(data->territories);
    CHECK(index.find(QStringLiteral("EPCI:245901160"))->name
          == QStringLiteral("CA Valenciennes Métropole"));
    CHECK(index.find(QStringLiteral("EPCI:200042190"))->name
          == QStringLiteral("CA de la Porte du Hainaut"));
}

TEST_CASE("territory codes parse typed and bare, and errors list candidates", "[domain]")
{
    auto data = ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(data.ok());
    const TerritoryIndex index(data->territories);

    CHECK(index.resolve(QStringLiteral("COM:59606"))->name == QStringLiteral("Valenciennes"));
    CHECK(index.resolve(QStringLiteral("59606"))->code == QStringLiteral("COM:59606"));
    CHECK(index.resolve(QStringLiteral("200042190"))->code == QStringLiteral("EPCI:200042190"));
    CHECK(index.resolve(QStringLiteral("epci:245901160"))->code
          == QStringLiteral("EPCI:245901160"));
    CHECK(index.resolve(QStringLiteral("fr"))->code == QStringLiteral("FR"));
    CHECK(index.resolve(QStringLiteral("596"))->code == QStringLiteral("ARR:596"));
    CHECK(index.resolve(QStringLiteral("32"))->code == QStringLiteral("REG:32"));

    auto unknown = index.resolve(QStringLiteral("59999"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == Error::Code::NotFound);
    CHECK(unknown.error().message.contains(QStringLiteral("59999")));

    auto empty = index.resolve(QString());
    CHECK_FALSE(empty.ok());

    SECTION("a bare code shared by two kinds is ambiguous")
    {
        QList<Territory> list = data->territories;
        Territory dep59bis;
        dep59bis.code = QStringLiteral("REG:59");
        dep59bis.kind = TerritoryKind::Region;
        dep59bis.name = QStringLiteral("Test region");
        list.append(dep59bis);
        const TerritoryIndex twice(list);
        auto r = twice.resolve(QStringLiteral("59"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::Ambiguous);
        CHECK(r.error().message.contains(QStringLiteral("DEP:59")));
        CHECK(r.error().message.contains(QStringLiteral("REG:59")));
    }
}

TEST_CASE("the defaults come from manifest.json and must name known territories", "[data]")
{
    auto data = ReferenceData::load(testsupport::referenceDataDir());
    REQUIRE(data.ok());
    const Defaults &d = data->defaults;
    CHECK(d.territory == QStringLiteral("ARR:596"));
    CHECK(d.area == QStringLiteral("ARR:596"));
    CHECK(d.reference == QStringLiteral("REG:32"));
    CHECK(d.featured
          == QStringList { QStringLiteral("ARR:596"), QStringLiteral("EPCI:245901160"),
                           QStringLiteral("EPCI:200042190") });
    CHECK(d.references
          == QStringList { QStringLiteral("DEP:59"), QStringLiteral("REG:32"),
                           QStringLiteral("FR") });
    CHECK(d.compared.size() == 6);
    CHECK(d.byline == QStringLiteral("PHARE"));

    // A copy of data/ whose defaults name a territory it does not hold is refused at load.
    QTemporaryDir dir;
    const QDir source(testsupport::referenceDataDir());
    for (const QString &name : source.entryList({ QStringLiteral("*.json") }, QDir::Files))
        REQUIRE(QFile::copy(source.filePath(name), dir.filePath(name)));
    QFile manifest(dir.filePath(QStringLiteral("manifest.json")));
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    QByteArray text = manifest.readAll();
    manifest.close();
    REQUIRE(text.contains("\"area\": \"ARR:596\""));
    text.replace("\"area\": \"ARR:596\"", "\"area\": \"ARR:999\"");
    REQUIRE(manifest.remove());
    REQUIRE(manifest.open(QIODevice::WriteOnly));
    REQUIRE(manifest.write(text) == text.size());
    manifest.close();
    const auto refused = ReferenceData::load(dir.path());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("defaults")));
}
