// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/mapview.h"

#include "core/charts/communemap.h"
#include "core/render/chartscene.h"
#include "core/render/mapscene.h"
#include "core/workspace.h"

#include <QComboBox>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSplitter>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace app {

MapView::MapView(core::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_territory(workspace.defaults().territory)
{
    setObjectName(QStringLiteral("mapView"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Indicator:"), this);
    m_indicator = new QComboBox(this);
    m_indicator->setObjectName(QStringLiteral("mapIndicator"));
    label->setBuddy(m_indicator);
    row->addWidget(label);
    row->addWidget(m_indicator, 1);
    layout->addLayout(row);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_canvas = new MapCanvas(splitter);
    m_canvas->setByline(workspace.defaults().byline);
    m_table = new QTableWidget(splitter);
    m_table->setObjectName(QStringLiteral("mapTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({ tr("Commune"), tr("Value"), tr("Method") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Values of the map, one row per commune"));
    splitter->addWidget(m_canvas);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setTabOrder(m_indicator, m_canvas);
    setTabOrder(m_canvas, m_table);

    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        m_dirty = true;
        if (isVisible())
            redraw();
    });
    connect(m_canvas, &MapCanvas::communeClicked, this, &MapView::communeActivated);
    // Enter or a double-click on a row selects that commune, as a click on the
    // map does.
    const auto activate = [this](int rowIndex) {
        if (QTableWidgetItem *item = m_table->item(rowIndex, 0))
            emit communeActivated(item->data(Qt::UserRole).toString());
    };
    connect(m_table, &QTableWidget::cellActivated, this, [activate](int r, int) { activate(r); });
    connect(&m_workspace, &core::Workspace::datasetAdded, this, [this] { reloadIndicators(); });
    connect(&m_workspace, &core::Workspace::datasetRemoved, this, [this] { reloadIndicators(); });
    reloadIndicators();
}

MapView::~MapView() = default;

void MapView::reloadIndicators()
{
    const QString current = indicator();
    const QSignalBlocker block(m_indicator);
    m_indicator->clear();
    for (const core::charts::MapIndicator &i :
         core::charts::CommuneMapBuilder(m_workspace).indicators())
        m_indicator->addItem(i.label, i.id);
    const int keep = m_indicator->findData(current.isEmpty() ? QStringLiteral("density") : current);
    m_indicator->setCurrentIndex(std::max(0, keep));
    m_dirty = true;
    if (isVisible())
        redraw();
}

bool MapView::setIndicator(const QString &id)
{
    const int i = m_indicator->findData(id);
    if (i < 0)
        return false;
    m_indicator->setCurrentIndex(i);
    if (m_dirty)
        redraw();
    return true;
}

QString MapView::indicator() const
{
    return m_indicator->currentData().toString();
}

void MapView::setTerritory(const QString &code)
{
    if (code == m_territory && !m_dirty)
        return;
    m_territory = code;
    m_dirty = true;
    // A hidden map costs nothing at a territory switch: it is drawn when shown.
    if (isVisible())
        redraw();
}

void MapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        redraw();
}

void MapView::redraw()
{
    m_dirty = false;
    if (!m_workspace.isOpen())
        return;
    m_spec = core::charts::CommuneMapBuilder(m_workspace).build(m_territory, indicator());
    m_canvas->setSpec(m_spec);
    m_canvas->setAccessibleName(m_spec.title);
    m_canvas->setAccessibleDescription(core::charts::mapAltText(m_spec));

    m_table->setSortingEnabled(false);
    m_table->clearContents();
    const qsizetype n = m_spec.map ? m_spec.map->areas.size() : 0;
    m_table->setRowCount(int(n));
    int selectedRow = -1;
    for (int r = 0; r < n; ++r) {
        const core::charts::MapArea &a = m_spec.map->areas.at(r);
        auto *name = new QTableWidgetItem(a.name);
        name->setData(Qt::UserRole, a.code);
        name->setToolTip(a.source);
        auto *value = new QTableWidgetItem(a.text);
        value->setData(Qt::UserRole,
                       a.value ? *a.value : -1e300); // sorts missing first
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *method = new QTableWidgetItem(
                a.year > 0 ? QStringLiteral("%1 · %2").arg(core::methodLabel(a.method)).arg(a.year)
                           : core::methodLabel(a.method));
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, value);
        m_table->setItem(r, 2, method);
        if (a.highlight)
            selectedRow = r;
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
    if (selectedRow >= 0)
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->item(r, 0)->data(Qt::UserRole).toString() == m_territory)
                m_table->selectRow(r);
}

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mapCanvas"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAutoFillBackground(false);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setSpec(const core::charts::ChartSpec &spec)
{
    core::render::RenderOptions options;
    options.size = QSizeF(1200, 750);
    options.byline = m_byline;
    m_chart = std::make_unique<core::render::ChartScene>(spec, options);
    update();
}

QRectF MapCanvas::target() const
{
    if (!m_chart)
        return {};
    const QSizeF scene = m_chart->options().size;
    const QSizeF fitted = scene.scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                  fitted);
}

QPointF MapCanvas::toScene(const QPoint &pos) const
{
    const QRectF t = target();
    const QSizeF scene = m_chart->options().size;
    return QPointF((pos.x() - t.left()) * scene.width() / t.width(),
                   (pos.y() - t.top()) * scene.height() / t.height());
}

QString MapCanvas::communeAt(const QPoint &pos) const
{
    if (!m_chart || target().isEmpty())
        return {};
    // The topmost item carrying a commune code: a circle over its commune, else
    // the commune.
    const QList<QGraphicsItem *> items =
            m_chart->scene()->items(toScene(pos), Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (const QGraphicsItem *item : items) {
        const QString code = item->data(core::render::kMapCodeKey).toString();
        if (!code.isEmpty())
            return code;
    }
    return {};
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().window());
    if (!m_chart)
        return;
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                     | QPainter::SmoothPixmapTransform);
    m_chart->scene()->render(&p, target(), QRectF(QPointF(0, 0), m_chart->options().size));
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight(), 2));
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    const QString code = communeAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && !code.isEmpty())
        emit communeClicked(code);
    QWidget::mousePressEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(communeAt(event->position().toPoint()).isEmpty() ? Qt::ArrowCursor
                                                               : Qt::PointingHandCursor);
    QWidget::mouseMoveEvent(event);
}

bool MapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_chart) {
        // Hover: the commune, its value, year, method and source (the item's tool
        // tip).
        auto *help = static_cast<QHelpEvent *>(event);
        const QList<QGraphicsItem *> items = m_chart->scene()->items(
                toScene(help->pos()), Qt::IntersectsItemShape, Qt::DescendingOrder);
        for (const QGraphicsItem *item : items) {
            if (!item->data(core::render::kMapCodeKey).toString().isEmpty()) {
                QToolTip::showText(help->globalPos(), item->toolTip(), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

} // namespace app
