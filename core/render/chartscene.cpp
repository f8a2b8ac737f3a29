// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/chartscene.h"

#include "core/format/french.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QPen>
#include <QPixmap>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>

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

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    return chart;
}

QFont font(qreal pixelSize, bool bold = false)
{
    QFont f(chartFontFamily());
    f.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QGraphicsTextItem *addText(QGraphicsScene *scene, const QString &text, const QFont &f,
                           const QColor &color, qreal x, qreal y, qreal width)
{
    auto *item = scene->addText(QString());
    item->setFont(f);
    item->setDefaultTextColor(color);
    item->document()->setDocumentMargin(0);
    item->setPlainText(text);
    item->setTextWidth(width);
    item->setPos(x, y);
    return item;
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

QList<QColor> chartColors(const charts::ChartSpec &spec)
{
    switch (spec.kind) {
    case charts::ChartKind::KeyFigure:
        return { kAccent };
    case charts::ChartKind::StackedPercent:
        return { paletteColor(0), kRest };
    case charts::ChartKind::Columns:
    case charts::ChartKind::HorizontalBars:
        break;
    }
    QList<QColor> colors { paletteColor(0) };
    if (std::any_of(spec.values.cbegin(), spec.values.cend(),
                    [](const charts::ChartValue &v) { return v.highlight; }))
        colors << paletteColor(1);
    return colors;
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

struct ChartScene::Impl
{
    charts::ChartSpec spec;
    RenderOptions options;
    std::unique_ptr<QGraphicsScene> scene;

    void build();
    qreal layoutBars(qreal top, qreal bottom, qreal u);
    qreal layoutKeyFigure(qreal top, qreal bottom, qreal u);
    qreal layoutStacked(qreal top, qreal bottom, qreal u);
    qreal layoutColumns(qreal top, qreal bottom, qreal u);
};

ChartScene::ChartScene(const charts::ChartSpec &spec, const RenderOptions &options)
    : m_impl(std::make_unique<Impl>())
{
    m_impl->spec = spec;
    m_impl->options = options;
    m_impl->build();
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

const RenderOptions &ChartScene::options() const
{
    return m_impl->options;
}

void ChartScene::Impl::build()
{
    const qreal w = options.size.width();
    const qreal h = options.size.height();
    scene = std::make_unique<QGraphicsScene>(0, 0, w, h);
    // One type unit: 1 at 1200 × 675, growing with the smaller side so text keeps its size
    // relative to the image.
    const qreal u = typeUnit(options.size);
    const qreal margin = 40 * u;
    qreal inner = w - 2 * margin;

    auto *bg = scene->addRect(0, 0, w, h, Qt::NoPen,
                              options.transparent ? QBrush(Qt::transparent) : QBrush(Qt::white));
    bg->setZValue(-10);
    scene->addRect(0, 0, w, 8 * u, Qt::NoPen, kAccent);

    qreal y = margin;
    if (!options.logo.isNull()) {
        const qreal logoHeight = 56 * u;
        const QImage logo = options.logo.scaledToHeight(
                int(std::lround(logoHeight * options.scale)), Qt::SmoothTransformation);
        auto *item = scene->addPixmap(QPixmap::fromImage(logo));
        item->setTransformationMode(Qt::SmoothTransformation);
        item->setScale(1.0 / options.scale);
        const qreal logoWidth = logo.width() / options.scale;
        item->setPos(w - margin - logoWidth, y);
        inner -= logoWidth + 24 * u;
    }
    auto *title = addText(scene.get(), spec.title, font(34 * u, true), kInk, margin, y, inner);
    y += title->boundingRect().height() + 6 * u;
    if (!spec.subtitle.isEmpty()) {
        auto *sub = addText(scene.get(), spec.subtitle, font(20 * u), kMuted, margin, y, inner);
        y += sub->boundingRect().height();
    }
    y += 18 * u;
    inner = w - 2 * margin;

    // Footer from the bottom up: edition line, source line, notes.
    qreal bottom = h - margin * 0.75;
    QString edition = options.byline;
    if (!options.editionDate.isEmpty())
        edition = options.byline.isEmpty()
                ? Tr::tr("Edition of %1").arg(options.editionDate)
                : Tr::tr("%1 · edition of %2").arg(options.byline, options.editionDate);
    auto *ed = addText(scene.get(), edition, font(14 * u), kMuted, margin, 0, inner);
    ed->document()->setDefaultTextOption(QTextOption(Qt::AlignRight));
    ed->setTextWidth(inner);
    bottom -= ed->boundingRect().height();
    ed->setY(bottom);
    const QString source =
            spec.sourceLine.isEmpty() ? Tr::tr("Source: not available") : spec.sourceLine;
    auto *src = addText(scene.get(), source, font(15 * u, true), kInk, margin, 0, inner * 0.82);
    src->setY(bottom + ed->boundingRect().height() - src->boundingRect().height());
    bottom = std::min(bottom, src->y()) - 6 * u;
    if (!spec.notes.isEmpty()) {
        auto *notes = addText(scene.get(), spec.notes.join(u'\n'), font(14 * u), kMuted, margin, 0,
                              inner);
        bottom -= notes->boundingRect().height();
        notes->setY(bottom);
        bottom -= 10 * u;
    }
    scene->addLine(margin, bottom, w - margin, bottom, QPen(kGrid, std::max<qreal>(1, u)));
    bottom -= 10 * u;

    if (!spec.hasData()) {
        auto *empty =
                addText(scene.get(), spec.emptyMessage, font(24 * u), kMuted, margin, 0, inner);
        empty->document()->setDefaultTextOption(QTextOption(Qt::AlignCenter));
        empty->setTextWidth(inner);
        empty->setY((y + bottom - empty->boundingRect().height()) / 2);
        return;
    }
    switch (spec.kind) {
    case charts::ChartKind::KeyFigure:
        layoutKeyFigure(y, bottom, u);
        break;
    case charts::ChartKind::StackedPercent:
        layoutStacked(y, bottom, u);
        break;
    case charts::ChartKind::Columns:
        layoutColumns(y, bottom, u);
        break;
    case charts::ChartKind::HorizontalBars:
        layoutBars(y, bottom, u);
        break;
    }
}

qreal ChartScene::Impl::layoutKeyFigure(qreal top, qreal bottom, qreal u)
{
    const qreal margin = 40 * u;
    const qreal inner = options.size.width() - 2 * margin;
    const charts::ChartValue &v = spec.values.first();
    auto *big = addText(scene.get(), v.text, font(150 * u, true), kAccent, margin, 0, inner);
    auto *label = addText(scene.get(), v.category, font(34 * u, true), kInk, margin, 0, inner);
    auto *detail = addText(scene.get(), v.detail, font(20 * u), kMuted, margin, 0, inner);
    const qreal total = big->boundingRect().height() + label->boundingRect().height()
            + detail->boundingRect().height();
    qreal y = top + std::max<qreal>(0, (bottom - top - total) / 2);
    big->setY(y);
    y += big->boundingRect().height();
    label->setY(y);
    y += label->boundingRect().height();
    detail->setY(y);
    return y;
}

qreal ChartScene::Impl::layoutBars(qreal top, qreal bottom, qreal u)
{
    const qreal margin = 40 * u;
    const qreal w = options.size.width();

    auto *chart = newChart();

    // Bars are drawn bottom-up by Qt Charts: reverse so the first value is on top.
    QList<charts::ChartValue> values = spec.values;
    std::reverse(values.begin(), values.end());

    auto *series = new QHorizontalStackedBarSeries;
    auto *base = new QBarSet(QString());
    auto *span = new QBarSet(QString());
    base->setColor(paletteColor(0));
    base->setBorderColor(paletteColor(0));
    base->setSelectedColor(paletteColor(1)); // the selected territory, also named in bold
    span->setColor(paletteColor(0).lighter(170));
    span->setBorderColor(paletteColor(0));
    double maxValue = 0;
    QStringList categories;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const charts::ChartValue &v = values.at(i);
        const double start = v.value ? *v.value : v.low.value_or(0);
        const double extra = (!v.value && v.low && v.high) ? *v.high - *v.low : 0;
        base->append(start);
        span->append(extra);
        maxValue = std::max(maxValue, start + extra);
        categories << v.category;
    }
    series->append(base);
    series->append(span);
    series->setBarWidth(0.62);
    for (qsizetype i = 0; i < values.size(); ++i)
        if (values.at(i).highlight)
            base->selectBar(int(i));
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(font(17 * u));
    axisY->setLabelsColor(kInk);
    axisY->setGridLineVisible(false);
    axisY->setLinePen(QPen(kGrid));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);

    auto *axisX = new QValueAxis;
    // Bar charts start at zero; headroom on the right for the values written on the bars.
    axisX->setRange(0, maxValue > 0 ? maxValue * 1.55 : 1);
    axisX->setLabelsVisible(false);
    axisX->setGridLinePen(QPen(kGrid, 1, Qt::DotLine));
    axisX->setLineVisible(false);
    axisX->setTickCount(2);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    chart->setGeometry(QRectF(margin, top, w - 2 * margin, bottom - top));
    // The plot area is set, not left to Qt Charts' deferred layout, so that the value labels
    // placed below line up with the bars in files rendered without an event loop.
    const QFontMetricsF categoryMetrics(axisY->labelsFont());
    qreal categoryWidth = 0;
    for (const QString &c : categories)
        categoryWidth = std::max(categoryWidth, categoryMetrics.horizontalAdvance(c));
    // In the chart's own coordinates; the labels below use the same rectangle in the scene's.
    const QRectF localPlot(categoryWidth + 16 * u, 4 * u, w - 2 * margin - categoryWidth - 16 * u,
                           bottom - top - 8 * u);
    chart->setPlotArea(localPlot);
    scene->addItem(chart);
    const QRectF plotRect = localPlot.translated(margin, top);

    // Values written at the end of each bar (colour is never the only code), with what the
    // figure is beside it in grey. Positions come from the plot area and the axis range, which
    // are final once the layout ran (mapToPosition can lag one layout pass behind).
    const QRectF plot = plotRect;
    const qsizetype n = std::max<qsizetype>(1, values.size());
    const qreal barStep = plot.height() / n;
    const qreal xMax = axisX->max();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const charts::ChartValue &v = values.at(i);
        const double end = v.value ? *v.value : (v.high ? *v.high : 0);
        const qreal cx = plot.left() + plot.width() * end / xMax;
        const qreal cy = plot.bottom() - (qreal(i) + 0.5) * barStep;
        auto *label = scene->addSimpleText(v.text, font(19 * u, true));
        label->setBrush(v.value || v.low ? kInk : kMuted);
        label->setPos(cx + 8 * u, cy - label->boundingRect().height() / 2);
        const qreal detailX = label->x() + label->boundingRect().width() + 10 * u;
        const qreal room = w - margin - detailX;
        if (!v.detail.isEmpty() && barStep > 18 * u && room > 60 * u) {
            const QFont detailFont = font(14 * u);
            const QString text =
                    QFontMetricsF(detailFont).elidedText(v.detail, Qt::ElideRight, room);
            auto *detail = scene->addSimpleText(text, detailFont);
            detail->setBrush(kMuted);
            detail->setPos(detailX, cy - detail->boundingRect().height() / 2);
        }
    }
    return bottom;
}

qreal ChartScene::Impl::layoutStacked(qreal top, qreal bottom, qreal u)
{
    const qreal margin = 40 * u;
    const qreal w = options.size.width();
    auto *chart = newChart();
    QList<charts::ChartValue> values = spec.values;
    std::reverse(values.begin(), values.end());

    auto *series = new QHorizontalStackedBarSeries;
    auto *ess = new QBarSet(QString());
    auto *rest = new QBarSet(QString());
    ess->setColor(paletteColor(0));
    ess->setBorderColor(Qt::white);
    rest->setColor(kRest);
    rest->setBorderColor(Qt::white);
    QStringList categories;
    for (const charts::ChartValue &v : std::as_const(values)) {
        const double share = std::clamp(v.value.value_or(0), 0.0, 100.0);
        ess->append(share);
        rest->append(100 - share);
        categories << v.category;
    }
    series->append(ess);
    series->append(rest);
    series->setBarWidth(0.6);
    chart->addSeries(series);

    // Category labels are placed below with the bars' own geometry, not by Qt Charts' layout.
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsVisible(false);
    axisY->setGridLineVisible(false);
    axisY->setLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100); // a 100 % bar starts at zero and ends at 100
    axisX->setLabelsVisible(false);
    axisX->setGridLineVisible(false);
    axisX->setLineVisible(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    chart->setGeometry(QRectF(margin, top, w - 2 * margin, bottom - top));
    const QFont categoryFont = font(17 * u);
    const QFontMetricsF categoryMetrics(categoryFont);
    qreal categoryWidth = 0;
    for (const QString &c : std::as_const(categories))
        categoryWidth = std::max(categoryWidth, categoryMetrics.horizontalAdvance(c));
    const QFont legendFont = font(15 * u);
    const qreal legendHeight = QFontMetricsF(legendFont).height() + 10 * u;
    const QRectF localPlot(categoryWidth + 16 * u, 4 * u, w - 2 * margin - categoryWidth - 16 * u,
                           bottom - top - 8 * u - legendHeight);
    chart->setPlotArea(localPlot);
    scene->addItem(chart);
    const QRectF plot = localPlot.translated(margin, top);

    // The legend says in words what each colour is, and both shares are written on the bars.
    qreal lx = plot.left();
    const qreal ly = plot.bottom() + 8 * u;
    for (const auto &[color, text] : { std::pair { paletteColor(0), Tr::tr("ESS") },
                                       std::pair { kRest, Tr::tr("Rest of the economy") } }) {
        const qreal box = 14 * u;
        scene->addRect(lx, ly + 2 * u, box, box, Qt::NoPen, color);
        auto *label = scene->addSimpleText(text, legendFont);
        label->setBrush(kInk);
        label->setPos(lx + box + 6 * u, ly);
        lx += box + 6 * u + label->boundingRect().width() + 24 * u;
    }

    const qsizetype n = std::max<qsizetype>(1, values.size());
    const qreal barStep = plot.height() / n;
    const QFont valueFont = font(19 * u, true);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const charts::ChartValue &v = values.at(i);
        const double share = std::clamp(v.value.value_or(0), 0.0, 100.0);
        const qreal cy = plot.bottom() - (qreal(i) + 0.5) * barStep;
        const qreal essEnd = plot.left() + plot.width() * share / 100.0;
        auto *category = scene->addSimpleText(v.category, font(17 * u, v.highlight));
        category->setBrush(kInk);
        category->setPos(plot.left() - 12 * u - category->boundingRect().width(),
                         cy - category->boundingRect().height() / 2);
        auto *label = scene->addSimpleText(v.text, valueFont);
        const qreal lw = label->boundingRect().width();
        if (essEnd - plot.left() > lw + 16 * u) {
            label->setBrush(Qt::white);
            label->setPos(plot.left() + 8 * u, cy - label->boundingRect().height() / 2);
        } else {
            label->setBrush(kInk);
            label->setPos(essEnd + 8 * u, cy - label->boundingRect().height() / 2);
        }
        auto *restLabel = scene->addSimpleText(format::percent(100 - share), font(17 * u));
        restLabel->setBrush(kInk);
        restLabel->setPos(plot.right() - restLabel->boundingRect().width() - 8 * u,
                          cy - restLabel->boundingRect().height() / 2);
    }
    return bottom;
}

qreal ChartScene::Impl::layoutColumns(qreal top, qreal bottom, qreal u)
{
    const qreal margin = 40 * u;
    const qreal w = options.size.width();
    auto *chart = newChart();
    const QList<charts::ChartValue> &values = spec.values;

    auto *series = new QStackedBarSeries;
    auto *base = new QBarSet(QString());
    auto *span = new QBarSet(QString());
    base->setColor(paletteColor(0));
    base->setBorderColor(paletteColor(0));
    span->setColor(paletteColor(0).lighter(170));
    span->setBorderColor(paletteColor(0));
    double maxValue = 0;
    QStringList categories;
    for (const charts::ChartValue &v : values) {
        const double start = v.value ? *v.value : v.low.value_or(0);
        const double extra = (!v.value && v.low && v.high) ? *v.high - *v.low : 0;
        base->append(start);
        span->append(extra);
        maxValue = std::max(maxValue, start + extra);
        categories << v.category;
    }
    series->append(base);
    series->append(span);
    series->setBarWidth(0.56);
    chart->addSeries(series);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsVisible(false);
    axisX->setGridLineVisible(false);
    axisX->setLineVisible(false); // the baseline is drawn below, at the plot's bottom
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    // Columns start at zero; headroom on top for the values written above them.
    axisY->setRange(0, maxValue > 0 ? maxValue * 1.3 : 1);
    axisY->setLabelsVisible(false);
    axisY->setGridLineVisible(false);
    axisY->setLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);

    chart->setGeometry(QRectF(margin, top, w - 2 * margin, bottom - top));
    const QFont detailFont = font(14 * u);
    const QFont categoryFont = font(19 * u, true);
    const qreal categoryHeight = QFontMetricsF(categoryFont).height();
    const qreal labelsHeight = categoryHeight + QFontMetricsF(detailFont).height() + 16 * u;
    const QRectF localPlot(0, 4 * u, w - 2 * margin, bottom - top - 4 * u - labelsHeight);
    chart->setPlotArea(localPlot);
    scene->addItem(chart);
    const QRectF plot = localPlot.translated(margin, top);

    scene->addLine(plot.left(), plot.bottom(), plot.right(), plot.bottom(),
                   QPen(kInk, std::max<qreal>(1, u)));
    const qsizetype n = std::max<qsizetype>(1, values.size());
    const qreal step = plot.width() / n;
    const qreal yMax = axisY->max();
    const QFont valueFont = font(22 * u, true);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const charts::ChartValue &v = values.at(i);
        const double end = v.value ? *v.value : (v.high ? *v.high : 0);
        const qreal cx = plot.left() + (qreal(i) + 0.5) * step;
        const qreal cy = plot.bottom() - plot.height() * end / yMax;
        auto *label = scene->addSimpleText(v.text, valueFont);
        label->setBrush(kInk);
        label->setPos(cx - label->boundingRect().width() / 2,
                      cy - label->boundingRect().height() - 6 * u);
        auto *category = scene->addSimpleText(v.category, categoryFont);
        category->setBrush(kInk);
        category->setPos(cx - category->boundingRect().width() / 2, plot.bottom() + 6 * u);
        if (!v.detail.isEmpty()) {
            const QString text =
                    QFontMetricsF(detailFont).elidedText(v.detail, Qt::ElideRight, step - 8 * u);
            auto *detail = scene->addSimpleText(text, detailFont);
            detail->setBrush(kMuted);
            detail->setPos(cx - detail->boundingRect().width() / 2,
                           plot.bottom() + categoryHeight + 10 * u);
        }
    }
    return bottom;
}

} // namespace core::render
