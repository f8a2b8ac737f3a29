// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sqlerror.h"

#include "core/io/safefile.h"

#include <QCoreApplication>
#include <QSqlError>

#include <sqlite3.h>

#include <cerrno>

Q_LOGGING_CATEGORY(lcStorage, "core.storage")

namespace core::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};
} // namespace

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

Error sqlError(const QSqlError &error, const QString &what)
{
    return sqliteError(error.nativeErrorCode().toInt(), error.text(), what);
}

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

QString cApiError(sqlite3 *handle)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(handle));
    QString meaning = systemCause(handle);
    if (meaning.isEmpty())
        meaning = sqliteMeaning(sqlite3_errcode(handle));
    return meaning.isEmpty() ? text : Tr::tr("%1 (SQLite: %2)").arg(meaning, text);
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

std::optional<double> toOptional(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

Status run(QSqlQuery &q, const QString &sql, std::initializer_list<Binding> binds,
           const QString &what)
{
    if (!q.prepare(sql))
        return sqlError(q.lastError(), what);
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec())
        return sqlError(q.lastError(), what);
    return Ok {};
}

Status finished(const QSqlQuery &q, const QString &what)
{
    if (q.lastError().isValid())
        return sqlError(q.lastError(), what);
    return Ok {};
}

Result<qint64> firstId(QSqlQuery &q, const QString &what)
{
    if (q.next())
        return q.value(0).toLongLong();
    // A read that failed is not "no row": callers would insert a duplicate.
    if (auto st = finished(q, what); !st)
        return st.error();
    return qint64(0);
}

} // namespace core::storage
