// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/factsheet.h"

#include "core/charts/chartbuilder.h"
#include "core/charts/communemap.h"
#include "core/format/french.h"
#include "core/indicators/wording.h"
#include "core/render/chartexporter.h"
#include "core/render/chartscene.h"
#include "core/render/kitplan.h"
#include "core/render/textblock.h"
#include "core/workspace.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace core::render {

namespace {

// The page is A4 portrait drawn at kDpi pixels per inch (the PDF writer's resolution): lengths
// below are in those pixels (40 px ≈ 10.6 mm), font sizes in points (1 pt = kDpi / 72 px).
constexpr qreal kDpi = 96;
constexpr qreal kPageWidth = 210.0 / 25.4 * kDpi;
constexpr qreal kPageHeight = 297.0 / 25.4 * kDpi;
constexpr qreal kMargin = 40; ///< left and right
constexpr qreal kBottomMargin = 34;
constexpr qreal kAccentBandHeight = 8; ///< the coloured band across the top edge
constexpr qreal kHeadingTop = 34;

// Heading: title, then "Fiche territoire · byline · édition du …".
constexpr qreal kTitlePt = 21;
constexpr qreal kEditionPt = 10.5;
constexpr qreal kGapAfterTitle = 4;
constexpr qreal kGapAfterHeading = 16;
// The logo, as on the charts: top right at the title's height, at most a quarter of the text
// width and kLogoMaxHeight high, embedded at kLogoDpi at most (not at its file's size).
constexpr qreal kLogoWidthShare = 4; ///< text width / kLogoWidthShare
constexpr qreal kLogoMaxHeight = 56;
constexpr qreal kLogoDpi = 300;
constexpr qreal kLogoGap = 24; ///< between the heading's text and the logo
constexpr qreal kGapBelowLogo = 16;

// Key figures: kKeyColumns columns, each with an accent rule on its left.
constexpr int kKeyColumns = 3;
constexpr qreal kKeyColumnGap = 16;
constexpr qreal kKeyRuleWidth = 4;
constexpr qreal kKeyTextIndent = 12; ///< from the rule's left edge to the text
constexpr qreal kKeyNumberPt = 30;
constexpr qreal kKeyInheritedNumberPt = 18; ///< a wider level's figure, named before it
constexpr qreal kKeyLabelPt = 10.5;
constexpr qreal kKeyDetailPt = 9;
constexpr qreal kGapAfterKeyLabel = 2;
constexpr qreal kGapAfterKeyFigures = 18;

// Charts and sources: the two charts share the height the sources block leaves.
constexpr qreal kMinChartHeight = 240;
constexpr qreal kChartGap = 10; ///< below each chart
constexpr qreal kChartsToSourcesGap = 12; ///< kept free when sharing the height
constexpr qreal kGapBeforeSources = 2;
constexpr qreal kChartMinTextPt = 7.5; ///< nothing in a chart under 7 pt on the page
constexpr qreal kSourcesHeadingPt = 9.75;
constexpr qreal kSourcesPt = 9;
constexpr qreal kGapAfterSourcesHeading = 4;

const QColor kInk(0x1f, 0x23, 0x28);
const QColor kMuted(0x5b, 0x63, 0x6e);
const QColor kAccent(0x00, 0x72, 0xB2);

constexpr qreal pixels(qreal points)
{
    return points * kDpi / 72;
}

QFont sheetFont(qreal points, bool bold = false)
{
    return textFont(chartFontFamily(), pixels(points), bold);
}

/// Draws `text` at (`x`, `top`) wrapped to `width` (at spaces only; accents keep their ink);
/// returns its height.
qreal drawText(QPainter &painter, const QString &text, const QFont &font, const QColor &color,
               qreal x, qreal top, qreal width)
{
    TextBlock block(format::typography(text), font, color, width);
    painter.save();
    painter.translate(x, top);
    block.paint(&painter, nullptr, nullptr);
    painter.restore();
    return block.height();
}

/// The text width between the margins.
constexpr qreal kTextWidth = kPageWidth - 2 * kMargin;

void cite(QStringList &sources, const QString &citation)
{
    if (!citation.isEmpty() && !sources.contains(citation))
        sources << citation;
}

} // namespace

FactSheet::FactSheet(const Workspace &workspace, const KitPlanner &planner, QDateTime edition)
    : m_workspace(workspace)
    , m_planner(planner)
    , m_edition(std::move(edition))
{
}

QByteArray FactSheet::pdf(const QString &code, const FileMetadata &meta) const
{
    pinHashSeed();
    const QString name = m_workspace.territories().nameOf(code);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QStringList sources; // one list of every source the page quotes, in order
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(
                tr("The ESS %1: fact sheet", "%1: the territory with its preposition (in Nord)")
                        .arg(format::locative(code, name)));
        writer.setCreator(QStringLiteral("ESS dashboard (PHARE)"));
        writer.setResolution(int(kDpi));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        QPainter painter(&writer);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const qreal top = drawHeading(painter, code);
        const qreal chartsTop = drawKeyFigures(painter, code, top, sources);
        drawChartsAndSources(painter, code, chartsTop, sources);
        painter.end();
    }
    XmpFields fields;
    fields.title = tr("The ESS %1: fact sheet", "%1: the territory with its preposition (in Nord)")
                           .arg(format::locative(code, name));
    fields.creator = meta.author;
    fields.description = tr("Key figures, charts and sources of the social and solidarity "
                            "economy in %1")
                                 .arg(name);
    fields.altText = fields.description;
    fields.credit = meta.author;
    fields.source = format::semicolonList(sources);
    fields.rights = tr("© %1 %2. Figures: %3")
                            .arg(meta.author)
                            .arg(m_edition.date().year())
                            .arg(fields.source);
    fields.date = m_edition.toString(Qt::ISODate);
    fields.keywords = QStringList { QStringLiteral("ESS"), name, code, tr("fact sheet") };
    auto finished = finishPdf(bytes, fields, meta);
    return finished ? finished.value() : bytes;
}

qreal FactSheet::drawHeading(QPainter &painter, const QString &code) const
{
    const PressKitOptions &options = m_planner.options();
    const QString name = m_workspace.territories().nameOf(code);
    painter.fillRect(QRectF(0, 0, kPageWidth, kAccentBandHeight), kAccent);
    qreal y = kHeadingTop;
    qreal headWidth = kTextWidth;
    qreal logoBottom = y;
    if (!options.logo.isNull()) {
        const QSizeF box = QSizeF(options.logo.size())
                                   .scaled(QSizeF(kTextWidth / kLogoWidthShare, kLogoMaxHeight),
                                           Qt::KeepAspectRatio);
        const QSize logoPixels = (box * kLogoDpi / kDpi).toSize().boundedTo(options.logo.size());
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(
                QRectF(QPointF(kMargin + kTextWidth - box.width(), y), box),
                options.logo.scaled(logoPixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        painter.restore();
        headWidth -= box.width() + kLogoGap;
        logoBottom = y + box.height() + kGapBelowLogo;
    }
    y += drawText(painter,
                  tr("The ESS %1", "%1: the territory with its preposition (in Nord)")
                          .arg(format::locative(code, name)),
                  sheetFont(kTitlePt, true), kInk, kMargin, y, headWidth)
            + kGapAfterTitle;
    y += drawText(painter,
                  tr("Fact sheet · %1 · edition of %2")
                          .arg(options.byline, format::longDate(m_edition.date())),
                  sheetFont(kEditionPt), kMuted, kMargin, y, headWidth)
            + kGapAfterHeading;
    return std::max(y, logoBottom);
}

/// A key figure of the sheet: indicator, scope, and what to say when it is missing.
struct FactSheet::KeySlot
{
    QString id;
    QString scope;
    QString label;
};

qreal FactSheet::drawKeyFigures(QPainter &painter, const QString &code, qreal top,
                                QStringList &sources) const
{
    // The number, what it is, year, method and (below) the source.
    const QList<KeySlot> keys {
        { QStringLiteral("employment_share"), QStringLiteral("ess"), tr("of salaried jobs") },
        { QStringLiteral("establishment_share"), QStringLiteral("ess"), tr("of establishments") },
        { QStringLiteral("avg_employees"), QStringLiteral("ess"),
          tr("employees per ESS structure") },
    };
    const qreal boxWidth = (kTextWidth - (kKeyColumns - 1) * kKeyColumnGap) / kKeyColumns;
    qreal bottom = top;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const qreal x = kMargin + i * (boxWidth + kKeyColumnGap);
        const qreal y =
                drawKeyFigure(painter, code, keys.at(i), QPointF(x, top), boxWidth, sources);
        painter.fillRect(QRectF(x, top, kKeyRuleWidth, y - top), kAccent);
        bottom = std::max(bottom, y);
    }
    return bottom + kGapAfterKeyFigures;
}

qreal FactSheet::drawKeyFigure(QPainter &painter, const QString &code, const KeySlot &slot,
                               QPointF topLeft, qreal boxWidth, QStringList &sources) const
{
    const TerritoryIndex &index = m_workspace.territories();
    const KeyFigure key = m_workspace.keyFigure(code, slot.id, slot.scope);
    const qreal textX = topLeft.x() + kKeyTextIndent;
    const qreal textWidth = boxWidth - kKeyTextIndent;
    qreal y = topLeft.y();
    if (!key.indicator)
        return y
                + drawText(painter, tr("%1: not available").arg(slot.label), sheetFont(kKeyLabelPt),
                           kMuted, textX, y, textWidth);
    const indicators::Indicator &ind = *key.indicator;
    // An inherited figure names its territory on the same line as the number, in grey.
    QString number = indicators::valueText(ind);
    QFont numberFont = sheetFont(kKeyNumberPt, true);
    QColor numberColour = kAccent;
    if (key.inherited) {
        const Territory *owner = index.find(ind.territoryCode);
        number = tr("%1: %2").arg(owner ? owner->displayName() : ind.territoryCode, number);
        numberFont = sheetFont(kKeyInheritedNumberPt, true);
        numberColour = kMuted;
    }
    y += drawText(painter, number, numberFont, numberColour, textX, y, textWidth);
    // What the number counts, as published ("de l'emploi", "salariés par structure").
    QString label = indicators::statement(ind);
    label.remove(0, indicators::valueText(ind).size());
    y += drawText(painter, label.trimmed().isEmpty() ? slot.label : label.trimmed(),
                  sheetFont(kKeyLabelPt, true), kInk, textX, y, textWidth)
            + kGapAfterKeyLabel;
    const charts::ChartBuilder builder(m_workspace);
    const QString citation =
            ind.sources.isEmpty() ? QString() : builder.citation(ind.sources.first().id);
    cite(sources, citation);
    QString detail = indicators::yearAndMethod(ind);
    if (!citation.isEmpty())
        detail += QStringLiteral(" · ") + citation;
    if (key.inherited)
        detail += u'\n'
                + tr("Level: %1 (no figure of its own for %2)")
                          .arg(index.nameOf(ind.territoryCode), index.nameOf(code));
    if (ind.comparison) {
        const QString regionalCitation = builder.citation(ind.comparison->source.id);
        detail += u'\n'
                + tr("Beside it, %1 (%2)")
                          .arg(indicators::comparisonText(
                                       ind, index.nameOf(ind.comparison->territoryCode)),
                               regionalCitation);
        cite(sources, regionalCitation);
    }
    return y + drawText(painter, detail, sheetFont(kKeyDetailPt), kMuted, textX, y, textWidth);
}

QStringList FactSheet::chartIds(const QString &code) const
{
    // The commune map takes the second place when there is one: an ESS indicator per commune
    // when an import gives one, else the population density.
    QString second = QStringLiteral("ess-vs-rest");
    QString density;
    for (const QString &id : m_planner.chartIds()) {
        if (!id.startsWith(charts::kCommuneMapId) || !m_planner.chart(code, id).hasData())
            continue;
        if (id.endsWith(u":density"))
            density = id;
        else if (!id.endsWith(u":population") && second == u"ess-vs-rest")
            second = id;
    }
    if (second == u"ess-vs-rest" && !density.isEmpty())
        second = density;
    return { QStringLiteral("jobs-share"), second };
}

void FactSheet::drawChartsAndSources(QPainter &painter, const QString &code, qreal top,
                                     QStringList &sources) const
{
    // Two charts, drawn by the same scene as every file, without their own source lines: the
    // page has one sources block.
    const QStringList ids = chartIds(code);
    for (const QString &id : ids)
        for (const QString &c : m_planner.chart(code, id).sourceCitations)
            cite(sources, c);
    const QString sourcesText = sources.join(u'\n') + u'\n'
            + tr("Method, licences and disagreements between sources: "
                 "methodologie.md in this press kit.");
    const qreal sourcesHeight = QFontMetricsF(sheetFont(kSourcesHeadingPt, true)).lineSpacing()
            + kGapAfterSourcesHeading
            + TextBlock(sourcesText, sheetFont(kSourcesPt), kMuted, kTextWidth).height();
    const qreal chartHeight = std::max<qreal>(
            kMinChartHeight,
            (kPageHeight - kBottomMargin - sourcesHeight - kChartsToSourcesGap - top) / 2
                    - kChartGap);
    RenderOptions options;
    options.byline = QString();
    options.showSource = false;
    options.minTextSize = pixels(kChartMinTextPt);
    qreal y = top;
    for (const QString &id : ids) {
        options.size = QSizeF(kTextWidth, chartHeight);
        const ChartScene scene(m_planner.chart(code, id), options);
        renderForPdf(scene, &painter, QRectF(kMargin, y, kTextWidth, chartHeight));
        y += chartHeight + kChartGap;
    }
    y += kGapBeforeSources;
    y += drawText(painter, tr("Sources"), sheetFont(kSourcesHeadingPt, true), kInk, kMargin, y,
                  kTextWidth)
            + kGapAfterSourcesHeading;
    drawText(painter, sourcesText, sheetFont(kSourcesPt), kMuted, kMargin, y, kTextWidth);
}

} // namespace core::render
