// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"

#include <QGraphicsView>

#include <memory>

namespace core::render {
class ChartScene;
}

namespace app {

/// Shows a chart exactly as it is exported: the composed press scene (title, plot, source
/// line), scaled to fit. The only app widget that hosts Qt Charts items.
class ChartView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    void setSpec(const core::charts::ChartSpec &spec);
    [[nodiscard]] const core::charts::ChartSpec &spec() const { return m_spec; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    core::charts::ChartSpec m_spec;
    std::unique_ptr<core::render::ChartScene> m_chart;
};

} // namespace app
