// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/rowsource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>

namespace core::import {

struct TableOptions
{
    int headerRow = 0; ///< 1-based physical line (XLSX: row number) of the header; 0 = detect
    QString sheet; ///< XLSX sheet name; empty = the first sheet
    int lookahead = 200; ///< records read ahead to detect the header
};

/// A line of the file that is not data: a title above the header, a note after the table.
struct TableLine
{
    int line = 0;
    QString text;
};

/// A CSV or XLSX file seen as a table: title lines, a header row, data rows in file order with
/// their physical line numbers, then notes. Streams rows from its RowSource; owned by its
/// caller; one thread.
///
/// Header detection: the width of a row is the position of its last non-empty cell; the
/// table's width is the most frequent width among rows with at least two non-empty cells.
/// The header is the first row that reaches that width, has at least two non-empty cells and
/// is followed by such a row. Rows with at most one non-empty cell after the last data row are
/// notes (or empty lines); in the middle of the data, empty lines are listed and skipped,
/// single-cell rows are data.
class Table
{
    Q_DECLARE_TR_FUNCTIONS(Table)
public:
    /// Opens a CSV or XLSX file (chosen by its first bytes: "PK" is XLSX) and finds its header.
    [[nodiscard]] static Result<std::unique_ptr<Table>> open(const QString &path,
                                                             const TableOptions &options = {});
    [[nodiscard]] static Result<std::unique_ptr<Table>>
    fromSource(std::unique_ptr<RowSource> source, const TableOptions &options = {});
    ~Table();

    [[nodiscard]] QString fileName() const { return m_source->fileName(); }
    [[nodiscard]] QString encoding() const { return m_source->encoding(); }
    [[nodiscard]] QString separator() const { return m_source->separator(); }
    [[nodiscard]] int headerRow() const { return m_headerRow; }
    /// Header texts, trimmed; as many as the table is wide.
    [[nodiscard]] const QStringList &columns() const { return m_columns; }
    /// Index of the first column whose trimmed header is name, or -1.
    [[nodiscard]] int columnIndex(const QString &name) const { return m_columns.indexOf(name); }
    /// Non-empty lines above the header.
    [[nodiscard]] const QList<TableLine> &titleLines() const { return m_titles; }

    /// Next data row, reusing row's buffers; false after the last one. Errors come from the
    /// reader (truncated file, zip bomb...).
    [[nodiscard]] Result<bool> next(RawRow &row);
    /// Line of the last record read from the file; after an error from next(), the line where
    /// the failing record starts (an unterminated quote opens there).
    [[nodiscard]] int currentLine() const { return m_lastLine; }
    /// Notes after the table; complete once next() has returned false.
    [[nodiscard]] const QList<TableLine> &notes() const { return m_notes; }
    /// Empty lines below the header; complete once next() has returned false.
    [[nodiscard]] const QList<int> &emptyLines() const { return m_emptyLines; }

private:
    Table() = default;
    [[nodiscard]] Result<bool> read(RawRow &row);
    [[nodiscard]] Status findHeader(const TableOptions &options);
    /// true, or an error when a data row is wider than the header (nothing may be dropped).
    [[nodiscard]] Result<bool> checkWidth(const RawRow &row);
    static int width(const RawRow &row);

    std::unique_ptr<RowSource> m_source;
    std::deque<RawRow> m_ahead; // read during header detection, not yet returned
    std::deque<RawRow> m_pending; // rows with at most one cell: notes unless data follows
    bool m_flushPending = false;
    bool m_sourceDone = false;
    std::optional<Error> m_deferredError; // reader error met while looking ahead
    int m_deferredLine = 0;
    int m_headerRow = 0;
    int m_lastLine = 0;
    QStringList m_columns;
    QList<TableLine> m_titles;
    QList<TableLine> m_notes;
    QList<int> m_emptyLines;
};

struct InspectOptions
{
    TableOptions table;
    int rows = 20; ///< data rows to include
};

/// What the reader understood, as the `inspect` command prints it:
/// {"encoding","separator","header_row","columns":[...],"rows":[[...],...],"notes":[...]},
/// every cell as the exact string parsed. Reads the whole file, since notes come last, but keeps
/// only the first options.rows data rows (all when negative).
[[nodiscard]] Result<QJsonObject> inspect(const QString &path, const InspectOptions &options = {});

} // namespace core::import
