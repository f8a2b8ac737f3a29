// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/storage/connection.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

namespace core::storage {

/// One open database file: its connection, pragmas, schema migrations and the meta table.
/// Owned by Store (or a test); same thread as the one that opened it. Only core/storage
/// includes this header.
class Database final
{
public:
    struct Options
    {
        /// SQLITE_OPEN_READONLY: nothing is migrated or cleaned; the file must exist.
        bool readOnly = false;
        /// A new file nobody opens until finishPrivateBuild(): journal in memory, no syncs.
        bool privateBuild = false;
    };

    /// Opens (creating when missing) and migrates to the latest schema. A newer schema, a file
    /// that is not a database, a file that cannot be written (unless readOnly) or a failed
    /// migration give an Error and leave the file as it was.
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                const Options &options);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QSqlDatabase db() const { return m_conn->db(); }
    /// The sqlite3 handle under Qt's connection (bulk inserts); null if unavailable.
    [[nodiscard]] sqlite3 *handle() const { return m_conn->handle(); }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    /// True when the connection cannot write (sqlite3_db_readonly).
    [[nodiscard]] bool isReadOnly() const;

    /// A value of the meta table; empty when the key is absent, an Error when it cannot be read.
    [[nodiscard]] Result<QString> meta(const QString &key) const;
    [[nodiscard]] Status setMeta(const QString &key, const QString &value);

    /// Ends a private build: WAL journal (as every database has) and a full sync of the file.
    [[nodiscard]] Status finishPrivateBuild();

private:
    Database() = default;
    [[nodiscard]] Status readSchemaVersion();
    [[nodiscard]] Status checkOwnFile(bool existed);
    [[nodiscard]] Status setJournal(bool privateBuild);
    [[nodiscard]] Status migrate();

    QString m_path;
    std::unique_ptr<ScopedConnection> m_conn;
    int m_schemaVersion = 0;
};

/// RAII write transaction: BEGIN IMMEDIATE takes the write lock at once, so a second writer
/// waits for the busy timeout instead of failing on its first write; rolls back unless
/// commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] bool active() const { return m_active; }
    /// Why BEGIN or COMMIT failed.
    [[nodiscard]] QSqlError error() const { return m_error; }
    [[nodiscard]] bool commit();

private:
    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_active = false;
};

} // namespace core::storage
