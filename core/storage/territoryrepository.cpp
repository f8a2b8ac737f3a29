// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/territoryrepository.h"

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
} // namespace

Result<QList<Territory>> TerritoryRepository::all() const
{
    return readAll<Territory>(
            m_db,
            QStringLiteral("SELECT code, kind, name, short_name, parent_code, population, "
                           "population_year FROM territory ORDER BY position, code"),
            Tr::tr("Cannot read the territories"), [](const QSqlQuery &q) {
                Territory t;
                t.code = q.value(0).toString();
                t.kind = territoryKindFromKey(q.value(1).toString())
                                 .value_or(TerritoryKind::Commune);
                t.name = q.value(2).toString();
                t.shortName = q.value(3).toString();
                t.parentCode = q.value(4).toString();
                if (!q.value(5).isNull())
                    t.population = q.value(5).toLongLong();
                if (!q.value(6).isNull())
                    t.populationYear = q.value(6).toInt();
                return t;
            });
}

Status TerritoryRepository::upsert(const QList<Territory> &territories)
{
    const QString what = Tr::tr("Cannot write the territories");
    QSqlQuery q(m_db);
    if (!q.prepare(QStringLiteral(
                R"(INSERT INTO territory (code, kind, name, short_name, parent_code, population,
                                          population_year, position)
                   VALUES (:code, :kind, :name, :short, :parent, :pop, :year, :pos)
                   ON CONFLICT(code) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                       short_name = excluded.short_name, parent_code = excluded.parent_code,
                       population = excluded.population, population_year = excluded.population_year,
                       position = excluded.position)")))
        return sqlError(q.lastError(), what);
    int position = 0;
    for (const Territory &t : territories) {
        q.bindValue(QStringLiteral(":code"), t.code);
        q.bindValue(QStringLiteral(":kind"), territoryKindKey(t.kind));
        q.bindValue(QStringLiteral(":name"), t.name);
        q.bindValue(QStringLiteral(":short"), nullableText(t.shortName));
        q.bindValue(QStringLiteral(":parent"), nullableText(t.parentCode));
        q.bindValue(QStringLiteral(":pop"),
                    t.population ? QVariant(*t.population)
                                 : QVariant(QMetaType(QMetaType::LongLong)));
        q.bindValue(QStringLiteral(":year"),
                    t.populationYear ? QVariant(*t.populationYear)
                                     : QVariant(QMetaType(QMetaType::Int)));
        q.bindValue(QStringLiteral(":pos"), position++);
        if (!q.exec())
            return sqlError(q.lastError(), what);
    }
    return Ok {};
}

} // namespace core::storage
