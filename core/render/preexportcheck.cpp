// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/preexportcheck.h"

#include "core/charts/chartnames.h"
#include "core/format/french.h"
#include "core/render/textblock.h"

#include <QCoreApplication>
#include <QGraphicsScene>

#include <algorithm>
#include <array>
#include <cmath>

namespace core::render {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PreExportCheck)
};

using Vec3 = std::array<double, 3>;
using Mat3 = std::array<Vec3, 3>;

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Vec3 apply(const Mat3 &m, const Vec3 &v)
{
    return { m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
             m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
             m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2] };
}

/// Linear sRGB -> CIE Lab (D65).
Vec3 toLab(const Vec3 &rgb)
{
    const Vec3 xyz = apply({ { { 0.4124, 0.3576, 0.1805 },
                               { 0.2126, 0.7152, 0.0722 },
                               { 0.0193, 0.1192, 0.9505 } } },
                           rgb);
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    const double fx = f(xyz[0] / 0.95047), fy = f(xyz[1] / 1.0), fz = f(xyz[2] / 1.08883);
    return { 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz) };
}

double deltaE(const Vec3 &a, const Vec3 &b)
{
    return std::sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1])
                     + (a[2] - b[2]) * (a[2] - b[2]));
}

Vec3 clamp01(Vec3 v)
{
    for (double &c : v)
        c = std::clamp(c, 0.0, 1.0);
    return v;
}
} // namespace

double colourBlindDistance(const QColor &a, const QColor &b)
{
    // Dichromat simulation matrices on linear RGB (Viénot, Brettel & Mollon 1999; tritanopia
    // after Machado et al. 2009, severity 1).
    static const Mat3 identity { { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } } };
    static const Mat3 protan { { { 0.152286, 1.052583, -0.204868 },
                                 { 0.114503, 0.786281, 0.099216 },
                                 { -0.003882, -0.048116, 1.051998 } } };
    static const Mat3 deutan { { { 0.367322, 0.860646, -0.227968 },
                                 { 0.280085, 0.672501, 0.047413 },
                                 { -0.011820, 0.042940, 0.968881 } } };
    static const Mat3 tritan { { { 1.255528, -0.076749, -0.178779 },
                                 { -0.078411, 0.930809, 0.147602 },
                                 { 0.004733, 0.691367, 0.303900 } } };
    const Vec3 la { toLinear(a.redF()), toLinear(a.greenF()), toLinear(a.blueF()) };
    const Vec3 lb { toLinear(b.redF()), toLinear(b.greenF()), toLinear(b.blueF()) };
    double best = 1e9;
    for (const Mat3 *m : { &identity, &protan, &deutan, &tritan })
        best = std::min(best, deltaE(toLab(clamp01(apply(*m, la))), toLab(clamp01(apply(*m, lb)))));
    return best;
}

qreal smallestTextSize(const ChartScene &chart)
{
    qreal smallest = 0;
    for (const QGraphicsItem *item : chart.scene()->items())
        if (const auto *text = dynamic_cast<const TextBlock *>(item);
            text && !text->text().trimmed().isEmpty()) {
            const qreal size = text->font().pixelSize();
            smallest = smallest == 0 ? size : std::min(smallest, size);
        }
    return smallest;
}

QList<Finding> checkChart(const charts::ChartSpec &spec, const RenderOptions &options,
                          FileFormat format, const QList<QColor> &colours)
{
    return checkScene(ChartScene(spec, options), format, colours);
}

QList<Finding> checkScene(const ChartScene &chart, FileFormat format, const QList<QColor> &colours)
{
    const charts::ChartSpec &spec = chart.spec();
    const RenderOptions &options = chart.options();
    QList<Finding> findings;
    const QString id = spec.id.isEmpty() ? Tr::tr("(unnamed chart)") : spec.id;
    // Messages name the chart as the reader knows it; the finding keeps the id.
    const QString name = spec.id.isEmpty() ? id : charts::chartLabel(spec.id);
    const auto add = [&](Finding::Kind kind, const QString &message) {
        findings.append({ kind, id, message });
    };
    if (spec.title.trimmed().isEmpty())
        add(Finding::Kind::MissingTitle, Tr::tr("%1: the chart has no title.").arg(name));
    if (spec.hasData()) {
        if (spec.sourceLine.trimmed().isEmpty())
            add(Finding::Kind::MissingSource,
                Tr::tr("%1: the chart has no source line.").arg(name));
        // A figure of unknown data year says so with its publication year ("publié en 2025,
        // année des données non précisée"): that is a year given, as known.
        const bool yearStated = spec.latestYear > 0
                || std::any_of(spec.values.cbegin(), spec.values.cend(),
                               [](const charts::ChartValue &v) { return v.publishedYear > 0; });
        if (!yearStated)
            add(Finding::Kind::MissingYear,
                Tr::tr("%1: no year is given for the figures.").arg(name));
        // Published, computed and estimated values side by side: each non-published one must
        // say so next to its value.
        for (const charts::ChartValue &v : spec.values) {
            if ((v.method == Method::Computed || v.method == Method::Estimated)
                && !v.text.contains(methodLabel(v.method))) {
                add(Finding::Kind::UnflaggedMethod,
                    Tr::tr("%1: the value %2 (%3) is %4 but the chart does not say so next to it.")
                            .arg(name, v.text, v.category, methodLabel(v.method)));
                break;
            }
        }
    }
    if (spec.unit.trimmed().isEmpty())
        add(Finding::Kind::MissingUnit, Tr::tr("%1: the unit of the values is missing.").arg(name));

    // Provenance is never shortened: an ellipsis means a source or detail lost its end.
    const charts::ChartSpec &drawn = chart.drawnSpec();
    QStringList provenance { drawn.sourceLine };
    provenance << drawn.sourceCitations << drawn.notes;
    for (const charts::ChartValue &v : drawn.values)
        provenance << v.detail;
    for (const QString &text : std::as_const(provenance))
        if (text.contains(QChar(0x2026))) {
            add(Finding::Kind::TruncatedText,
                Tr::tr("%1: a source or detail is shortened (\"%2\"); write it in full.")
                        .arg(name, text));
            break;
        }

    const qreal smallest = smallestTextSize(chart);
    if (options.minTextSize > 0 && smallest + 0.5 < options.minTextSize)
        add(Finding::Kind::TextTooSmall,
            Tr::tr("%1: the smallest text is %2 px, %3 of the width; this size needs at least "
                   "%4 px (%5).")
                    .arg(name, core::format::compact(smallest, 1),
                         core::format::percent(100 * smallest / options.size.width(), 2),
                         core::format::compact(options.minTextSize, 1),
                         core::format::percent(100 * options.minTextSize / options.size.width(),
                                               2)));
    if (format == FileFormat::Png) {
        const qreal pixels = smallest * options.scale;
        if (pixels < 12.0)
            add(Finding::Kind::TextTooSmall,
                Tr::tr("%1: the smallest text is %2 px high at %3 × %4 px; use at least 12 px "
                       "(a larger scale or size).")
                        .arg(name, core::format::compact(pixels, 1),
                             core::format::number(qRound(options.size.width() * options.scale)),
                             core::format::number(qRound(options.size.height() * options.scale))));
    } else {
        const qreal points = smallest * 0.75; // 96 px per inch, 72 points per inch
        if (points < 7.0)
            add(Finding::Kind::TextTooSmall,
                Tr::tr("%1: the smallest text is %2 pt on the page; use at least 7 pt (a larger "
                       "size).")
                        .arg(name, core::format::compact(points, 1)));
    }

    const QList<QColor> used = colours.isEmpty() ? chartColors(spec) : colours;
    for (qsizetype i = 0; i < used.size(); ++i) {
        for (qsizetype j = i + 1; j < used.size(); ++j) {
            const double d = colourBlindDistance(used.at(i), used.at(j));
            if (d < kMinimumColourDistance)
                add(Finding::Kind::ColoursTooClose,
                    Tr::tr("%1: colours %2 and %3 are too close for colour-blind readers "
                           "(difference %4, at least %5 needed).")
                            .arg(name, used.at(i).name(), used.at(j).name(),
                                 core::format::compact(d, 1),
                                 core::format::compact(kMinimumColourDistance, 0)));
        }
    }
    return findings;
}

} // namespace core::render
