// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAtomicInteger>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QVariant>

namespace testsupport {

/// Every table of a database as text (schema, user_version, rows by rowid), to prove that a
/// failed import left the content exactly as it was. Empty when the file does not exist.
inline QString dumpDatabase(const QString &path)
{
    if (!QFile::exists(path))
        return {};
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("dump-%1").arg(counter.fetchAndAddRelaxed(1));
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QTextStream out(&text);
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA user_version"));
            if (q.next())
                out << "user_version " << q.value(0).toInt() << '\n';
            QStringList tables;
            q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name"));
            while (q.next()) {
                out << q.value(0).toString() << ": " << q.value(1).toString() << '\n';
                if (q.value(1).toString().startsWith(QStringLiteral("CREATE TABLE")))
                    tables << q.value(0).toString();
            }
            for (const QString &table : std::as_const(tables)) {
                QSqlQuery rows(db);
                // Table names come from sqlite_master of our own schema.
                rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
                while (rows.next()) {
                    QStringList cells;
                    for (int i = 0; i < rows.record().count(); ++i)
                        cells << (rows.value(i).isNull() ? QStringLiteral("NULL")
                                                         : rows.value(i).toString());
                    out << table << '|' << cells.join(u'|') << '\n';
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return text;
}

} // namespace testsupport
