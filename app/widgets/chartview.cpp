// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/chartview.h"

#include "core/charts/chartbuilder.h"
#include "core/render/chartscene.h"

#include <QGraphicsScene>
#include <QResizeEvent>

namespace app {

ChartView::ChartView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(palette().window());
    setMinimumHeight(280);
    setFocusPolicy(Qt::StrongFocus);
}

ChartView::~ChartView() = default;

void ChartView::setSpec(const core::charts::ChartSpec &spec)
{
    m_spec = spec;
    core::render::RenderOptions options;
    options.size = QSizeF(1200, 675);
    auto chart = std::make_unique<core::render::ChartScene>(spec, options);
    setScene(chart->scene());
    m_chart = std::move(chart);
    setAccessibleName(spec.title);
    setAccessibleDescription(core::charts::altText(spec));
    setToolTip(core::charts::altText(spec));
    fitInView(sceneRect(), Qt::KeepAspectRatio);
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (scene())
        fitInView(sceneRect(), Qt::KeepAspectRatio);
}

} // namespace app
