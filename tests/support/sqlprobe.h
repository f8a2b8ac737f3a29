// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace testsupport {

/// The first column of the first row of `sql` on the database file at `path`, read through a
/// connection of its own; -1 when the query fails or returns no row.
inline qint64 queryScalar(const QString &path, const QString &sql)
{
    qint64 n = -1;
    const QString name = QStringLiteral("probe-scalar");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

} // namespace testsupport
