// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/chartscene.h"

#include "core/format/french.h"
#include "core/render/mapscene.h"
#include "core/render/textblock.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QMutex>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace core::render {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartScene)
};

const QColor kInk(0x1f, 0x23, 0x28);
const QColor kMuted(0x5b, 0x63, 0x6e);
const QColor kGrid(0xdd, 0xe1, 0xe6);
const QColor kAccent(0x00, 0x72, 0xB2); // Okabe–Ito blue
const QColor kRest(0xc4, 0xcb, 0xd3); // the rest of the economy: neutral grey

QFont font(qreal pixelSize, bool bold = false)
{
    return chartFont(pixelSize, bold);
}

TextBlock *addText(QGraphicsScene *scene, const QString &text, const QFont &f, const QColor &color,
                   qreal x, qreal y, qreal width = 0, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto *item = new TextBlock(format::typography(text), f, color, width, alignment);
    item->setPos(x, y);
    scene->addItem(item);
    return item;
}

/// "(1)" for the numbered notes that carry details too long to sit beside their bar.
QString noteMark(int n)
{
    return QStringLiteral("(%1)").arg(n);
}

/// The range part of a bar: the published low–high span, lighter than the bar.
QColor rangeColor()
{
    return QColor(0x00, 0x72, 0xB2).lighter(170);
}
} // namespace

QColor paletteColor(int index)
{
    static const QColor colors[] = {
        QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00),
        QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00),
    };
    return colors[std::abs(index) % 8];
}

qreal typeUnit(const QSizeF &size)
{
    return std::min(size.width() / 1200.0, size.height() / 675.0);
}

qreal textUnit(const RenderOptions &options)
{
    const qreal u = typeUnit(options.size);
    return std::max(u, options.minTextSize / kSmallestTextSize);
}

QList<QColor> chartColors(const charts::ChartSpec &spec)
{
    switch (spec.kind) {
    case charts::ChartKind::KeyFigure:
        return { kAccent };
    case charts::ChartKind::StackedPercent:
        return { paletteColor(0), kRest };
    case charts::ChartKind::Map:
        return mapColors(spec);
    case charts::ChartKind::Columns:
    case charts::ChartKind::HorizontalBars:
        break;
    }
    QList<QColor> colors { paletteColor(0) };
    if (std::any_of(spec.values.cbegin(), spec.values.cend(),
                    [](const charts::ChartValue &v) { return v.highlight; }))
        colors << paletteColor(1);
    if (std::any_of(spec.values.cbegin(), spec.values.cend(),
                    [](const charts::ChartValue &v) { return v.reference && !v.highlight; }))
        colors << paletteColor(2);
    return colors;
}

QFont chartFont(qreal pixelSize, bool bold)
{
    return textFont(chartFontFamily(), pixelSize, bold);
}

QString chartFontFamily()
{
    // Charts always use the font shipped in resources/fonts, so a file looks the same on any
    // machine, including one without any system font.
    static const QString family = [] {
        QString name;
        for (const char *file : { ":/fonts/Lato-Regular.ttf", ":/fonts/Lato-Bold.ttf" }) {
            const int id = QFontDatabase::addApplicationFont(QString::fromLatin1(file));
            if (id >= 0 && name.isEmpty())
                name = QFontDatabase::applicationFontFamilies(id).value(0);
        }
        return name.isEmpty() ? QStringLiteral("Sans Serif") : name;
    }();
    return family;
}

namespace {
/// An image drawn at a logical size: QImage, not QPixmap, so that scenes compose on any
/// thread (the press kit composes on its thread pool).
class ImageItem final : public QGraphicsItem
{
public:
    ImageItem(QImage image, const QSizeF &size)
        : m_image(std::move(image))
        , m_size(size)
    {
    }
    [[nodiscard]] QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->save();
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(boundingRect(), m_image);
        painter->restore();
    }

private:
    QImage m_image;
    QSizeF m_size;
};
/// A QGraphicsScene adds itself to a list of QApplication's when it is made and removes itself
/// when it is destroyed, without a lock (QGraphicsScenePrivate::init(), ~QGraphicsScene()):
/// the one step of a scene that is not thread-safe (scenes made at once on the press kit's
/// threads corrupted the heap). Both steps happen under this mutex. Between them a scene is
/// filled, drawn and checked on its own thread without it: its items, its index and the
/// painter are its own, and the update events it posts go to its thread's queue, which Qt
/// locks.
QMutex &sceneListMutex()
{
    static QMutex mutex;
    return mutex;
}

struct SceneDeleter
{
    void operator()(QGraphicsScene *scene) const
    {
        const QMutexLocker lock(&sceneListMutex());
        delete scene;
    }
};
} // namespace

struct ChartScene::Impl
{
    charts::ChartSpec spec;
    charts::ChartSpec drawn;
    RenderOptions options;
    std::unique_ptr<QGraphicsScene, SceneDeleter> scene;
    qreal u = 1; ///< spacing unit
    qreal t = 1; ///< text unit (>= u when the preset asks for larger text)

    /// Composes the scene; false when a bar's detail did not fit beside it.
    bool build(bool detailsAsNotes);
    bool layoutBars(qreal top, qreal bottom, bool detailsAsNotes);
    void layoutKeyFigure(qreal top, qreal bottom);
    void layoutStacked(qreal top, qreal bottom);
    void layoutColumns(qreal top, qreal bottom);
};

ChartScene::ChartScene(const charts::ChartSpec &spec, const RenderOptions &options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->spec = spec;
    m_impl->options = options;
    // Details beside the bars when they fit (wrapped on two lines at most), else numbered notes.
    if (!m_impl->build(false))
        m_impl->build(true);
}

ChartScene::~ChartScene() = default;

QGraphicsScene *ChartScene::scene() const
{
    return m_impl->scene.get();
}

const charts::ChartSpec &ChartScene::spec() const
{
    return m_impl->spec;
}

const charts::ChartSpec &ChartScene::drawnSpec() const
{
    return m_impl->drawn;
}

const RenderOptions &ChartScene::options() const
{
    return m_impl->options;
}

bool ChartScene::Impl::build(bool detailsAsNotes)
{
    drawn = spec;
    const qreal w = options.size.width();
    const qreal h = options.size.height();
    scene.reset(); // a first composition whose details did not fit
    {
        const QMutexLocker lock(&sceneListMutex());
        scene.reset(new QGraphicsScene(0, 0, w, h));
        // No BSP index: its update timer must not outlive a press-kit task on a pool thread (a
        // scene of a few hundred items is drawn as fast without it).
        scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    }
    // One type unit: 1 at 1200 × 675, growing with the smaller side so text keeps its size
    // relative to the image; text may be larger still (a preset's minimum relative size).
    u = typeUnit(options.size);
    t = textUnit(options);
    const qreal margin = 40 * u;
    qreal inner = w - 2 * margin;

    const bool bars = spec.kind == charts::ChartKind::HorizontalBars
            || spec.kind == charts::ChartKind::Columns;
    if (detailsAsNotes && bars) {
        int n = 0;
        for (charts::ChartValue &v : drawn.values) {
            if (v.detail.isEmpty())
                continue;
            drawn.notes << QStringLiteral("%1 %2").arg(noteMark(++n), v.detail);
            v.text += format::kNarrowNbsp + noteMark(n);
            v.detail.clear();
        }
    }
    // Notes say what is drawn, and only that: the orange bar when one is drawn, the light part
    // of a bar when a published range is drawn.
    if (bars && drawn.hasData()) {
        const auto drawnValue = [](const charts::ChartValue &v) {
            return v.value || (v.low && v.high);
        };
        if (spec.kind == charts::ChartKind::HorizontalBars
            && std::any_of(
                    drawn.values.cbegin(), drawn.values.cend(),
                    [&](const charts::ChartValue &v) { return v.highlight && drawnValue(v); }))
            drawn.notes << Tr::tr("In orange and bold: the selected territory.");
        if (std::any_of(drawn.values.cbegin(), drawn.values.cend(),
                        [](const charts::ChartValue &v) { return !v.value && v.low && v.high; }))
            drawn.notes << Tr::tr("Light part of a bar: the range published (low to high).");
    }

    auto *bg = scene->addRect(0, 0, w, h, Qt::NoPen,
                              options.transparent ? QBrush(Qt::transparent) : QBrush(Qt::white));
    bg->setZValue(-10);
    scene->addRect(0, 0, w, 8 * u, Qt::NoPen, kAccent);

    qreal y = margin;
    if (!options.logo.isNull()) {
        // At the title's height, never wider than a quarter of the chart (a wide banner
        // would leave no room for the title).
        QSizeF box = QSizeF(options.logo.size()).scaled(QSizeF(w / 4, 56 * u), Qt::KeepAspectRatio);
        auto *item =
                new ImageItem(options.logo.scaled((box * options.scale).toSize(),
                                                  Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                              box);
        scene->addItem(item);
        item->setPos(w - margin - box.width(), y);
        inner -= box.width() + 24 * u;
    }
    auto *title = addText(scene.get(), drawn.title, font(34 * t, true), kInk, margin, y, inner);
    y += title->height() + 6 * u;
    if (!drawn.subtitle.isEmpty()) {
        auto *sub = addText(scene.get(), drawn.subtitle, font(20 * t), kMuted, margin, y, inner);
        y += sub->height();
    }
    y += 18 * u;
    inner = w - 2 * margin;

    // Footer from the bottom up: edition line, source line, notes. The source line is never
    // shortened: it wraps.
    qreal bottom = h - margin * 0.75;
    QString edition = options.byline;
    if (!options.editionDate.isEmpty())
        edition = options.byline.isEmpty()
                ? Tr::tr("Edition of %1").arg(options.editionDate)
                : Tr::tr("%1 · edition of %2").arg(options.byline, options.editionDate);
    const QFont editionFont = font(14 * t);
    const qreal editionWidth = QFontMetricsF(editionFont).horizontalAdvance(edition);
    const QString source =
            drawn.sourceLine.isEmpty() ? Tr::tr("Source: not available") : drawn.sourceLine;
    if (!options.showSource) {
        if (!edition.isEmpty()) {
            auto *ed = addText(scene.get(), edition, editionFont, kMuted, margin, 0, inner,
                               Qt::AlignRight);
            bottom -= ed->height();
            ed->setY(bottom);
        }
    } else if (auto *src = addText(scene.get(), source, font(15 * t, true), kInk, margin, 0,
                                   inner - editionWidth - 24 * u);
               src->lines().size() > 2 && inner > editionWidth) {
        // The edition sits right of the source's last line when there is room, else below it.
        delete src;
        src = addText(scene.get(), source, font(15 * t, true), kInk, margin, 0, inner);
        auto *ed = addText(scene.get(), edition, editionFont, kMuted, margin, 0, inner,
                           Qt::AlignRight);
        bottom -= ed->height();
        ed->setY(bottom);
        bottom -= src->height();
        src->setY(bottom);
    } else {
        auto *ed = addText(scene.get(), edition, editionFont, kMuted, margin, 0, inner,
                           Qt::AlignRight);
        bottom -= std::max(src->height(), ed->height());
        src->setY(bottom);
        ed->setY(bottom + src->height() - ed->height());
    }
    bottom -= 6 * u;
    if (!drawn.notes.isEmpty()) {
        auto *notes = addText(scene.get(), drawn.notes.join(u'\n'), font(14 * t), kMuted, margin, 0,
                              inner);
        bottom -= notes->height();
        notes->setY(bottom);
        bottom -= 10 * u;
    }
    scene->addLine(margin, bottom, w - margin, bottom, QPen(kGrid, std::max<qreal>(1, u)));
    bottom -= 10 * u;

    if (!drawn.hasData()) {
        auto *empty = addText(scene.get(), drawn.emptyMessage, font(24 * t), kMuted, margin, 0,
                              inner, Qt::AlignHCenter);
        empty->setY((y + bottom - empty->height()) / 2);
        return true;
    }
    switch (drawn.kind) {
    case charts::ChartKind::KeyFigure:
        layoutKeyFigure(y, bottom);
        return true;
    case charts::ChartKind::StackedPercent:
        layoutStacked(y, bottom);
        return true;
    case charts::ChartKind::Columns:
        layoutColumns(y, bottom);
        return true;
    case charts::ChartKind::HorizontalBars:
        return layoutBars(y, bottom, detailsAsNotes);
    case charts::ChartKind::Map:
        layoutMap(*scene, drawn, options, y, bottom, u);
        return true;
    }
    return true;
}

void ChartScene::Impl::layoutKeyFigure(qreal top, qreal bottom)
{
    const qreal margin = 40 * u;
    const qreal inner = options.size.width() - 2 * margin;
    const charts::ChartValue &v = drawn.values.first();
    auto *big = addText(scene.get(), v.text, font(150 * t, true), kAccent, margin, 0, inner);
    auto *label = addText(scene.get(), v.category, font(34 * t, true), kInk, margin, 0, inner);
    auto *detail = addText(scene.get(), v.detail, font(20 * t), kMuted, margin, 0, inner);
    const qreal total = big->height() + label->height() + detail->height();
    qreal y = top + std::max<qreal>(0, (bottom - top - total) / 2);
    big->setY(y);
    y += big->height();
    label->setY(y);
    y += label->height();
    detail->setY(y);
}

namespace {
/// Category labels right-aligned in a column of at most `maxWidth`, wrapped at spaces.
qreal categoryColumn(const QList<charts::ChartValue> &values, const QFont &regular,
                     const QFont &bold, qreal maxWidth)
{
    qreal width = 0;
    for (const charts::ChartValue &v : values) {
        const QFontMetricsF m(v.highlight ? bold : regular);
        for (const QString &line : wrapText(v.category, v.highlight ? bold : regular, maxWidth))
            width = std::max(width, m.horizontalAdvance(line));
    }
    return std::min(width, maxWidth);
}
} // namespace

bool ChartScene::Impl::layoutBars(qreal top, qreal bottom, bool detailsAsNotes)
{
    const qreal margin = 40 * u;
    const qreal w = options.size.width();
    const QList<charts::ChartValue> &values = drawn.values;
    const QFont categoryFont = font(17 * t);
    const QFont categoryBold = font(17 * t, true);
    const qreal categoryWidth =
            categoryColumn(values, categoryFont, categoryBold, (w - 2 * margin) * 0.34);
    const QRectF plot(margin + categoryWidth + 12 * u, top + 4 * u,
                      w - 2 * margin - categoryWidth - 12 * u, bottom - top - 8 * u);
    double maxValue = 0;
    for (const charts::ChartValue &v : values)
        maxValue = std::max(maxValue, v.value ? *v.value : v.high.value_or(v.low.value_or(0)));
    // Bars start at zero, on the axis line; headroom on the right for the values and details.
    const qreal xMax = maxValue > 0 ? maxValue * 1.55 : 1;
    const qsizetype n = std::max<qsizetype>(1, values.size());
    const qreal barStep = plot.height() / n;
    const qreal barHeight = barStep * 0.62;
    const QFont valueFont = font(19 * t, true);
    const QFont detailFont = font(14 * t);
    bool fits = true;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const charts::ChartValue &v = values.at(i);
        const qreal cy = plot.top() + (qreal(i) + 0.5) * barStep;
        const double start = v.value ? *v.value : v.low.value_or(0);
        const double end = v.value ? *v.value : v.high.value_or(start);
        // The reference territory ("Comparer avec") in green, also named "(reference)".
        const QColor color = v.highlight ? paletteColor(1)
                : v.reference            ? paletteColor(2)
                                         : paletteColor(0);
        const qreal x0 = plot.left();
        const qreal x1 = plot.left() + plot.width() * start / xMax;
        const qreal x2 = plot.left() + plot.width() * end / xMax;
        if (x1 > x0)
            scene->addRect(QRectF(x0, cy - barHeight / 2, x1 - x0, barHeight), Qt::NoPen, color);
        if (x2 > x1)
            scene->addRect(QRectF(x1, cy - barHeight / 2, x2 - x1, barHeight), Qt::NoPen,
                           v.highlight ? paletteColor(1).lighter(150) : rangeColor());

        // The category, centred on its bar; bold as well as orange for the selected territory.
        auto *category = addText(scene.get(), v.category, v.highlight ? categoryBold : categoryFont,
                                 kInk, margin, 0, categoryWidth, Qt::AlignRight);
        category->setY(cy - category->height() / 2);

        // Values written at the end of each bar (colour is never the only code), with what the
        // figure is beside it in grey.
        auto *label = addText(scene.get(), v.text, valueFont, v.value || v.low ? kInk : kMuted,
                              x2 + 8 * u, 0);
        label->setY(cy - label->height() / 2);
        if (v.detail.isEmpty())
            continue;
        const qreal detailX = label->x() + label->naturalWidth() + 10 * u;
        const qreal room = w - margin - detailX;
        const QStringList lines = wrapText(v.detail, detailFont, room);
        const qreal lineHeight = QFontMetricsF(detailFont).lineSpacing();
        bool tooWide = false;
        for (const QString &line : lines)
            tooWide = tooWide || QFontMetricsF(detailFont).horizontalAdvance(line) > room;
        if (!detailsAsNotes && (lines.size() > 2 || lines.size() * lineHeight > barStep || tooWide))
            fits = false;
        auto *detail = addText(scene.get(), v.detail, detailFont, kMuted, detailX, 0, room);
        detail->setY(cy - detail->height() / 2);
    }
    scene->addLine(plot.left(), plot.top(), plot.left(), plot.bottom(),
                   QPen(kInk, std::max<qreal>(1, u)));
    return fits;
}

void ChartScene::Impl::layoutStacked(qreal top, qreal bottom)
{
    const qreal margin = 40 * u;
    const qreal w = options.size.width();
    const QList<charts::ChartValue> &values = drawn.values;
    const QFont categoryFont = font(17 * t);
    const QFont categoryBold = font(17 * t, true);
    const qreal categoryWidth =
            categoryColumn(values, categoryFont, categoryBold, (w - 2 * margin) * 0.34);
    const QFont legendFont = font(15 * t);
    const qreal legendHeight = QFontMetricsF(legendFont).lineSpacing() + 10 * u;
    const QRectF plot(margin + categoryWidth + 12 * u, top + 4 * u,
                      w - 2 * margin - categoryWidth - 12 * u, bottom - top - 8 * u - legendHeight);

    // The legend says in words what each colour is, and both shares are written on the bars.
    qreal lx = plot.left();
    const qreal ly = plot.bottom() + 8 * u;
    for (const auto &[color, text] : { std::pair { paletteColor(0), Tr::tr("ESS") },
                                       std::pair { kRest, Tr::tr("Rest of the economy") } }) {
        auto *label = addText(scene.get(), text, legendFont, kInk, 0, ly);
        const qreal box = 0.8 * QFontMetricsF(legendFont).capHeight() + 4 * u;
        scene->addRect(lx, ly + label->height() / 2 - box / 2, box, box, Qt::NoPen, color);
        label->setX(lx + box + 6 * u);
        lx += box + 6 * u + label->naturalWidth() + 24 * u;
    }

    const qsizetype n = std::max<qsizetype>(1, values.size());
    const qreal barStep = plot.height() / n;
    const qreal barHeight = barStep * 0.6;
    const QFont valueFont = font(19 * t, true);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const charts::ChartValue &v = values.at(i);
        const double share = std::clamp(v.value.value_or(0), 0.0, 100.0);
        const qreal cy = plot.top() + (qreal(i) + 0.5) * barStep;
        const qreal essEnd = plot.left() + plot.width() * share / 100.0;
        if (!v.value) {
            // The chart's own territory without a figure: named, and said so, never drawn.
            auto *category =
                    addText(scene.get(), v.category, v.highlight ? categoryBold : categoryFont,
                            kInk, margin, 0, categoryWidth, Qt::AlignRight);
            category->setY(cy - category->height() / 2);
            auto *label = addText(scene.get(), v.text, valueFont, kMuted, plot.left() + 8 * u, 0);
            label->setY(cy - label->height() / 2);
            continue;
        }
        scene->addRect(QRectF(plot.left(), cy - barHeight / 2, essEnd - plot.left(), barHeight),
                       Qt::NoPen, paletteColor(0));
        scene->addRect(QRectF(essEnd, cy - barHeight / 2, plot.right() - essEnd, barHeight),
                       Qt::NoPen, kRest);
        auto *category = addText(scene.get(), v.category, v.highlight ? categoryBold : categoryFont,
                                 kInk, margin, 0, categoryWidth, Qt::AlignRight);
        category->setY(cy - category->height() / 2);
        auto *label = addText(scene.get(), v.text, valueFont, kInk, 0, 0);
        const qreal lw = label->naturalWidth();
        if (essEnd - plot.left() > lw + 16 * u) {
            delete label;
            label = addText(scene.get(), v.text, valueFont, Qt::white, plot.left() + 8 * u, 0);
        } else {
            label->setX(essEnd + 8 * u);
        }
        label->setY(cy - label->height() / 2);
        auto *restLabel =
                addText(scene.get(), format::percent(100 - share), font(17 * t), kInk, 0, 0);
        restLabel->setPos(plot.right() - restLabel->naturalWidth() - 8 * u,
                          cy - restLabel->height() / 2);
    }
    scene->addLine(plot.left(), plot.top(), plot.left(), plot.bottom(),
                   QPen(kInk, std::max<qreal>(1, u)));
}

void ChartScene::Impl::layoutColumns(qreal top, qreal bottom)
{
    const qreal margin = 40 * u;
    const qreal w = options.size.width();
    const QList<charts::ChartValue> &values = drawn.values;
    const qsizetype n = std::max<qsizetype>(1, values.size());
    const qreal step = (w - 2 * margin) / n;
    const QFont detailFont = font(14 * t);
    const QFont categoryFont = font(19 * t, true);
    const QFont valueFont = font(22 * t, true);
    // Details wrap under their column; the tallest sets the room left for the columns.
    qreal detailHeight = 0;
    for (const charts::ChartValue &v : values)
        if (!v.detail.isEmpty())
            detailHeight = std::max(detailHeight,
                                    wrapText(v.detail, detailFont, step - 8 * u).size()
                                            * QFontMetricsF(detailFont).lineSpacing());
    const qreal labelsHeight = QFontMetricsF(categoryFont).lineSpacing() + detailHeight + 16 * u;
    const qreal valueHeight = QFontMetricsF(valueFont).lineSpacing() + 6 * u;
    const QRectF plot(margin, top + 4 * u + valueHeight, w - 2 * margin,
                      bottom - top - 4 * u - valueHeight - labelsHeight);
    double maxValue = 0;
    for (const charts::ChartValue &v : values)
        maxValue = std::max(maxValue, v.value ? *v.value : v.high.value_or(v.low.value_or(0)));
    // Columns start at zero, on the baseline.
    const qreal yMax = maxValue > 0 ? maxValue : 1;
    const qreal columnWidth = step * 0.56;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const charts::ChartValue &v = values.at(i);
        const double start = v.value ? *v.value : v.low.value_or(0);
        const double end = v.value ? *v.value : v.high.value_or(start);
        const qreal cx = plot.left() + (qreal(i) + 0.5) * step;
        const qreal y1 = plot.bottom() - plot.height() * start / yMax;
        const qreal y2 = plot.bottom() - plot.height() * end / yMax;
        scene->addRect(QRectF(cx - columnWidth / 2, y1, columnWidth, plot.bottom() - y1), Qt::NoPen,
                       paletteColor(0));
        if (y2 < y1)
            scene->addRect(QRectF(cx - columnWidth / 2, y2, columnWidth, y1 - y2), Qt::NoPen,
                           rangeColor());
        auto *label = addText(scene.get(), v.text, valueFont, kInk, 0, 0);
        label->setPos(cx - label->naturalWidth() / 2, y2 - label->height() - 6 * u);
        auto *category = addText(scene.get(), v.category, categoryFont, kInk, 0, 0);
        category->setPos(cx - category->naturalWidth() / 2, plot.bottom() + 6 * u);
        if (!v.detail.isEmpty())
            addText(scene.get(), v.detail, detailFont, kMuted, cx - (step - 8 * u) / 2,
                    category->y() + category->height() + 4 * u, step - 8 * u, Qt::AlignHCenter);
    }
    // Series breaks: a dashed vertical mark just before the first column of the new series,
    // its short label above the plot: centred when it fits between the columns, else on the
    // empty years to its left, else turned along the mark.
    qsizetype previous = -1;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const charts::ChartValue &v = values.at(i);
        if (!v.value && !(v.low && v.high))
            continue;
        if (!v.breakBefore.isEmpty() && previous >= 0) {
            const qreal x = plot.left() + qreal(i) * step;
            QPen pen(kMuted, std::max<qreal>(1, 1.5 * u), Qt::DashLine);
            scene->addLine(x, plot.top(), x, plot.bottom(), pen);
            auto *label = addText(scene.get(), v.breakBefore, detailFont, kMuted, 0, 0);
            const qreal gap = step - columnWidth - 4 * u;
            const qreal above = plot.top() - label->height() - 2 * u;
            if (label->naturalWidth() <= gap) {
                label->setPos(x - label->naturalWidth() / 2, above);
            } else if (previous < i - 1 && label->naturalWidth() <= step - 4 * u) {
                label->setPos(x - label->naturalWidth() - 2 * u, above);
            } else {
                label->setRotation(-90);
                label->setPos(x - label->height() - 2 * u, plot.top() + label->naturalWidth());
            }
        }
        previous = i;
    }
    scene->addLine(plot.left(), plot.bottom(), plot.right(), plot.bottom(),
                   QPen(kInk, std::max<qreal>(1, u)));
}

} // namespace core::render
