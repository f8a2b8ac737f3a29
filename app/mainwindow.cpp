// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/dialogs/aboutdialog.h"
#include "app/dialogs/addfiguredialog.h"
#include "app/dialogs/datasetsdialog.h"
#include "app/dialogs/exportdialog.h"
#include "app/dialogs/guidewindow.h"
#include "app/dialogs/importdialog.h"
#include "app/dialogs/presskitdialog.h"
#include "app/dialogs/sireneimportdialog.h"
#include "app/settings.h"
#include "app/widgets/chartview.h"
#include "app/widgets/communeview.h"
#include "app/widgets/filedropfilter.h"
#include "app/widgets/keyfigurecard.h"
#include "app/widgets/mapview.h"
#include "app/widgets/registerestimateline.h"
#include "app/widgets/territorypicker.h"
#include "core/charts/chartbuilder.h"
#include "core/format/french.h"
#include "core/indicators/registerfigures.h"
#include "core/indicators/wording.h"
#include "core/models/observationtablemodel.h"
#include "core/models/tabletext.h"
#include "core/render/chartexporter.h"
#include "core/render/presskit.h"
#include "core/workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace app {

namespace {
/// Ctrl+C on a table copies whole rows (the view itself would copy one cell).
class CopyRowsFilter final : public QObject
{
public:
    CopyRowsFilter(QObject *parent, std::function<void()> copy)
        : QObject(parent)
        , m_copy(std::move(copy))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
            if (static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
                event->accept();
                if (event->type() == QEvent::KeyPress)
                    m_copy();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_copy;
};

const char *const kChartIds[] = { "jobs-share", "establishments-share", "average-size",
                                  "families" };
} // namespace

MainWindow::MainWindow(core::Workspace &workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("ESS dashboard — PHARE"));
    setObjectName(QStringLiteral("mainWindow"));
    createCentralWidget();
    createActions();
    fillSelectors();
    restoreWindow();

    // The saved selection is applied before listening: a refresh in between would save the
    // default territory over the remembered one.
    const core::Defaults &defaults = m_workspace.defaults();
    QString reference = settings::referenceTerritory(defaults.reference);
    if (m_referenceBox->findData(reference) < 0)
        reference = defaults.reference;
    const QString last = settings::lastTerritory(defaults.territory);
    m_workspace.setReferenceTerritory(reference);
    if (!selectTerritory(last))
        selectTerritory(defaults.territory);

    connect(&m_workspace, &core::Workspace::currentTerritoryChanged, this, [this] { refresh(); });
    connect(&m_workspace, &core::Workspace::referenceTerritoryChanged, this, [this] { refresh(); });
    connect(&m_workspace, &core::Workspace::datasetAdded, this, [this] {
        m_sourcesStale = true;
        refresh();
    });
    connect(&m_workspace, &core::Workspace::datasetRemoved, this, [this] {
        m_sourcesStale = true;
        refresh();
    });
    refresh();

    m_statusLabel = new QLabel(tr("Database: %1 · reference data version %2")
                                       .arg(QDir::toNativeSeparators(m_workspace.databasePath()))
                                       .arg(m_workspace.referenceDataVersion()),
                               this);
    if (m_workspace.isReadOnly())
        m_statusLabel->setText(m_statusLabel->text()
                               + tr(" · read-only: imports are not possible"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_exportedLabel = new QLabel(this);
    m_exportedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFolder = new QPushButton(tr("Open the folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setFlat(true);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(
                QFileInfo(m_exportedPath).isDir() ? m_exportedPath
                                                  : QFileInfo(m_exportedPath).absolutePath()));
    });
    m_exportedLabel->hide();
    m_openFolder->hide();
    statusBar()->addWidget(m_exportedLabel, 1);
    statusBar()->addWidget(m_openFolder);
    statusBar()->addPermanentWidget(m_statusLabel);
    showReadStatus();
}

void MainWindow::restoreWindow()
{
    // First start: as large as the screen allows, up to 1360 × 900, centred.
    if (!restoreGeometry(settings::windowGeometry())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1360, 900);
        const QSize size = QSize(1360, 900).boundedTo(available.size());
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(settings::windowState());
    m_tabs->setCurrentIndex(std::clamp(settings::currentTab(), 0, m_tabs->count() - 1));
}

void MainWindow::showExported(const QString &path)
{
    m_exportedPath = path;
    m_exportedLabel->setText(tr("Exported: %1").arg(QDir::toNativeSeparators(path)));
    m_exportedLabel->show();
    m_openFolder->show();
}

QString MainWindow::statusText() const
{
    return m_exportedLabel->isVisible() ? m_exportedLabel->text() : m_statusLabel->text();
}

MainWindow::~MainWindow()
{
    saveSelection();
}

void MainWindow::saveSelection()
{
    if (!m_selectionUnsaved)
        return;
    m_selectionUnsaved = false;
    settings::setLastTerritory(m_workspace.currentTerritory());
    settings::setReferenceTerritory(m_workspace.referenceTerritory());
}

void MainWindow::createActions()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    // Import (#3): a table (also dropped on the window), one sourced figure, the datasets.
    const auto openImport = [this](const QString &path) {
        auto *dialog = new ImportDialog(m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (!path.isEmpty())
            dialog->setFile(path);
        dialog->show();
    };
    auto *importAction = fileMenu->addAction(tr("&Import a table…"));
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(importAction, &QAction::triggered, this, [openImport] { openImport({}); });
    connect(new FileDropFilter(this), &FileDropFilter::fileDropped, this, openImport);
    auto *figureAction = fileMenu->addAction(tr("Add a &sourced figure…"));
    figureAction->setObjectName(QStringLiteral("addFigureAction"));
    connect(figureAction, &QAction::triggered, this,
            [this] { AddFigureDialog(m_workspace, this).exec(); });
    auto *datasetsAction = fileMenu->addAction(tr("&Datasets…"));
    datasetsAction->setObjectName(QStringLiteral("datasetsAction"));
    connect(datasetsAction, &QAction::triggered, this,
            [this] { DatasetsDialog(m_workspace, this).exec(); });
    fileMenu->addSeparator();
    auto *exportAction = fileMenu->addAction(tr("&Export the chart…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // Whatever has focus (the territory field first: pick, then export).
    exportAction->setShortcutContext(Qt::ApplicationShortcut);
    exportAction->setToolTip(tr("Save the visible chart as PNG, SVG or PDF"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportCurrentChart);
    auto *pressKitAction = fileMenu->addAction(tr("&Press kit…"));
    pressKitAction->setObjectName(QStringLiteral("pressKitAction"));
    pressKitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    pressKitAction->setToolTip(tr("Write every chart of the territories as PNG, SVG, PDF, CSV and "
                                  "alternative text, with fact sheets and a methodology note"));
    connect(pressKitAction, &QAction::triggered, this,
            [this] { runPressKit(this, m_workspace, m_workspace.currentTerritory()); });
    auto *sireneAction = fileMenu->addAction(tr("Import the SIRENE &register…"));
    sireneAction->setToolTip(tr("Count the ESS establishments of each commune from Insee's "
                                "SIRENE stock files (estimates)"));
    connect(sireneAction, &QAction::triggered, this,
            [this] { SireneImportDialog(m_workspace, this).exec(); });
    fileMenu->addSeparator();
    auto *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    auto *findAction = viewMenu->addAction(tr("&Find a territory"));
    findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(findAction, &QAction::triggered, this, [this] {
        m_territoryBox->setFocus(Qt::ShortcutFocusReason);
        m_territoryBox->selectAll();
    });
    viewMenu->addSeparator();
    const auto chartAction = [this, viewMenu](const QString &text, const QKeySequence &key,
                                              void (ChartView::*slot)()) {
        auto *action = viewMenu->addAction(text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, slot] {
            if (ChartView *view = currentChart())
                (view->*slot)();
        });
        return action;
    };
    chartAction(tr("Zoom &in on the chart"), QKeySequence(Qt::CTRL | Qt::Key_Plus),
                &ChartView::zoomIn);
    chartAction(tr("Zoom &out of the chart"), QKeySequence(Qt::CTRL | Qt::Key_Minus),
                &ChartView::zoomOut);
    chartAction(tr("&Fit the chart to the window"), QKeySequence(Qt::CTRL | Qt::Key_0),
                &ChartView::fit);
    chartAction(tr("Chart at &actual size (100 %)"), QKeySequence(Qt::CTRL | Qt::Key_1),
                &ChartView::actualSize);
    auto *fullScreenAction = viewMenu->addAction(tr("F&ull screen"));
    fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreenAction->setCheckable(true);
    fullScreenAction->setShortcut(QKeySequence::FullScreen);
    if (fullScreenAction->shortcut().isEmpty())
        fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(fullScreenAction, &QAction::toggled, this,
            [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });
    viewMenu->addSeparator();
    auto *languageMenu = viewMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    for (const auto &[code, label] :
         { std::pair { "fr", "Français" }, std::pair { "en", "English" } }) {
        auto *action = languageMenu->addAction(QString::fromUtf8(label));
        action->setCheckable(true);
        action->setChecked(settings::language() == QLatin1String(code));
        action->setData(QString::fromLatin1(code));
        group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, action] { setLanguage(action->data().toString()); });
    }

    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *guideAction = helpMenu->addAction(tr("&User guide"));
    guideAction->setObjectName(QStringLiteral("guideAction"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    connect(guideAction, &QAction::triggered, this, &MainWindow::showGuide);
    helpMenu->addSeparator();
    auto *aboutAction = helpMenu->addAction(tr("&About"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(aboutAction, &QAction::triggered, this,
            [this] { AboutDialog(m_workspace, this).exec(); });

    auto *toolbar = addToolBar(tr("Selection"));
    toolbar->setObjectName(QStringLiteral("selectionToolbar"));
    toolbar->setMovable(false);
    auto *territoryLabel = new QLabel(tr("&Territory: "), toolbar);
    territoryLabel->setBuddy(m_territoryBox);
    toolbar->addWidget(territoryLabel);
    toolbar->addWidget(m_territoryBox);
    toolbar->addSeparator();
    auto *referenceLabel = new QLabel(tr("&Compare with: "), toolbar);
    referenceLabel->setBuddy(m_referenceBox);
    toolbar->addWidget(referenceLabel);
    toolbar->addWidget(m_referenceBox);
    toolbar->addSeparator();
    toolbar->addAction(exportAction);
    toolbar->addAction(pressKitAction);
}

void MainWindow::createCentralWidget()
{
    m_territoryBox = new TerritoryPicker(this);
    m_territoryBox->setMinimumWidth(220);
    m_territoryBox->setMaximumWidth(420);
    m_referenceBox = new QComboBox(this);
    m_referenceBox->setToolTip(tr("Reference territory for the comparison charts"));

    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("dashboardPage"));
    page->setStyleSheet(QStringLiteral("#dashboardPage { background: #f4f6f8; }"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 18, 24, 12);
    layout->setSpacing(12);

    m_heading = new QLabel(page);
    m_heading->setStyleSheet(QStringLiteral("font-size: 19pt; font-weight: 700; color: #1f2328;"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subheading = new QLabel(page);
    m_subheading->setStyleSheet(QStringLiteral("color: #4b5563; font-size: 10pt;"));
    m_subheading->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (const QString &title : { tr("ESS share of employment"), tr("ESS share of establishments"),
                                  tr("Employees per ESS structure") }) {
        auto *card = new KeyFigureCard(title, page);
        m_cards.append(card);
        cards->addWidget(card, 1);
    }
    layout->addLayout(cards);

    m_tabs = new QTabWidget(page);
    m_tabs->setDocumentMode(true);
    const QStringList tabTitles { tr("Jobs"), tr("Establishments"), tr("Average size"),
                                  tr("ESS families") };
    for (const QString &title : tabTitles) {
        auto *view = new ChartView(m_tabs);
        view->setByline(m_workspace.defaults().byline);
        m_charts.append(view);
        m_tabs->addTab(view, title);
    }
    m_observationModel = new core::ObservationTableModel(this);
    m_observationProxy = new QSortFilterProxyModel(this);
    m_observationProxy->setSourceModel(m_observationModel);
    m_observationProxy->setSortRole(core::ObservationTableModel::SortRole);
    auto *observationPage = new QWidget(m_tabs);
    auto *observationLayout = new QVBoxLayout(observationPage);
    observationLayout->setContentsMargins(0, 6, 0, 0);
    auto *observationBar = new QHBoxLayout;
    auto *filter = new QLineEdit(observationPage);
    filter->setObjectName(QStringLiteral("observationFilter"));
    filter->setPlaceholderText(tr("Filter: territory, measure, source…"));
    filter->setClearButtonEnabled(true);
    m_observationProxy->setFilterKeyColumn(-1);
    m_observationProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(filter, &QLineEdit::textChanged, m_observationProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *csvButton = new QPushButton(tr("Export as CSV…"), observationPage);
    csvButton->setObjectName(QStringLiteral("observationCsvButton"));
    connect(csvButton, &QPushButton::clicked, this, &MainWindow::exportObservations);
    observationBar->addWidget(filter, 1);
    observationBar->addWidget(csvButton);
    observationLayout->addLayout(observationBar);
    m_observationView = new QTableView(observationPage);
    m_observationView->setObjectName(QStringLiteral("observationView"));
    observationLayout->addWidget(m_observationView, 1);
    m_observationView->setModel(m_observationProxy);
    m_observationView->setSortingEnabled(true);
    m_observationView->sortByColumn(core::ObservationTableModel::Territory, Qt::AscendingOrder);
    auto *copyRows = new QAction(tr("Copy the rows"), m_observationView);
    copyRows->setShortcut(QKeySequence::Copy);
    copyRows->setShortcutContext(Qt::WidgetShortcut);
    connect(copyRows, &QAction::triggered, this, &MainWindow::copyObservationRows);
    m_observationView->addAction(copyRows);
    m_observationView->installEventFilter(
            new CopyRowsFilter(m_observationView, [this] { copyObservationRows(); }));
    m_observationView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_observationView->setAlternatingRowColors(true);
    m_observationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_observationView->verticalHeader()->hide();
    m_observationView->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(observationPage, tr("Observations"));
    m_sourcesTable = new QTableWidget(m_tabs);
    m_sourcesTable->setColumnCount(5);
    m_sourcesTable->setHorizontalHeaderLabels(
            { tr("Title"), tr("Publisher"), tr("Published"), tr("Licence"), tr("Address") });
    m_sourcesTable->verticalHeader()->hide();
    m_sourcesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sourcesTable->setWordWrap(true);
    m_sourcesTable->setSortingEnabled(true);
    // Addresses open in the browser.
    connect(m_sourcesTable, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (column != 4)
            return;
        const QUrl url(m_sourcesTable->item(row, column)->text());
        if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
            QDesktopServices::openUrl(url);
    });
    connect(m_sourcesTable, &QTableWidget::cellClicked, m_sourcesTable,
            &QTableWidget::cellActivated);
    m_sourcesTable->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_sourcesTable, tr("Sources"));
    m_communeView = new CommuneView(m_tabs);
    m_tabs->addTab(m_communeView, tr("Communes"));
    // The map comes first when the communes can be drawn (the contours of data/geo).
    if (m_workspace.isOpen() && !m_workspace.atlas()->isEmpty()) {
        m_mapView = new MapView(m_workspace, m_tabs);
        m_tabs->insertTab(0, m_mapView, tr("Map"));
        connect(m_mapView, &MapView::communeActivated, this,
                [this](const QString &code) { selectTerritory(code); });
    }
    connect(m_communeView, &CommuneView::communeActivated, this, [this](const QString &code) {
        if (selectTerritory(code))
            m_tabs->setCurrentIndex(0);
    });
    connect(m_communeView, &CommuneView::importRequested, this,
            [this] { SireneImportDialog(m_workspace, this).exec(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        settings::setCurrentTab(index);
        refreshVisibleTable();
    });
    layout->addWidget(m_tabs, 1);
    m_tabs->setMinimumHeight(260);

    // Small screens (1024 × 600): the page scrolls rather than clipping cards or charts.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(page);
    setCentralWidget(scroll);
}

void MainWindow::fillSelectors()
{
    const core::TerritoryIndex &index = m_workspace.territories();
    m_territoryBox->setTerritories(index, m_workspace.defaults().featured);
    connect(m_territoryBox, &TerritoryPicker::territoryChosen, this,
            [this](const QString &code) { m_workspace.setCurrentTerritory(code); });

    m_referenceBox->clear();
    for (const QString &code : m_workspace.defaults().references)
        if (const core::Territory *t = index.find(code))
            m_referenceBox->addItem(t->name, t->code);
    connect(m_referenceBox, &QComboBox::activated, this, [this](int i) {
        m_workspace.setReferenceTerritory(m_referenceBox->itemData(i).toString());
    });
}

bool MainWindow::selectTerritory(const QString &code)
{
    const core::Territory *t = m_workspace.territories().find(code);
    if (!t
        || (t->kind != core::TerritoryKind::Commune && t->kind != core::TerritoryKind::Epci
            && t->kind != core::TerritoryKind::Arrondissement))
        return false;
    m_territoryBox->setCurrentTerritory(code);
    m_workspace.setCurrentTerritory(code);
    return true;
}

KeyFigureCard *MainWindow::card(int index) const
{
    return m_cards.value(index);
}

ChartView *MainWindow::currentChart() const
{
    if (m_tabs->currentWidget() == m_communeView)
        return m_communeView->chart()->spec().hasData() ? m_communeView->chart() : nullptr;
    return qobject_cast<ChartView *>(m_tabs->currentWidget());
}

void MainWindow::refresh()
{
    const QString code = m_workspace.currentTerritory();
    const QString reference = m_workspace.referenceTerritory();
    const core::TerritoryIndex &index = m_workspace.territories();
    const core::Territory *t = index.find(code);
    if (!t)
        return;
    if (m_territoryBox->currentTerritory() != code || !m_territoryBox->hasFocus())
        m_territoryBox->setCurrentTerritory(code);
    setWindowTitle(tr("%1 — ESS dashboard").arg(t->displayName()));
    if (const int i = m_referenceBox->findData(reference); i >= 0)
        m_referenceBox->setCurrentIndex(i);
    if (!m_selectionUnsaved) {
        m_selectionUnsaved = true;
        QTimer::singleShot(500, this, &MainWindow::saveSelection);
    }

    m_heading->setText(t->name);
    QStringList facts;
    facts << core::territoryKindLabel(t->kind);
    if (t->kind != core::TerritoryKind::Commune) {
        const auto communes = index.communesOf(code).size();
        if (communes > 0)
            facts << tr("%n commune(s)", nullptr, int(communes));
    } else if (const core::Territory *epci = index.find(t->parentCode)) {
        facts << epci->name;
    }
    if (t->population)
        facts << tr("%1 inhabitants (Insee, municipal population %2)")
                         .arg(core::format::number(double(*t->population)))
                         .arg(t->populationYear.value_or(0));
    facts << tr("compared with %1").arg(index.nameOf(reference));
    m_subheading->setText(facts.join(QStringLiteral(" · ")));

    const QString ess = QStringLiteral("ess");
    m_cards[0]->setFigure(
            m_workspace, m_workspace.keyFigure(code, QStringLiteral("employment_share"), ess),
            t->name, registerEstimateLine(m_workspace, code, QStringLiteral("employment_share")));
    m_cards[1]->setFigure(
            m_workspace, m_workspace.keyFigure(code, QStringLiteral("establishment_share"), ess),
            t->name,
            registerEstimateLine(m_workspace, code, QStringLiteral("establishment_share")));
    QString extra;
    const core::KeyFigure assoc = m_workspace.keyFigure(code, QStringLiteral("avg_employees"),
                                                        QStringLiteral("associations"));
    if (assoc.indicator) {
        const core::indicators::Indicator &a = *assoc.indicator;
        extra = tr("Local evidence (%1, associations only): %2, %3")
                        .arg(index.nameOf(a.territoryCode), core::indicators::statement(a),
                             core::indicators::yearAndMethod(a, QStringLiteral(", ")));
        if (a.comparison)
            extra += QStringLiteral(" — ")
                    + core::indicators::comparisonText(a,
                                                       index.nameOf(a.comparison->territoryCode));
    }
    if (const QString line =
                registerEstimateLine(m_workspace, code, QStringLiteral("avg_employees"));
        !line.isEmpty())
        extra += (extra.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    m_cards[2]->setFigure(m_workspace,
                          m_workspace.keyFigure(code, QStringLiteral("avg_employees"), ess),
                          t->name, extra);
    const QString cardIds[] = { QStringLiteral("employment_share"),
                                QStringLiteral("establishment_share"),
                                QStringLiteral("avg_employees") };
    for (int i = 0; i < 3; ++i)
        m_cards[i]->setReference(m_workspace, m_workspace.keyFigure(reference, cardIds[i], ess),
                                 reference);
    m_communeView->setTerritory(m_workspace, code);
    if (m_mapView)
        m_mapView->setTerritory(code);

    // Hidden chart tabs build their chart when shown (or exported).
    for (qsizetype i = 0; i < m_charts.size(); ++i)
        m_charts[i]->setSpecLater([this, id = QString::fromLatin1(kChartIds[i]), code, reference] {
            return core::charts::ChartBuilder(m_workspace).build(id, code, reference);
        });
    // The tables are filled when their tab is shown: a switch redraws what is visible only.
    m_observationsStale = true;
    refreshVisibleTable();
}

void MainWindow::showReadStatus()
{
    const core::Status st = m_workspace.readStatus();
    if (st || !m_statusLabel || m_readErrorShown)
        return;
    m_readErrorShown = true; // the first error stays until the database is reopened
    m_statusLabel->setText(st.error().message);
    m_statusLabel->setToolTip(st.error().message);
    m_statusLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    auto *box = new QMessageBox(
            QMessageBox::Critical, tr("Damaged database"),
            tr("%1\n\nFigures shown as \"not available\" may come from this error, not from a "
               "missing source: do not publish them. Restore a copy of the database or import "
               "the files again.")
                    .arg(st.error().message),
            QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("readErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): a refresh must not wait for the user
}

void MainWindow::refreshVisibleTable()
{
    QWidget *current = m_tabs->currentWidget();
    if (m_observationsStale && current == m_observationView->parentWidget()) {
        m_observationsStale = false;
        refreshObservations();
    }
    if (m_sourcesStale && current == m_sourcesTable) {
        m_sourcesStale = false;
        refreshSources();
    }
    showReadStatus();
}

void MainWindow::refreshObservations()
{
    const core::TerritoryIndex &index = m_workspace.territories();
    QStringList codes;
    for (const core::Territory &t : index.ancestry(m_workspace.currentTerritory()))
        codes << t.code;
    if (!codes.contains(m_workspace.referenceTerritory()))
        codes << m_workspace.referenceTerritory();
    std::vector<core::Observation> all;
    for (const QString &c : codes) {
        auto f = m_workspace.sharedFigures(c);
        if (f)
            all.insert(all.end(), f.value()->observations.begin(), f.value()->observations.end());
    }
    QHash<qint64, core::Dataset> datasets;
    if (auto list = m_workspace.datasets())
        for (const core::Dataset &d : list.value())
            datasets.insert(d.id, d);
    QHash<QString, QString> names;
    for (const core::Territory &t : index.all())
        names.insert(t.code, t.displayName());
    m_observationModel->setObservations(std::move(all), m_workspace.sources(), datasets, names);
    m_observationView->resizeColumnsToContents();
}

namespace {
/// A table item that sorts by kSortRole when it has one (dates shown in words).
class SortKeyItem final : public QTableWidgetItem
{
public:
    static constexpr int kSortRole = Qt::UserRole + 1;
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant mine = data(kSortRole);
        const QVariant theirs = other.data(kSortRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toString() < theirs.toString();
        return QTableWidgetItem::operator<(other);
    }
};
} // namespace

void MainWindow::refreshSources()
{
    QList<core::Source> sources = m_workspace.sources().values();
    std::sort(sources.begin(), sources.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });
    m_sourcesTable->setSortingEnabled(false);
    m_sourcesTable->setRowCount(int(sources.size()));
    for (int row = 0; row < sources.size(); ++row) {
        const core::Source &s = sources.at(row);
        // Who made the statistic, via the publication read; inferred titles and dates say so.
        const QStringList cells {
            s.titleInferred ? tr("%1 (title reconstructed)").arg(s.title) : s.title,
            !s.producer.isEmpty() && s.producer != s.publisher
                    ? tr("%1, via %2").arg(s.producer, s.publisher)
                    : s.publisher,
            s.publishedInferred ? tr("%1, date inferred").arg(core::format::longDate(s.published))
                                : core::format::longDate(s.published),
            s.licence, s.url
        };
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new SortKeyItem(cells.at(col));
            if (col == 2) // "27 novembre 2025" sorts by its ISO date
                item->setData(SortKeyItem::kSortRole, s.published);
            item->setToolTip(col == 0 && !s.note.isEmpty() ? s.note : cells.at(col));
            if (col == 4 && !s.url.isEmpty()) {
                QFont link = item->font();
                link.setUnderline(true);
                item->setFont(link);
                item->setForeground(QColor(0x00, 0x5a, 0x9c));
                item->setToolTip(tr("Open %1 in the browser").arg(s.url));
            }
            m_sourcesTable->setItem(row, col, item);
        }
    }
    m_sourcesTable->setSortingEnabled(true);
    m_sourcesTable->resizeColumnsToContents();
    m_sourcesTable->setColumnWidth(0, std::min(m_sourcesTable->columnWidth(0), 420));
}

void MainWindow::copyObservationRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_observationView->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(core::rowsToTsv(*m_observationProxy, rows));
    statusBar()->showMessage(tr("%n row(s) copied.", nullptr, int(rows.size())), 4000);
}

void MainWindow::exportObservations()
{
    QString dir = settings::lastExportDir();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the observations"),
            dir
                    + QStringLiteral("/observations-%1.csv")
                              .arg(core::render::PressKit::slug(m_workspace.currentTerritory())),
            tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    settings::setLastExportDir(QFileInfo(path).absolutePath());
    const auto st = core::render::writeFileAtomically(
            path, core::modelToCsv(*m_observationProxy, core::ObservationTableModel::SortRole));
    if (!st) {
        QMessageBox::critical(this, tr("Export the observations"), st.error().message);
        return;
    }
    showExported(path);
}

void MainWindow::exportCurrentChart()
{
    ChartView *view = currentChart();
    if (!view && !(m_mapView && m_tabs->currentWidget() == m_mapView)) {
        QMessageBox::information(this, tr("Export the chart"),
                                 tr("This tab has no chart to export. Choose one of the chart "
                                    "tabs, or the Communes tab once it shows its ranking."));
        return;
    }
    ExportDialog dialog(m_workspace, view ? view->spec() : m_mapView->spec(), this);
    if (dialog.exec() == QDialog::Accepted)
        showExported(dialog.writtenPath());
}

void MainWindow::showGuide()
{
    if (!m_guide)
        m_guide = new GuideWindow(this);
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
}

void MainWindow::setLanguage(const QString &language)
{
    if (language == settings::language())
        return;
    settings::setLanguage(language);
    QMessageBox::information(
            this, tr("Language"),
            tr("The new language will be used the next time the dashboard starts."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSelection();
    settings::setWindowGeometry(saveGeometry());
    settings::setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

} // namespace app
