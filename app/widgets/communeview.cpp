// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/communeview.h"

#include "app/widgets/chartview.h"
#include "core/charts/communeranking.h"
#include "core/indicators/registerfigures.h"
#include "core/models/communeregistermodel.h"
#include "core/registerqueries.h"
#include "core/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace app {

namespace {
/// Greys the shares that rest on small counts (their text says so too).
class SmallCountDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(core::CommuneRegisterModel::SmallCountRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0x8a, 0x8f, 0x98));
    }
};
} // namespace

CommuneView::CommuneView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("communeView"));
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    m_import = new QPushButton(tr("Import the SIRENE register…"), this);
    m_import->setObjectName(QStringLiteral("sireneImportButton"));
    m_import->setToolTip(tr("Insee's stock files StockUniteLegale and StockEtablissement, from "
                            "data.gouv.fr (\"Base Sirene des entreprises et de leurs "
                            "établissements\"), Licence Ouverte 2.0. Large files: the two "
                            "ZIPs together weigh a few gigabytes; they are read without "
                            "unzipping."));
    connect(m_import, &QPushButton::clicked, this, &CommuneView::importRequested);
    messageRow->addWidget(m_import, 0, Qt::AlignTop);
    layout->addLayout(messageRow);

    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, m_content);
    m_model = new core::CommuneRegisterModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(core::CommuneRegisterModel::SortRole);
    m_table = new QTableView(splitter);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(core::CommuneRegisterModel::EssEstablishments, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegate(new SmallCountDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString code = index.data(core::CommuneRegisterModel::TerritoryCodeRole).toString();
        if (!code.isEmpty())
            emit communeActivated(code);
    });

    auto *chartPane = new QWidget(splitter);
    m_chartPane = chartPane;
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *rankingRow = new QHBoxLayout;
    auto *rankingLabel = new QLabel(tr("&Rank by:"), chartPane);
    m_ranking = new QComboBox(chartPane);
    m_ranking->addItem(tr("ESS establishments"));
    m_ranking->addItem(tr("ESS share of employer establishments"));
    rankingLabel->setBuddy(m_ranking);
    rankingRow->addWidget(rankingLabel);
    rankingRow->addWidget(m_ranking, 1);
    chartLayout->addLayout(rankingRow);
    m_chart = new ChartView(chartPane);
    chartLayout->addWidget(m_chart, 1);
    connect(m_ranking, &QComboBox::currentIndexChanged, this, [this] { updateChart(); });

    splitter->addWidget(m_table);
    splitter->addWidget(chartPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout->addWidget(splitter, 1);
    layout->addWidget(m_content, 1);
}

void CommuneView::setTerritory(const core::Workspace &workspace, const QString &territoryCode)
{
    m_workspace = &workspace;
    m_territoryCode = territoryCode;
    m_chart->setByline(workspace.defaults().byline);
    m_dirty = true;
    // A hidden tab costs nothing at a territory switch: it reads its figures when shown.
    if (isVisible())
        reload();
}

void CommuneView::load() const
{
    if (m_dirty)
        const_cast<CommuneView *>(this)->reload();
}

core::CommuneRegisterModel *CommuneView::model() const
{
    load();
    return m_model;
}

ChartView *CommuneView::chart() const
{
    load();
    return m_chart;
}

QTableView *CommuneView::table() const
{
    load();
    return m_table;
}

void CommuneView::reload()
{
    m_dirty = false;
    if (!m_workspace)
        return;
    const core::Workspace &workspace = *m_workspace;
    const QString &territoryCode = m_territoryCode;
    const core::TerritoryIndex &index = workspace.territories();
    m_territoryName = index.nameOf(territoryCode);
    std::vector<core::indicators::RegisterCommune> communes;
    for (const core::Territory &t : index.communesOf(territoryCode)) {
        core::indicators::RegisterCommune row;
        row.commune = t;
        if (const core::Territory *epci = index.find(t.parentCode);
            epci && epci->kind == core::TerritoryKind::Epci)
            row.epciName = epci->displayName();
        communes.push_back(std::move(row));
    }
    m_model->setCommunes(std::move(communes));
    m_model->setFigures(core::registerFigures(workspace, territoryCode));
    const bool empty = m_model->figures().isEmpty();
    if (empty) {
        m_message->setText(
                tr("%1 — %n commune(s) with their population. No SIRENE register figures yet: "
                   "import Insee's stock files (StockUniteLegale and StockEtablissement, free "
                   "on data.gouv.fr, a few gigabytes of ZIP files read without unzipping) to "
                   "count the ESS establishments of each commune.",
                   nullptr, m_model->rowCount())
                        .arg(m_territoryName));
    } else {
        m_message->setText(tr("%1 — %n commune(s), SIRENE register: %2. Application convention, "
                              "not Insee's official ESS perimeter; employer establishments are "
                              "the ones comparable with published figures. Shares on fewer than "
                              "%3 establishments are greyed and marked \"small count\".",
                              nullptr, m_model->rowCount())
                                   .arg(m_territoryName, m_model->provenanceText())
                                   .arg(int(core::indicators::kSmallCountThreshold)));
    }
    m_import->setVisible(empty);
    m_chartPane->setVisible(!empty);
    // Measuring 82 rows of text costs a few milliseconds: only for a visible table.
    m_resizePending = !isVisible();
    if (!m_resizePending)
        m_table->resizeColumnsToContents();
    updateChart();
}

void CommuneView::showEvent(QShowEvent *event)
{
    load();
    if (m_resizePending) {
        m_resizePending = false;
        m_table->resizeColumnsToContents();
    }
    QWidget::showEvent(event);
}

QString CommuneView::messageText() const
{
    load();
    return m_message->text();
}

void CommuneView::setRanking(int index)
{
    m_ranking->setCurrentIndex(index);
}

void CommuneView::updateChart()
{
    const auto key = m_ranking->currentIndex() == 1
            ? core::charts::CommuneRankingKey::EssEmployerShare
            : core::charts::CommuneRankingKey::EssEstablishments;
    m_chart->setSpec(
            core::charts::communeRegisterRanking(m_model->figures(), key, m_territoryName));
}

} // namespace app
