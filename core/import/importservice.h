// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/domain/source.h"
#include "core/import/importreport.h"
#include "core/import/importspec.h"
#include "core/import/territoryresolver.h"
#include "core/result.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace core::import {

/// What to import and how: the file, its mapping, its source and the safety switches.
struct ImportRequest
{
    QString path;
    ImportSpec spec;
    Source source; ///< title (the file name when empty), url, licence...
    bool replace = false; ///< the same file (same SHA-256) again: remove the old import first
    bool dryRun = false; ///< check and compare everything, write nothing
};

/// Called from the importing thread with physical lines read and the file's line count
/// (0 when unknown, as for XLSX).
using ImportProgressCallback = std::function<void(qint64 done, qint64 total)>;

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

/// Imports statistics tables into a Store safely: resolves territories against the database,
/// refuses a file already imported (same SHA-256) unless replace, writes everything in one
/// transaction or nothing at all (problems, cancel, database errors), keeps new vintages of a
/// source beside the old ones and reports what changed. Stateless; runs in the calling thread,
/// on a Store opened in that thread.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    static constexpr int kMaxListedChanges = 500;

    [[nodiscard]] static ImportOutcome run(Store &store, const ImportRequest &request,
                                           const ImportProgressCallback &progress = {},
                                           const std::atomic_bool *cancel = nullptr);
    /// Opens its own Store (connection) on dbPath in the calling thread, for worker threads.
    [[nodiscard]] static ImportOutcome run(const QString &dbPath, const ImportRequest &request,
                                           const ImportProgressCallback &progress = {},
                                           const std::atomic_bool *cancel = nullptr);

    /// Lower-case hex SHA-256 of a file's bytes (OpenSSL EVP); lineCount receives the number of
    /// '\n' bytes when not null.
    [[nodiscard]] static Result<QString> sha256(const QString &path, qint64 *lineCount = nullptr);

    /// Checks one sourced figure typed from a report: a source title, a known territory (the
    /// code is replaced by the typed code found), the vocabulary and the value (shares 0–100,
    /// counts not negative, low ≤ value ≤ high). Code::NotFound, Ambiguous or Validation.
    [[nodiscard]] static Status checkFigure(const TerritoryResolver &territories,
                                            Observation &figure, const Source &source);
    /// checkFigure() against the database's territories, then writes a dataset of kind
    /// "figure" with its source in one transaction. Returns the dataset id.
    [[nodiscard]] static Result<qint64> addFigure(Store &store, const Observation &figure,
                                                  const Source &source);
};

} // namespace core::import
