// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/bulkwriter.h"

#include "core/storage/database.h"
#include "core/storage/datasetrepository.h"
#include "core/storage/migrations.h"
#include "core/storage/sourcerepository.h"
#include "core/storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

namespace core {

using storage::sqlError;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

/// UTF-8 of the last text given for one field: imports repeat the same territory, measure,
/// scope and unit row after row, so most rows convert nothing.
struct TextSlot
{
    QString text;
    QByteArray utf8;

    /// The bytes stay valid until the next call on this slot; empty for an empty text.
    QByteArrayView encode(const QString &value)
    {
        if (value.isEmpty())
            return {};
        if (!(value.constData() == text.constData() && value.size() == text.size())
            && value != text) {
            text = value;
            utf8 = value.toUtf8();
        }
        return utf8;
    }
};

/// The one INSERT of the observation table and its one binder.
class ObservationStatement
{
public:
    ~ObservationStatement() { finalize(); }
    [[nodiscard]] bool prepare(sqlite3 *handle)
    {
        finalize();
        static const char sql[] =
                "INSERT INTO observation (dataset_id, territory_code, year, measure, scope, "
                "sector, value, low, high, unit, method, basis, perimeter, source_id, note, "
                "published_year, qualifier, unit_counted) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
                "?17, ?18)";
        return sqlite3_prepare_v2(handle, sql, -1, &m_stmt, nullptr) == SQLITE_OK;
    }
    [[nodiscard]] bool isPrepared() const { return m_stmt != nullptr; }
    void finalize()
    {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    /// Binds every parameter and runs the insert; true when the row was written.
    [[nodiscard]] bool insert(qint64 datasetId, qint64 sourceId, const BulkWriter::Utf8Row &r)
    {
        sqlite3_bind_int64(m_stmt, 1, datasetId);
        text(2, r.territoryCode);
        sqlite3_bind_int(m_stmt, 3, r.year);
        text(4, r.measure);
        text(5, r.scope);
        text(6, r.sector);
        number(7, r.value);
        number(8, r.low);
        number(9, r.high);
        text(10, r.unit);
        text(11, r.method);
        text(12, r.basis);
        text(13, r.perimeter);
        sqlite3_bind_int64(m_stmt, 14, r.sourceId > 0 ? r.sourceId : sourceId);
        text(15, r.note);
        if (r.publishedYear > 0)
            sqlite3_bind_int(m_stmt, 16, r.publishedYear);
        else
            sqlite3_bind_null(m_stmt, 16);
        text(17, r.qualifier.isEmpty() ? QByteArrayView("exact") : r.qualifier);
        text(18, r.unitCounted);
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }

private:
    void text(int index, QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            sqlite3_bind_null(m_stmt, index);
        else
            sqlite3_bind_text(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_STATIC);
    }
    void number(int index, const std::optional<double> &value)
    {
        if (value)
            sqlite3_bind_double(m_stmt, index, *value);
        else
            sqlite3_bind_null(m_stmt, index);
    }

    sqlite3_stmt *m_stmt = nullptr;
};
} // namespace

struct BulkWriter::Impl
{
    storage::Database &database;
    std::unique_ptr<storage::Transaction> tx;
    sqlite3 *handle = nullptr;
    ObservationStatement insert;
    qint64 datasetId = 0;
    qint64 sourceId = 0;
    qint64 written = 0;
    bool indexesDropped = false;
    bool foreignKeysOff = false;
    bool cacheGrown = false;
    enum Field {
        Territory,
        Measure,
        Scope,
        Sector,
        Unit,
        MethodKey,
        Basis,
        Perimeter,
        Note,
        UnitCounted,
        Qualifier,
        FieldCount
    };
    TextSlot texts[FieldCount];

    explicit Impl(storage::Database &d)
        : database(d)
    {
    }
    [[nodiscard]] QSqlDatabase db() const { return database.db(); }
    /// Pragmas for the bulk path, set outside the transaction (foreign_keys is a no-op inside).
    /// Foreign-key lookups are skipped only for large imports, whose territories the importer
    /// resolved against this very database (deletions then cascade by hand); a larger page
    /// cache keeps index pages in memory.
    [[nodiscard]] Status tune(bool large)
    {
        QSqlQuery q(db());
        if (large) {
            if (!q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
                return sqlError(q.lastError(), Tr::tr("Cannot prepare the bulk import"));
            foreignKeysOff = true;
        }
        if (!q.exec(QStringLiteral("PRAGMA cache_size = -16384")))
            return sqlError(q.lastError(), Tr::tr("Cannot prepare the bulk import"));
        cacheGrown = true;
        return Ok {};
    }
    void untune()
    {
        QSqlQuery q(db());
        if (foreignKeysOff && !q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            qCWarning(lcStorage) << "Cannot restore the connection settings:"
                                 << q.lastError().text();
        if (cacheGrown && !q.exec(QStringLiteral("PRAGMA cache_size = -2000")))
            qCWarning(lcStorage) << "Cannot restore the connection settings:"
                                 << q.lastError().text();
        foreignKeysOff = cacheGrown = false;
    }
    /// Drops the observation indexes inside the transaction (a rollback restores them).
    [[nodiscard]] Status dropIndexes()
    {
        QSqlQuery q(db());
        for (const storage::IndexDefinition &index : storage::kObservationIndexes) {
            // Our own identifier constants, not user data.
            if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index.name))))
                return sqlError(q.lastError(), Tr::tr("Cannot prepare the bulk import"));
        }
        indexesDropped = true;
        return Ok {};
    }
    [[nodiscard]] Status restoreIndexes()
    {
        if (!indexesDropped)
            return Ok {};
        QSqlQuery q(db());
        for (const storage::IndexDefinition &index : storage::kObservationIndexes) {
            if (!q.exec(QString::fromLatin1(index.definition)))
                return sqlError(q.lastError(), Tr::tr("Cannot index the imported observations"));
        }
        indexesDropped = false;
        return Ok {};
    }
    [[nodiscard]] Status inactive() const
    {
        return makeError(Error::Code::Database, Tr::tr("The import transaction is closed."));
    }
    /// True when the row count exceeds the rows stored (then indexes are rebuilt at the end).
    [[nodiscard]] Result<bool> isLarge(qint64 expectedRows) const
    {
        if (expectedRows <= 50000)
            return false;
        QSqlQuery count(db());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM observation")) || !count.next())
            return sqlError(count.lastError(), Tr::tr("Cannot prepare the bulk import"));
        return expectedRows > count.value(0).toLongLong();
    } // the statement is finished here: DROP INDEX would find the table locked otherwise
};

BulkWriter::BulkWriter(storage::Database &database)
    : m_impl(std::make_unique<Impl>(database))
{
}

BulkWriter::~BulkWriter()
{
    rollback();
}

Result<std::unique_ptr<BulkWriter>> BulkWriter::begin(storage::Database &database,
                                                      qint64 expectedRows)
{
    std::unique_ptr<BulkWriter> writer(new BulkWriter(database));
    Impl &w = *writer->m_impl;
    const auto large = w.isLarge(expectedRows);
    if (!large)
        return large.error();
    if (auto st = w.tune(*large); !st)
        return st.error(); // the destructor restores what was set
    w.tx = std::make_unique<storage::Transaction>(w.db());
    if (!w.tx->active())
        return sqlError(w.tx->error(), Tr::tr("Cannot start a transaction"));
    if (*large) {
        if (auto st = w.dropIndexes(); !st)
            return st.error();
    }
    w.handle = database.handle();
    if (!w.handle)
        return makeError(Error::Code::Database, Tr::tr("The SQLite driver handle is unavailable."));
    return writer;
}

Status BulkWriter::removeDataset(qint64 datasetId)
{
    if (!m_impl->tx)
        return m_impl->inactive();
    return storage::DatasetRepository(m_impl->db()).remove(datasetId);
}

Result<qint64> BulkWriter::addSource(const Source &source)
{
    if (!m_impl->tx)
        return m_impl->inactive().error();
    return storage::SourceRepository(m_impl->db()).upsert(source);
}

Result<qint64> BulkWriter::beginDataset(const Dataset &dataset)
{
    Impl &w = *m_impl;
    if (!w.tx)
        return w.inactive().error();
    auto id = storage::DatasetRepository(w.db()).insert(dataset);
    if (!id)
        return id.error();
    w.datasetId = *id;
    w.sourceId = dataset.sourceId;
    if (!w.insert.prepare(w.handle))
        return makeError(
                Error::Code::Database,
                Tr::tr("Cannot prepare the insertion: %1").arg(storage::cApiError(w.handle)));
    return w.datasetId;
}

Status BulkWriter::add(const Observation &o)
{
    Impl &w = *m_impl;
    Utf8Row row;
    row.territoryCode = w.texts[Impl::Territory].encode(o.territoryCode);
    row.measure = w.texts[Impl::Measure].encode(o.measure);
    row.scope = w.texts[Impl::Scope].encode(o.scope);
    row.sector = w.texts[Impl::Sector].encode(o.sector);
    row.unit = w.texts[Impl::Unit].encode(o.unit);
    row.method = w.texts[Impl::MethodKey].encode(methodKey(o.method));
    row.basis = w.texts[Impl::Basis].encode(o.basis);
    row.perimeter = w.texts[Impl::Perimeter].encode(o.perimeter);
    row.note = w.texts[Impl::Note].encode(o.note);
    row.unitCounted = w.texts[Impl::UnitCounted].encode(o.unitCounted);
    row.qualifier = w.texts[Impl::Qualifier].encode(o.qualifier);
    row.year = o.year;
    row.publishedYear = o.publishedYear;
    row.value = o.value;
    row.low = o.low;
    row.high = o.high;
    row.sourceId = o.sourceId;
    return add(row);
}

Status BulkWriter::add(const Utf8Row &r)
{
    Impl &w = *m_impl;
    if (!w.tx || !w.insert.isPrepared())
        return w.inactive();
    if (!w.insert.insert(w.datasetId, w.sourceId, r))
        return makeError(
                Error::Code::Database,
                Tr::tr("Cannot write the observation for %1, %2 (%3): %4")
                        .arg(QString::fromUtf8(r.territoryCode), QString::fromUtf8(r.measure))
                        .arg(r.year)
                        .arg(storage::cApiError(w.handle)));
    ++w.written;
    return Ok {};
}

qint64 BulkWriter::written() const
{
    return m_impl->written;
}

Result<DatasetComparison> BulkWriter::compareWith(qint64 olderDatasetId, int limit) const
{
    Impl &w = *m_impl;
    if (!w.tx)
        return w.inactive().error();
    // The comparison reads the new rows by dataset: build the indexes first if the import
    // dropped them.
    if (auto st = w.restoreIndexes(); !st)
        return st.error();
    return storage::compareVintages(w.database, w.datasetId, olderDatasetId, limit);
}

Status BulkWriter::commit()
{
    Impl &w = *m_impl;
    if (!w.tx)
        return w.inactive();
    w.insert.finalize();
    if (auto st = w.restoreIndexes(); !st)
        return st;
    const bool ok = w.tx->commit();
    const QSqlError error = w.tx->error();
    w.tx.reset();
    w.untune();
    if (!ok)
        return sqlError(error, Tr::tr("Cannot commit the import"));
    return Ok {};
}

void BulkWriter::rollback()
{
    m_impl->insert.finalize();
    m_impl->tx.reset(); // the Transaction's destructor rolls back
    m_impl->untune();
}

} // namespace core
