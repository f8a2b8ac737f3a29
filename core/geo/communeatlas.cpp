// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/communeatlas.h"

#include "core/geo/lambert93.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace core::geo {

namespace {
struct ParsedGeometry
{
    QList<Ring> rings;
    QList<bool> holes; // per ring: an inner ring of its polygon
    double meanLatitude = 0;
};

Result<ParsedGeometry> parseGeometry(const QJsonObject &geometry, const QString &where)
{
    const QString type = geometry.value(u"type").toString();
    QJsonArray polygons;
    if (type == u"Polygon")
        polygons.append(geometry.value(u"coordinates"));
    else if (type == u"MultiPolygon")
        polygons = geometry.value(u"coordinates").toArray();
    else
        return makeError(Error::Code::Parse,
                         CommuneAtlas::tr("%1: expected a Polygon or MultiPolygon geometry, got "
                                          "\"%2\"")
                                 .arg(where, type));
    ParsedGeometry g;
    double latSum = 0;
    qsizetype count = 0;
    for (const QJsonValue &polygon : std::as_const(polygons)) {
        const QJsonArray rings = polygon.toArray();
        for (qsizetype r = 0; r < rings.size(); ++r) {
            Ring ring;
            const QJsonArray points = rings.at(r).toArray();
            ring.reserve(points.size());
            for (const QJsonValue &p : points) {
                const QJsonArray xy = p.toArray();
                if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
                    return makeError(Error::Code::Parse,
                                     CommuneAtlas::tr("%1: a position is not [longitude, "
                                                      "latitude]")
                                             .arg(where));
                const double lon = xy.at(0).toDouble();
                const double lat = xy.at(1).toDouble();
                if (std::abs(lon) > 180 || std::abs(lat) > 90)
                    return makeError(Error::Code::Parse,
                                     CommuneAtlas::tr("%1: position %2, %3 is out of range")
                                             .arg(where)
                                             .arg(lon)
                                             .arg(lat));
                ring.append(toLambert93(lon, lat));
                latSum += lat;
                ++count;
            }
            if (ring.size() > 1 && ring.constFirst() == ring.constLast())
                ring.removeLast(); // RFC 7946 repeats the first position
            if (ring.size() < 3)
                return makeError(
                        Error::Code::Parse,
                        CommuneAtlas::tr("%1: a ring has fewer than 3 positions").arg(where));
            g.rings.append(ring);
            g.holes.append(r > 0);
        }
    }
    if (g.rings.isEmpty())
        return makeError(Error::Code::Parse, CommuneAtlas::tr("%1: empty geometry").arg(where));
    g.meanLatitude = latSum / double(count);
    return g;
}

/// Area on the ellipsoid in km²: Lambert-93 is conformal, not equal-area, so
/// the projected area is divided by k² at the feature's mean latitude (k
/// ≈ 1.0013 at 50.35° N; k varies by less than 2e-5 across a commune, hence a
/// negligible error).
double areaKm2(const ParsedGeometry &g)
{
    double projected = 0;
    for (qsizetype i = 0; i < g.rings.size(); ++i)
        projected += (g.holes.at(i) ? -1 : 1) * std::abs(signedArea(g.rings.at(i)));
    const double k = lambert93ScaleFactor(g.meanLatitude);
    return projected / (k * k) / 1e6;
}

QPointF centroid(const Ring &ring)
{
    double a = 0, cx = 0, cy = 0;
    const QPointF o = ring.constFirst(); // relative coordinates keep the precision
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF p = ring.at(i) - o;
        const QPointF q = ring.at((i + 1) % ring.size()) - o;
        const double c = p.x() * q.y() - q.x() * p.y();
        a += c;
        cx += (p.x() + q.x()) * c;
        cy += (p.y() + q.y()) * c;
    }
    if (std::abs(a) < 1e-9)
        return o;
    return o + QPointF(cx / (3 * a), cy / (3 * a));
}

QRectF boundsOf(const QList<Ring> &rings)
{
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const Ring &r : rings)
        for (const QPointF &p : r) {
            x0 = std::min(x0, p.x());
            y0 = std::min(y0, p.y());
            x1 = std::max(x1, p.x());
            y1 = std::max(y1, p.y());
        }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

Result<QJsonArray> features(const QByteArray &geojson, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(geojson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(u"type").toString() != u"FeatureCollection")
        return makeError(Error::Code::Parse,
                         CommuneAtlas::tr("%1 is not a GeoJSON FeatureCollection (offset %2): %3")
                                 .arg(fileName)
                                 .arg(error.offset)
                                 .arg(error.errorString()));
    return doc.object().value(u"features").toArray();
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
                         CommuneAtlas::tr("Cannot read the contour file %1: %2")
                                 .arg(path, file.errorString()));
    return file.readAll();
}
} // namespace

double signedArea(const Ring &ring)
{
    if (ring.size() < 3)
        return 0;
    const QPointF o = ring.constFirst();
    double twice = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF p = ring.at(i) - o;
        const QPointF q = ring.at((i + 1) % ring.size()) - o;
        twice += p.x() * q.y() - q.x() * p.y();
    }
    return twice / 2;
}

Result<CommuneAtlas> CommuneAtlas::load(const QString &dir)
{
    CommuneAtlas atlas;
    const QString communes = dir + QStringLiteral("/geo/communes-arr596.geojson");
    auto c = readFile(communes);
    if (!c)
        return c.error();
    if (auto st = atlas.addCommunes(c.value(), communes); !st)
        return st.error();
    const QString epcis = dir + QStringLiteral("/geo/epci-arr596.geojson");
    auto e = readFile(epcis);
    if (!e)
        return e.error();
    if (auto st = atlas.addEpcis(e.value(), epcis); !st)
        return st.error();
    return atlas;
}

Status CommuneAtlas::addCommunes(const QByteArray &geojson, const QString &fileName)
{
    auto list = features(geojson, fileName);
    if (!list)
        return list.error();
    for (const QJsonValue &v : list.value()) {
        const QJsonObject props = v.toObject().value(u"properties").toObject();
        const QString insee = props.value(u"insee_code").toString();
        const QString where = QStringLiteral("%1 (%2)").arg(fileName, insee);
        if (insee.size() != 5)
            return makeError(Error::Code::Parse,
                             tr("%1: a feature has no 5-character insee_code").arg(fileName));
        auto g = parseGeometry(v.toObject().value(u"geometry").toObject(), where);
        if (!g)
            return g.error();
        CommuneShape s;
        s.code = QStringLiteral("COM:") + insee;
        if (m_byCode.contains(s.code))
            return makeError(Error::Code::Parse,
                             tr("%1: commune %2 appears twice").arg(fileName, insee));
        s.name = props.value(u"name").toString();
        const QString siren = props.value(u"epci_siren").toString();
        if (!siren.isEmpty())
            s.epciCode = QStringLiteral("EPCI:") + siren;
        s.rings = g->rings;
        s.bounds = boundsOf(s.rings);
        s.areaKm2 = areaKm2(g.value());
        const auto largest = std::max_element(
                s.rings.cbegin(), s.rings.cend(), [](const Ring &a, const Ring &b) {
                    return std::abs(signedArea(a)) < std::abs(signedArea(b));
                });
        s.labelPoint = centroid(*largest);
        m_byCode.insert(s.code, m_communes.size());
        m_communes.append(s);
    }
    return Ok {};
}

Status CommuneAtlas::addEpcis(const QByteArray &geojson, const QString &fileName)
{
    auto list = features(geojson, fileName);
    if (!list)
        return list.error();
    for (const QJsonValue &v : list.value()) {
        const QJsonObject props = v.toObject().value(u"properties").toObject();
        const QString siren = props.value(u"epci_siren").toString();
        auto g = parseGeometry(v.toObject().value(u"geometry").toObject(),
                               QStringLiteral("%1 (%2)").arg(fileName, siren));
        if (!g)
            return g.error();
        EpciOutline e;
        e.code = QStringLiteral("EPCI:") + siren;
        e.rings = g->rings;
        e.areaKm2 = areaKm2(g.value());
        m_epcis.append(e);
    }
    return Ok {};
}

const CommuneShape *CommuneAtlas::commune(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_communes.at(*it);
}

} // namespace core::geo
