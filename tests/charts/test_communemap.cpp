// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/chartbuilder.h"
#include "core/charts/communemap.h"
#include "core/render/chartexporter.h"
#include "core/render/chartscene.h"
#include "core/render/mapscene.h"
#include "core/render/textblock.h"
#include "core/storage/store.h"
#include "core/workspace.h"

#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>

using namespace core;

namespace {
struct MapFixture
{
    QTemporaryDir dir;
    Workspace ws;
    MapFixture()
    {
        REQUIRE(ws.open(dir.filePath(QStringLiteral("map.sqlite")), testsupport::referenceDataDir())
                        .ok());
    }

    /// An imported commune table: ESS shares of jobs for 12 CAVM communes (one
    /// secret), and an ESS share of establishments resting on 3 establishments.
    void importShares()
    {
        Source src;
        src.title = QStringLiteral("Tableau communal de test");
        src.publisher = QStringLiteral("URSSAF");
        src.published = QStringLiteral("2024");
        // Written by a connection of its own, then the workspace opened again to read it.
        auto store = Store::open(ws.databasePath(), Store::OpenOptions {});
        REQUIRE(store.ok());
        auto sourceId = store.value()->addSource(src);
        REQUIRE(sourceId.ok());
        std::vector<Observation> obs;
        const auto add = [&](const char *code, const char *measure, const char *scope,
                             std::optional<double> value, const char *unit) {
            Observation o;
            o.territoryCode = QStringLiteral("COM:") + QLatin1String(code);
            o.year = 2023;
            o.measure = QLatin1String(measure);
            o.scope = QLatin1String(scope);
            o.value = value;
            o.unit = QLatin1String(unit);
            o.sourceId = sourceId.value();
            obs.push_back(o);
        };
        const char *codes[] = { "59606", "59014", "59019", "59027", "59032", "59079",
                                "59112", "59153", "59160", "59166", "59215" };
        const double shares[] = { 14.2, 9.1, 8.4, 12.9, 6.3, 5.5, 11.0, 7.7, 10.4, 4.9, 13.3 };
        for (int i = 0; i < 11; ++i)
            add(codes[i], "employment_share", "ess", shares[i], "percent");
        add("59221", "employment_share", "ess", std::nullopt, "percent"); // secret
        add("59253", "establishment_share", "ess", 33.3, "percent");
        add("59253", "establishments", "all", 3, "count");
        Dataset ds;
        ds.kind = DatasetKind::Import;
        ds.fileName = QStringLiteral("communes.csv");
        ds.sha256 = QStringLiteral("test");
        ds.sourceId = sourceId.value();
        auto id = store.value()->addDataset(ds, obs);
        INFO((id.ok() ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
        store.value().reset();
        REQUIRE(ws.open(ws.databasePath(), testsupport::referenceDataDir()).ok());
    }
};

QList<QGraphicsPathItem *> communeItems(const render::ChartScene &scene)
{
    QList<QGraphicsPathItem *> list;
    for (QGraphicsItem *item : scene.scene()->items())
        if (item->data(render::kMapLayerKey).toString() == u"commune")
            list << qgraphicsitem_cast<QGraphicsPathItem *>(item);
    return list;
}

const charts::MapArea *area(const charts::ChartSpec &spec, const QString &code)
{
    for (const charts::MapArea &a : spec.map->areas)
        if (a.code == code)
            return &a;
    return nullptr;
}
} // namespace

TEST_CASE("the density map of the embedded data draws the 82 communes once each", "[map]")
{
    MapFixture f;
    const charts::CommuneMapBuilder builder(f.ws);
    const charts::ChartSpec spec =
            builder.build(QStringLiteral("ARR:596"), QStringLiteral("density"));
    REQUIRE(spec.map);
    CHECK(spec.kind == charts::ChartKind::Map);
    CHECK(spec.map->style == charts::MapStyle::Choropleth);
    REQUIRE(spec.map->areas.size() == 82);
    for (const charts::MapArea &a : spec.map->areas) {
        CHECK(a.value.has_value());
        CHECK(a.classIndex >= 0);
        CHECK(a.method == Method::Computed);
    }
    // Valenciennes: 43 336 inhabitants (PMUN 2023) on about 13.8 km².
    const charts::MapArea *va = area(spec, QStringLiteral("COM:59606"));
    REQUIRE(va);
    CHECK(*va->value == Approx(43336 / 13.83).epsilon(0.03));
    CHECK(spec.map->upperBounds.size() == 5);
    CHECK(spec.map->classMethod == geo::ClassMethod::NaturalBreaks);
    CHECK(spec.map->classMethodLabel.contains(QStringLiteral("Jenks")));
    CHECK(spec.map->classLabels.size() == 5);
    CHECK(spec.sourceLine.contains(QStringLiteral("IGN, ADMIN EXPRESS COG 2018")));
    CHECK(spec.sourceLine.contains(QStringLiteral("Insee")));
    CHECK(spec.map->epciCodes.size() == 2);

    const render::ChartScene scene(spec, render::RenderOptions {});
    const QList<QGraphicsPathItem *> items = communeItems(scene);
    CHECK(items.size() == 82);
    QSet<QString> codes;
    for (QGraphicsPathItem *item : items) {
        REQUIRE(item);
        codes.insert(item->data(render::kMapCodeKey).toString());
        CHECK(item->brush().style() == Qt::SolidPattern);
    }
    CHECK(codes.size() == 82);
}

TEST_CASE("the map follows the selected territory", "[map]")
{
    MapFixture f;
    const charts::CommuneMapBuilder builder(f.ws);
    CHECK(builder.extentOf(QStringLiteral("ARR:596")) == u"ARR:596");
    CHECK(builder.extentOf(QStringLiteral("EPCI:200042190")) == u"EPCI:200042190");
    CHECK(builder.extentOf(QStringLiteral("COM:59606")) == u"EPCI:245901160");
    const auto caph = builder.build(QStringLiteral("EPCI:200042190"), QStringLiteral("density"));
    CHECK(caph.map->areas.size() == 47);
    CHECK(caph.map->epciCodes == QStringList { QStringLiteral("EPCI:200042190") });
    const auto va = builder.build(QStringLiteral("COM:59606"), QStringLiteral("population"));
    CHECK(va.map->areas.size() == 35);
    int highlighted = 0;
    for (const charts::MapArea &a : va.map->areas)
        highlighted += a.highlight ? 1 : 0;
    CHECK(highlighted == 1);
    CHECK(area(va, QStringLiteral("COM:59606"))->highlight);
}

TEST_CASE("counts are proportional circles whose areas follow the values", "[map]")
{
    MapFixture f;
    const auto spec = charts::CommuneMapBuilder(f.ws).build(QStringLiteral("ARR:596"),
                                                            QStringLiteral("population"));
    CHECK(spec.map->style == charts::MapStyle::Circles);
    CHECK(spec.map->upperBounds.isEmpty()); // never a choropleth of counts
    CHECK(spec.map->referenceValues.size() >= 2);
    CHECK(spec.map->referenceValues.size() <= 3);
    const render::ChartScene scene(spec, render::RenderOptions {});
    QHash<QString, double> values;
    for (const charts::MapArea &a : spec.map->areas)
        values.insert(a.code, a.value.value_or(0));
    double ratio = 0;
    int circles = 0;
    for (QGraphicsItem *item : scene.scene()->items()) {
        auto *circle = qgraphicsitem_cast<QGraphicsEllipseItem *>(item);
        if (!circle || item->data(render::kMapCodeKey).toString().isEmpty())
            continue;
        const double r = circle->rect().width() / 2;
        const double perValue =
                M_PI * r * r / values.value(item->data(render::kMapCodeKey).toString());
        if (ratio == 0)
            ratio = perValue;
        CHECK(perValue == Approx(ratio).epsilon(1e-9));
        ++circles;
    }
    CHECK(circles == 82);
    // Communes under circles are plain ground, not classes.
    REQUIRE(communeItems(scene).size() == 82);
    for (QGraphicsPathItem *item : communeItems(scene))
        CHECK(item->brush().color() == QColor(0xee, 0xf0, 0xf2));
}

TEST_CASE("an imported commune table is mapped with its classes, gaps and sources", "[map]")
{
    MapFixture f;
    f.importShares();
    const charts::CommuneMapBuilder builder(f.ws);
    QStringList ids;
    for (const charts::MapIndicator &i : builder.indicators())
        ids << i.id;
    CHECK(ids.contains(QStringLiteral("population")));
    CHECK(ids.contains(QStringLiteral("density")));
    CHECK(ids.contains(QStringLiteral("employment_share:ess")));
    CHECK(ids.contains(QStringLiteral("establishment_share:ess")));

    const auto spec =
            builder.build(QStringLiteral("ARR:596"), QStringLiteral("employment_share:ess"));
    CHECK(spec.map->style == charts::MapStyle::Choropleth);
    CHECK(spec.latestYear == 2023);
    CHECK(spec.sourceLine.contains(QStringLiteral("URSSAF")));
    CHECK(spec.sourceLine.contains(QStringLiteral("IGN, ADMIN EXPRESS COG 2018")));
    // 11 distinct values: natural breaks, 5 classes, bounds as computed by
    // naturalBreaks().
    const QList<double> values { 14.2, 9.1, 8.4, 12.9, 6.3, 5.5, 11.0, 7.7, 10.4, 4.9, 13.3 };
    CHECK(spec.map->upperBounds == geo::naturalBreaks(values, 5));
    CHECK(spec.map->classLabels.constFirst().contains(QString::fromUtf8("4,9\u202F%")));
    const auto *secret = area(spec, QStringLiteral("COM:59221"));
    REQUIRE(secret);
    CHECK(secret->state == charts::MapValueState::Secret);
    CHECK(secret->text == charts::mapStateLabel(charts::MapValueState::Secret));
    const auto *missing = area(spec, QStringLiteral("COM:59253"));
    CHECK(missing->state == charts::MapValueState::Missing);
    CHECK(missing->text == charts::mapStateLabel(charts::MapValueState::Missing));

    const render::ChartScene scene(spec, render::RenderOptions {});
    int hatched = 0;
    for (QGraphicsPathItem *item : communeItems(scene))
        if (item->brush().style() != Qt::SolidPattern)
            ++hatched;
    CHECK(hatched == 82 - 11);
    for (QGraphicsPathItem *item : communeItems(scene)) {
        const QString code = item->data(render::kMapCodeKey).toString();
        if (code == u"COM:59221")
            CHECK(item->brush().style() == Qt::DiagCrossPattern); // secret
        if (code == u"COM:59253")
            CHECK(item->brush().style() == Qt::BDiagPattern); // not available
    }
    QStringList texts;
    for (QGraphicsItem *item : scene.scene()->items())
        if (auto *t = dynamic_cast<render::TextBlock *>(item))
            texts << t->text();
    CHECK(texts.contains(charts::mapStateLabel(charts::MapValueState::Missing)));
    CHECK(texts.contains(charts::mapStateLabel(charts::MapValueState::Secret)));

    const auto small =
            builder.build(QStringLiteral("ARR:596"), QStringLiteral("establishment_share:ess"));
    CHECK(area(small, QStringLiteral("COM:59253"))->state == charts::MapValueState::TooFew);
    CHECK(area(small, QStringLiteral("COM:59253"))->text
          == charts::mapStateLabel(charts::MapValueState::TooFew));
    CHECK_FALSE(small.hasData());
}

TEST_CASE("the SVG map titles each commune path and is the same bytes twice", "[map]")
{
    MapFixture f;
    const auto spec = charts::CommuneMapBuilder(f.ws).build(QStringLiteral("ARR:596"),
                                                            QStringLiteral("density"));
    render::FileMetadata meta;
    meta.creationTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    auto svg = render::encodeChart(spec, render::RenderOptions {}, render::FileFormat::Svg, meta);
    REQUIRE(svg.ok());
    const QString text = QString::fromUtf8(svg.value());
    static const QRegularExpression titled(
            QStringLiteral("<path id=\"c(\\d{5})\"[^>]*><title>([^<]+) "
                           "\\((\\d{5})\\) : ([^<]+)</title></path>"));
    QSet<QString> codes;
    for (auto it = titled.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        CHECK(m.captured(1) == m.captured(3));
        codes.insert(m.captured(1));
    }
    CHECK(codes.size() == 82);
    CHECK(text.contains(QString::fromUtf8("<title>Valenciennes (59606) : ")));
    CHECK(text.contains(QStringLiteral("IGN, ADMIN EXPRESS COG 2018")));
    CHECK(text.contains(QStringLiteral("Jenks")));
    // The legend is drawn over the communes.
    CHECK(text.indexOf(QStringLiteral("<g id=\"communes\">"))
          < text.lastIndexOf(QStringLiteral("Jenks")));
    auto again = render::encodeChart(spec, render::RenderOptions {}, render::FileFormat::Svg, meta);
    CHECK(again.value() == svg.value());
    // The alternative text names the extremes and the classes.
    const QString alt = charts::altText(spec);
    CHECK(alt.contains(QStringLiteral("Valenciennes")));
    CHECK(alt.contains(QStringLiteral("Jenks")));
    const QByteArray csv = charts::toCsv(spec);
    CHECK(csv.count("\r\n") == 82 + 2);
    CHECK(csv.contains("59606;Valenciennes;"));
}

TEST_CASE("a map's ground is drawn once per territory, with the pixels of painting in order",
          "[map]")
{
    MapFixture f;
    const charts::CommuneMapBuilder builder(f.ws);
    render::RenderOptions options;
    options.scale = 2;
    // The image renderImage() would give without reusing any ground: every item in order.
    const auto inOrder = [&](const render::ChartScene &scene) {
        QImage image((options.size * options.scale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                               | QPainter::SmoothPixmapTransform);
        scene.scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())),
                              QRectF(QPointF(0, 0), options.size));
        return image;
    };
    // Valenciennes and Anzin, both in CAVM: the same ground, another selected commune.
    const render::ChartScene valenciennes(
            builder.build(QStringLiteral("COM:59606"), QStringLiteral("density")), options);
    const render::ChartScene anzin(
            builder.build(QStringLiteral("COM:59014"), QStringLiteral("density")), options);
    const render::ChartScene population(
            builder.build(QStringLiteral("COM:59014"), QStringLiteral("population")), options);
    const auto ground = render::mapGroundItems(valenciennes);
    REQUIRE(ground.size() == 37); // background, 35 CAVM communes, EPCI outline
    CHECK(render::mapGroundKey(ground) == render::mapGroundKey(render::mapGroundItems(anzin)));
    CHECK(render::mapGroundKey(ground) != render::mapGroundKey(render::mapGroundItems(population)));
    const QImage first = render::renderImage(valenciennes); // draws the ground
    CHECK(first == inOrder(valenciennes));
    CHECK(render::renderImage(valenciennes) == first); // the ground drawn before
    const QImage other = render::renderImage(anzin);
    CHECK(other == inOrder(anzin));
    CHECK(other != first); // the selected commune is outlined on the shared ground
    CHECK(render::renderImage(population) == inOrder(population));
    // A bar chart has no ground.
    CHECK(render::mapGroundItems(
                  render::ChartScene(charts::ChartBuilder(f.ws).build(QStringLiteral("jobs-share"),
                                                                      QStringLiteral("COM:59606"),
                                                                      QStringLiteral("REG:32")),
                                     options))
                  .isEmpty());
}

TEST_CASE("label halos are plain strokes in a map's PDF and stay translucent elsewhere", "[map]")
{
    MapFixture f;
    const render::ChartScene scene(charts::CommuneMapBuilder(f.ws).build(
                                           QStringLiteral("COM:59606"), QStringLiteral("density")),
                                   render::RenderOptions {});
    QList<QGraphicsPathItem *> halos;
    for (QGraphicsItem *item : scene.scene()->items())
        if (auto *path = qgraphicsitem_cast<QGraphicsPathItem *>(item);
            path && item->data(render::kMapLayerKey).toString() == u"label")
            halos << path;
    REQUIRE(halos.size() == 10);
    const QImage before = render::renderImage(scene);
    const auto pdf = render::encodeScene(scene, render::FileFormat::Pdf);
    REQUIRE(pdf.ok());
    // Translucent halos were written as filled outlines of their curves: 250 kB a map.
    CHECK(pdf->size() < 150000);
    for (const QGraphicsPathItem *halo : std::as_const(halos))
        CHECK(halo->pen().color().alpha() == 220); // the scene is left as it was
    CHECK(render::renderImage(scene) == before);
}
