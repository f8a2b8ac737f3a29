// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace core {
class Workspace;
}

namespace app {

/// Lists every load with its provenance (file, SHA-256, date, source, observation count) and
/// removes an import after a confirmation; the reference data cannot be removed. Acts through
/// core::Workspace; GUI thread.
class DatasetsDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column { Id, Kind, File, Sha256, LoadedAt, Source, Observations, ColumnCount };

    explicit DatasetsDialog(core::Workspace &workspace, QWidget *parent = nullptr);
    ~DatasetsDialog() override;

    void reload();
    /// Removes the dataset of a row; asks first unless confirm is false (tests).
    bool removeRow(int row, bool confirm = true);
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }

private:
    core::Workspace &m_workspace;
    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace app
