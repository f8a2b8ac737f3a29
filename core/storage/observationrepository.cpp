// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/observationrepository.h"

#include "core/storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace core::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};

Observation readRow(const QSqlQuery &q)
{
    Observation o;
    o.id = q.value(0).toLongLong();
    o.territoryCode = q.value(1).toString();
    o.year = q.value(2).toInt();
    o.measure = q.value(3).toString();
    o.scope = q.value(4).toString();
    o.sector = q.value(5).toString();
    o.value = toOptional(q.value(6));
    o.low = toOptional(q.value(7));
    o.high = toOptional(q.value(8));
    o.unit = q.value(9).toString();
    o.method = methodFromKey(q.value(10).toString()).value_or(Method::Published);
    o.basis = q.value(11).toString();
    o.perimeter = q.value(12).toString();
    o.note = q.value(13).toString();
    o.sourceId = q.value(14).toLongLong();
    o.datasetId = q.value(15).toLongLong();
    o.publishedYear = q.value(16).toInt();
    o.qualifier = q.value(17).toString();
    o.unitCounted = q.value(18).toString();
    return o;
}
} // namespace

Result<std::vector<Observation>>
ObservationRepository::ofTerritories(const QStringList &codes) const
{
    const QString what = Tr::tr("Cannot read the observations");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
                R"(SELECT id, territory_code, year, measure, scope, sector, value, low, high, unit,
                          method, basis, perimeter, note, source_id, dataset_id, published_year,
                          qualifier, unit_counted
                   FROM observation WHERE territory_code = :code
                   ORDER BY measure, scope, sector, year, id)")))
        return sqlError(q.lastError(), what);
    std::vector<Observation> list;
    for (const QString &code : codes) {
        q.bindValue(QStringLiteral(":code"), code);
        if (!q.exec())
            return sqlError(q.lastError(), what);
        while (q.next())
            list.push_back(readRow(q));
        if (auto st = finished(q, what); !st)
            return st.error();
    }
    return list;
}

} // namespace core::storage
