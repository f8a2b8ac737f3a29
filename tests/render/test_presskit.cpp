// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/chartbuilder.h"
#include "core/render/chartscene.h"
#include "core/render/presskit.h"
#include "core/render/textblock.h"
#include "core/workspace.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QPen>
#include <QTemporaryDir>

using namespace core;

namespace {
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}
} // namespace

TEST_CASE("the chart catalogue builds every id from the reference data", "[render][kit]")
{
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("kit.sqlite")), testsupport::referenceDataDir())
                    .ok());
    const charts::ChartBuilder builder(ws);
    for (const QString &id : charts::ChartBuilder::chartIds()) {
        const charts::ChartSpec spec =
                builder.build(id, QStringLiteral("ARR:596"), QStringLiteral("REG:32"));
        CHECK(spec.id == id);
        CHECK_FALSE(spec.title.isEmpty());
        CHECK_FALSE(charts::ChartBuilder::describe(id).isEmpty());
        if (spec.hasData()) {
            CHECK_FALSE(spec.sourceLine.isEmpty());
            // A data year, or at least the publication year of figures whose year is not stated.
            const bool dated = spec.latestYear > 0
                    || std::any_of(spec.values.cbegin(), spec.values.cend(),
                                   [](const charts::ChartValue &v) { return v.publishedYear > 0; });
            CHECK(dated);
        } else {
            CHECK_FALSE(spec.emptyMessage.isEmpty());
        }
    }
    const auto stacked = builder.build(QStringLiteral("ess-vs-rest"), QStringLiteral("ARR:596"),
                                       QStringLiteral("REG:32"));
    CHECK(stacked.kind == charts::ChartKind::StackedPercent);
    CHECK(stacked.hasData());
    // Hauts-de-France has four years from four sources: an evolution and a comparison.
    const auto evolution = builder.build(QStringLiteral("evolution"), QStringLiteral("REG:32"),
                                         QStringLiteral("FR"));
    CHECK(evolution.kind == charts::ChartKind::Columns);
    CHECK(evolution.values.size() >= 3);
    CHECK(builder.build(QStringLiteral("sources-compared"), QStringLiteral("REG:32"),
                        QStringLiteral("FR"))
                  .values.size()
          >= 3);
    // No commune has its own figure in the reference data.
    CHECK_FALSE(builder.build(QStringLiteral("commune-ranking"), QStringLiteral("ARR:596"),
                              QStringLiteral("REG:32"))
                        .hasData());
}

TEST_CASE("the press kit writes its files, fact sheet, note and README", "[render][kit]")
{
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("kit.sqlite")), testsupport::referenceDataDir())
                    .ok());
    render::PressKitOptions options;
    options.directory = dir.filePath(QStringLiteral("kit"));
    options.territories = { QStringLiteral("EPCI:200042190") };
    options.presets = { QStringLiteral("social") };
    options.zip = true;
    options.edition = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    render::PressKit kit(ws, options);
    int lastDone = 0;
    auto report = kit.write([&](int done, int total, const QString &) {
        CHECK(done <= total);
        lastDone = done;
        return true;
    });
    REQUIRE(report.ok());
    CHECK(lastDone == kit.stepCount());
    const QStringList files = filesUnder(options.directory);
    CHECK(files == report->files);
    QStringList expected { QStringLiteral("README.md"), QStringLiteral("methodologie.md"),
                           QStringLiteral("press-kit.zip"),
                           QStringLiteral("epci-200042190/fiche-territoire.pdf") };
    // What is about CAPH in its folder; what is drawn from the region's figures (CAPH has
    // none of its own) once in commun/, named after the region.
    QStringList stems;
    for (const char *id :
         { "key-figure", "jobs-share", "establishments-share", "ess-vs-rest", "average-size",
           "commune-map-density", "commune-map-population" })
        stems << QStringLiteral("epci-200042190/") + QLatin1String(id);
    for (const char *id : { "families", "evolution", "sources-compared" })
        stems << QStringLiteral("commun/%1-reg-32").arg(QLatin1String(id));
    for (const QString &stem : std::as_const(stems))
        expected << stem + QStringLiteral(".csv") << stem + QStringLiteral(".alt.txt")
                 << stem + QStringLiteral("-social.png") << stem + QStringLiteral("-social.svg")
                 << stem + QStringLiteral("-social.pdf");
    expected.sort();
    CHECK(files == expected);
    CHECK(report->skipped.contains(QStringLiteral("EPCI:200042190 sectors")));

    QFile readme(options.directory + QStringLiteral("/README.md"));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const QString &f : files)
        if (f != u"press-kit.zip")
            CHECK(text.contains(f));
    CHECK(text.contains(QStringLiteral("Lato")));
    CHECK(text.contains(QStringLiteral("`commun/`")));
    QFile note(options.directory + QStringLiteral("/methodologie.md"));
    REQUIRE(note.open(QIODevice::ReadOnly));
    const QString noteText = QString::fromUtf8(note.readAll());
    CHECK(noteText.contains(QStringLiteral("Licence Ouverte")));
    CHECK(noteText.contains(QStringLiteral("Insee")));

    SECTION("an existing kit folder is not overwritten without force")
    {
        render::PressKit again(ws, options);
        auto second = again.write();
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().code == Error::Code::Duplicate);
        options.force = true;
        CHECK(render::PressKit(ws, options).write().ok());
    }
    SECTION("cancelling stops the kit")
    {
        options.directory = dir.filePath(QStringLiteral("cancelled"));
        auto cancelled = render::PressKit(ws, options).write([](int, int, const QString &) {
            return false;
        });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == Error::Code::Cancelled);
    }
}

TEST_CASE("names from data never escape the kit folder", "[render][kit]")
{
    CHECK(render::PressKit::slug(QStringLiteral("ARR:596")) == QStringLiteral("arr-596"));
    CHECK(render::PressKit::slug(QStringLiteral("../../etc/passwd"))
          == QStringLiteral("etc-passwd"));
    CHECK(render::PressKit::slug(QStringLiteral("/")) == QStringLiteral("x"));
    CHECK_FALSE(render::PressKit::slug(QStringLiteral("a/../b")).contains(u'/'));
}

TEST_CASE("charts of a wider level are written once, each territory keeps its own row",
          "[render][kit]")
{
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("kit.sqlite")), testsupport::referenceDataDir())
                    .ok());
    render::PressKitOptions options;
    options.directory = dir.filePath(QStringLiteral("kit"));
    options.territories = { QStringLiteral("EPCI:245901160"), QStringLiteral("EPCI:200042190") };
    options.presets = { QStringLiteral("social") };
    options.edition = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    auto report = render::PressKit(ws, options).write();
    REQUIRE(report.ok());
    const QStringList files = filesUnder(options.directory);
    CHECK(files.count(QStringLiteral("commun/families-reg-32-social.png")) == 1);
    for (const QString &f : files)
        CHECK((!f.contains(QStringLiteral("/families")) || f.startsWith(u"commun/")));
    // CAVM has no figure of its own: its ess-vs-rest still has its row, "non disponible".
    QFile csv(options.directory + QStringLiteral("/epci-245901160/ess-vs-rest.csv"));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString rows = QString::fromUtf8(csv.readAll());
    // Tidy CSV: territory, level (none), category, indicator, then empty year/value cells; no
    // source is credited for a value that does not exist.
    const qsizetype at =
            rows.indexOf(QStringLiteral("\r\nEPCI:245901160;;CAVM;employment_share;;;;;;"));
    REQUIRE(at >= 0);
    const QString row = rows.mid(at + 2, rows.indexOf(u'\r', at + 2) - at - 2);
    CHECK(row.endsWith(QStringLiteral(";;"))); // no source, no note
}

TEST_CASE("the evolution chart draws each series break as a dashed mark with its label",
          "[render][charts]")
{
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("kit.sqlite")), testsupport::referenceDataDir())
                    .ok());
    const charts::ChartBuilder builder(ws);
    // Hauts-de-France: Insee 2014 (employees), CRESS 2020 (employees), Insee 2021 (posts).
    const charts::ChartSpec spec = builder.build(QStringLiteral("evolution"),
                                                 QStringLiteral("REG:32"), QStringLiteral("FR"));
    REQUIRE(spec.hasData());
    QStringList breakYears;
    for (const charts::ChartValue &v : spec.values)
        if (!v.breakBefore.isEmpty())
            breakYears << v.category;
    CHECK(breakYears == QStringList { QStringLiteral("2020"), QStringLiteral("2021") });
    // The axis stays proportional to time: one slot per year, 2014 to 2021.
    CHECK(spec.values.size() == 8);
    const QString csv = QString::fromUtf8(charts::toCsv(spec));
    CHECK(csv.count(QStringLiteral("Series break after")) == 2);

    // The drawing: one dashed vertical line and one label per break, left of its column.
    const render::ChartScene chart(spec, render::RenderOptions {});
    int dashed = 0;
    QList<qreal> markX;
    for (QGraphicsItem *item : chart.scene()->items()) {
        if (auto *line = qgraphicsitem_cast<QGraphicsLineItem *>(item);
            line && line->pen().style() == Qt::DashLine) {
            ++dashed;
            CHECK(line->line().x1() == line->line().x2()); // vertical
            markX << line->line().x1();
        }
    }
    CHECK(dashed == 2);
    int labels = 0;
    for (QGraphicsItem *item : chart.scene()->items())
        if (auto *text = dynamic_cast<render::TextBlock *>(item); text && text->text() == u"break")
            ++labels;
    CHECK(labels == 2);
    // Each mark sits just before the 2020 and 2021 slots (8 slots across the plot).
    std::sort(markX.begin(), markX.end());
    REQUIRE(markX.size() == 2);
    const qreal step = (1200 - 2 * 40) / 8.0;
    CHECK(markX.at(0) == Approx(40 + 6 * step));
    CHECK(markX.at(1) == Approx(40 + 7 * step));
}
