// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace core::geo {

/// A closed ring of Lambert-93 points in metres (first point not repeated).
using Ring = QList<QPointF>;

/// One commune's contour, projected, with its area.
struct CommuneShape
{
    QString code; ///< "COM:59606"
    QString name; ///< as in the contour file (COG 2018)
    QString epciCode; ///< "EPCI:245901160"
    QList<Ring> rings; ///< outer rings and holes; drawn with the even-odd rule
    QRectF bounds; ///< in metres, y north
    double areaKm2 = 0; ///< on the ellipsoid (projected area / k² at the commune's latitude)
    QPointF labelPoint; ///< area centroid of the largest ring, in metres
};

/// An EPCI outline (the union of its communes), projected.
struct EpciOutline
{
    QString code; ///< "EPCI:200042190"
    QList<Ring> rings;
    double areaKm2 = 0;
};

/// The commune and EPCI contours of data/geo (IGN ADMIN EXPRESS COG 2018 via
/// france-geojson, Licence Ouverte), projected to Lambert-93 once at load.
/// Immutable after load; any thread.
class CommuneAtlas final
{
    Q_DECLARE_TR_FUNCTIONS(CommuneAtlas)
public:
    /// Reads `dir`/geo/communes-arr596.geojson and `dir`/geo/epci-arr596.geojson
    /// (RFC 7946 Polygon or MultiPolygon features, longitude/latitude in
    /// degrees).
    [[nodiscard]] static Result<CommuneAtlas> load(const QString &dir);
    /// Parses one commune or EPCI FeatureCollection (for tests and load()).
    [[nodiscard]] Status addCommunes(const QByteArray &geojson, const QString &fileName);
    [[nodiscard]] Status addEpcis(const QByteArray &geojson, const QString &fileName);

    [[nodiscard]] const QList<CommuneShape> &communes() const { return m_communes; }
    [[nodiscard]] const QList<EpciOutline> &epcis() const { return m_epcis; }
    [[nodiscard]] const CommuneShape *commune(const QString &code) const;
    [[nodiscard]] bool isEmpty() const { return m_communes.isEmpty(); }

    /// Attribution to print on every map.
    [[nodiscard]] static QString attribution()
    {
        return QStringLiteral("IGN, ADMIN EXPRESS COG 2018");
    }

private:
    QList<CommuneShape> m_communes;
    QList<EpciOutline> m_epcis;
    QHash<QString, qsizetype> m_byCode;
};

/// Signed shoelace area of a ring in square units (positive counter-clockwise,
/// y up).
[[nodiscard]] double signedArea(const Ring &ring);

} // namespace core::geo
