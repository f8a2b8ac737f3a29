// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/mapscene.h"

#include "core/format/french.h"
#include "core/geo/classify.h"
#include "core/render/textblock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFont>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QIODevice>
#include <QPainterPath>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace core::render {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MapScene)
};

const QColor kInk(0x1f, 0x23, 0x28);
const QColor kMuted(0x5b, 0x63, 0x6e);
const QColor kHatch(0x8a, 0x93, 0x9e);
const QColor kGround(0xee, 0xf0, 0xf2); // communes under proportional circles
const QColor kCircle(0x00, 0x72, 0xB2); // Okabe–Ito blue
const QColor kSelected(0xD5, 0x5E,
                       0x00); // Okabe–Ito vermilion, with a thick outline
const QString kCommuneLayer = QStringLiteral("commune");
const QString kBackgroundLayer = QStringLiteral("background");

QFont mapFont(qreal pixelSize, bool bold = false)
{
    return chartFont(pixelSize, bold);
}

TextBlock *text(QGraphicsScene &scene, const QString &s, const QFont &f, const QColor &color,
                qreal x, qreal y, qreal width = 0)
{
    auto *item = new TextBlock(s, f, color, width);
    item->setPos(x, y);
    scene.addItem(item);
    return item;
}

/// Communes without a value: one hatching per reason, so the legend tells them apart.
Qt::BrushStyle hatchStyle(charts::MapValueState state)
{
    switch (state) {
    case charts::MapValueState::Secret:
        return Qt::DiagCrossPattern;
    case charts::MapValueState::TooFew:
        return Qt::FDiagPattern;
    case charts::MapValueState::Value:
    case charts::MapValueState::Missing:
        break;
    }
    return Qt::BDiagPattern;
}

QBrush hatchBrush(charts::MapValueState state)
{
    return QBrush(kHatch, hatchStyle(state));
}

/// Maps Lambert-93 metres into a scene rectangle, north up, keeping
/// proportions.
struct Projection
{
    double scale = 1; // scene units per metre
    QPointF origin; // scene position of (x0, y1)
    double x0 = 0, y1 = 0;
    QPointF operator()(const QPointF &m) const
    {
        return origin + QPointF((m.x() - x0) * scale, (y1 - m.y()) * scale);
    }
};

QString titleOf(const charts::MapArea &a)
{
    return QStringLiteral("%1 (%2) : %3").arg(a.name, a.code.mid(4), a.text);
}

QString tooltipOf(const charts::MapArea &a, const charts::MapSpec &m)
{
    QStringList lines { QStringLiteral("<b>%1</b> (%2)").arg(a.name.toHtmlEscaped(), a.code.mid(4)),
                        QStringLiteral("%1 : %2").arg(m.indicatorLabel.toHtmlEscaped(),
                                                      a.text.toHtmlEscaped()) };
    QStringList facts;
    if (a.year > 0)
        facts << QString::number(a.year);
    if (a.method)
        facts << methodLabel(a.method);
    if (!facts.isEmpty())
        lines << facts.join(QStringLiteral(" · "));
    if (!a.source.isEmpty())
        lines << Tr::tr("Source: %1").arg(a.source.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}
} // namespace

QColor mapClassColor(int index, int count)
{
    // ColorBrewer YlGnBu (Cynthia Brewer, Penn State), marked colour-blind safe
    // for 3 to 6 classes; light = low, dark = high.
    static const QList<QList<QRgb>> schemes {
        { 0xedf8b1, 0x7fcdbb, 0x2c7fb8 },
        { 0xffffcc, 0xa1dab4, 0x41b6c4, 0x225ea8 },
        { 0xffffcc, 0xa1dab4, 0x41b6c4, 0x2c7fb8, 0x253494 },
        { 0xffffcc, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x2c7fb8, 0x253494 },
    };
    if (count <= 1)
        return QColor(0x41b6c4);
    if (count == 2)
        return QColor(index == 0 ? 0xa1dab4 : 0x2c7fb8);
    const QList<QRgb> &scheme = schemes.at(std::clamp(count, 3, 6) - 3);
    return QColor(scheme.at(std::clamp(index, 0, int(scheme.size()) - 1)));
}

QList<QColor> mapColors(const charts::ChartSpec &spec)
{
    if (!spec.map)
        return {};
    if (spec.map->style == charts::MapStyle::Circles)
        return { kCircle, kGround };
    QList<QColor> colors;
    const int n = int(spec.map->upperBounds.size());
    for (int i = 0; i < n; ++i)
        colors << mapClassColor(i, n);
    return colors;
}

void layoutMap(QGraphicsScene &scene, const charts::ChartSpec &spec, const RenderOptions &options,
               qreal top, qreal bottom, qreal u)
{
    if (!spec.map || !spec.map->atlas)
        return;
    const charts::MapSpec &m = *spec.map;
    const geo::CommuneAtlas &atlas = *m.atlas;
    const qreal margin = 40 * u;
    const qreal t = textUnit(options); // text sizes: at least the preset's smallest text
    const qreal w = options.size.width();
    const qreal legendWidth = std::max<qreal>(250 * t, (w - 2 * margin) * 0.3);
    const QRectF area(margin, top, w - 2 * margin - legendWidth - 20 * u, bottom - top);

    // Extent: the communes drawn.
    QRectF bounds;
    for (const charts::MapArea &a : m.areas)
        if (const geo::CommuneShape *s = atlas.commune(a.code))
            bounds = bounds.isNull() ? s->bounds : bounds.united(s->bounds);
    if (bounds.isEmpty())
        return;
    Projection p;
    p.scale = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    p.x0 = bounds.left();
    p.y1 = bounds.bottom();
    p.origin = QPointF(area.left() + (area.width() - bounds.width() * p.scale) / 2,
                       area.top() + (area.height() - bounds.height() * p.scale) / 2);
    const auto pathOf = [&p](const QList<geo::Ring> &rings) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const geo::Ring &r : rings) {
            QPolygonF poly;
            poly.reserve(r.size() + 1);
            for (const QPointF &pt : r)
                poly << p(pt);
            poly << poly.constFirst();
            path.addPolygon(poly);
        }
        return path;
    };

    // The background is the scene's first item: tag it so the SVG writer can
    // replace it.
    for (QGraphicsItem *item : scene.items(Qt::AscendingOrder))
        if (item->zValue() <= -10)
            item->setData(kMapLayerKey, kBackgroundLayer);

    const bool circles = m.style == charts::MapStyle::Circles;
    const int classes = int(m.upperBounds.size());
    const QPen communePen(circles ? QColor(0xc4, 0xcb, 0xd3) : QColor(Qt::white),
                          std::max<qreal>(0.6, 0.8 * u));
    bool anyHatched = false;
    QList<charts::MapValueState> statesShown;
    const charts::MapArea *selected = nullptr;
    for (const charts::MapArea &a : m.areas) {
        const geo::CommuneShape *s = atlas.commune(a.code);
        if (!s)
            continue;
        QBrush brush;
        if (!a.value) {
            brush = hatchBrush(a.state);
            anyHatched = true;
            if (!statesShown.contains(a.state))
                statesShown << a.state;
        } else if (circles) {
            brush = QBrush(kGround);
        } else {
            brush = QBrush(mapClassColor(a.classIndex, classes));
        }
        auto *item = scene.addPath(pathOf(s->rings), communePen, brush);
        item->setData(kMapCodeKey, a.code);
        item->setData(kMapTitleKey, titleOf(a));
        item->setData(kMapLayerKey, kCommuneLayer);
        item->setToolTip(tooltipOf(a, m));
        if (a.highlight)
            selected = &a;
    }
    for (const geo::EpciOutline &e : atlas.epcis()) {
        if (!m.epciCodes.contains(e.code))
            continue;
        auto *item = scene.addPath(pathOf(e.rings),
                                   QPen(kInk, 2.2 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin),
                                   Qt::NoBrush);
        item->setData(kMapLayerKey, QStringLiteral("epci"));
    }
    if (selected) {
        auto *item = scene.addPath(
                pathOf(atlas.commune(selected->code)->rings),
                QPen(kSelected, 3.5 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin), Qt::NoBrush);
        item->setData(kMapCodeKey, selected->code);
        item->setToolTip(tooltipOf(*selected, m));
    }

    // Proportional circles: area ∝ value, the largest (the maximum) 7 % of the
    // map's smaller side in radius; drawn largest first so that small circles
    // stay visible on top.
    const qreal rMax = 0.07 * std::min(area.width(), area.height());
    const auto radius = [&](double v) {
        return m.maxValue > 0 ? rMax * std::sqrt(std::max(0.0, v) / m.maxValue) : 0.0;
    };
    if (circles) {
        QList<const charts::MapArea *> order;
        for (const charts::MapArea &a : m.areas)
            if (a.value && *a.value > 0 && atlas.commune(a.code))
                order << &a;
        std::stable_sort(order.begin(), order.end(),
                         [](const auto *a, const auto *b) { return *a->value > *b->value; });
        QColor fill = kCircle;
        fill.setAlphaF(0.78f);
        for (const charts::MapArea *a : std::as_const(order)) {
            const QPointF c = p(atlas.commune(a->code)->labelPoint);
            const qreal r = radius(*a->value);
            auto *item = scene.addEllipse(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r),
                                          QPen(Qt::white, std::max<qreal>(0.6, 0.8 * u)), fill);
            item->setData(kMapCodeKey, a->code);
            item->setToolTip(tooltipOf(*a, m));
        }
    }

    // Names of the most populous communes (up to 10), each placed at its centre
    // or just around it where it overlaps nothing already written; a white halo
    // keeps it legible.
    {
        QList<const charts::MapArea *> order;
        for (const charts::MapArea &a : m.areas)
            if (atlas.commune(a.code))
                order << &a;
        std::stable_sort(order.begin(), order.end(), [](const auto *a, const auto *b) {
            return a->population > b->population;
        });
        const QFont f = mapFont(14 * t, true);
        const QFontMetricsF fm(f);
        QList<QRectF> taken;
        int placed = 0;
        for (const charts::MapArea *a : std::as_const(order)) {
            if (placed >= 10 || a->population <= 0)
                break;
            const QPointF c = p(atlas.commune(a->code)->labelPoint);
            const QSizeF size(fm.horizontalAdvance(a->name), fm.height());
            const qreal dy = circles && a->value ? radius(*a->value) + size.height() / 2 : 0;
            const QList<QPointF> candidates { c + QPointF(0, dy),
                                              c - QPointF(0, dy + size.height()),
                                              c + QPointF(0, size.height() + dy),
                                              c + QPointF(size.width() / 2 + 6 * u, 0),
                                              c - QPointF(size.width() / 2 + 6 * u, 0) };
            for (const QPointF &at : candidates) {
                const QRectF box(at.x() - size.width() / 2, at.y() - size.height() / 2,
                                 size.width(), size.height());
                const QRectF padded = box.adjusted(-3 * u, -1 * u, 3 * u, 1 * u);
                if (!area.contains(padded)
                    || std::any_of(taken.cbegin(), taken.cend(),
                                   [&](const QRectF &r) { return r.intersects(padded); }))
                    continue;
                QPainterPath halo;
                halo.addText(box.left(), box.top() + fm.ascent(), f, a->name);
                auto *haloItem = scene.addPath(halo,
                                               QPen(QColor(255, 255, 255, 220), 3 * u,
                                                    Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin),
                                               Qt::NoBrush);
                haloItem->setData(kMapLayerKey, QStringLiteral("label"));
                auto *label = text(scene, a->name, f, kInk, box.left(), box.top());
                label->setData(kMapLayerKey, QStringLiteral("label"));
                taken << padded;
                ++placed;
                break;
            }
        }
    }

    // Scale bar (bottom left) and north arrow (top right of the map area).
    {
        const double metres = (area.width() * 0.22) / p.scale;
        const double km = geo::roundDown125(metres / 1000);
        const qreal len = km * 1000 * p.scale;
        const qreal x = area.left();
        const qreal y = area.bottom() - 10 * u;
        const QPen pen(kInk, std::max<qreal>(1, 1.5 * u));
        scene.addLine(x, y, x + len, y, pen);
        scene.addLine(x, y - 5 * u, x, y + 1 * u, pen);
        scene.addLine(x + len, y - 5 * u, x + len, y + 1 * u, pen);
        scene.addLine(x + len / 2, y - 3 * u, x + len / 2, y, pen);
        auto *label = text(scene, Tr::tr("%1 km").arg(format::compact(km, 1)), mapFont(14 * t),
                           kInk, x, 0);
        label->setPos(x + len + 6 * u, y - label->height() / 2 - 2 * u);
        const qreal nx = area.right() - 16 * u;
        const qreal ny = area.top() + 4 * u;
        QPainterPath arrow;
        arrow.moveTo(nx, ny + 8 * u);
        arrow.lineTo(nx + 9 * u, ny + 34 * u);
        arrow.lineTo(nx, ny + 27 * u);
        arrow.lineTo(nx - 9 * u, ny + 34 * u);
        arrow.closeSubpath();
        scene.addPath(arrow, Qt::NoPen, kInk);
        auto *n = text(scene, QStringLiteral("N"), mapFont(14 * t, true), kInk, 0, ny - 12 * u);
        n->setX(nx - n->naturalWidth() / 2);
    }

    // Legend on the right.
    qreal lx = w - margin - legendWidth;
    qreal ly = top + 4 * u;
    const QFont legendFont = mapFont(15 * t);
    const QFont small = mapFont(14 * t);
    const qreal box = 18 * t;
    ly += text(scene, m.legendTitle, mapFont(17 * t, true), kInk, lx, ly, legendWidth)->height()
            + 6 * u;
    if (!circles) {
        for (int i = 0; i < classes; ++i) {
            const auto n =
                    std::count_if(m.areas.cbegin(), m.areas.cend(),
                                  [i](const charts::MapArea &a) { return a.classIndex == i; });
            scene.addRect(lx, ly, box * 1.4, box, QPen(QColor(0x9a, 0xa3, 0xad), 0.8 * u),
                          mapClassColor(i, classes));
            text(scene, QStringLiteral("%1 (%2)").arg(m.classLabels.value(i)).arg(n), legendFont,
                 kInk, lx + box * 1.4 + 8 * u, ly - 1 * u);
            ly += box + 7 * u;
        }
    } else {
        // Reference circles, nested and bottom-aligned, with their values.
        qreal biggest = 0;
        for (const double v : m.referenceValues)
            biggest = std::max(biggest, radius(v));
        const qreal cx = lx + biggest + 2 * u;
        const qreal base = ly + 2 * biggest;
        qreal nextLabel = ly - 100 * u; // labels top-down, never overlapping
        for (const double v : m.referenceValues) {
            const qreal r = radius(v);
            scene.addEllipse(QRectF(cx - r, base - 2 * r, 2 * r, 2 * r), QPen(kInk, 1 * u),
                             Qt::NoBrush);
            auto *label = text(scene, format::number(v, 0), small, kInk, cx + biggest + 16 * u, 0);
            const qreal h = label->height();
            const qreal labelY = std::max(base - 2 * r - h / 2, nextLabel);
            label->setY(labelY);
            nextLabel = labelY + h;
            scene.addLine(cx, base - 2 * r, cx + biggest + 8 * u, base - 2 * r,
                          QPen(kMuted, 0.8 * u, Qt::DotLine));
            scene.addLine(cx + biggest + 8 * u, base - 2 * r, cx + biggest + 14 * u, labelY + h / 2,
                          QPen(kMuted, 0.8 * u, Qt::DotLine));
        }
        ly = std::max(base, nextLabel) + 8 * u;
        ly += text(scene, Tr::tr("Circle area proportional to the value"), small, kMuted, lx, ly,
                   legendWidth)
                        ->height()
                + 6 * u;
    }
    if (anyHatched) {
        std::sort(statesShown.begin(), statesShown.end());
        for (const charts::MapValueState s : std::as_const(statesShown)) {
            scene.addRect(lx, ly, box * 1.4, box, QPen(kHatch, 0.8 * u), hatchBrush(s));
            text(scene, charts::mapStateLabel(s), legendFont, kInk, lx + box * 1.4 + 8 * u, ly - u);
            ly += box + 7 * u;
        }
    }
    if (selected) {
        scene.addRect(lx, ly, box * 1.4, box, QPen(kSelected, 3 * u), Qt::NoBrush);
        text(scene, Tr::tr("%1 (selected)").arg(selected->name), legendFont, kInk,
             lx + box * 1.4 + 8 * u, ly - u);
        ly += box + 7 * u;
    }
    scene.addLine(lx, ly + 4 * u, lx + box * 1.4, ly + 4 * u, QPen(kInk, 2.2 * u));
    text(scene, Tr::tr("EPCI boundary"), legendFont, kInk, lx + box * 1.4 + 8 * u, ly - 5 * u);
    ly += box + 10 * u;
    if (!m.classMethodLabel.isEmpty()) {
        text(scene, m.classMethodLabel, small, kMuted, lx, ly, legendWidth);
    }
}

QList<QGraphicsItem *> communeLayerItems(const ChartScene &chart)
{
    QList<QGraphicsItem *> list;
    for (QGraphicsItem *item : chart.scene()->items(Qt::AscendingOrder)) {
        const QString layer = item->data(kMapLayerKey).toString();
        if (layer == kCommuneLayer || layer == kBackgroundLayer)
            list << item;
    }
    return list;
}

QList<QGraphicsItem *> mapGroundItems(const ChartScene &chart)
{
    if (chart.spec().kind != charts::ChartKind::Map)
        return {};
    const QList<QGraphicsItem *> items = chart.scene()->items(Qt::AscendingOrder);
    QList<QGraphicsItem *> ground;
    QRectF shapes; // what the ground draws besides the background
    qsizetype last = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QGraphicsItem *item = items.at(i);
        const QString layer = item->data(kMapLayerKey).toString();
        if (layer != kBackgroundLayer && layer != kCommuneLayer && layer != u"epci")
            continue;
        if (item->parentItem() || !item->isVisible())
            return {};
        ground << item;
        if (layer != kBackgroundLayer)
            shapes |= item->sceneBoundingRect();
        last = i;
    }
    if (ground.isEmpty() || shapes.isEmpty())
        return {};
    // Antialiasing may touch the pixel beyond a bounding rectangle.
    shapes.adjust(-2, -2, 2, 2);
    for (qsizetype i = 0; i < last; ++i)
        if (!ground.contains(items.at(i)) && items.at(i)->isVisible()
            && items.at(i)->sceneBoundingRect().intersects(shapes))
            return {};
    return ground;
}

QByteArray mapGroundKey(const QList<QGraphicsItem *> &ground)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QGraphicsItem *item : ground) {
        out << item->type() << item->sceneTransform() << item->zValue() << item->opacity();
        if (const auto *shape = dynamic_cast<const QAbstractGraphicsShapeItem *>(item))
            out << shape->pen() << shape->brush();
        if (const auto *path = qgraphicsitem_cast<const QGraphicsPathItem *>(item))
            out << path->path();
        else if (const auto *rect = qgraphicsitem_cast<const QGraphicsRectItem *>(item))
            out << rect->rect();
        else
            return {}; // an item this key cannot describe: no key, no reuse
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QList<QGraphicsItem *> mapLabelItems(const ChartScene &chart)
{
    if (chart.spec().kind != charts::ChartKind::Map)
        return {};
    QList<QGraphicsItem *> labels;
    for (QGraphicsItem *item : chart.scene()->items(Qt::AscendingOrder)) {
        if (item->data(kMapLayerKey).toString() != u"label" || !item->isVisible())
            continue;
        if (item->parentItem() || !item->childItems().isEmpty())
            return {};
        labels << item;
    }
    return labels;
}

QByteArray mapLabelKey(const QList<QGraphicsItem *> &labels)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QGraphicsItem *item : labels) {
        out << item->type() << item->sceneTransform() << item->zValue() << item->opacity();
        if (const auto *path = qgraphicsitem_cast<const QGraphicsPathItem *>(item)) {
            out << path->pen() << path->brush() << path->path();
        } else if (const auto *text = dynamic_cast<const TextBlock *>(item)) {
            out << text->font() << text->color() << text->boundingRect();
            for (qsizetype i = 0; i < text->lines().size(); ++i)
                out << text->lines().at(i) << text->lineOrigin(i);
        } else {
            return {}; // an item this key cannot describe: no key, no reuse
        }
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray svgCommuneLayer(const ChartScene &chart)
{
    const auto num = [](qreal v) { return QByteArray::number(v, 'f', 2); };
    QByteArray out;
    // The hatchings of the scene (Qt's BDiag, FDiag and DiagCross patterns) as SVG patterns.
    const QByteArray stroke = "\" stroke=\"" + kHatch.name().toLatin1() + "\" stroke-width=\"1\"/>";
    out += "<defs>\n"
           "<pattern id=\"hatch\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\">"
           "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4"
            + stroke
            + "</pattern>\n"
              "<pattern id=\"hatch-few\" patternUnits=\"userSpaceOnUse\" width=\"8\" "
              "height=\"8\"><path d=\"M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4"
            + stroke
            + "</pattern>\n"
              "<pattern id=\"hatch-secret\" patternUnits=\"userSpaceOnUse\" width=\"8\" "
              "height=\"8\"><path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 "
              "M6,-2 l4,4"
            + stroke + "</pattern>\n</defs>\n";
    out += "<g id=\"communes\">\n";
    QList<QGraphicsItem *> items = communeLayerItems(chart);
    for (QGraphicsItem *item : std::as_const(items)) {
        if (item->data(kMapLayerKey).toString() != kBackgroundLayer)
            continue;
        if (!chart.options().transparent)
            out += "<rect x=\"0\" y=\"0\" width=\"" + num(chart.options().size.width())
                    + "\" height=\"" + num(chart.options().size.height())
                    + "\" fill=\"#ffffff\"/>\n";
    }
    // Communes in code order, whatever the scene's internal order.
    std::sort(items.begin(), items.end(), [](QGraphicsItem *a, QGraphicsItem *b) {
        return a->data(kMapCodeKey).toString() < b->data(kMapCodeKey).toString();
    });
    for (QGraphicsItem *item : std::as_const(items)) {
        auto *shape = qgraphicsitem_cast<QGraphicsPathItem *>(item);
        if (!shape || item->data(kMapLayerKey).toString() != kCommuneLayer)
            continue;
        QByteArray d;
        const QPainterPath path = shape->path();
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPainterPath::Element e = path.elementAt(i);
            d += (e.isMoveTo() ? "M" : "L") + num(e.x) + ',' + num(e.y) + ' ';
        }
        const QBrush brush = shape->brush();
        const QByteArray fill = brush.style() == Qt::SolidPattern ? brush.color().name().toLatin1()
                : brush.style() == Qt::DiagCrossPattern ? QByteArrayLiteral("url(#hatch-secret)")
                : brush.style() == Qt::FDiagPattern     ? QByteArrayLiteral("url(#hatch-few)")
                                                        : QByteArrayLiteral("url(#hatch)");
        out += "<path id=\"c" + item->data(kMapCodeKey).toString().mid(4).toLatin1() + "\" fill=\""
                + fill + "\" fill-rule=\"evenodd\" stroke=\""
                + shape->pen().color().name().toLatin1() + "\" stroke-width=\""
                + num(shape->pen().widthF()) + "\" d=\"" + d.trimmed() + "\"><title>"
                + item->data(kMapTitleKey).toString().toHtmlEscaped().toUtf8()
                + "</title></path>\n";
    }
    out += "</g>\n";
    return out;
}

} // namespace core::render
