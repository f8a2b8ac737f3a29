// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <utility>

struct sqlite3;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

/// Errors of SQLite and Qt's SQL module as user-presentable Errors, and the checked statement
/// helper every storage unit uses. Only core/storage includes this header.
namespace core::storage {

/// What a SQLite result code means for the user; empty when the code says nothing more.
[[nodiscard]] QString sqliteMeaning(int code);
/// "what: meaning (SQLite: text)", or "what (SQLite: text)" when the code says nothing more.
[[nodiscard]] Error sqliteError(int code, const QString &text, const QString &what);
[[nodiscard]] Error sqlError(const QSqlError &error, const QString &what);
/// The system's reason for an I/O failure of the connection when it says more than SQLite's
/// "disk I/O error" (a file-size limit, a full disk, a quota, a read-only disk), else empty.
[[nodiscard]] QString systemCause(sqlite3 *handle);
/// The last error of a C API call, with its meaning (disk full, locked...).
[[nodiscard]] QString cApiError(sqlite3 *handle);

/// A text parameter that binds NULL when empty.
[[nodiscard]] QVariant nullableText(const QString &text);
[[nodiscard]] std::optional<double> toOptional(const QVariant &value);

using Binding = std::pair<QString, QVariant>;
/// Prepares `sql` on `q`, binds the named values and runs it. A failed prepare or exec gives
/// an Error naming `what`.
[[nodiscard]] Status run(QSqlQuery &q, const QString &sql, std::initializer_list<Binding> binds,
                         const QString &what);
/// After a loop over q.next(): an Error when the loop ended on a failure (a damaged page)
/// rather than on the last row.
[[nodiscard]] Status finished(const QSqlQuery &q, const QString &what);
/// After run(): the first column of the first row as an id, 0 when there is no row.
[[nodiscard]] Result<qint64> firstId(QSqlQuery &q, const QString &what);

/// Runs a query without parameters and reads each row with `read(const QSqlQuery &)`.
template <typename T, typename RowReader>
[[nodiscard]] Result<QList<T>> readAll(const QSqlDatabase &db, const QString &sql,
                                       const QString &what, RowReader read)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto st = run(q, sql, {}, what); !st)
        return st.error();
    QList<T> list;
    while (q.next())
        list.append(read(q));
    if (auto st = finished(q, what); !st) // a damaged page ends the loop early
        return st.error();
    return list;
}

} // namespace core::storage
