// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/connection.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

namespace core::storage {

namespace {
QAtomicInteger<quint64> s_counter;

/// True when nothing can be created beside the database (read-only disk or folder) and the
/// database file holds everything: no -shm file, and no -wal file with content in it.
bool onReadOnlyMedia(const QString &path)
{
    const QFileInfo file(path);
    if (!file.exists() || QFileInfo(file.absolutePath()).isWritable())
        return false;
    const QFileInfo shm(path + QStringLiteral("-shm"));
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return !shm.exists() && (!wal.exists() || wal.size() == 0);
}
} // namespace

ScopedConnection::ScopedConnection(const QString &path, bool readOnly)
    : m_name(QStringLiteral("ess-%1").arg(s_counter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (readOnly && onReadOnlyMedia(path)) {
        // A WAL database is read through its -shm file, which SQLite creates beside it: on a
        // read-only disk or folder it cannot, and the open fails. With no -shm file and no
        // pending -wal content, the file alone is the whole database: read it as immutable.
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        m_error = q.lastError().text();
}

ScopedConnection::~ScopedConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool ScopedConnection::isOpen() const
{
    return m_error.isEmpty() && QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase ScopedConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

sqlite3 *ScopedConnection::handle() const
{
    const QVariant v = db().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

} // namespace core::storage
