// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/domain/source.h"
#include "core/domain/territory.h"
#include "core/result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace core {
struct ReferenceData;
class BulkWriter;

/// A figure present in two datasets with different values (vintages of one source).
struct ValueChange
{
    QString territoryCode;
    int year = 0;
    QString measure;
    QString scope;
    QString sector;
    std::optional<double> before; ///< empty when missing (secret) in the older dataset
    std::optional<double> after;
};

/// How a dataset differs from an older one, figure by figure (same territory, year, measure,
/// scope and sector).
struct DatasetComparison
{
    qint64 olderDatasetId = 0;
    QList<ValueChange> changes; ///< at most the limit asked for
    qint64 changed = 0; ///< all changed figures
    qint64 added = 0; ///< figures only in the newer dataset
    qint64 dropped = 0; ///< figures only in the older dataset
};

/// The SQLite database: schema migrations, reference data, datasets and their observations.
/// One Store holds one named connection and must be used from the thread that opened it.
class Store final
{
public:
    /// Latest schema this build knows; a database with a larger user_version is refused.
    static constexpr int kSchemaVersion = 2;

    struct OpenOptions
    {
        /// Reference data to install when the database is new or holds an older version.
        const ReferenceData *referenceData = nullptr;
        /// SQLITE_OPEN_READONLY: nothing is migrated, installed or cleaned; the file must exist.
        /// Without it, a file that cannot be written is refused (Error::Code::ReadOnly).
        bool readOnly = false;
        /// A new file that nobody opens until finishPrivateBuild() and a rename (a first import
        /// into a new database): rollback journal in memory and no syncs while building.
        bool privateBuild = false;
    };

    /// Opens (creating when missing) and migrates. A newer schema, a file that is not a
    /// database or a failed migration give an Error and leave the file as it was.
    [[nodiscard]] static Result<std::unique_ptr<Store>> open(const QString &path,
                                                             const OpenOptions &options);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// Ends a private build: WAL journal (as every database has) and a full sync of the file.
    [[nodiscard]] Status finishPrivateBuild();

    [[nodiscard]] QString path() const;
    /// True when the connection cannot write (sqlite3_db_readonly): opened read-only.
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] int schemaVersion() const;
    /// Version of the reference data installed (manifest.json "version"), 0 when none.
    [[nodiscard]] int referenceDataVersion() const;

    [[nodiscard]] Result<QList<Territory>> territories() const;
    [[nodiscard]] Result<QList<Source>> sources() const;
    [[nodiscard]] Result<QList<Dataset>> datasets() const;
    /// All observations of one territory, ordered by measure, scope, year.
    [[nodiscard]] Result<std::vector<Observation>> observations(const QString &territoryCode) const;
    /// All observations of several territories (one query per territory).
    [[nodiscard]] Result<std::vector<Observation>> observations(const QStringList &codes) const;

    /// Adds a source and returns its id (reuses an identical existing one).
    [[nodiscard]] Result<qint64> addSource(const Source &source);
    /// Writes a dataset and all its observations in one transaction (bulk path through the
    /// SQLite C API). On any failure nothing is written. Observations get the new dataset id.
    [[nodiscard]] Result<qint64> addDataset(const Dataset &dataset,
                                            const std::vector<Observation> &observations);
    /// Removes a dataset with its observations. Reference data cannot be removed.
    [[nodiscard]] Status removeDataset(qint64 datasetId);
    /// Finds an import by file hash; 0 when none.
    [[nodiscard]] Result<qint64> datasetBySha256(const QString &sha256) const;
    /// The latest dataset whose source has this title, 0 when none (earlier vintages).
    [[nodiscard]] Result<qint64> latestDatasetOfSourceTitle(const QString &title) const;

    /// Starts a streaming import: one transaction, rolled back unless BulkWriter::commit()
    /// succeeds. The Store must outlive the writer; nothing else may use the Store meanwhile.
    /// `expectedRows`: a size hint; when it exceeds the rows already stored, the observation
    /// indexes are dropped for the import and rebuilt before it commits (same transaction).
    [[nodiscard]] Result<std::unique_ptr<BulkWriter>> beginBulk(qint64 expectedRows = 0);

    /// Replaces the reference data (territories upserted, reference dataset rewritten) in one
    /// transaction; imported datasets are untouched.
    [[nodiscard]] Status installReferenceData(const ReferenceData &data);

private:
    friend class BulkWriter;
    Store();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// One transaction on a Store for streaming writes: removal of a replaced dataset, a source,
/// a dataset row, then any number of observations through one reused prepared statement of the
/// SQLite C API on Qt's own connection. Memory does not grow with the number of rows. Rolls
/// back on destruction unless commit() succeeded. Same thread as its Store.
class BulkWriter final
{
public:
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
    /// The text fields of an observation already in UTF-8 (empty = NULL), for writers that
    /// encode the few distinct strings of an import once. The bytes must stay valid until the
    /// next add().
    struct Utf8Row
    {
        QByteArrayView territoryCode, measure, scope, sector, unit, method, basis, perimeter, note;
        QByteArrayView unitCounted; ///< empty: not stated
        int year = 0;
        int publishedYear = 0; ///< 0: not recorded
        std::optional<double> value;
    };
    /// Same as add(const Observation &), without low/high bounds, for the bulk import path.
    [[nodiscard]] Status add(const Utf8Row &row);
    [[nodiscard]] qint64 written() const;
    /// Compares the current dataset with an older one, keeping at most `limit` changes.
    [[nodiscard]] Result<DatasetComparison> compareWith(qint64 olderDatasetId, int limit) const;
    /// Makes everything permanent; on failure everything is rolled back.
    [[nodiscard]] Status commit();
    /// Drops everything written so far (also done by the destructor).
    void rollback();

private:
    friend class Store;
    explicit BulkWriter(Store &store);
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace core
