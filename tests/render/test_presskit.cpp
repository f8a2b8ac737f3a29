// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/chartbuilder.h"
#include "core/charts/chartnames.h"
#include "core/render/chartscene.h"
#include "core/render/presskit.h"
#include "core/render/textblock.h"
#include "core/workspace.h"
#include "support/filehashes.h"
#include "support/pdfpage.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPen>
#include <QSet>
#include <QTemporaryDir>

#include <cstdlib>

using namespace core;

namespace {
using testsupport::filesUnder;
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
                           QStringLiteral("manifeste.txt"), QStringLiteral("dossier-de-presse.zip"),
                           QStringLiteral("caph/fiche-territoire.pdf") };
    // What is about CAPH in its folder; what is drawn from the region's figures (CAPH has
    // none of its own) once in commun/, named after the region. French names, stable.
    QStringList stems;
    for (const char *id :
         { "chiffre-cle", "part-emploi", "part-etablissements", "ess-et-reste-economie",
           "taille-moyenne", "carte-communes-densite", "carte-communes-population" })
        stems << QStringLiteral("caph/") + QLatin1String(id);
    for (const char *id : { "familles", "evolution", "sources-comparees" })
        stems << QStringLiteral("commun/%1-hauts-de-france").arg(QLatin1String(id));
    for (const QString &stem : std::as_const(stems))
        expected << stem + QStringLiteral(".csv") << stem + QStringLiteral(".alt.txt")
                 << stem + QStringLiteral("-reseaux-sociaux.png")
                 << stem + QStringLiteral("-reseaux-sociaux.svg")
                 << stem + QStringLiteral("-reseaux-sociaux.pdf");
    expected.sort();
    CHECK(files == expected);
    CHECK(kit.plan().files == expected); // the count the dialog shows before writing
    CHECK(report->skipped.contains(QStringLiteral("EPCI:200042190 sectors")));

    QFile readme(options.directory + QStringLiteral("/README.md"));
    REQUIRE(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    for (const QString &f : files)
        if (f != u"dossier-de-presse.zip")
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
    CHECK(files.count(QStringLiteral("commun/familles-hauts-de-france-reseaux-sociaux.png")) == 1);
    for (const QString &f : files)
        CHECK((!f.contains(QStringLiteral("/familles")) || f.startsWith(u"commun/")));
    // CAVM has no figure of its own: its ess-vs-rest still has its row, "non disponible".
    QFile csv(options.directory + QStringLiteral("/cavm/ess-et-reste-economie.csv"));
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

TEST_CASE("kit names are French, stable and never leave the folder", "[render][kit]")
{
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("kit.sqlite")), testsupport::referenceDataDir())
                    .ok());
    const TerritoryIndex &index = ws.territories();
    CHECK(charts::territoryFolder(index, QStringLiteral("ARR:596")) == QStringLiteral("cavm-caph"));
    CHECK(charts::territoryFolder(index, QStringLiteral("REG:32"))
          == QStringLiteral("hauts-de-france"));
    CHECK(charts::territoryFolder(index, QStringLiteral("COM:59153"))
          == charts::fileSlug(index.nameOf(QStringLiteral("COM:59153"))));
    CHECK(charts::fileSlug(QStringLiteral("Condé-sur-l’Escaut"))
          == QStringLiteral("conde-sur-l-escaut"));
    CHECK(charts::fileSlug(QStringLiteral("Œuvres")) == QStringLiteral("oeuvres"));
    // Every territory has its own folder.
    QSet<QString> folders;
    for (const Territory &t : index.all())
        folders.insert(charts::territoryFolder(index, t.code));
    CHECK(folders.size() == index.all().size());
    CHECK(charts::chartFileStem(QStringLiteral("jobs-share")) == QStringLiteral("part-emploi"));
    CHECK(charts::chartFileStem(QStringLiteral("commune-map:employment_share:ess"))
          == QStringLiteral("carte-communes-part-emploi-ess"));
    CHECK(charts::presetFileStem(QStringLiteral("social")) == QStringLiteral("reseaux-sociaux"));
    // Every chart id and preset has a stem and a label of its own.
    QSet<QString> stems;
    for (const QString &id : charts::ChartBuilder::chartIds()) {
        stems.insert(charts::chartFileStem(id));
        CHECK(charts::chartLabel(id) != id);
    }
    CHECK(stems.size() == charts::ChartBuilder::chartIds().size());
    for (const render::Preset &p : render::presets()) {
        CHECK(charts::presetLabel(p.name) != p.name);
        CHECK(charts::presetFileStem(p.name) != p.name);
    }
}

TEST_CASE("the kit writes the chosen charts only", "[render][kit]")
{
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("kit.sqlite")), testsupport::referenceDataDir())
                    .ok());
    render::PressKitOptions options;
    options.directory = dir.filePath(QStringLiteral("kit"));
    options.territories = { QStringLiteral("ARR:596") };
    options.presets = { QStringLiteral("square") };
    options.charts = { QStringLiteral("jobs-share"), QStringLiteral("families") };
    options.edition = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    render::PressKit kit(ws, options);
    const QStringList planned = kit.plan().files;
    auto report = kit.write();
    REQUIRE(report.ok());
    QStringList charts;
    for (const QString &f : filesUnder(options.directory))
        if (f.endsWith(u".png"))
            charts << f;
    CHECK(charts
          == QStringList { QStringLiteral("cavm-caph/part-emploi-carre.png"),
                           QStringLiteral("commun/familles-hauts-de-france-carre.png") });
    CHECK(filesUnder(options.directory) == planned);
}

TEST_CASE("with force, a kit removes the previous kit's files, never the user's", "[render][kit]")
{
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("kit.sqlite")), testsupport::referenceDataDir())
                    .ok());
    render::PressKitOptions options;
    options.directory = dir.filePath(QStringLiteral("kit"));
    options.territories = { QStringLiteral("EPCI:245901160"), QStringLiteral("EPCI:200042190") };
    options.presets = { QStringLiteral("social") };
    options.charts = { QStringLiteral("key-figure"), QStringLiteral("jobs-share") };
    options.edition = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    REQUIRE(render::PressKit(ws, options).write().ok());
    const QString kit = options.directory;
    QFile manifest(kit + QStringLiteral("/manifeste.txt"));
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(manifest.readAll())
                  .contains(QStringLiteral("\ncaph/part-emploi.csv\n")));
    manifest.close();
    // The user's files: beside the kit, inside a territory folder, and one named like a chart of
    // a chart id the kit never writes.
    const auto put = [&](const QString &relative) {
        QDir().mkpath(QFileInfo(kit + u'/' + relative).absolutePath());
        QFile f(kit + u'/' + relative);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("mine");
    };
    put(QStringLiteral("notes.txt"));
    put(QStringLiteral("caph/mes-notes.md"));
    put(QStringLiteral("caph/familles.csv"));
    put(QStringLiteral("photos/a.jpg"));
    // The new kit: CAPH dropped, presets changed.
    options.territories = { QStringLiteral("EPCI:245901160") };
    options.presets = { QStringLiteral("square") };
    options.force = true;
    auto report = render::PressKit(ws, options).write();
    REQUIRE(report.ok());
    const QStringList now = filesUnder(kit);
    for (const char *mine :
         { "notes.txt", "caph/mes-notes.md", "caph/familles.csv", "photos/a.jpg" })
        CHECK(now.contains(QLatin1String(mine)));
    // Stale files of the previous kit are gone: CAPH's charts and fact sheet, the social files.
    CHECK_FALSE(now.contains(QStringLiteral("caph/part-emploi.csv")));
    CHECK_FALSE(now.contains(QStringLiteral("caph/fiche-territoire.pdf")));
    CHECK_FALSE(now.contains(QStringLiteral("cavm/part-emploi-reseaux-sociaux.png")));
    CHECK(now.contains(QStringLiteral("cavm/part-emploi-carre.png")));
    // Exactly the new kit and the user's four files.
    QStringList expected = report->files;
    expected << QStringLiteral("notes.txt") << QStringLiteral("caph/mes-notes.md")
             << QStringLiteral("caph/familles.csv") << QStringLiteral("photos/a.jpg");
    expected.sort();
    CHECK(now == expected);

    SECTION("a manifest naming paths outside the kit removes nothing there")
    {
        const QString outside = dir.filePath(QStringLiteral("outside.txt"));
        QFile o(outside);
        REQUIRE(o.open(QIODevice::WriteOnly));
        o.write("keep");
        o.close();
        QFile m(kit + QStringLiteral("/manifeste.txt"));
        REQUIRE(m.open(QIODevice::Append));
        m.write("../outside.txt\n/etc/hostname\nnotes.txt/../../outside.txt\n");
        m.close();
        REQUIRE(render::PressKit(ws, options).write().ok());
        CHECK(QFile::exists(outside));
    }
    SECTION("a folder without a manifest keeps every file the new kit does not replace")
    {
        REQUIRE(QFile::remove(kit + QStringLiteral("/manifeste.txt")));
        put(QStringLiteral("cavm/ancien-graphique.png"));
        REQUIRE(render::PressKit(ws, options).write().ok());
        CHECK(QFile::exists(kit + QStringLiteral("/cavm/ancien-graphique.png")));
        CHECK(QFile::exists(kit + QStringLiteral("/manifeste.txt")));
    }
}

TEST_CASE("the fact sheet carries the logo at the top right, as the charts do", "[render][kit]")
{
    if (!testsupport::havePdfToPpm()) {
        WARN("pdftoppm (poppler-utils) is not installed: fact sheet logo not checked");
        return;
    }
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("kit.sqlite")), testsupport::referenceDataDir())
                    .ok());
    render::PressKitOptions options;
    options.territories = { QStringLiteral("EPCI:200042190") };
    options.presets = { QStringLiteral("social") };
    options.charts = { QStringLiteral("jobs-share") };
    options.edition = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    const QColor orange(0xd5, 0x5e, 0x00);
    // The fact sheet's first page at 48 dpi: orange pixels in its top right corner.
    const auto orangeTopRight = [&](const QString &name, const QImage &logo) {
        options.directory = dir.filePath(name);
        options.logo = logo;
        REQUIRE(render::PressKit(ws, options).write().ok());
        const QImage page = testsupport::pdfFirstPage(
                options.directory + QStringLiteral("/caph/fiche-territoire.pdf"), 48,
                dir.filePath(name));
        REQUIRE_FALSE(page.isNull());
        int right = 0, left = 0;
        for (int y = 0; y < page.height() / 8; ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                if (std::abs(c.red() - orange.red()) + std::abs(c.green() - orange.green())
                            + std::abs(c.blue() - orange.blue())
                    < 12)
                    ++(x > page.width() * 3 / 4 ? right : left);
            }
        CHECK(left == 0); // only the logo is orange, and only at the right
        return right;
    };
    QImage logo(400, 200, QImage::Format_ARGB32);
    logo.fill(orange);
    CHECK(orangeTopRight(QStringLiteral("plain"), QImage()) == 0);
    // A 2:1 logo a quarter of the text width wide at most and 56 px high: 112 × 56 px at 96 dpi,
    // 56 × 28 px at 48 dpi.
    const int pixels = orangeTopRight(QStringLiteral("logo"), logo);
    CHECK(pixels > 50 * 25);
    CHECK(pixels < 58 * 30);
}
