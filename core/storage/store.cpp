// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/store.h"

#include "core/io/safefile.h"
#include "core/referencedata.h"
#include "core/storage/connection.h"
#include "core/storage/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>
#include <tuple>

Q_LOGGING_CATEGORY(lcStorage, "core.storage")

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

/// What a SQLite result code means for the user; empty when the code says nothing more.
QString sqliteMeaning(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("another process is writing to the database, try again");
    case SQLITE_FULL:
        return Tr::tr("the disk is full (or the quota or file-size limit is reached)");
    case SQLITE_READONLY:
        return Tr::tr("the database is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Tr::tr("the database file is damaged");
    case SQLITE_IOERR:
        return Tr::tr("input/output error while reading or writing the database");
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return Tr::tr("the database file cannot be opened");
    default:
        return {};
    }
}

Error sqliteError(int code, const QString &text, const QString &what)
{
    const QString meaning = sqliteMeaning(code);
    return makeError(Error::Code::Database,
                     meaning.isEmpty() ? Tr::tr("%1 (SQLite: %2)").arg(what, text)
                                       : Tr::tr("%1: %2 (SQLite: %3)").arg(what, meaning, text));
}

/// The system's reason for an I/O failure of the connection when it says more than SQLite's
/// "disk I/O error" (a file-size limit, a full disk, a quota, a read-only disk), else empty.
QString systemCause(sqlite3 *handle)
{
    if (!handle)
        return {};
    const int code = sqlite3_errcode(handle) & 0xff;
    if (code != SQLITE_IOERR && code != SQLITE_FULL && code != SQLITE_CANTOPEN)
        return {};
    switch (const int errnum = sqlite3_system_errno(handle)) {
    case EFBIG:
    case ENOSPC:
    case EDQUOT:
    case EROFS:
        return io::systemErrorText(errnum);
    default:
        return {};
    }
}

/// The last error of a C API call, with its meaning (disk full, locked...).
QString cApiError(sqlite3 *handle)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(handle));
    QString meaning = systemCause(handle);
    if (meaning.isEmpty())
        meaning = sqliteMeaning(sqlite3_errcode(handle));
    return meaning.isEmpty() ? text : Tr::tr("%1 (SQLite: %2)").arg(meaning, text);
}

/// Removes "DB.import-<pid>" files (and their journals) that a killed first import left behind:
/// only those whose process is gone.
void removeOrphanedBuilds(const QString &path)
{
    const QFileInfo info(path);
    // A private build itself ("DB.import-<pid>") cleans its siblings too.
    static const QRegularExpression build(QStringLiteral("^(.+)\\.import-\\d+$"));
    const auto own = build.match(info.fileName());
    const QString prefix =
            (own.hasMatch() ? own.captured(1) : info.fileName()) + QStringLiteral(".import-");
    const QDir dir = info.absoluteDir();
    static const QRegularExpression suffix(QStringLiteral("^(\\d+)(-journal|-wal|-shm)?$"));
    for (const QString &name : dir.entryList({ prefix + u'*' }, QDir::Files | QDir::Hidden)) {
        const auto m = suffix.match(QStringView(name).mid(prefix.size()));
        if (!m.hasMatch())
            continue;
        if (!io::processIsGone(m.captured(1).toLongLong()))
            continue;
        if (QFile::remove(dir.filePath(name)))
            qCInfo(lcStorage) << "Removed the orphaned build file" << dir.filePath(name);
    }
}

Error sqlError(const QSqlError &e, const QString &what)
{
    return sqliteError(e.nativeErrorCode().toInt(), e.text(), what);
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

std::optional<double> toOptional(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

/// RAII write transaction: BEGIN IMMEDIATE takes the write lock at once, so a second writer
/// waits for the busy timeout instead of failing on its first write; rolls back unless
/// commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = q.lastError();
    }
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    [[nodiscard]] bool active() const { return m_active; }
    /// Why BEGIN or COMMIT failed.
    [[nodiscard]] QSqlError error() const { return m_error; }
    [[nodiscard]] bool commit()
    {
        if (!m_active)
            return false;
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
};

/// Binds a text or NULL to a prepared statement of the C API.
void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    if (text.isEmpty()) {
        sqlite3_bind_null(stmt, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void bindDouble(sqlite3_stmt *stmt, int index, const std::optional<double> &v)
{
    if (v)
        sqlite3_bind_double(stmt, index, *v);
    else
        sqlite3_bind_null(stmt, index);
}

/// Parameters 16–18 of the observation insert: publication year, qualifier, unit counted.
void bindProvenance(sqlite3_stmt *stmt, const Observation &o)
{
    if (o.publishedYear > 0)
        sqlite3_bind_int(stmt, 16, o.publishedYear);
    else
        sqlite3_bind_null(stmt, 16);
    bindText(stmt, 17, o.qualifier.isEmpty() ? QStringLiteral("exact") : o.qualifier);
    bindText(stmt, 18, o.unitCounted);
}
} // namespace

struct Store::Impl
{
    QString path;
    std::unique_ptr<storage::ScopedConnection> conn;
    int schemaVersion = 0;

    [[nodiscard]] QSqlDatabase db() const { return conn->db(); }
    [[nodiscard]] Status migrate();
    [[nodiscard]] Result<qint64> upsertSource(const Source &s);
    [[nodiscard]] Result<qint64> insertDatasetRow(const Dataset &d);
    [[nodiscard]] Status insertObservations(qint64 datasetId, const std::vector<Observation> &obs,
                                            const std::vector<qint64> *sourceIds);
    [[nodiscard]] Status deleteDataset(qint64 datasetId);
    [[nodiscard]] Result<QString> meta(const QString &key) const;
    [[nodiscard]] Status setMeta(const QString &key, const QString &value);
};

Store::Store() : m_impl(std::make_unique<Impl>()) { }
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &path, const OpenOptions &options)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(Error::Code::Io, Tr::tr("%1 is a folder, not a database file.").arg(path));
    const bool existed = info.exists() && info.size() > 0;
    if (info.exists() && !info.isReadable())
        return makeError(Error::Code::Io, Tr::tr("The database %1 cannot be read.").arg(path));

    if (!options.readOnly)
        removeOrphanedBuilds(path);
    std::unique_ptr<Store> store(new Store);
    Impl &d = *store->m_impl;
    d.path = path;
    d.conn = std::make_unique<storage::ScopedConnection>(path, options.readOnly);
    if (!d.conn->isOpen())
        return makeError(Error::Code::Database, Tr::tr("Cannot open the database %1: %2")
                                                        .arg(path, d.conn->errorString()));
    {
        QSqlQuery q(d.db());
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            // A full disk, a lock or an I/O error is not a foreign file: say which it is.
            const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
            if (const QString cause = systemCause(d.conn->handle()); !cause.isEmpty())
                return makeError(Error::Code::Database,
                                 Tr::tr("%1: %2 (SQLite: %3)")
                                         .arg(Tr::tr("Cannot open the database %1").arg(path),
                                              cause, q.lastError().text()));
            if (code != SQLITE_NOTADB && code != SQLITE_CORRUPT && !sqliteMeaning(code).isEmpty())
                return sqlError(q.lastError(), Tr::tr("Cannot open the database %1").arg(path));
            return makeError(Error::Code::Database,
                             Tr::tr("%1 is not a readable ESS dashboard database: %2")
                                     .arg(path, q.lastError().text()));
        }
        d.schemaVersion = q.value(0).toInt();
    }
    if (d.schemaVersion > kSchemaVersion)
        return makeError(Error::Code::NewerSchema,
                         Tr::tr("The database %1 was written by a newer version of the application "
                            "(schema %2, this version knows up to %3). It was left unchanged.")
                                 .arg(path)
                                 .arg(d.schemaVersion)
                                 .arg(kSchemaVersion));
    if (d.schemaVersion > 0 || existed) {
        // An existing file with user_version 0 must be an empty database, not someone else's.
        QSqlQuery q(d.db());
        if (d.schemaVersion == 0
            && (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()
                || q.value(0).toInt() > 0))
            return makeError(Error::Code::Database,
                             Tr::tr("%1 is a SQLite database of another application; it was left "
                                "unchanged.")
                                     .arg(path));
    }
    if (options.readOnly)
        return store;
    // SQLite opens a file it may not write read-only without a word: say so before a write
    // fails half-way (a reading command opens with readOnly instead).
    if (store->isReadOnly())
        return makeError(Error::Code::ReadOnly,
                         Tr::tr("The database %1 is read-only (file permissions or a read-only "
                                "disk): it can be read (figures, export, datasets) but not "
                                "changed.")
                                 .arg(path));
    if (d.schemaVersion == 0 && options.privateBuild) {
        QSqlQuery q(d.db());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"))
            || !q.exec(QStringLiteral("PRAGMA synchronous = OFF")))
            qCWarning(lcStorage) << "Cannot set up a private build:" << q.lastError().text();
    } else if (d.schemaVersion == 0) {
        QSqlQuery q(d.db());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            qCWarning(lcStorage) << "WAL not available:" << q.lastError().text();
    }
    if (auto st = d.migrate(); !st)
        return st.error();
    // A damaged settings page must not read as "no reference data yet" and be written over.
    const auto installed = d.meta(QStringLiteral("reference_data_version"));
    if (!installed)
        return installed.error();
    if (options.referenceData && installed->toInt() < options.referenceData->version) {
        if (auto st = store->installReferenceData(*options.referenceData); !st)
            return st.error();
    }
    return store;
}

Status Store::Impl::migrate()
{
    for (const storage::Migration &m : storage::migrations()) {
        if (m.version <= schemaVersion)
            continue;
        Transaction tx(db());
        if (!tx.active())
            return sqlError(tx.error(), Tr::tr("Cannot start a transaction"));
        for (const QString &statement : m.statements) {
            QSqlQuery q(db());
            if (!q.exec(statement))
                return sqlError(q.lastError(), Tr::tr("A schema migration failed"));
        }
        QSqlQuery q(db());
        // user_version cannot be bound; the version is our own integer constant.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)))
            return sqlError(q.lastError(), Tr::tr("A schema migration failed"));
        if (!tx.commit())
            return sqlError(tx.error(), Tr::tr("A schema migration failed"));
        schemaVersion = m.version;
    }
    return Ok{};
}

Result<QString> Store::Impl::meta(const QString &key) const
{
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = :key")))
        return sqlError(q.lastError(), Tr::tr("Cannot read the settings of the database"));
    q.bindValue(QStringLiteral(":key"), key);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Cannot read the settings of the database"));
    if (q.next())
        return q.value(0).toString();
    if (q.lastError().isValid())
        return sqlError(q.lastError(), Tr::tr("Cannot read the settings of the database"));
    return QString();
}

Status Store::Impl::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value")))
        return sqlError(q.lastError(), Tr::tr("Cannot write settings to the database"));
    q.bindValue(QStringLiteral(":key"), key);
    q.bindValue(QStringLiteral(":value"), value);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Cannot write settings to the database"));
    return Ok{};
}

Status Store::finishPrivateBuild()
{
    // Switching to WAL writes the header in a synced transaction: everything written before
    // reaches the disk with it.
    QSqlQuery q(m_impl->db());
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL"))
        || !q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sqlError(q.lastError(), Tr::tr("Cannot finish writing the database"));
    return Ok{};
}

QString Store::path() const
{
    return m_impl->path;
}

bool Store::isReadOnly() const
{
    sqlite3 *handle = m_impl->conn->handle();
    return !handle || sqlite3_db_readonly(handle, "main") != 0;
}

int Store::schemaVersion() const
{
    return m_impl->schemaVersion;
}

int Store::referenceDataVersion() const
{
    const auto version = m_impl->meta(QStringLiteral("reference_data_version"));
    return version ? version->toInt() : 0;
}

Result<QList<Territory>> Store::territories() const
{
    QSqlQuery q(m_impl->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                R"(SELECT code, kind, name, short_name, parent_code, population, population_year
                   FROM territory ORDER BY position, code)")))
        return sqlError(q.lastError(), Tr::tr("Cannot read the territories"));
    QList<Territory> list;
    while (q.next()) {
        Territory t;
        t.code = q.value(0).toString();
        t.kind = territoryKindFromKey(q.value(1).toString()).value_or(TerritoryKind::Commune);
        t.name = q.value(2).toString();
        t.shortName = q.value(3).toString();
        t.parentCode = q.value(4).toString();
        if (!q.value(5).isNull())
            t.population = q.value(5).toLongLong();
        if (!q.value(6).isNull())
            t.populationYear = q.value(6).toInt();
        list.append(t);
    }
    if (q.lastError().isValid()) // a damaged page ends the loop early
        return sqlError(q.lastError(), Tr::tr("Cannot read the territories"));
    return list;
}

Result<QList<Source>> Store::sources() const
{
    QSqlQuery q(m_impl->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                "SELECT id, key, title, publisher, url, published, licence, note, producer, "
                "title_inferred, published_inferred FROM source ORDER BY id")))
        return sqlError(q.lastError(), Tr::tr("Cannot read the sources"));
    QList<Source> list;
    while (q.next()) {
        Source s;
        s.id = q.value(0).toLongLong();
        s.key = q.value(1).toString();
        s.title = q.value(2).toString();
        s.publisher = q.value(3).toString();
        s.url = q.value(4).toString();
        s.published = q.value(5).toString();
        s.licence = q.value(6).toString();
        s.note = q.value(7).toString();
        s.producer = q.value(8).toString();
        s.titleInferred = q.value(9).toInt() != 0;
        s.publishedInferred = q.value(10).toInt() != 0;
        list.append(s);
    }
    if (q.lastError().isValid()) // a damaged page ends the loop early
        return sqlError(q.lastError(), Tr::tr("Cannot read the sources"));
    return list;
}

Result<QList<Dataset>> Store::datasets() const
{
    QSqlQuery q(m_impl->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
                R"(SELECT d.id, d.kind, d.file_name, d.sha256, d.loaded_at, d.source_id, d.note,
                          (SELECT count(*) FROM observation o WHERE o.dataset_id = d.id)
                   FROM dataset d ORDER BY d.id)")))
        return sqlError(q.lastError(), Tr::tr("Cannot read the datasets"));
    QList<Dataset> list;
    while (q.next()) {
        Dataset d;
        d.id = q.value(0).toLongLong();
        d.kind = q.value(1).toString();
        d.fileName = q.value(2).toString();
        d.sha256 = q.value(3).toString();
        d.loadedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        d.sourceId = q.value(5).toLongLong();
        d.note = q.value(6).toString();
        d.observationCount = q.value(7).toLongLong();
        list.append(d);
    }
    if (q.lastError().isValid()) // a damaged page ends the loop early
        return sqlError(q.lastError(), Tr::tr("Cannot read the datasets"));
    return list;
}

Result<std::vector<Observation>> Store::observations(const QString &territoryCode) const
{
    return observations(QStringList{ territoryCode });
}

Result<std::vector<Observation>> Store::observations(const QStringList &codes) const
{
    QSqlQuery q(m_impl->db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
                R"(SELECT id, territory_code, year, measure, scope, sector, value, low, high, unit,
                          method, basis, perimeter, note, source_id, dataset_id, published_year,
                          qualifier, unit_counted
                   FROM observation WHERE territory_code = :code
                   ORDER BY measure, scope, sector, year, id)")))
        return sqlError(q.lastError(), Tr::tr("Cannot read the observations"));
    std::vector<Observation> list;
    for (const QString &code : codes) {
        q.bindValue(QStringLiteral(":code"), code);
        if (!q.exec())
            return sqlError(q.lastError(), Tr::tr("Cannot read the observations"));
        while (q.next()) {
            Observation o;
            o.id = q.value(0).toLongLong();
            o.territoryCode = q.value(1).toString();
            o.year = q.value(2).toInt();
            o.measure = q.value(3).toString();
            o.scope = q.value(4).toString();
            o.sector = q.value(5).toString();
            o.value = toOptional(q.value(6));
            o.low = toOptional(q.value(7));
            o.high = toOptional(q.value(8));
            o.unit = q.value(9).toString();
            o.method = methodFromKey(q.value(10).toString()).value_or(Method::Published);
            o.basis = q.value(11).toString();
            o.perimeter = q.value(12).toString();
            o.note = q.value(13).toString();
            o.sourceId = q.value(14).toLongLong();
            o.datasetId = q.value(15).toLongLong();
            o.publishedYear = q.value(16).toInt();
            o.qualifier = q.value(17).toString();
            o.unitCounted = q.value(18).toString();
            list.push_back(std::move(o));
        }
        if (q.lastError().isValid()) // a damaged page ends the loop early
            return sqlError(q.lastError(), Tr::tr("Cannot read the observations"));
    }
    return list;
}

Result<qint64> Store::Impl::upsertSource(const Source &s)
{
    QSqlQuery q(db());
    if (!s.key.isEmpty()) {
        if (!q.prepare(QStringLiteral(
                    R"(INSERT INTO source (key, title, publisher, url, published, licence, note,
                                          producer, title_inferred, published_inferred)
                       VALUES (:key, :title, :publisher, :url, :published, :licence, :note,
                               :producer, :title_inferred, :published_inferred)
                       ON CONFLICT(key) DO UPDATE SET title = excluded.title,
                           publisher = excluded.publisher, url = excluded.url,
                           published = excluded.published, licence = excluded.licence,
                           note = excluded.note, producer = excluded.producer,
                           title_inferred = excluded.title_inferred,
                           published_inferred = excluded.published_inferred)")))
            return sqlError(q.lastError(), Tr::tr("Cannot write a source"));
    } else {
        // Imported sources have no key: reuse an identical one (same title, address and
        // publisher) so vintages group together and two counts typed from one publication
        // can be combined.
        QSqlQuery find(db());
        if (!find.prepare(QStringLiteral(
                    R"(SELECT id FROM source WHERE key IS NULL AND title = :title
                       AND coalesce(url, '') = :url AND coalesce(publisher, '') = :publisher
                       ORDER BY id LIMIT 1)")))
            return sqlError(find.lastError(), Tr::tr("Cannot write a source"));
        find.bindValue(QStringLiteral(":title"), s.title);
        // coalesce(…, '') = NULL is never true: a null QString binds NULL, so bind "" for it.
        find.bindValue(QStringLiteral(":url"), s.url.isNull() ? QStringLiteral("") : s.url);
        find.bindValue(QStringLiteral(":publisher"),
                       s.publisher.isNull() ? QStringLiteral("") : s.publisher);
        if (!find.exec())
            return sqlError(find.lastError(), Tr::tr("Cannot write a source"));
        if (find.next())
            return find.value(0).toLongLong();
        if (!q.prepare(QStringLiteral(
                    R"(INSERT INTO source (key, title, publisher, url, published, licence, note,
                                          producer, title_inferred, published_inferred)
                       VALUES (:key, :title, :publisher, :url, :published, :licence, :note,
                               :producer, :title_inferred, :published_inferred))")))
            return sqlError(q.lastError(), Tr::tr("Cannot write a source"));
    }
    q.bindValue(QStringLiteral(":key"), nullableText(s.key));
    q.bindValue(QStringLiteral(":title"), s.title);
    q.bindValue(QStringLiteral(":publisher"), nullableText(s.publisher));
    q.bindValue(QStringLiteral(":url"), nullableText(s.url));
    q.bindValue(QStringLiteral(":published"), nullableText(s.published));
    q.bindValue(QStringLiteral(":licence"), nullableText(s.licence));
    q.bindValue(QStringLiteral(":note"), nullableText(s.note));
    q.bindValue(QStringLiteral(":producer"), nullableText(s.producer));
    q.bindValue(QStringLiteral(":title_inferred"), s.titleInferred ? 1 : 0);
    q.bindValue(QStringLiteral(":published_inferred"), s.publishedInferred ? 1 : 0);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Cannot write a source"));
    if (s.key.isEmpty())
        return q.lastInsertId().toLongLong();
    QSqlQuery id(db());
    if (!id.prepare(QStringLiteral("SELECT id FROM source WHERE key = :key")))
        return sqlError(id.lastError(), Tr::tr("Cannot write a source"));
    id.bindValue(QStringLiteral(":key"), s.key);
    if (!id.exec() || !id.next())
        return sqlError(id.lastError(), Tr::tr("Cannot write a source"));
    return id.value(0).toLongLong();
}

Result<qint64> Store::Impl::insertDatasetRow(const Dataset &d)
{
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral(
                R"(INSERT INTO dataset (kind, file_name, sha256, loaded_at, source_id, note)
                   VALUES (:kind, :file, :sha, :at, :source, :note))")))
        return sqlError(q.lastError(), Tr::tr("Cannot record the dataset"));
    q.bindValue(QStringLiteral(":kind"), d.kind);
    q.bindValue(QStringLiteral(":file"), nullableText(d.fileName));
    q.bindValue(QStringLiteral(":sha"), nullableText(d.sha256));
    const QDateTime at = d.loadedAt.isValid() ? d.loadedAt : QDateTime::currentDateTimeUtc();
    q.bindValue(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":source"),
                d.sourceId > 0 ? QVariant(d.sourceId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":note"), nullableText(d.note));
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Cannot record the dataset"));
    return q.lastInsertId().toLongLong();
}

Status Store::Impl::insertObservations(qint64 datasetId, const std::vector<Observation> &obs,
                                       const std::vector<qint64> *sourceIds)
{
    // Bulk path: one prepared statement of SQLite's C API on Qt's own connection, reused for
    // every row inside the caller's transaction (about 4x faster than QSqlQuery per row).
    sqlite3 *handle = conn->handle();
    if (!handle)
        return makeError(Error::Code::Database, Tr::tr("The SQLite driver handle is unavailable."));
    static const char sql[] =
            "INSERT INTO observation (dataset_id, territory_code, year, measure, scope, sector, "
            "value, low, high, unit, method, basis, perimeter, source_id, note, published_year, "
            "qualifier, unit_counted) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
            "?18)";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return makeError(Error::Code::Database,
                         Tr::tr("Cannot prepare the insertion: %1").arg(cApiError(handle)));
    const auto finalize = qScopeGuard([stmt] { sqlite3_finalize(stmt); });
    for (size_t i = 0; i < obs.size(); ++i) {
        const Observation &o = obs[i];
        sqlite3_bind_int64(stmt, 1, datasetId);
        bindText(stmt, 2, o.territoryCode);
        sqlite3_bind_int(stmt, 3, o.year);
        bindText(stmt, 4, o.measure);
        bindText(stmt, 5, o.scope);
        bindText(stmt, 6, o.sector);
        bindDouble(stmt, 7, o.value);
        bindDouble(stmt, 8, o.low);
        bindDouble(stmt, 9, o.high);
        bindText(stmt, 10, o.unit);
        bindText(stmt, 11, methodKey(o.method));
        bindText(stmt, 12, o.basis);
        bindText(stmt, 13, o.perimeter);
        sqlite3_bind_int64(stmt, 14, sourceIds ? (*sourceIds)[i] : o.sourceId);
        bindText(stmt, 15, o.note);
        bindProvenance(stmt, o);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return makeError(Error::Code::Database,
                             Tr::tr("Cannot write the observation for %1, %2 (%3): %4")
                                     .arg(o.territoryCode, o.measure)
                                     .arg(o.year)
                                     .arg(cApiError(handle)));
        sqlite3_reset(stmt);
    }
    return Ok{};
}

Result<qint64> Store::addSource(const Source &source)
{
    return m_impl->upsertSource(source);
}

Result<qint64> Store::addDataset(const Dataset &dataset, const std::vector<Observation> &observations)
{
    Transaction tx(m_impl->db());
    if (!tx.active())
        return sqlError(tx.error(), Tr::tr("Cannot start a transaction"));
    auto id = m_impl->insertDatasetRow(dataset);
    if (!id)
        return id.error();
    if (auto st = m_impl->insertObservations(*id, observations, nullptr); !st)
        return st.error();
    if (!tx.commit())
        return sqlError(tx.error(), Tr::tr("Cannot commit the import"));
    return *id;
}

Status Store::Impl::deleteDataset(qint64 datasetId)
{
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("SELECT kind FROM dataset WHERE id = :id")))
        return sqlError(q.lastError(), Tr::tr("Cannot read the datasets"));
    q.bindValue(QStringLiteral(":id"), datasetId);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Cannot read the datasets"));
    if (!q.next())
        return makeError(Error::Code::NotFound, Tr::tr("There is no dataset %1.").arg(datasetId));
    if (q.value(0).toString() == u"reference")
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("Dataset %1 is the embedded reference data; it cannot be removed.")
                                 .arg(datasetId));
    // Observations go first, by hand: the bulk path runs with foreign keys (and so cascades) off.
    QSqlQuery obs(db());
    if (!obs.prepare(QStringLiteral("DELETE FROM observation WHERE dataset_id = :id")))
        return sqlError(obs.lastError(), Tr::tr("Cannot remove the dataset"));
    obs.bindValue(QStringLiteral(":id"), datasetId);
    if (!obs.exec())
        return sqlError(obs.lastError(), Tr::tr("Cannot remove the dataset"));
    QSqlQuery del(db());
    if (!del.prepare(QStringLiteral("DELETE FROM dataset WHERE id = :id")))
        return sqlError(del.lastError(), Tr::tr("Cannot remove the dataset"));
    del.bindValue(QStringLiteral(":id"), datasetId);
    if (!del.exec())
        return sqlError(del.lastError(), Tr::tr("Cannot remove the dataset"));
    return Ok{};
}

Status Store::removeDataset(qint64 datasetId)
{
    Transaction tx(m_impl->db());
    if (!tx.active())
        return sqlError(tx.error(), Tr::tr("Cannot start a transaction"));
    if (auto st = m_impl->deleteDataset(datasetId); !st)
        return st;
    if (!tx.commit())
        return sqlError(tx.error(), Tr::tr("Cannot remove the dataset"));
    return Ok{};
}

Result<qint64> Store::datasetBySha256(const QString &sha256) const
{
    QSqlQuery q(m_impl->db());
    if (!q.prepare(
                QStringLiteral("SELECT id FROM dataset WHERE sha256 = :sha ORDER BY id LIMIT 1")))
        return sqlError(q.lastError(), Tr::tr("Cannot read the datasets"));
    q.bindValue(QStringLiteral(":sha"), sha256);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Cannot read the datasets"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> Store::latestDatasetOfSourceTitle(const QString &title) const
{
    QSqlQuery q(m_impl->db());
    if (!q.prepare(QStringLiteral(R"(SELECT d.id FROM dataset d JOIN source s ON s.id = d.source_id
                                    WHERE s.title = :title ORDER BY d.id DESC LIMIT 1)")))
        return sqlError(q.lastError(), Tr::tr("Cannot read the datasets"));
    q.bindValue(QStringLiteral(":title"), title);
    if (!q.exec())
        return sqlError(q.lastError(), Tr::tr("Cannot read the datasets"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

namespace {
/// UTF-8 of the last text bound to one parameter: imports repeat the same territory, measure,
/// scope and unit row after row, so most rows convert nothing.
struct TextSlot
{
    QString text;
    QByteArray utf8;

    void bind(sqlite3_stmt *stmt, int index, const QString &value)
    {
        if (value.isEmpty()) {
            sqlite3_bind_null(stmt, index);
            return;
        }
        if (!(value.constData() == text.constData() && value.size() == text.size())
            && value != text) {
            text = value;
            utf8 = value.toUtf8();
        }
        // The bytes live in this slot until the next bind of the same parameter.
        sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
};
} // namespace

struct BulkWriter::Impl
{
    Store &store;
    std::unique_ptr<Transaction> tx;
    sqlite3 *handle = nullptr;
    sqlite3_stmt *stmt = nullptr;
    qint64 datasetId = 0;
    qint64 sourceId = 0;
    qint64 written = 0;
    bool indexesDropped = false;
    TextSlot texts[9];
    bool tuned = false;

    explicit Impl(Store &s) : store(s) { }
    ~Impl() { finalize(); }
    /// Pragmas for the bulk path, set outside the transaction (foreign_keys is a no-op inside):
    /// no foreign-key lookups (the importer resolves territories against this database and
    /// creates the dataset and source itself; deletions cascade by hand) and a larger page
    /// cache so that index pages stay in memory.
    void tune(bool large)
    {
        QSqlQuery q(d().db());
        // Foreign-key lookups are skipped only for large imports, whose territories the importer
        // resolved against this very database; small writes keep the database's own checks.
        tuned = (!large || q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
                && q.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    }
    void untune()
    {
        if (!tuned)
            return;
        QSqlQuery q(d().db());
        if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON"))
            || !q.exec(QStringLiteral("PRAGMA cache_size = -2000")))
            qCWarning(lcStorage) << "Cannot restore the connection settings:" << q.lastError().text();
        tuned = false;
    }
    void finalize()
    {
        if (stmt)
            sqlite3_finalize(stmt);
        stmt = nullptr;
    }
    [[nodiscard]] Store::Impl &d() { return *store.m_impl; }
    /// Drops the observation indexes inside the transaction (a rollback restores them).
    [[nodiscard]] Status dropIndexes()
    {
        QSqlQuery q(d().db());
        for (const storage::IndexDefinition &index : storage::kObservationIndexes) {
            // Our own identifier constants, not user data.
            if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index.name))))
                return sqlError(q.lastError(), Tr::tr("Cannot prepare the bulk import"));
        }
        indexesDropped = true;
        return Ok{};
    }
    [[nodiscard]] Status restoreIndexes()
    {
        if (!indexesDropped)
            return Ok{};
        QSqlQuery q(d().db());
        for (const storage::IndexDefinition &index : storage::kObservationIndexes) {
            if (!q.exec(QString::fromLatin1(index.definition)))
                return sqlError(q.lastError(), Tr::tr("Cannot index the imported observations"));
        }
        indexesDropped = false;
        return Ok{};
    }
    [[nodiscard]] Status inactive() const
    {
        return makeError(Error::Code::Database, Tr::tr("The import transaction is closed."));
    }
};

BulkWriter::BulkWriter(Store &store) : m_impl(std::make_unique<Impl>(store)) { }

BulkWriter::~BulkWriter()
{
    rollback();
}

Result<std::unique_ptr<BulkWriter>> Store::beginBulk(qint64 expectedRows)
{
    bool large = false;
    if (expectedRows > 50000) {
        QSqlQuery count(m_impl->db());
        if (count.exec(QStringLiteral("SELECT count(*) FROM observation")) && count.next())
            large = expectedRows > count.value(0).toLongLong();
    } // the statement is finished here: DROP INDEX would find the table locked otherwise
    std::unique_ptr<BulkWriter> writer(new BulkWriter(*this));
    writer->m_impl->tune(large);
    writer->m_impl->tx = std::make_unique<Transaction>(m_impl->db());
    if (!writer->m_impl->tx->active())
        return sqlError(writer->m_impl->tx->error(), Tr::tr("Cannot start a transaction"));
    if (large) {
        if (auto st = writer->m_impl->dropIndexes(); !st)
            return st.error();
    }
    writer->m_impl->handle = m_impl->conn->handle();
    if (!writer->m_impl->handle)
        return makeError(Error::Code::Database, Tr::tr("The SQLite driver handle is unavailable."));
    return writer;
}

Status BulkWriter::removeDataset(qint64 datasetId)
{
    if (!m_impl->tx)
        return m_impl->inactive();
    return m_impl->d().deleteDataset(datasetId);
}

Result<qint64> BulkWriter::addSource(const Source &source)
{
    if (!m_impl->tx)
        return m_impl->inactive().error();
    return m_impl->d().upsertSource(source);
}

Result<qint64> BulkWriter::beginDataset(const Dataset &dataset)
{
    Impl &w = *m_impl;
    if (!w.tx)
        return w.inactive().error();
    auto id = w.d().insertDatasetRow(dataset);
    if (!id)
        return id.error();
    w.datasetId = *id;
    w.sourceId = dataset.sourceId;
    w.finalize();
    static const char sql[] =
            "INSERT INTO observation (dataset_id, territory_code, year, measure, scope, sector, "
            "value, low, high, unit, method, basis, perimeter, source_id, note, published_year, "
            "qualifier, unit_counted) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
            "?18)";
    if (sqlite3_prepare_v2(w.handle, sql, -1, &w.stmt, nullptr) != SQLITE_OK)
        return makeError(Error::Code::Database,
                         Tr::tr("Cannot prepare the insertion: %1").arg(cApiError(w.handle)));
    return w.datasetId;
}

Status BulkWriter::add(const Observation &o)
{
    Impl &w = *m_impl;
    if (!w.tx || !w.stmt)
        return w.inactive();
    sqlite3_stmt *stmt = w.stmt;
    sqlite3_bind_int64(stmt, 1, w.datasetId);
    w.texts[0].bind(stmt, 2, o.territoryCode);
    sqlite3_bind_int(stmt, 3, o.year);
    w.texts[1].bind(stmt, 4, o.measure);
    w.texts[2].bind(stmt, 5, o.scope);
    w.texts[3].bind(stmt, 6, o.sector);
    bindDouble(stmt, 7, o.value);
    bindDouble(stmt, 8, o.low);
    bindDouble(stmt, 9, o.high);
    w.texts[4].bind(stmt, 10, o.unit);
    w.texts[5].bind(stmt, 11, methodKey(o.method));
    w.texts[6].bind(stmt, 12, o.basis);
    w.texts[7].bind(stmt, 13, o.perimeter);
    sqlite3_bind_int64(stmt, 14, o.sourceId > 0 ? o.sourceId : w.sourceId);
    w.texts[8].bind(stmt, 15, o.note);
    bindProvenance(stmt, o);
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return makeError(Error::Code::Database,
                         Tr::tr("Cannot write the observation for %1, %2 (%3): %4")
                                 .arg(o.territoryCode, o.measure)
                                 .arg(o.year)
                                 .arg(cApiError(w.handle)));
    ++w.written;
    return Ok{};
}

Status BulkWriter::add(const Utf8Row &r)
{
    Impl &w = *m_impl;
    if (!w.tx || !w.stmt)
        return w.inactive();
    sqlite3_stmt *stmt = w.stmt;
    const auto text = [stmt](int index, QByteArrayView bytes) {
        if (bytes.isEmpty())
            sqlite3_bind_null(stmt, index);
        else
            sqlite3_bind_text(stmt, index, bytes.data(), int(bytes.size()), SQLITE_STATIC);
    };
    sqlite3_bind_int64(stmt, 1, w.datasetId);
    text(2, r.territoryCode);
    sqlite3_bind_int(stmt, 3, r.year);
    text(4, r.measure);
    text(5, r.scope);
    text(6, r.sector);
    bindDouble(stmt, 7, r.value);
    sqlite3_bind_null(stmt, 8);
    sqlite3_bind_null(stmt, 9);
    text(10, r.unit);
    text(11, r.method);
    text(12, r.basis);
    text(13, r.perimeter);
    sqlite3_bind_int64(stmt, 14, w.sourceId);
    text(15, r.note);
    if (r.publishedYear > 0)
        sqlite3_bind_int(stmt, 16, r.publishedYear);
    else
        sqlite3_bind_null(stmt, 16);
    sqlite3_bind_text(stmt, 17, "exact", 5, SQLITE_STATIC);
    text(18, r.unitCounted);
    const int rc = sqlite3_step(stmt);
    sqlite3_reset(stmt);
    if (rc != SQLITE_DONE)
        return makeError(
                Error::Code::Database,
                Tr::tr("Cannot write the observation for %1, %2 (%3): %4")
                        .arg(QString::fromUtf8(r.territoryCode), QString::fromUtf8(r.measure))
                        .arg(r.year)
                        .arg(cApiError(w.handle)));
    ++w.written;
    return Ok{};
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
    DatasetComparison result;
    result.olderDatasetId = olderDatasetId;
    const QSqlDatabase db = w.d().db();
    // The older vintage's keys go to an indexed temporary table: the observation table is only
    // indexed by territory, and a join on it would scan a whole territory for every row.
    const auto exec = [&db](const QString &sql, const QList<std::pair<QString, QVariant>> &binds) {
        QSqlQuery s(db);
        s.setForwardOnly(true);
        if (!s.prepare(sql))
            return s;
        for (const auto &[name, value] : binds)
            s.bindValue(name, value);
        s.exec();
        return s;
    };
    const auto failed = [](const QSqlQuery &s) { return s.lastError().isValid(); };
    const QString key = QStringLiteral(
            "o.territory_code = n.territory_code AND o.measure = n.measure AND o.scope = n.scope "
            "AND o.sector = n.sector AND o.year = n.year");
    for (const QString &sql :
         { QStringLiteral("DROP TABLE IF EXISTS temp.vintage_older"),
           QStringLiteral("CREATE TEMP TABLE vintage_older (territory_code TEXT, measure TEXT, "
                          "scope TEXT, sector TEXT, year INTEGER, value REAL)") }) {
        if (const QSqlQuery s = exec(sql, {}); failed(s))
            return sqlError(s.lastError(), Tr::tr("Cannot compare the datasets"));
    }
    const auto dropTemp = qScopeGuard(
            [&exec] { exec(QStringLiteral("DROP TABLE IF EXISTS temp.vintage_older"), {}); });
    for (const QString &sql :
         { QStringLiteral("INSERT INTO temp.vintage_older SELECT territory_code, measure, scope, "
                          "sector, year, value FROM observation WHERE dataset_id = :older"),
           QStringLiteral("CREATE INDEX temp.vintage_older_key ON vintage_older "
                          "(territory_code, measure, scope, sector, year)") }) {
        if (const QSqlQuery s = exec(sql, { { QStringLiteral(":older"), olderDatasetId } });
            failed(s))
            return sqlError(s.lastError(), Tr::tr("Cannot compare the datasets"));
    }
    QSqlQuery q = exec(QStringLiteral("SELECT n.territory_code, n.year, n.measure, n.scope, "
                                      "n.sector, o.value, n.value FROM observation n "
                                      "JOIN temp.vintage_older o ON %1 "
                                      "WHERE n.dataset_id = :newer AND o.value IS NOT n.value "
                                      "ORDER BY n.territory_code, n.measure, n.scope, n.sector, "
                                      "n.year")
                               .arg(key),
                       { { QStringLiteral(":newer"), w.datasetId } });
    if (failed(q))
        return sqlError(q.lastError(), Tr::tr("Cannot compare the datasets"));
    while (q.next()) {
        ++result.changed;
        if (result.changes.size() >= limit)
            continue;
        ValueChange c;
        c.territoryCode = q.value(0).toString();
        c.year = q.value(1).toInt();
        c.measure = q.value(2).toString();
        c.scope = q.value(3).toString();
        c.sector = q.value(4).toString();
        c.before = toOptional(q.value(5));
        c.after = toOptional(q.value(6));
        result.changes.append(c);
    }
    if (failed(q))
        return sqlError(q.lastError(), Tr::tr("Cannot compare the datasets"));
    q.finish();
    // Figures present on one side only: keys are unique within a dataset (the converter refuses
    // duplicates), so they are the counts minus the matched keys.
    QSqlQuery counts = exec(
            QStringLiteral("SELECT (SELECT count(*) FROM observation WHERE dataset_id = :newer), "
                           "(SELECT count(*) FROM temp.vintage_older), "
                           "(SELECT count(*) FROM observation n JOIN temp.vintage_older o ON %1 "
                           "WHERE n.dataset_id = :newer2)")
                    .arg(key),
            { { QStringLiteral(":newer"), w.datasetId }, { QStringLiteral(":newer2"), w.datasetId } });
    if (failed(counts) || !counts.next())
        return sqlError(counts.lastError(), Tr::tr("Cannot compare the datasets"));
    const qint64 matched = counts.value(2).toLongLong();
    result.added = counts.value(0).toLongLong() - matched;
    result.dropped = counts.value(1).toLongLong() - matched;
    return result;
}

Status BulkWriter::commit()
{
    Impl &w = *m_impl;
    if (!w.tx)
        return w.inactive();
    w.finalize();
    if (auto st = w.restoreIndexes(); !st)
        return st;
    const bool ok = w.tx->commit();
    const QSqlError error = w.tx->error();
    w.tx.reset();
    w.untune();
    if (!ok)
        return sqlError(error, Tr::tr("Cannot commit the import"));
    return Ok{};
}

void BulkWriter::rollback()
{
    m_impl->finalize();
    m_impl->tx.reset(); // the Transaction's destructor rolls back
    m_impl->untune();
}

Status Store::installReferenceData(const ReferenceData &data)
{
    Impl &d = *m_impl;
    Transaction tx(d.db());
    if (!tx.active())
        return sqlError(tx.error(), Tr::tr("Cannot start a transaction"));
    QSqlQuery q(d.db());
    if (!q.prepare(QStringLiteral(
                R"(INSERT INTO territory (code, kind, name, short_name, parent_code, population,
                                          population_year, position)
                   VALUES (:code, :kind, :name, :short, :parent, :pop, :year, :pos)
                   ON CONFLICT(code) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                       short_name = excluded.short_name, parent_code = excluded.parent_code,
                       population = excluded.population, population_year = excluded.population_year,
                       position = excluded.position)")))
        return sqlError(q.lastError(), Tr::tr("Cannot write the territories"));
    int position = 0;
    for (const Territory &t : data.territories) {
        q.bindValue(QStringLiteral(":code"), t.code);
        q.bindValue(QStringLiteral(":kind"), territoryKindKey(t.kind));
        q.bindValue(QStringLiteral(":name"), t.name);
        q.bindValue(QStringLiteral(":short"), nullableText(t.shortName));
        q.bindValue(QStringLiteral(":parent"), nullableText(t.parentCode));
        q.bindValue(QStringLiteral(":pop"), t.population ? QVariant(*t.population)
                                                         : QVariant(QMetaType(QMetaType::LongLong)));
        q.bindValue(QStringLiteral(":year"), t.populationYear
                                                     ? QVariant(*t.populationYear)
                                                     : QVariant(QMetaType(QMetaType::Int)));
        q.bindValue(QStringLiteral(":pos"), position++);
        if (!q.exec())
            return sqlError(q.lastError(), Tr::tr("Cannot write the territories"));
    }
    QHash<QString, qint64> sourceIds;
    for (const Source &s : data.sources) {
        auto id = d.upsertSource(s);
        if (!id)
            return id.error();
        sourceIds.insert(s.key, *id);
    }
    QSqlQuery del(d.db());
    if (!del.exec(QStringLiteral("DELETE FROM dataset WHERE kind = 'reference'")))
        return sqlError(del.lastError(), Tr::tr("Cannot replace the reference data"));
    Dataset ds;
    ds.kind = QStringLiteral("reference");
    ds.fileName = QStringLiteral("data/");
    ds.note = Tr::tr("Embedded reference data, version %1").arg(data.version);
    auto datasetId = d.insertDatasetRow(ds);
    if (!datasetId)
        return datasetId.error();
    std::vector<Observation> observations;
    std::vector<qint64> ids;
    observations.reserve(data.figures.size());
    ids.reserve(data.figures.size());
    for (const ReferenceFigure &f : data.figures) {
        observations.push_back(f.observation);
        ids.push_back(sourceIds.value(f.sourceKey));
    }
    if (auto st = d.insertObservations(*datasetId, observations, &ids); !st)
        return st.error();
    if (auto st = d.setMeta(QStringLiteral("reference_data_version"), QString::number(data.version));
        !st)
        return st.error();
    if (!tx.commit())
        return sqlError(tx.error(), Tr::tr("Cannot commit the reference data"));
    return Ok{};
}

} // namespace core
