// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/kitplan.h"
#include "core/workspace.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

using namespace core;

TEST_CASE("a kit's files: data, text and one image per format and preset, then the documents",
          "[render][kit]")
{
    const QList<render::PressKitChart> charts {
        { QStringLiteral("EPCI:200042190"), QStringLiteral("jobs-share"),
          QStringLiteral("caph/part-emploi") },
        { QStringLiteral("REG:32"), QStringLiteral("families"),
          QStringLiteral("commun/familles-hauts-de-france") },
    };
    const QList<render::Preset> social { *render::presetByName(QStringLiteral("social")) };
    QStringList expected;
    for (const char *stem : { "caph/part-emploi", "commun/familles-hauts-de-france" })
        for (const char *suffix : { ".csv", ".alt.txt", "-reseaux-sociaux.png",
                                    "-reseaux-sociaux.svg", "-reseaux-sociaux.pdf" })
            expected << QLatin1String(stem) + QLatin1String(suffix);
    expected << QStringLiteral("caph/fiche-territoire.pdf") << QStringLiteral("methodologie.md")
             << QStringLiteral("README.md") << QStringLiteral("manifeste.txt");
    expected.sort();
    CHECK(render::kitFiles(charts, { QStringLiteral("caph") }, social, false) == expected);

    // The ZIP only when asked; two presets, two sets of images; the list stays sorted.
    const QStringList zipped = render::kitFiles(charts, { QStringLiteral("caph") }, social, true);
    CHECK(zipped.size() == expected.size() + 1);
    CHECK(zipped.contains(QStringLiteral("dossier-de-presse.zip")));
    const QList<render::Preset> two { social.first(),
                                      *render::presetByName(QStringLiteral("print")) };
    const QStringList both = render::kitFiles(charts, { QStringLiteral("caph") }, two, false);
    CHECK(both.size() == expected.size() + 2 * 3);
    QStringList sorted = both;
    sorted.sort();
    CHECK(both == sorted);
}

TEST_CASE("the kit plan puts a wider level's charts once in commun/, the rest per territory",
          "[render][kit]")
{
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("kit.sqlite")), testsupport::referenceDataDir())
                    .ok());
    render::PressKitOptions options;
    options.territories = { QStringLiteral("EPCI:245901160"), QStringLiteral("EPCI:200042190") };
    options.presets = { QStringLiteral("social") };
    const render::KitPlanner planner(ws, options);
    const render::PressKitPlan plan = planner.plan();
    CHECK(plan.factSheets == options.territories);
    CHECK(planner.folderOf(QStringLiteral("EPCI:245901160")) == QStringLiteral("cavm"));
    CHECK(planner.folderOf(QStringLiteral("EPCI:200042190")) == QStringLiteral("caph"));

    // Neither community has figures of its own for the families: the region's chart is
    // planned once, built for the region, in commun/ with the region's folder in its name.
    QList<render::PressKitChart> shared;
    QSet<QString> stems;
    for (const render::PressKitChart &c : plan.charts) {
        stems.insert(c.stem);
        if (c.stem.startsWith(QStringLiteral("commun/")))
            shared << c;
        else
            CHECK(options.territories.contains(c.territory));
    }
    CHECK(stems.size() == plan.charts.size()); // no file planned twice
    REQUIRE_FALSE(shared.isEmpty());
    int families = 0;
    for (const render::PressKitChart &c : std::as_const(shared)) {
        CHECK(c.territory == QStringLiteral("REG:32"));
        CHECK(c.stem.endsWith(QStringLiteral("-hauts-de-france")));
        families += c.id == u"families" ? 1 : 0;
    }
    CHECK(families == 1);
    // Each community keeps its own jobs-share chart in its folder.
    CHECK(stems.contains(QStringLiteral("cavm/part-emploi")));
    CHECK(stems.contains(QStringLiteral("caph/part-emploi")));
    // Conditional charts without data are listed, not planned.
    CHECK(plan.skipped.contains(QStringLiteral("EPCI:200042190 sectors")));
    CHECK_FALSE(stems.contains(QStringLiteral("caph/secteurs")));
    QStringList folders;
    for (const QString &code : plan.factSheets)
        folders << planner.folderOf(code);
    CHECK(plan.files == render::kitFiles(plan.charts, folders, planner.presets(), false));

    SECTION("choosing charts plans those only")
    {
        render::KitPlanner chosen(ws, options);
        chosen.setSelection(options.territories, { QStringLiteral("social") },
                            { QStringLiteral("families") });
        const render::PressKitPlan only = chosen.plan();
        REQUIRE(only.charts.size() == 1);
        CHECK(only.charts.first().stem == QStringLiteral("commun/familles-hauts-de-france"));
    }
}
