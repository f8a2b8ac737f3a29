// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"

#include "core/io/safefile.h"
#include "core/storage/migrations.h"
#include "core/storage/sqlerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

namespace core::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

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
} // namespace

Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(Error::Code::Io, Tr::tr("%1 is a folder, not a database file.").arg(path));
    const bool existed = info.exists() && info.size() > 0;
    if (info.exists() && !info.isReadable())
        return makeError(Error::Code::Io, Tr::tr("The database %1 cannot be read.").arg(path));

    if (!options.readOnly)
        removeOrphanedBuilds(path);
    std::unique_ptr<Database> d(new Database);
    d->m_path = path;
    d->m_conn = std::make_unique<ScopedConnection>(path, options.readOnly);
    if (!d->m_conn->isOpen())
        return makeError(
                Error::Code::Database,
                Tr::tr("Cannot open the database %1: %2").arg(path, d->m_conn->errorString()));
    if (auto st = d->readSchemaVersion(); !st)
        return st.error();
    if (auto st = d->checkOwnFile(existed); !st)
        return st.error();
    if (options.readOnly)
        return d;
    // SQLite opens a file it may not write read-only without a word: say so before a write
    // fails half-way (a reading command opens with readOnly instead).
    if (d->isReadOnly())
        return makeError(Error::Code::ReadOnly,
                         Tr::tr("The database %1 is read-only (file permissions or a read-only "
                                "disk): it can be read (figures, export, datasets) but not "
                                "changed.")
                                 .arg(path));
    if (d->m_schemaVersion == 0) {
        if (auto st = d->setJournal(options.privateBuild); !st)
            return st.error();
    }
    if (auto st = d->migrate(); !st)
        return st.error();
    return d;
}

Status Database::readSchemaVersion()
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        m_schemaVersion = q.value(0).toInt();
        if (m_schemaVersion <= kSchemaVersion)
            return Ok {};
        return makeError(Error::Code::NewerSchema,
                         Tr::tr("The database %1 was written by a newer version of the application "
                                "(schema %2, this version knows up to %3). It was left unchanged.")
                                 .arg(m_path)
                                 .arg(m_schemaVersion)
                                 .arg(kSchemaVersion));
    }
    // A full disk, a lock or an I/O error is not a foreign file: say which it is.
    const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
    const QString cannotOpen = Tr::tr("Cannot open the database %1").arg(m_path);
    if (const QString cause = systemCause(handle()); !cause.isEmpty())
        return makeError(
                Error::Code::Database,
                Tr::tr("%1: %2 (SQLite: %3)").arg(cannotOpen, cause, q.lastError().text()));
    if (code != SQLITE_NOTADB && code != SQLITE_CORRUPT && !sqliteMeaning(code).isEmpty())
        return sqlError(q.lastError(), cannotOpen);
    return makeError(Error::Code::Database,
                     Tr::tr("%1 is not a readable ESS dashboard database: %2")
                             .arg(m_path, q.lastError().text()));
}

Status Database::checkOwnFile(bool existed)
{
    if (m_schemaVersion > 0 || !existed)
        return Ok {};
    // An existing file with user_version 0 must be an empty database, not someone else's.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()
        || q.value(0).toInt() > 0)
        return makeError(Error::Code::Database,
                         Tr::tr("%1 is a SQLite database of another application; it was left "
                                "unchanged.")
                                 .arg(m_path));
    return Ok {};
}

Status Database::setJournal(bool privateBuild)
{
    QSqlQuery q(db());
    if (privateBuild) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"))
            || !q.exec(QStringLiteral("PRAGMA synchronous = OFF")))
            return sqlError(q.lastError(), Tr::tr("Cannot open the database %1").arg(m_path));
        return Ok {};
    }
    // WAL is a speed-up, not a requirement: a file system without shared memory keeps the
    // rollback journal, and the database works the same.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        qCWarning(lcStorage) << "WAL not available:" << q.lastError().text();
    return Ok {};
}

Status Database::migrate()
{
    for (const Migration &m : migrations()) {
        if (m.version <= m_schemaVersion)
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
        m_schemaVersion = m.version;
    }
    return Ok {};
}

bool Database::isReadOnly() const
{
    sqlite3 *h = handle();
    return !h || sqlite3_db_readonly(h, "main") != 0;
}

Result<QString> Database::meta(const QString &key) const
{
    const QString what = Tr::tr("Cannot read the settings of the database");
    QSqlQuery q(db());
    if (auto st = run(q, QStringLiteral("SELECT value FROM meta WHERE key = :key"),
                      { { QStringLiteral(":key"), key } }, what);
        !st)
        return st.error();
    if (q.next())
        return q.value(0).toString();
    if (auto st = finished(q, what); !st)
        return st.error();
    return QString();
}

Status Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    return run(q,
               QStringLiteral("INSERT INTO meta (key, value) VALUES (:key, :value) "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
               { { QStringLiteral(":key"), key }, { QStringLiteral(":value"), value } },
               Tr::tr("Cannot write settings to the database"));
}

Status Database::finishPrivateBuild()
{
    // Switching to WAL writes the header in a synced transaction: everything written before
    // reaches the disk with it.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL"))
        || !q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return sqlError(q.lastError(), Tr::tr("Cannot finish writing the database"));
    return Ok {};
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = q.lastError();
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "Cannot roll back:" << q.lastError().text();
}

bool Transaction::commit()
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

} // namespace core::storage
