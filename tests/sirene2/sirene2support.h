// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sirene2test {

inline QString genFile(const char *name)
{
    return QStringLiteral(ESS_TEST_DATA "/sirene/gen/") + QString::fromLatin1(name);
}

/// Every row of every table of a database file, as text, to prove it was left unchanged.
/// Empty when the file cannot be opened.
inline QString dumpDatabase(const QString &path)
{
    static int serial = 0;
    const QString name = QStringLiteral("sirene2-dump-%1").arg(++serial);
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery tables(db);
            QStringList names;
            if (tables.exec(QStringLiteral(
                        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
                while (tables.next())
                    names << tables.value(0).toString();
            for (const QString &table : names) {
                out += QStringLiteral("== %1\n").arg(table);
                QSqlQuery rows(db);
                // Table names come from sqlite_master, not from input.
                if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)))
                    continue;
                while (rows.next()) {
                    QStringList cells;
                    for (int i = 0; i < rows.record().count(); ++i)
                        cells << rows.value(i).toString();
                    out += cells.join(u'|') + u'\n';
                }
            }
            QSqlQuery version(db);
            if (version.exec(QStringLiteral("PRAGMA user_version")) && version.next())
                out += QStringLiteral("user_version %1\n").arg(version.value(0).toInt());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace sirene2test
