// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/vintagecomparison.h"

#include "core/storage/database.h"
#include "core/storage/sqlerror.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlQuery>

namespace core::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

/// The join of a newer row `n` with an older one `o`: same territory, measure, scope, sector
/// and year (keys are unique within a dataset: the converter refuses duplicates).
const char kSameKey[] = "o.territory_code = n.territory_code AND o.measure = n.measure "
                        "AND o.scope = n.scope AND o.sector = n.sector AND o.year = n.year";

QString what()
{
    return Tr::tr("Cannot compare the datasets");
}

/// Copies the older vintage's keys to an indexed temporary table: the observation table is only
/// indexed by territory, and a join on it would scan a whole territory for every row.
Status loadOlder(const QSqlDatabase &db, qint64 olderId)
{
    const QString statements[] = {
        QStringLiteral("DROP TABLE IF EXISTS temp.vintage_older"),
        QStringLiteral("CREATE TEMP TABLE vintage_older (territory_code TEXT, measure TEXT, "
                       "scope TEXT, sector TEXT, year INTEGER, value REAL)"),
        QStringLiteral("INSERT INTO temp.vintage_older SELECT territory_code, measure, scope, "
                       "sector, year, value FROM observation WHERE dataset_id = :older"),
        QStringLiteral("CREATE INDEX temp.vintage_older_key ON vintage_older "
                       "(territory_code, measure, scope, sector, year)"),
    };
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        const bool bound = sql.contains(u":older");
        if (auto st = bound ? run(q, sql, { { QStringLiteral(":older"), olderId } }, what())
                            : run(q, sql, {}, what());
            !st)
            return st;
    }
    return Ok {};
}

/// The changed figures, in territory, measure, scope, sector, year order.
Status readChanges(const QSqlDatabase &db, qint64 newerId, int limit, DatasetComparison &result)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (auto st = run(q,
                      QStringLiteral("SELECT n.territory_code, n.year, n.measure, n.scope, "
                                     "n.sector, o.value, n.value FROM observation n "
                                     "JOIN temp.vintage_older o ON %1 "
                                     "WHERE n.dataset_id = :newer AND o.value IS NOT n.value "
                                     "ORDER BY n.territory_code, n.measure, n.scope, n.sector, "
                                     "n.year")
                              .arg(QLatin1String(kSameKey)),
                      { { QStringLiteral(":newer"), newerId } }, what());
        !st)
        return st;
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
    return finished(q, what());
}

/// Figures on one side only: the counts minus the matched keys.
Status countOneSided(const QSqlDatabase &db, qint64 newerId, DatasetComparison &result)
{
    QSqlQuery q(db);
    if (auto st = run(
                q,
                QStringLiteral("SELECT (SELECT count(*) FROM observation WHERE dataset_id "
                               "= :newer), (SELECT count(*) FROM temp.vintage_older), "
                               "(SELECT count(*) FROM observation n JOIN "
                               "temp.vintage_older o ON %1 WHERE n.dataset_id = :newer2)")
                        .arg(QLatin1String(kSameKey)),
                { { QStringLiteral(":newer"), newerId }, { QStringLiteral(":newer2"), newerId } },
                what());
        !st)
        return st;
    if (!q.next())
        return sqlError(q.lastError(), what());
    const qint64 matched = q.value(2).toLongLong();
    result.added = q.value(0).toLongLong() - matched;
    result.dropped = q.value(1).toLongLong() - matched;
    return Ok {};
}
} // namespace

Result<DatasetComparison> compareVintages(const Database &database, qint64 newerId, qint64 olderId,
                                          int limit)
{
    const QSqlDatabase db = database.db();
    DatasetComparison result;
    result.olderDatasetId = olderId;
    const auto dropTemp = qScopeGuard([&db] {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DROP TABLE IF EXISTS temp.vintage_older")))
            qCWarning(lcStorage) << "Cannot drop the comparison table:" << q.lastError().text();
    });
    if (auto st = loadOlder(db, olderId); !st)
        return st.error();
    if (auto st = readChanges(db, newerId, limit, result); !st)
        return st.error();
    if (auto st = countOneSided(db, newerId, result); !st)
        return st.error();
    return result;
}

} // namespace core::storage
