// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/datasetsdialog.h"

#include "app/widgets/screenfit.h"
#include "core/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace app {

DatasetsDialog::DatasetsDialog(core::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Datasets"));
    setObjectName(QStringLiteral("datasetsDialog"));
    fitToScreen(this, QSize(1000, 420));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({ tr("No."), tr("Kind"), tr("File"), tr("SHA-256"),
                                         tr("Loaded"), tr("Source"), tr("Observations") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(tr("&Remove…"), QDialogButtonBox::ActionRole);
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        const QTableWidgetItem *kind = row >= 0 ? m_table->item(row, Kind) : nullptr;
        m_remove->setEnabled(kind && kind->data(Qt::UserRole).toString() != u"reference");
    });
    connect(&m_workspace, &core::Workspace::datasetAdded, this, [this] { reload(); });
    connect(&m_workspace, &core::Workspace::datasetRemoved, this, [this] { reload(); });
    reload();
}

DatasetsDialog::~DatasetsDialog() = default;

void DatasetsDialog::reload()
{
    m_table->setRowCount(0);
    auto list = m_workspace.datasets();
    if (!list)
        return;
    const QLocale locale;
    for (const core::Dataset &d : list.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const core::Source s = m_workspace.source(d.sourceId);
        const QString kind = core::datasetKindLabel(d.kind);
        const QStringList cells { QString::number(d.id),
                                  kind,
                                  d.fileName,
                                  d.sha256,
                                  locale.toString(d.loadedAt.toLocalTime(), QLocale::ShortFormat),
                                  s.title.isEmpty() ? d.note : s.title,
                                  locale.toString(d.observationCount) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole,
                          c == Id ? QVariant(d.id) : QVariant(core::datasetKindKey(d.kind)));
            if (c == Sha256 || c == Source)
                item->setToolTip(cells.at(c)
                                 + (c == Source && !s.url.isEmpty() ? u'\n' + s.url : QString()));
            if (c == Observations)
                item->setData(Qt::UserRole + 1, d.observationCount);
            if (c == Id || c == Observations)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(Sha256, std::min(m_table->columnWidth(Sha256), 160));
}

bool DatasetsDialog::removeRow(int row, bool confirm)
{
    if (row < 0 || row >= m_table->rowCount())
        return false;
    const qint64 id = m_table->item(row, Id)->data(Qt::UserRole).toLongLong();
    if (m_table->item(row, Kind)->data(Qt::UserRole).toString() == u"reference")
        return false;
    if (confirm
        && QMessageBox::question(
                   this, tr("Remove a dataset"),
                   tr("Remove dataset %1 (%2) and its %n observation(s)? This cannot be undone.",
                      nullptr, m_table->item(row, Observations)->data(Qt::UserRole + 1).toInt())
                           .arg(id)
                           .arg(m_table->item(row, File)->text().isEmpty()
                                        ? m_table->item(row, Source)->text()
                                        : m_table->item(row, File)->text()),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Yes)
        return false;
    if (auto st = m_workspace.removeDataset(id); !st) {
        QMessageBox::warning(this, tr("Remove a dataset"), st.error().message);
        return false;
    }
    reload();
    return true;
}

} // namespace app
