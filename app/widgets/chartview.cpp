// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/chartview.h"

#include "core/charts/chartbuilder.h"
#include "core/render/chartscene.h"

#include <QGraphicsScene>
#include <QResizeEvent>
#include <QShowEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace app {

ChartView::ChartView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(palette().window());
    setMinimumHeight(200);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
}

ChartView::~ChartView() = default;

void ChartView::setSpec(const core::charts::ChartSpec &spec)
{
    m_make = nullptr;
    m_spec = spec;
    // Composing a chart costs milliseconds: hidden tabs compose theirs when shown.
    m_pending = !isVisible();
    if (!m_pending) {
        updateTexts();
        buildScene();
    }
}

void ChartView::updateTexts()
{
    const QString alt = core::charts::altText(m_spec);
    setAccessibleName(m_spec.title);
    setAccessibleDescription(alt);
    setToolTip(alt);
}

void ChartView::setSpecLater(std::function<core::charts::ChartSpec()> make)
{
    if (isVisible()) {
        setSpec(make());
        return;
    }
    m_make = std::move(make);
    m_pending = true;
}

const core::charts::ChartSpec &ChartView::spec() const
{
    if (m_make) {
        // Built on demand (an export, a test): the accessible texts follow when shown.
        m_spec = m_make();
        m_make = nullptr;
    }
    return m_spec;
}

void ChartView::showEvent(QShowEvent *event)
{
    if (m_pending) {
        (void)spec();
        updateTexts();
        buildScene();
    }
    QGraphicsView::showEvent(event);
}

void ChartView::setByline(const QString &byline)
{
    m_byline = byline;
}

void ChartView::buildScene()
{
    m_pending = false;
    const core::charts::ChartSpec &spec = m_spec;
    core::render::RenderOptions options;
    options.size = QSizeF(1200, 675);
    options.byline = m_byline;
    auto chart = std::make_unique<core::render::ChartScene>(spec, options);
    setScene(chart->scene());
    m_chart = std::move(chart);
    if (m_fit)
        fit();
}

double ChartView::zoom() const
{
    return transform().m11();
}

void ChartView::fit()
{
    m_fit = true;
    if (scene()) {
        // Fitting with scroll bars off, so that they do not eat the space they would need.
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        fitInView(sceneRect(), Qt::KeepAspectRatio);
    }
}

void ChartView::actualSize()
{
    m_fit = false;
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    resetTransform();
}

void ChartView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, 0.1, 8.0);
    m_fit = false;
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scale(target / zoom(), target / zoom());
}

void ChartView::zoomIn()
{
    zoomBy(1.25);
}

void ChartView::zoomOut()
{
    zoomBy(0.8);
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (scene() && m_fit)
        fit();
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(std::pow(1.25, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace app
