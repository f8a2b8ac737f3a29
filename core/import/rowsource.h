// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace core::import {

/// One physical record of a file: its cells as parsed and the 1-based line (CSV) or
/// spreadsheet row (XLSX) where it starts.
struct RawRow
{
    int line = 0;
    QStringList cells;

    /// Number of cells that are not empty after trimming.
    [[nodiscard]] int nonEmptyCount() const;
    /// Cell at a 0-based index, or an empty string past the end.
    [[nodiscard]] QString cell(int index) const
    {
        return index >= 0 && index < cells.size() ? cells.at(index) : QString();
    }
};

/// A streaming reader of records (CsvReader, XlsxReader). Owned by its caller; one thread.
class RowSource
{
public:
    virtual ~RowSource() = default;
    /// Reads the next record into row, reusing its buffers. Returns false at the end of the
    /// file, or an Error (truncated file, zip bomb, bad XML...).
    [[nodiscard]] virtual Result<bool> next(RawRow &row) = 0;
    /// "UTF-8", "UTF-8 (BOM)", "windows-1252"; XLSX: "xlsx".
    [[nodiscard]] virtual QString encoding() const = 0;
    /// ";", ",", "\t"; empty for spreadsheets.
    [[nodiscard]] virtual QString separator() const = 0;
    [[nodiscard]] virtual QString fileName() const = 0;
};

/// Opens a table file by its first bytes: a ZIP ("PK") is read as XLSX (\a sheet, or the first
/// sheet when empty), anything else as CSV.
[[nodiscard]] Result<std::unique_ptr<RowSource>> openRowSource(const QString &path,
                                                               const QString &sheet = {});

} // namespace core::import
