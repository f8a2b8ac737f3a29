// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace core {
class ObservationTableModel;
class Workspace;
} // namespace core

namespace app {
class ChartView;
class CommuneView;
class GuideWindow;
class KeyFigureCard;
class TerritoryPicker;
class MapView;

/// The dashboard: territory and reference selectors, key-figure cards, charts, observations
/// and sources. Acts through core::Workspace only. GUI thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(core::Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Selects a territory by code (as the selector would); false when unknown.
    bool selectTerritory(const QString &code);
    [[nodiscard]] KeyFigureCard *card(int index) const;
    [[nodiscard]] ChartView *currentChart() const;
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] TerritoryPicker *territoryPicker() const { return m_territoryBox; }
    [[nodiscard]] QComboBox *referenceBox() const { return m_referenceBox; }
    [[nodiscard]] CommuneView *communeView() const { return m_communeView; }
    /// Shows "Exported: PATH" with "Open the folder" in the status bar.
    void showExported(const QString &path);
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] MapView *mapView() const { return m_mapView; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createCentralWidget();
    void fillSelectors();
    void refresh();
    void refreshVisibleTable();
    void refreshObservations();
    void refreshSources();
    /// A failed read of the database (damaged file...) said in the status bar and, once, in a
    /// dialog: the figures shown meanwhile may lack data.
    void showReadStatus();
    void exportCurrentChart();
    void showGuide();
    void copyObservationRows();
    void exportObservations();
    void setLanguage(const QString &language);
    void restoreWindow();
    /// Writes the territory and reference to the settings (deferred from a switch: opening
    /// QSettings costs milliseconds).
    void saveSelection();

    core::Workspace &m_workspace;
    TerritoryPicker *m_territoryBox = nullptr;
    QComboBox *m_referenceBox = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_subheading = nullptr;
    QList<KeyFigureCard *> m_cards;
    QTabWidget *m_tabs = nullptr;
    QList<ChartView *> m_charts;
    QTableView *m_observationView = nullptr;
    core::ObservationTableModel *m_observationModel = nullptr;
    QSortFilterProxyModel *m_observationProxy = nullptr;
    QTableWidget *m_sourcesTable = nullptr;
    CommuneView *m_communeView = nullptr;
    GuideWindow *m_guide = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_exportedLabel = nullptr;
    QPushButton *m_openFolder = nullptr;
    QString m_exportedPath;
    bool m_observationsStale = true;
    bool m_sourcesStale = true;
    bool m_readErrorShown = false;
    bool m_selectionUnsaved = false;
    MapView *m_mapView = nullptr;
};

} // namespace app
