// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/table.h"

#include <QList>
#include <QString>

namespace core::import {

/// One thing wrong in a file: where (file, 1-based line or XLSX row, column), the raw cell and
/// a complete translated message saying what was expected.
struct Problem
{
    enum class Kind {
        NotATable, ///< empty, binary, truncated, damaged or refused (zip bomb)
        InvalidSpec, ///< the mapping itself is wrong
        MissingColumn, ///< a mapped column is not in the header
        UnknownTerritory,
        AmbiguousTerritory,
        NotANumber,
        NotAYear,
        YearOutOfRange,
        ShareOutOfRange,
        NegativeCount,
        DuplicateConflict,
        UnknownMeasure, ///< long layout: a measure, scope or sector cell outside the vocabulary
    };
    Kind kind = Kind::NotATable;
    QString file;
    int line = 0; ///< 0 when the whole file or spec is concerned
    int column = 0; ///< 1-based; 0 when no column is concerned
    QString columnName;
    QString raw;
    QString message;
};

/// A line that gave no observation, and why ("title above the header", "empty line", ...).
struct SkippedLine
{
    int line = 0;
    QString reason;
};

/// What an import read and found. ok() is false when any problem was found: the caller then
/// writes nothing at all.
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
public:
    static constexpr int kMaxProblems = 1000; ///< problems kept; problemCount counts them all

    QString file;
    QString encoding;
    QString separator;
    int headerRow = 0;
    QStringList columns;
    qint64 rowsRead = 0; ///< data rows below the header
    qint64 observations = 0;
    qint64 missingBySecrecy =
            0; ///< cells with a secrecy or missing marker: observations without value
    qint64 emptyCells = 0; ///< empty mapped cells: no observation
    qint64 duplicatesIgnored = 0; ///< same key and same value as an earlier line
    QList<TableLine> notes;
    QList<SkippedLine> skipped;
    QList<Problem> problems;
    qint64 problemCount = 0;

    [[nodiscard]] bool ok() const { return problemCount == 0; }
    void addProblem(Problem problem);
    /// Multi-line text for the command line: counts, skipped lines, problems.
    [[nodiscard]] QString toText() const;
};

} // namespace core::import
