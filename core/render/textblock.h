// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace core::render {

/// Chart font settings shared by scenes and the fact sheet: no hinting, and ligatures off (a
/// letter spacing of 1/64 px makes Qt's shaper drop "liga"), so that the "ti"/"tt" glyphs of
/// Lato never reach a PDF, whose text layer would then read "édi on".
[[nodiscard]] QFont textFont(const QString &family, qreal pixelSize, bool bold = false);

/// Greedy word wrap at spaces only (never inside "Hauts-de-France"): the lines of `text` that
/// fit `width` in `font`; "\n" starts a paragraph; width <= 0: one line per paragraph.
[[nodiscard]] QStringList wrapText(const QString &text, const QFont &font, qreal width);

/// A block of text in a chart scene, laid out by wrapText(). Its bounding rectangle holds the
/// real ink (accented capitals above the ascent, cedillas below the descent), so no painter
/// ever clips it; height() is the typographic height used for layout. Drawn as text in PNG and
/// PDF; in SVG as glyph outlines (so a viewer without Lato draws the same shapes) under an
/// invisible copy of the text (so it can still be searched, selected and read). GUI thread.
class TextBlock final : public QGraphicsItem
{
public:
    TextBlock(const QString &text, const QFont &font, const QColor &color, qreal width = 0,
              Qt::Alignment alignment = Qt::AlignLeft);

    [[nodiscard]] QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Lines times the line spacing: what the layout reserves.
    [[nodiscard]] qreal height() const;
    /// The widest line's advance (<= width when one was given and every word fits).
    [[nodiscard]] qreal naturalWidth() const;
    /// The ink of every line, in item coordinates.
    [[nodiscard]] QRectF inkRect() const { return m_ink; }
    [[nodiscard]] const QStringList &lines() const { return m_lines; }
    /// Where line `i` starts: its left end on the baseline, in item coordinates.
    [[nodiscard]] QPointF lineOrigin(qsizetype i) const;
    [[nodiscard]] const QFont &font() const { return m_font; }
    [[nodiscard]] QColor color() const { return m_color; }
    [[nodiscard]] QString text() const { return m_text; }

private:
    QString m_text;
    QFont m_font;
    QColor m_color;
    qreal m_width = 0;
    Qt::Alignment m_alignment;
    QStringList m_lines;
    QList<qreal> m_lineX;
    qreal m_ascent = 0;
    qreal m_lineSpacing = 0;
    qreal m_naturalWidth = 0;
    QRectF m_ink;
};

/// Collects the glyphs TextBlocks paint while a scene is rendered to SVG on this thread, and
/// writes them as outlines: each glyph's path once in <defs>, then one <use> per glyph. Lives
/// on the stack around the SVG painting; without one, TextBlock fills plain paths.
class SvgGlyphSink final
{
public:
    SvgGlyphSink();
    ~SvgGlyphSink();
    SvgGlyphSink(const SvgGlyphSink &) = delete;
    SvgGlyphSink &operator=(const SvgGlyphSink &) = delete;

    [[nodiscard]] static SvgGlyphSink *current();
    /// The glyphs of `line` in `font` from its baseline `origin`, mapped by `transform`.
    void add(const QFont &font, const QString &line, const QPointF &origin,
             const QTransform &transform, const QColor &color);
    /// "<defs>…</defs><g>…</g>", to go last in the <svg> element.
    [[nodiscard]] QByteArray svg() const;

private:
    QByteArray m_defs;
    QByteArray m_uses;
    QHash<QString, bool> m_defined; ///< glyph id -> has an outline
    SvgGlyphSink *m_previous = nullptr;
};

} // namespace core::render
