// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/domain/source.h"
#include "core/domain/territory.h"
#include "core/result.h"
#include "core/storage/bulkwriter.h"
#include "core/storage/migrations.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace core {
struct ReferenceData;
namespace storage {
class Database;
}

/// The database as the rest of the application sees it: opens a storage::Database (schema,
/// migrations), installs newer reference data, and hands reads and writes to the repositories
/// and the BulkWriter of core/storage. A thin facade over them, kept so that callers outside
/// core/storage need no SQL type. One Store holds one named connection and must be used from
/// the thread that opened it.
class Store final
{
public:
    /// Latest schema this build knows; a database with a larger user_version is refused.
    static constexpr int kSchemaVersion = storage::kSchemaVersion;

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
    /// Version of the reference data installed (manifest.json "version"), 0 when none; read
    /// at open (a failed read fails the open).
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
    Store();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace core
