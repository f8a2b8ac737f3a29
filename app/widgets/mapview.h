// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QTableWidget;

namespace core {
class Workspace;
}
namespace core::render {
class ChartScene;
}

namespace app {
class MapCanvas;

/// The "Carte" tab: the communes of the selected territory coloured by an
/// indicator chosen among those with commune data, drawn by the same scene as
/// the exported map; hover shows a commune's value and provenance, a click (or
/// Enter in the table of values beside it) selects the commune. Redraws only
/// while visible. GUI thread.
class MapView final : public QWidget
{
    Q_OBJECT
public:
    explicit MapView(core::Workspace &workspace, QWidget *parent = nullptr);
    ~MapView() override;

    /// Follows the selected territory (the map of its EPCI or of the
    /// arrondissement).
    void setTerritory(const QString &code);
    /// Chooses the indicator by id; false when it has no commune data.
    bool setIndicator(const QString &id);
    [[nodiscard]] QString indicator() const;
    [[nodiscard]] const core::charts::ChartSpec &spec() const { return m_spec; }
    [[nodiscard]] QComboBox *indicatorBox() const { return m_indicator; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] MapCanvas *canvas() const { return m_canvas; }

signals:
    /// The user picked a commune on the map or in the table.
    void communeActivated(const QString &code);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadIndicators();
    void redraw();

    core::Workspace &m_workspace;
    QComboBox *m_indicator = nullptr;
    MapCanvas *m_canvas = nullptr;
    QTableWidget *m_table = nullptr;
    QString m_territory; ///< the workspace's default territory until one is chosen
    core::charts::ChartSpec m_spec;
    bool m_dirty = true;
};

/// The map itself: the composed scene scaled to fit; emits the commune under a
/// click.
class MapCanvas final : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;
    void setSpec(const core::charts::ChartSpec &spec);
    /// The name printed at the bottom of the map (core::Defaults::byline); empty: none.
    void setByline(const QString &byline) { m_byline = byline; }
    /// The commune code drawn at a widget position; empty outside the communes.
    [[nodiscard]] QString communeAt(const QPoint &pos) const;
    [[nodiscard]] const core::render::ChartScene *chart() const { return m_chart.get(); }

signals:
    void communeClicked(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] QRectF target() const;
    [[nodiscard]] QPointF toScene(const QPoint &pos) const;

    std::unique_ptr<core::render::ChartScene> m_chart;
    QString m_byline;
};

} // namespace app
