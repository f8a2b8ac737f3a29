// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace core {
class CommuneRegisterModel;
class Workspace;
} // namespace core

namespace app {
class ChartView;

/// The "Communes" tab: every commune of the selected territory with its population and the
/// SIRENE register's estimates when imported (sortable table, small counts flagged), and a
/// ranking chart by ESS establishments or by ESS share. Without register data it offers the
/// import. Double-click opens a commune. GUI thread.
class CommuneView final : public QWidget
{
    Q_OBJECT
public:
    explicit CommuneView(QWidget *parent = nullptr);

    /// Reads the register figures of the communes of `territoryCode` and redraws; while the
    /// tab is hidden, only when it is shown (or when one of the getters below is called).
    void setTerritory(const core::Workspace &workspace, const QString &territoryCode);
    [[nodiscard]] core::CommuneRegisterModel *model() const;
    [[nodiscard]] ChartView *chart() const;
    [[nodiscard]] QString messageText() const;
    /// 0: by ESS establishments, 1: by ESS share of employer establishments.
    void setRanking(int index);
    [[nodiscard]] QTableView *table() const;

signals:
    /// A commune was double-clicked (or Enter pressed on it).
    void communeActivated(const QString &code);
    /// The "Import the SIRENE register" button.
    void importRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateChart();
    /// Reads the pending territory, if any.
    void load() const;
    void reload();

    QLabel *m_message = nullptr;
    QComboBox *m_ranking = nullptr;
    QTableView *m_table = nullptr;
    core::CommuneRegisterModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    ChartView *m_chart = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_chartPane = nullptr;
    QPushButton *m_import = nullptr;
    bool m_resizePending = false; ///< column widths are measured when the tab is shown
    QString m_territoryName;
    const core::Workspace *m_workspace = nullptr;
    QString m_territoryCode;
    mutable bool m_dirty = false; ///< setTerritory() while hidden: read when shown
};

} // namespace app
