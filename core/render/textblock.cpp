// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/textblock.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace core::render {

QFont textFont(const QString &family, qreal pixelSize, bool bold)
{
    QFont f(family);
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferAntialias | QFont::NoFontMerging));
    f.setHintingPreference(QFont::PreferNoHinting);
    // Qt 6.4 has no QFont::setFeature(); any letter spacing turns liga/clig/dlig off in its
    // HarfBuzz shaping. 1/64 px (one QFixed unit) is invisible.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return f;
}

QStringList wrapText(const QString &text, const QFont &font, qreal width)
{
    const QFontMetricsF metrics(font);
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        if (width <= 0) {
            lines << paragraph;
            continue;
        }
        // "CAVM + CAPH" (and any "A + B", "A & B") is one unit: a line never ends or starts
        // with the sign. The text keeps its plain spaces (search and copy in PDF and SVG).
        QStringList words;
        bool glue = false;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            const bool sign = word == u"+" || word == u"&";
            if ((sign || glue) && !words.isEmpty())
                words.last() += u' ' + word;
            else
                words << word;
            glue = sign;
        }
        QString line;
        // Measuring the whole candidate line at each word is quadratic: the sum of the words'
        // advances decides when it is clearly inside or outside the width, and the line is
        // measured whole only near the edge (kerning makes the sum differ by a fraction of a
        // pixel), so the breaks stay those of the exact measure.
        const qreal space = metrics.horizontalAdvance(u' ');
        const qreal tolerance = 2.0 + 0.02 * width;
        qreal estimate = 0;
        for (const QString &word : words) {
            const qreal wordWidth = metrics.horizontalAdvance(word);
            if (line.isEmpty()) {
                line = word;
                estimate = wordWidth;
                continue;
            }
            const qreal candidateEstimate = estimate + space + wordWidth;
            bool fits = candidateEstimate <= width - tolerance;
            if (!fits && candidateEstimate < width + tolerance)
                fits = metrics.horizontalAdvance(line + u' ' + word) <= width;
            if (fits) {
                line += u' ' + word;
                estimate = candidateEstimate;
            } else {
                lines << line;
                line = word;
                estimate = wordWidth;
            }
        }
        lines << line;
    }
    return lines;
}

TextBlock::TextBlock(const QString &text, const QFont &font, const QColor &color, qreal width,
                     Qt::Alignment alignment)
    : m_text(text)
    , m_font(font)
    , m_color(color)
    , m_width(width)
    , m_alignment(alignment)
{
    const QFontMetricsF metrics(m_font);
    m_lines = wrapText(text, m_font, width);
    m_ascent = metrics.ascent();
    m_lineSpacing = metrics.lineSpacing();
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QString &line = m_lines.at(i);
        const qreal advance = metrics.horizontalAdvance(line);
        m_naturalWidth = std::max(m_naturalWidth, advance);
        qreal x = 0;
        if (width > 0 && (alignment & Qt::AlignRight))
            x = width - advance;
        else if (width > 0 && (alignment & Qt::AlignHCenter))
            x = (width - advance) / 2;
        m_lineX << x;
        if (!line.trimmed().isEmpty())
            m_ink |= metrics.tightBoundingRect(line).translated(x, m_ascent + i * m_lineSpacing);
    }
}

QPointF TextBlock::lineOrigin(qsizetype i) const
{
    return QPointF(m_lineX.value(i), m_ascent + qreal(i) * m_lineSpacing);
}

qreal TextBlock::height() const
{
    return m_lines.size() * m_lineSpacing;
}

qreal TextBlock::naturalWidth() const
{
    return m_naturalWidth;
}

QRectF TextBlock::boundingRect() const
{
    // The ink may pass the layout box (É above the ascent): both, with a pixel for antialiasing.
    const QRectF layout(0, 0, std::max(m_width, m_naturalWidth), height());
    return layout.united(m_ink).adjusted(-1, -1, 1, 1);
}

void TextBlock::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setFont(m_font);
    const bool svg = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::SVG;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const QPointF origin = lineOrigin(i);
        if (svg && SvgGlyphSink::current()) {
            SvgGlyphSink::current()->add(m_font, m_lines.at(i), origin,
                                         painter->combinedTransform(), m_color);
            painter->setPen(QColor(0, 0, 0, 0));
        } else if (svg) {
            // Outlines for the eye, then the same words invisible for search and copy.
            QPainterPath path;
            path.addText(origin, m_font, m_lines.at(i));
            painter->fillPath(path, m_color);
            painter->setPen(QColor(0, 0, 0, 0));
        } else {
            painter->setPen(m_color);
        }
        painter->drawText(origin, m_lines.at(i));
    }
    painter->restore();
}

namespace {
thread_local SvgGlyphSink *t_sink = nullptr;
/// Glyph outlines are kept at this pixel size and scaled by each <use>.
constexpr qreal kGlyphSize = 64;

QByteArray svgNumber(qreal v)
{
    QByteArray s = QByteArray::number(v, 'f', 2);
    while (s.contains('.') && (s.endsWith('0') || s.endsWith('.')))
        s.chop(1);
    return s == "-0" ? QByteArray("0") : s;
}
/// The SVG path data of a glyph at kGlyphSize pixels; empty for a space.
QByteArray glyphOutline(const QRawFont &raw, quint32 glyph)
{
    const QPainterPath path = raw.pathForGlyph(glyph);
    QByteArray d;
    for (int e = 0; e < path.elementCount(); ++e) {
        const QPainterPath::Element el = path.elementAt(e);
        d += el.isMoveTo() ? "M" : el.isLineTo() ? "L" : el.isCurveTo() ? "C" : " ";
        d += svgNumber(el.x) + ' ' + svgNumber(el.y);
    }
    return d;
}
} // namespace

SvgGlyphSink::SvgGlyphSink()
    : m_previous(t_sink)
{
    t_sink = this;
}

SvgGlyphSink::~SvgGlyphSink()
{
    t_sink = m_previous;
}

SvgGlyphSink *SvgGlyphSink::current()
{
    return t_sink;
}

void SvgGlyphSink::add(const QFont &font, const QString &line, const QPointF &origin,
                       const QTransform &transform, const QColor &color)
{
    QTextLayout layout(line, font);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (!textLine.isValid()) {
        layout.endLayout();
        return;
    }
    textLine.setPosition(QPointF(0, 0));
    layout.endLayout();
    const QByteArray fill = color.name().toLatin1();
    for (const QGlyphRun &run : textLine.glyphRuns()) {
        QRawFont raw = run.rawFont();
        const qreal size = raw.pixelSize();
        raw.setPixelSize(kGlyphSize);
        const QString face = QStringLiteral("%1-%2-%3")
                                     .arg(raw.familyName(), raw.styleName())
                                     .arg(int(raw.weight()))
                                     .remove(u' ');
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const QString id = QStringLiteral("g-%1-%2").arg(face).arg(glyphs.at(i));
            auto known = m_defined.constFind(id);
            if (known == m_defined.constEnd()) {
                // Every SVG of a kit writes the same few hundred glyphs: each thread keeps
                // their outlines once written (the same font file gives the same text).
                thread_local QHash<QString, QByteArray> outlines;
                auto outline = outlines.constFind(id);
                if (outline == outlines.constEnd())
                    outline = outlines.insert(id, glyphOutline(raw, glyphs.at(i)));
                const QByteArray &d = outline.value();
                if (!d.isEmpty())
                    m_defs += "<path id=\"" + id.toLatin1() + "\" d=\"" + d + "Z\"/>\n";
                known = m_defined.insert(id, !d.isEmpty());
            }
            if (!known.value())
                continue; // the space has no outline
            const QPointF p(origin.x() + positions.at(i).x(),
                            origin.y() + positions.at(i).y() - textLine.ascent());
            const qreal s = size / kGlyphSize;
            const QTransform m = QTransform::fromScale(s, s)
                    * QTransform::fromTranslate(p.x(), p.y()) * transform;
            m_uses += "<use xlink:href=\"#" + id.toLatin1() + "\" fill=\"" + fill
                    + "\" transform=\"matrix(" + svgNumber(m.m11()) + ' ' + svgNumber(m.m12()) + ' '
                    + svgNumber(m.m21()) + ' ' + svgNumber(m.m22()) + ' ' + svgNumber(m.dx()) + ' '
                    + svgNumber(m.dy()) + ")\"/>\n";
        }
    }
}

QByteArray SvgGlyphSink::svg() const
{
    if (m_uses.isEmpty())
        return {};
    return "<defs>\n" + m_defs + "</defs>\n<g aria-hidden=\"true\">\n" + m_uses + "</g>\n";
}

} // namespace core::render
