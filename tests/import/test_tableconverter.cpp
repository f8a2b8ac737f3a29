// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/tableconverter.h"

#include "support/qtprinters.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace core;
using namespace core::import;

namespace {
QString data(const char *name)
{
    return QStringLiteral(ESS_TEST_DATA "/import/") + QLatin1String(name);
}

Territory territory(const char *code, TerritoryKind kind, const char *name,
                    const char *shortName = "")
{
    Territory t;
    t.code = QString::fromUtf8(code);
    t.kind = kind;
    t.name = QString::fromUtf8(name);
    t.shortName = QString::fromUtf8(shortName);
    return t;
}

const InMemoryTerritoryResolver &resolver()
{
    static const InMemoryTerritoryResolver r({
            territory("FR", TerritoryKind::Country, "France"),
            territory("REG:32", TerritoryKind::Region, "Hauts-de-France"),
            territory("DEP:59", TerritoryKind::Departement, "Nord"),
            territory("EPCI:245901160", TerritoryKind::Epci, "CA Valenciennes Métropole", "CAVM"),
            territory("EPCI:200043396", TerritoryKind::Epci, "CA de la Porte du Hainaut", "CAPH"),
            territory("COM:59606", TerritoryKind::Commune, "Valenciennes"),
            territory("COM:59009", TerritoryKind::Commune, "Anzin"),
            territory("COM:59526", TerritoryKind::Commune, "Saint-Amand-les-Eaux"),
            territory("COM:11111", TerritoryKind::Commune, "Sainte-Marie"),
            territory("COM:22222", TerritoryKind::Commune, "Sainte-Marie"),
    });
    return r;
}

ImportSpec pharespec()
{
    ImportSpec spec;
    spec.territoryColumn = ColumnRef::fromString(QStringLiteral("EPCI"));
    spec.year = 2021;
    spec.mappings = {
        parseMapArgument(QStringLiteral("Salariés ESS=employees:ess")).value(),
        parseMapArgument(QStringLiteral("#4=establishments:ess")).value(),
        parseMapArgument(QStringLiteral("Part ESS (%)=employment_share:ess")).value()
    };
    return spec;
}

const Problem *findProblem(const ImportReport &report, int line, int column)
{
    for (const Problem &p : report.problems) {
        if (p.line == line && p.column == column)
            return &p;
    }
    return nullptr;
}
} // namespace

TEST_CASE("territories resolve by code shape and by name, accents and case ignored", "[import]")
{
    const auto &r = resolver();
    CHECK(r.resolve(QStringLiteral("59606")).code == QStringLiteral("COM:59606"));
    CHECK(r.resolve(QStringLiteral(" 245901160 ")).code == QStringLiteral("EPCI:245901160"));
    CHECK(r.resolve(QStringLiteral("dep:59")).code == QStringLiteral("DEP:59"));
    CHECK(r.resolve(QStringLiteral("fr")).code == QStringLiteral("FR"));
    CHECK(TerritoryResolver::codeFromShape(u"1004") == QStringLiteral("COM:01004"));
    CHECK(TerritoryResolver::codeFromShape(u"2a004") == QStringLiteral("COM:2A004"));
    CHECK(TerritoryResolver::codeFromShape(u"Valenciennes").isEmpty());
    CHECK(r.resolve(QStringLiteral("SAINT AMAND LES EAUX")).code == QStringLiteral("COM:59526"));
    CHECK(r.resolve(QStringLiteral("ca valenciennes metropole")).code
          == QStringLiteral("EPCI:245901160"));
    CHECK(r.resolve(QStringLiteral("cavm")).code == QStringLiteral("EPCI:245901160"));
    CHECK(r.resolve(QStringLiteral("99999")).status == TerritoryMatch::Status::Unknown);
    const TerritoryMatch ambiguous = r.resolve(QStringLiteral("sainte marie"));
    CHECK(ambiguous.status == TerritoryMatch::Status::Ambiguous);
    CHECK(ambiguous.candidates.size() == 2);
}

TEST_CASE("mapping arguments (--map) and JSON profiles", "[import]")
{
    auto m = parseMapArgument(QStringLiteral("Effectifs = ESS=employees:associations:Q"));
    REQUIRE(m.ok());
    CHECK(m.value().column.name == QStringLiteral("Effectifs = ESS"));
    CHECK(m.value().measure == QStringLiteral("employees"));
    CHECK(m.value().scope == QStringLiteral("associations"));
    CHECK(m.value().sector == QStringLiteral("Q"));
    auto n = parseMapArgument(QStringLiteral("#3=employment_share"));
    REQUIRE(n.ok());
    CHECK(n.value().column.number == 3);
    CHECK(n.value().scope == QStringLiteral("all"));
    CHECK_FALSE(parseMapArgument(QStringLiteral("Effectifs")).ok());
    CHECK_FALSE(parseMapArgument(QStringLiteral("A=jobs")).ok());
    CHECK_FALSE(parseMapArgument(QStringLiteral("A=employees:everyone")).ok());
    CHECK_FALSE(parseMapArgument(QStringLiteral("A=employees:ess:Z")).ok());

    ImportSpec spec = pharespec();
    spec.sheet = QStringLiteral("PHARE");
    spec.headerRow = 4;
    spec.basis = QStringLiteral("postes au 31 décembre");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profile.json"));
    REQUIRE(spec.save(path).ok());
    auto loaded = ImportSpec::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == spec);

    ImportSpec longSpec;
    longSpec.territoryColumn = ColumnRef::fromString(QStringLiteral("#1"));
    longSpec.yearColumn = ColumnRef::fromString(QStringLiteral("year"));
    longSpec.measureColumn = ColumnRef::fromString(QStringLiteral("measure"));
    longSpec.valueColumn = ColumnRef::fromString(QStringLiteral("value"));
    auto again = ImportSpec::fromJson(longSpec.toJson());
    REQUIRE(again.ok());
    CHECK(again.value() == longSpec);
    CHECK(again.value().layout() == ImportSpec::Layout::Long);
}

TEST_CASE("the PHARE table, CSV in Windows-1252 and XLSX, gives the same observations", "[import]")
{
    const ConversionResult csv = convertFile(data("phare_cp1252.csv"), pharespec(), resolver());
    INFO(csv.report.toText().toStdString());
    REQUIRE(csv.report.ok());
    CHECK(csv.report.rowsRead == 3);
    CHECK(csv.report.observations == 9);
    CHECK(csv.report.missingBySecrecy == 2);
    REQUIRE(csv.observations.size() == 9);
    const Observation &first = csv.observations.front();
    CHECK(first.territoryCode == QStringLiteral("EPCI:245901160"));
    CHECK(first.year == 2021);
    CHECK(first.measure == QStringLiteral("employees"));
    CHECK(first.scope == QStringLiteral("ess"));
    CHECK(*first.value == 12345);
    CHECK(first.unit == QStringLiteral("count"));
    CHECK(*csv.observations[2].value == Approx(14.2));
    // "s" is missing, never zero.
    CHECK_FALSE(csv.observations[3].value.has_value());
    CHECK(csv.observations[3].territoryCode == QStringLiteral("EPCI:200043396"));
    CHECK(csv.observations[6].territoryCode == QStringLiteral("DEP:59"));
    CHECK(csv.report.notes.size() == 2);

    const ConversionResult xlsx = convertFile(data("phare.xlsx"), pharespec(), resolver());
    INFO(xlsx.report.toText().toStdString());
    REQUIRE(xlsx.report.ok());
    REQUIRE(xlsx.observations.size() == csv.observations.size());
    for (std::size_t i = 0; i < csv.observations.size(); ++i) {
        const Observation &a = csv.observations[i];
        const Observation &b = xlsx.observations[i];
        CHECK(a.territoryCode == b.territoryCode);
        CHECK(a.year == b.year);
        CHECK(a.measure == b.measure);
        CHECK(a.scope == b.scope);
        CHECK(a.sector == b.sector);
        CHECK(a.value == b.value);
        CHECK(a.note == b.note);
    }
}

TEST_CASE("the long layout reads measure and scope from columns", "[import]")
{
    ImportSpec spec;
    spec.territoryColumn = ColumnRef::fromString(QStringLiteral("territory"));
    spec.yearColumn = ColumnRef::fromString(QStringLiteral("year"));
    spec.measureColumn = ColumnRef::fromString(QStringLiteral("measure"));
    spec.valueColumn = ColumnRef::fromString(QStringLiteral("value"));
    spec.scopeColumn = ColumnRef::fromString(QStringLiteral("scope"));
    const ConversionResult r = convertFile(data("long.csv"), spec, resolver());
    INFO(r.report.toText().toStdString());
    REQUIRE(r.report.ok());
    REQUIRE(r.observations.size() == 4);
    CHECK(r.observations[1].measure == QStringLiteral("employment_share"));
    CHECK(r.observations[1].unit == QStringLiteral("percent"));
    CHECK(*r.observations[1].value == 12.5);
    CHECK_FALSE(r.observations[2].value.has_value());
    CHECK(r.observations[3].scope == QStringLiteral("associations"));
}

TEST_CASE("every validation error is reported with its line and column", "[import]")
{
    ImportSpec spec;
    spec.territoryColumn = ColumnRef::fromString(QStringLiteral("Territoire"));
    spec.yearColumn = ColumnRef::fromString(QStringLiteral("Année"));
    spec.mappings = { parseMapArgument(QStringLiteral("Salariés=employees")).value(),
                      parseMapArgument(QStringLiteral("Part (%)=employment_share")).value() };
    const ConversionResult r = convertFile(data("errors.csv"), spec, resolver());
    INFO(r.report.toText().toStdString());
    CHECK_FALSE(r.report.ok());
    CHECK(r.observations.empty()); // any problem: nothing to write
    CHECK(r.report.problemCount == 8);
    CHECK(r.report.duplicatesIgnored == 3); // line 9's share, line 10's two values

    struct Expected
    {
        int line;
        int column;
        Problem::Kind kind;
        const char *raw;
        const char *expected;
    };
    const Expected all[] = {
        { 3, 1, Problem::Kind::UnknownTerritory, "Atlantis", "expected a commune code" },
        { 4, 1, Problem::Kind::AmbiguousTerritory, "Sainte-Marie", "COM:11111 (Sainte-Marie)" },
        { 5, 3, Problem::Kind::NotANumber, "beaucoup", "expected a number" },
        { 6, 2, Problem::Kind::YearOutOfRange, "1850", "between 1900 and 2100" },
        { 7, 4, Problem::Kind::ShareOutOfRange, "120", "between 0 and 100" },
        { 8, 3, Problem::Kind::NegativeCount, "-5", "zero or more" },
        { 9, 3, Problem::Kind::DuplicateConflict, "101", "line 2" },
        { 11, 2, Problem::Kind::NotAYear, "vingt", "four digits" },
    };
    for (const Expected &e : all) {
        INFO("line " << e.line << " column " << e.column);
        const Problem *p = findProblem(r.report, e.line, e.column);
        REQUIRE(p);
        CHECK(p->kind == e.kind);
        CHECK(p->raw == QString::fromUtf8(e.raw));
        CHECK(p->file == QStringLiteral("errors.csv"));
        CHECK(p->message.contains(
                QStringLiteral("errors.csv, line %1, column %2").arg(e.line).arg(e.column)));
        CHECK(p->message.contains(QString::fromUtf8(e.expected)));
    }
    CHECK(findProblem(r.report, 3, 1)->columnName == QStringLiteral("Territoire"));
}

TEST_CASE("missing mapped columns and files that are not tables are problems", "[import]")
{
    ImportSpec spec = pharespec();
    spec.mappings.append(parseMapArgument(QStringLiteral("Salariés totaux=employees:all")).value());
    spec.mappings.append(parseMapArgument(QStringLiteral("#9=payroll")).value());
    const ConversionResult r = convertFile(data("phare_cp1252.csv"), spec, resolver());
    CHECK(r.report.problemCount == 2);
    REQUIRE(r.report.problems.size() == 2);
    CHECK(r.report.problems[0].kind == Problem::Kind::MissingColumn);
    CHECK(r.report.problems[0].line == 4);
    CHECK(r.report.problems[0].columnName == QStringLiteral("Salariés totaux"));
    CHECK(r.report.problems[1].columnName == QStringLiteral("#9"));
    CHECK(r.observations.empty());

    for (const char *file : { "empty.csv", "binary.csv", "bomb.xlsx" }) {
        INFO(file);
        const ConversionResult bad = convertFile(data(file), pharespec(), resolver());
        REQUIRE(bad.report.problems.size() == 1);
        CHECK(bad.report.problems[0].kind == Problem::Kind::NotATable);
    }
    const ConversionResult truncated = convertFile(data("truncated.csv"), pharespec(), resolver());
    REQUIRE_FALSE(truncated.report.ok());
    // Header "Code;Nom" has no EPCI column: the mapping fails before reading rows.
    CHECK(truncated.report.problems[0].kind == Problem::Kind::MissingColumn);

    ImportSpec codeSpec;
    codeSpec.territoryColumn = ColumnRef::fromString(QStringLiteral("Code"));
    codeSpec.year = 2021;
    codeSpec.mappings = { parseMapArgument(QStringLiteral("Nom=employees")).value() };
    const ConversionResult cut = convertFile(data("truncated.csv"), codeSpec, resolver());
    REQUIRE(cut.report.problems.size() == 1);
    CHECK(cut.report.problems[0].kind == Problem::Kind::NotATable);
    CHECK(cut.report.problems[0].line == 2);
}

TEST_CASE("the sink receives observations while they are valid, then nothing", "[import]")
{
    ImportSpec spec;
    spec.territoryColumn = ColumnRef::fromString(QStringLiteral("#1"));
    spec.yearColumn = ColumnRef::fromString(QStringLiteral("#2"));
    spec.mappings = { parseMapArgument(QStringLiteral("#3=employees")).value() };
    std::vector<Observation> received;
    const ImportReport report = convertFile(data("errors.csv"), spec, resolver(),
                                            [&](const Observation &o) { received.push_back(o); });
    CHECK_FALSE(report.ok());
    // Line 2 is valid and comes before the first problem (line 3): the caller must roll back.
    REQUIRE(received.size() == 1);
    CHECK(received[0].territoryCode == QStringLiteral("COM:59606"));
    CHECK(report.toText().contains(QStringLiteral("nothing was imported")));
}
