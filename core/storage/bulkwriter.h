// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/domain/source.h"
#include "core/result.h"
#include "core/storage/vintagecomparison.h"

#include <QByteArrayView>

#include <memory>
#include <optional>

namespace core {
namespace storage {
class Database;
}

/// One write transaction for datasets: removal of a replaced dataset, a source, a dataset row,
/// then any number of observations through the one prepared INSERT of the observation table
/// (SQLite C API on Qt's own connection). Every observation written by the application (imports,
/// register runs, single figures, the reference data) goes through it. Memory does not grow
/// with the number of rows. Rolls back on destruction unless commit() succeeded. Same thread
/// as its database, which must outlive it and not be used otherwise meanwhile.
class BulkWriter final
{
public:
    /// Starts the transaction. `expectedRows`: a size hint; when it exceeds the rows already
    /// stored, the observation indexes are dropped for the import and rebuilt before it commits
    /// (same transaction), and foreign-key checks are off until then.
    [[nodiscard]] static Result<std::unique_ptr<BulkWriter>> begin(storage::Database &database,
                                                                   qint64 expectedRows = 0);
    ~BulkWriter();
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    /// Removes a dataset with its observations inside the transaction (not the reference one).
    [[nodiscard]] Status removeDataset(qint64 datasetId);
    /// Adds (or reuses an identical) source.
    [[nodiscard]] Result<qint64> addSource(const Source &source);
    /// Records the dataset row; observations written afterwards belong to it.
    [[nodiscard]] Result<qint64> beginDataset(const Dataset &dataset);
    /// Writes one observation of the current dataset; its sourceId, when 0, is the dataset's.
    [[nodiscard]] Status add(const Observation &observation);
    /// The fields of an observation with its texts already in UTF-8 (empty = NULL), for writers
    /// that encode the few distinct strings of an import once. The bytes must stay valid until
    /// the next add().
    struct Utf8Row
    {
        QByteArrayView territoryCode, measure, scope, sector, unit, method, basis, perimeter, note;
        QByteArrayView unitCounted; ///< empty: not stated
        int year = 0;
        int publishedYear = 0; ///< 0: not recorded
        std::optional<double> value;
        std::optional<double> low, high; ///< bounds of an estimate
        QByteArrayView qualifier; ///< empty: "exact"
        qint64 sourceId = 0; ///< 0: the dataset's source
    };
    /// Same as add(const Observation &), for the bulk import path.
    [[nodiscard]] Status add(const Utf8Row &row);
    [[nodiscard]] qint64 written() const;
    /// Compares the current dataset with an older one, keeping at most `limit` changes.
    [[nodiscard]] Result<DatasetComparison> compareWith(qint64 olderDatasetId, int limit) const;
    /// Makes everything permanent; on failure everything is rolled back.
    [[nodiscard]] Status commit();
    /// Drops everything written so far (also done by the destructor).
    void rollback();

private:
    explicit BulkWriter(storage::Database &database);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace core
