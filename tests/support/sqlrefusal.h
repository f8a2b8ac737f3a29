// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace testsupport {

/// The sqlite3 handle of a Store's own connection on `path` (named "ess-<n>"), opened by the
/// calling thread.
inline sqlite3 *storeHandle(const QString &path)
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        const QSqlDatabase db = QSqlDatabase::database(name, false);
        if (name.startsWith(u"ess-") && db.databaseName() == path) {
            const QVariant v = db.driver()->handle();
            return *static_cast<sqlite3 *const *>(v.data());
        }
    }
    return nullptr;
}

/// An authorizer that refuses one action on one table (and, for reads, one column) while
/// statements are prepared: the prepare itself then fails. Install with
/// `sqlite3_set_authorizer(handle, refuse, &refusal)`.
struct Refusal
{
    int action;
    const char *table;
    const char *column;
};
inline int refuse(void *user, int action, const char *a, const char *b, const char *, const char *)
{
    const auto *r = static_cast<const Refusal *>(user);
    if (action != r->action || !a || qstrcmp(a, r->table) != 0)
        return SQLITE_OK;
    if (r->column && (!b || qstrcmp(b, r->column) != 0))
        return SQLITE_OK;
    return SQLITE_DENY;
}

} // namespace testsupport
