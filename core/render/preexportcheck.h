// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"
#include "core/render/chartexporter.h"
#include "core/render/chartscene.h"

#include <QColor>
#include <QList>
#include <QString>

namespace core::render {

/// One problem found before a chart is exported. The command line prints findings as
/// warnings, or as errors with --strict; the export dialog lists them.
struct Finding
{
    enum class Kind {
        MissingTitle,
        MissingSource,
        MissingYear,
        MissingUnit,
        TextTooSmall,
        ColoursTooClose,
        TruncatedText,
        UnflaggedMethod ///< a computed or estimated value not marked as such in the image
    };
    Kind kind = Kind::MissingTitle;
    QString chartId;
    QString message; ///< translated, names the chart and what to fix
};

/// Smallest ΔE (CIE76, in Lab) between two colours as seen with normal vision and by
/// protanopes, deuteranopes and tritanopes (Viénot/Brettel simulation in linear RGB).
[[nodiscard]] double colourBlindDistance(const QColor &a, const QColor &b);
/// Below this ΔE two colours side by side are hard to tell apart.
inline constexpr double kMinimumColourDistance = 12.0;

/// Checks a chart before it is written at `options` in `format`: title, source, year and unit
/// present (source and year only when there are data); no "…" in a source, credit, note or
/// value detail (provenance is never shortened); the smallest text of the composed chart at
/// least the preset's minimum relative size (`options.minTextSize`), 12 px in a PNG and 7 pt
/// in a PDF or SVG (at 96 px per inch); its colours apart for colour-blind readers (`colours`
/// overrides the chart's own, for tests and custom palettes).
/// The smallest text size (logical pixels) in a composed chart.
[[nodiscard]] qreal smallestTextSize(const ChartScene &chart);

[[nodiscard]] QList<Finding> checkChart(const charts::ChartSpec &spec, const RenderOptions &options,
                                        FileFormat format, const QList<QColor> &colours = {});
/// As checkChart(), on an already composed chart (the press kit checks what it writes).
[[nodiscard]] QList<Finding> checkScene(const ChartScene &chart, FileFormat format,
                                        const QList<QColor> &colours = {});

} // namespace core::render
