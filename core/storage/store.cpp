// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/store.h"

#include "core/referencedata.h"
#include "core/storage/database.h"
#include "core/storage/datasetrepository.h"
#include "core/storage/observationrepository.h"
#include "core/storage/referencedatainstaller.h"
#include "core/storage/sourcerepository.h"
#include "core/storage/sqlerror.h"
#include "core/storage/territoryrepository.h"

#include <QCoreApplication>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};
} // namespace

struct Store::Impl
{
    std::unique_ptr<storage::Database> database;
    int referenceDataVersion = 0;
};

Store::Store()
    : m_impl(std::make_unique<Impl>())
{
}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &path, const OpenOptions &options)
{
    auto database = storage::Database::open(path, { options.readOnly, options.privateBuild });
    if (!database)
        return database.error();
    std::unique_ptr<Store> store(new Store);
    store->m_impl->database = std::move(database.value());
    // A damaged settings page must not read as "no reference data yet" and be written over.
    const auto installed = storage::installedReferenceDataVersion(*store->m_impl->database);
    if (!installed)
        return installed.error();
    store->m_impl->referenceDataVersion = installed.value();
    if (!options.readOnly && options.referenceData
        && installed.value() < options.referenceData->version) {
        if (auto st = store->installReferenceData(*options.referenceData); !st)
            return st.error();
    }
    return store;
}

Status Store::finishPrivateBuild()
{
    return m_impl->database->finishPrivateBuild();
}

QString Store::path() const
{
    return m_impl->database->path();
}

bool Store::isReadOnly() const
{
    return m_impl->database->isReadOnly();
}

int Store::schemaVersion() const
{
    return m_impl->database->schemaVersion();
}

int Store::referenceDataVersion() const
{
    return m_impl->referenceDataVersion;
}

Result<QList<Territory>> Store::territories() const
{
    return storage::TerritoryRepository(m_impl->database->db()).all();
}

Result<QList<Source>> Store::sources() const
{
    return storage::SourceRepository(m_impl->database->db()).all();
}

Result<QList<Dataset>> Store::datasets() const
{
    return storage::DatasetRepository(m_impl->database->db()).all();
}

Result<std::vector<Observation>> Store::observations(const QString &territoryCode) const
{
    return observations(QStringList { territoryCode });
}

Result<std::vector<Observation>> Store::observations(const QStringList &codes) const
{
    return storage::ObservationRepository(m_impl->database->db()).ofTerritories(codes);
}

Result<qint64> Store::addSource(const Source &source)
{
    return storage::SourceRepository(m_impl->database->db()).upsert(source);
}

Result<qint64> Store::addDataset(const Dataset &dataset,
                                 const std::vector<Observation> &observations)
{
    auto begun = beginBulk();
    if (!begun)
        return begun.error();
    BulkWriter &writer = *begun.value();
    auto id = writer.beginDataset(dataset);
    if (!id)
        return id.error();
    for (const Observation &o : observations) {
        if (auto st = writer.add(o); !st)
            return st.error();
    }
    if (auto st = writer.commit(); !st)
        return st.error();
    return id;
}

Status Store::removeDataset(qint64 datasetId)
{
    storage::Transaction tx(m_impl->database->db());
    if (!tx.active())
        return storage::sqlError(tx.error(), Tr::tr("Cannot start a transaction"));
    if (auto st = storage::DatasetRepository(m_impl->database->db()).remove(datasetId); !st)
        return st;
    if (!tx.commit())
        return storage::sqlError(tx.error(), Tr::tr("Cannot remove the dataset"));
    return Ok {};
}

Result<qint64> Store::datasetBySha256(const QString &sha256) const
{
    return storage::DatasetRepository(m_impl->database->db()).bySha256(sha256);
}

Result<qint64> Store::latestDatasetOfSourceTitle(const QString &title) const
{
    return storage::DatasetRepository(m_impl->database->db()).latestOfSourceTitle(title);
}

Result<std::unique_ptr<BulkWriter>> Store::beginBulk(qint64 expectedRows)
{
    return BulkWriter::begin(*m_impl->database, expectedRows);
}

Status Store::installReferenceData(const ReferenceData &data)
{
    if (auto st = storage::installReferenceData(*m_impl->database, data); !st)
        return st;
    m_impl->referenceDataVersion = data.version;
    return Ok {};
}

} // namespace core
