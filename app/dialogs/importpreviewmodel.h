// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/rowsource.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace app {

/// The first rows of a table as the reader understood them, for the import assistant: cells as
/// read, numbers with the value they were read as ("12 345 → 12345"), missing-value markers in
/// grey italics; the vertical header gives each row's line in the file. GUI thread.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { LineRole = Qt::UserRole + 1, RawRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// Replaces the whole preview.
    void setTable(QStringList columns, std::vector<core::import::RawRow> rows);
    void clear();

    [[nodiscard]] const QStringList &columns() const { return m_columns; }
    /// The cells of a row as read (empty past the end).
    [[nodiscard]] QStringList rawRow(int row) const;
    /// The row showing a physical line of the file, or -1.
    [[nodiscard]] int rowOfLine(int line) const;
    /// "Effectifs (#3)", or "#3" for a column without a name (0-based \a column).
    [[nodiscard]] static QString columnLabel(const QStringList &columns, int column);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    std::vector<core::import::RawRow> m_rows;
};

} // namespace app
