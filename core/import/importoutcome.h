// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importreport.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace core::import {

/// The result of one import: the reader's report, what was written, and the figures that
/// changed since the previous vintage of the same source.
struct ImportOutcome
{
    Q_DECLARE_TR_FUNCTIONS(ImportOutcome)
public:
    enum class Status {
        Written, ///< every observation written, committed
        DryRun, ///< everything checked, nothing written
        Invalid, ///< problems in the file or the mapping: nothing written
        Duplicate, ///< the same file was imported already and replace was not asked
        Cancelled, ///< stopped by the user: nothing written
        Failed, ///< the database refused: nothing written
    };
    Status status = Status::Failed;
    ImportReport report;
    QString sha256;
    QString sourceTitle;
    qint64 datasetId = 0; ///< the new dataset (0 unless Written)
    qint64 replacedDatasetId = 0; ///< removed because it had the same SHA-256
    qint64 duplicateOfDatasetId = 0; ///< the earlier import of the same file
    qint64 written = 0; ///< observations written (or that would be, in a dry run)
    std::optional<DatasetComparison> vintage; ///< against the previous dataset of the source
    QString message; ///< why, for Duplicate, Cancelled and Failed

    [[nodiscard]] bool ok() const { return status == Status::Written || status == Status::DryRun; }
    /// The full report for the command line and the GUI: counts, skipped lines, problems with
    /// file:line:column, changes since the previous vintage, and the verdict.
    [[nodiscard]] QString toText() const;
    /// "COM:59606 2021 employees/ess/all: 100 → 120 (+20; +20 %)".
    [[nodiscard]] static QString changeText(const ValueChange &change);
};

} // namespace core::import
