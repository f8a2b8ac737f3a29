// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/lambert93.h"

#include <cmath>
#include <numbers>

namespace core::geo {

// Why our own code rather than PROJ (libproj-dev): the map needs one
// projection, forward, on 82 small polygons. The Lambert conformal conic is a
// dozen lines of closed formulas (IGN, "Projection cartographique conique
// conforme de Lambert", notes NT/G 71, algorithms ALG0001, ALG0003, ALG0019 and
// ALG0054; Snyder, "Map projections: a working manual", USGS 1987, §15),
// whereas PROJ would add a library and its proj-data grids to every install for
// no extra accuracy here (RGF93 -> Lambert-93 involves no datum shift). The
// tests check known points against published and independently computed
// Lambert-93 coordinates to the millimetre.

namespace {
constexpr double kA = 6378137.0; // GRS 80 semi-major axis (m)
constexpr double kF = 1.0 / 298.257222101; // GRS 80 flattening
constexpr double kPhi1 = 44.0; // standard parallels (degrees)
constexpr double kPhi2 = 49.0;
constexpr double kPhi0 = 46.5; // latitude of origin
constexpr double kLambda0 = 3.0; // central meridian
constexpr double kX0 = 700000.0;
constexpr double kY0 = 6600000.0;

constexpr double rad(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

struct Constants
{
    double e = 0; // first eccentricity
    double n = 0; // cone constant
    double aF = 0; // a × F
    double rho0 = 0; // radius of the origin's parallel
};

double mOf(double phi, double e)
{
    const double s = std::sin(phi);
    return std::cos(phi) / std::sqrt(1 - e * e * s * s);
}

double tOf(double phi, double e)
{
    const double s = std::sin(phi);
    return std::tan(std::numbers::pi / 4 - phi / 2) / std::pow((1 - e * s) / (1 + e * s), e / 2);
}

const Constants &constants()
{
    static const Constants c = [] {
        Constants k;
        k.e = std::sqrt(2 * kF - kF * kF);
        const double m1 = mOf(rad(kPhi1), k.e);
        const double m2 = mOf(rad(kPhi2), k.e);
        const double t1 = tOf(rad(kPhi1), k.e);
        const double t2 = tOf(rad(kPhi2), k.e);
        k.n = (std::log(m1) - std::log(m2)) / (std::log(t1) - std::log(t2));
        k.aF = kA * m1 / (k.n * std::pow(t1, k.n));
        k.rho0 = k.aF * std::pow(tOf(rad(kPhi0), k.e), k.n);
        return k;
    }();
    return c;
}
} // namespace

QPointF toLambert93(double longitude, double latitude)
{
    const Constants &c = constants();
    const double rho = c.aF * std::pow(tOf(rad(latitude), c.e), c.n);
    const double theta = c.n * rad(longitude - kLambda0);
    return { kX0 + rho * std::sin(theta), kY0 + c.rho0 - rho * std::cos(theta) };
}

QPointF fromLambert93(const QPointF &xy)
{
    const Constants &c = constants();
    const double dx = xy.x() - kX0;
    const double dy = c.rho0 - (xy.y() - kY0);
    const double rho = std::copysign(std::hypot(dx, dy), c.n);
    const double theta = std::atan2(dx, dy);
    const double t = std::pow(rho / c.aF, 1 / c.n);
    // Isometric latitude inverted by fixed-point iteration (IGN ALG0002), to
    // 1e-12 rad.
    double phi = std::numbers::pi / 2 - 2 * std::atan(t);
    for (int i = 0; i < 20; ++i) {
        const double s = std::sin(phi);
        const double next = std::numbers::pi / 2
                - 2 * std::atan(t * std::pow((1 - c.e * s) / (1 + c.e * s), c.e / 2));
        const bool done = std::abs(next - phi) < 1e-12;
        phi = next;
        if (done)
            break;
    }
    return { kLambda0 + theta / c.n * 180.0 / std::numbers::pi, phi * 180.0 / std::numbers::pi };
}

double lambert93ScaleFactor(double latitude)
{
    const Constants &c = constants();
    const double phi = rad(latitude);
    return c.n * c.aF * std::pow(tOf(phi, c.e), c.n) / (kA * mOf(phi, c.e));
}

} // namespace core::geo
