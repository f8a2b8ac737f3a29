// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"

#include <QGraphicsView>

#include <functional>
#include <memory>

namespace core::render {
class ChartScene;
}

namespace app {

/// Shows a chart exactly as it is exported: the composed press scene (title, plot, source
/// line), scaled to fit; Ctrl + wheel zooms, Ctrl+0 fits again, Ctrl+1 shows it at 100 %.
/// The only app widget that hosts Qt Charts items.
class ChartView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    void setSpec(const core::charts::ChartSpec &spec);
    /// As setSpec(spec()), but a hidden view calls `make` only when it is shown or its spec
    /// is asked for: a territory switch builds the visible chart only.
    void setSpecLater(std::function<core::charts::ChartSpec()> make);
    [[nodiscard]] const core::charts::ChartSpec &spec() const;
    /// The name printed at the bottom of the chart (core::Defaults::byline); empty: none.
    void setByline(const QString &byline);
    /// Scale of the scene on screen (1 = 100 %).
    [[nodiscard]] double zoom() const;
    [[nodiscard]] bool isFitted() const { return m_fit; }

    void zoomIn();
    void zoomOut();
    void fit();
    void actualSize();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void zoomBy(double factor);
    void buildScene();
    void updateTexts();

    bool m_pending = false; ///< spec set while hidden: the scene is built when shown
    mutable std::function<core::charts::ChartSpec()> m_make; ///< the spec, not built yet
    bool m_fit = true;
    QString m_byline;
    mutable core::charts::ChartSpec m_spec;
    std::unique_ptr<core::render::ChartScene> m_chart;
};

} // namespace app
