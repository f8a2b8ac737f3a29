// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/domain/source.h"
#include "core/domain/territory.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace core {
struct ReferenceData;

/// The SQLite database: schema migrations, reference data, datasets and their observations.
/// One Store holds one named connection and must be used from the thread that opened it.
class Store final
{
public:
    /// Latest schema this build knows; a database with a larger user_version is refused.
    static constexpr int kSchemaVersion = 1;

    struct OpenOptions
    {
        /// Reference data to install when the database is new or holds an older version.
        const ReferenceData *referenceData = nullptr;
        bool readOnly = false;
    };

    /// Opens (creating when missing) and migrates. A newer schema, a file that is not a
    /// database or a failed migration give an Error and leave the file as it was.
    [[nodiscard]] static Result<std::unique_ptr<Store>> open(const QString &path,
                                                             const OpenOptions &options);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    [[nodiscard]] QString path() const;
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

    /// Replaces the reference data (territories upserted, reference dataset rewritten) in one
    /// transaction; imported datasets are untouched.
    [[nodiscard]] Status installReferenceData(const ReferenceData &data);

private:
    Store();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace core
