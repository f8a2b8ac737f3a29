// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>

class QGraphicsScene;

namespace core::render {

/// Layout options shared by the screen and every exported file.
struct RenderOptions
{
    QSizeF size { 1200, 675 }; ///< logical size in pixels (a PNG is size × scale)
    qreal scale = 1.0;
    bool transparent = false;
    QString editionDate; ///< "27 novembre 2026"; empty: not printed
    QString byline; ///< empty: no byline (the app passes core::Defaults::byline)
    QImage logo; ///< optional, drawn top right at the title's height
    /// Smallest text in logical pixels (a preset's minimum relative size); 0: 14 type units.
    /// All text grows in proportion when the type unit alone would make it smaller.
    qreal minTextSize = 0;
    bool showSource = true; ///< false: no source line (a page that lists its sources once)
};

/// Text sizes of the composition in logical pixels at type unit 1 (1200 × 675).
inline constexpr qreal kSmallestTextSize = 14.0;

/// The type unit of a layout: 1 at 1200 × 675, growing with the smaller side.
[[nodiscard]] qreal typeUnit(const QSizeF &size);
/// The unit of text sizes: the type unit, enlarged so that the smallest text (14 units) is at
/// least `options.minTextSize`.
[[nodiscard]] qreal textUnit(const RenderOptions &options);
/// The colours a chart puts side by side (bars, highlight, rest), for the colour check.
[[nodiscard]] QList<QColor> chartColors(const charts::ChartSpec &spec);

/// The Okabe–Ito colour-blind-safe palette, in the order the charts use it.
[[nodiscard]] QColor paletteColor(int index);
/// Family of the font shipped in resources/fonts (loaded once); used for every chart.
[[nodiscard]] QString chartFontFamily();
/// The shipped font at a pixel size, unhinted and antialiased, as every chart text uses it.
[[nodiscard]] QFont chartFont(qreal pixelSize, bool bold = false);

/// A chart composed as in the press: title, subtitle, the Qt Charts plot (values written on
/// the marks), notes, source line and edition line. The scene is what the screen shows and
/// what files are rendered from. Any thread: scenes are made and destroyed under a process-wide
/// lock and drawn in parallel; one scene is used by one thread at a time.
class ChartScene final
{
public:
    ChartScene(const charts::ChartSpec &spec, const RenderOptions &options);
    ~ChartScene();
    ChartScene(const ChartScene &) = delete;
    ChartScene &operator=(const ChartScene &) = delete;

    [[nodiscard]] QGraphicsScene *scene() const;
    [[nodiscard]] const charts::ChartSpec &spec() const;
    [[nodiscard]] const RenderOptions &options() const;
    /// The spec as drawn: when a bar's detail could not sit beside it, the details became
    /// numbered notes ("(1) …") and the values carry the numbers.
    [[nodiscard]] const charts::ChartSpec &drawnSpec() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace core::render
