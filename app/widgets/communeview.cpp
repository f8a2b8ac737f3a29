// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/communeview.h"

#include "app/widgets/chartview.h"
#include "core/charts/communeranking.h"
#include "core/indicators/registerfigures.h"
#include "core/models/communeregistermodel.h"
#include "core/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace app {

CommuneView::CommuneView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("communeView"));
    auto *layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

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

    auto *chartPane = new QWidget(splitter);
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
    m_content->hide();
}

void CommuneView::setTerritory(const core::Workspace &workspace, const QString &territoryCode)
{
    m_territoryName = workspace.territories().nameOf(territoryCode);
    m_model->setFigures(core::indicators::registerFigures(workspace, territoryCode));
    if (m_model->figures().isEmpty()) {
        m_message->setText(
                tr("No SIRENE register figures for the communes of %1 yet. Import Insee's stock "
                   "files with File ▸ Import the SIRENE register…, or on the command line: "
                   "ess-dashboard import-sirene --unites-legales StockUniteLegale_utf8.zip "
                   "--etablissements StockEtablissement_utf8.zip")
                        .arg(m_territoryName));
        m_content->hide();
    } else {
        m_message->setText(tr("%1 — %n commune(s), SIRENE register: %2. Application convention, "
                              "not Insee's official ESS perimeter; employer establishments are "
                              "the ones comparable with published figures.",
                              nullptr, m_model->rowCount())
                                   .arg(m_territoryName, m_model->provenanceText()));
        m_content->show();
        m_table->resizeColumnsToContents();
    }
    updateChart();
}

QString CommuneView::messageText() const
{
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
