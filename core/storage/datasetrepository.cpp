// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/datasetrepository.h"

#include "core/storage/sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace core::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};
} // namespace

Result<QList<Dataset>> DatasetRepository::all() const
{
    const QString what = Tr::tr("Cannot read the datasets");
    QString unknownKind; // a kind this version does not know: the file is refused, not guessed
    auto list = readAll<Dataset>(
            m_db, QStringLiteral(R"(
                SELECT d.id, d.kind, d.file_name, d.sha256, d.loaded_at, d.source_id, d.note,
                       (SELECT count(*) FROM observation o WHERE o.dataset_id = d.id),
                       d.convention, d.stock_date
                FROM dataset d ORDER BY d.id)"),
            what, [&unknownKind](const QSqlQuery &q) {
                Dataset d;
                d.id = q.value(0).toLongLong();
                const auto kind = datasetKindFromKey(q.value(1).toString());
                if (kind)
                    d.kind = *kind;
                else if (unknownKind.isEmpty())
                    unknownKind = Tr::tr("dataset %1 is of an unknown kind \"%2\"")
                                          .arg(d.id)
                                          .arg(q.value(1).toString());
                d.fileName = q.value(2).toString();
                d.sha256 = q.value(3).toString();
                d.loadedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
                d.sourceId = q.value(5).toLongLong();
                d.note = q.value(6).toString();
                d.observationCount = q.value(7).toLongLong();
                d.convention = q.value(8).toString();
                d.stockDate = QDate::fromString(q.value(9).toString(), Qt::ISODate);
                return d;
            });
    if (!list)
        return list;
    if (!unknownKind.isEmpty())
        return makeError(Error::Code::Database, what + QStringLiteral(": ") + unknownKind);
    QHash<qint64, qsizetype> byId;
    for (qsizetype i = 0; i < list->size(); ++i)
        byId.insert(list->at(i).id, i);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (auto st = run(q,
                      QStringLiteral("SELECT dataset_id, name, sha256 FROM dataset_file "
                                     "ORDER BY dataset_id, position"),
                      {}, what);
        !st)
        return st.error();
    while (q.next()) {
        if (const auto it = byId.constFind(q.value(0).toLongLong()); it != byId.cend())
            list.value()[*it].files.append({ q.value(1).toString(), q.value(2).toString() });
    }
    if (auto st = finished(q, what); !st)
        return st.error();
    return list;
}

Result<qint64> DatasetRepository::idOf(const QString &sql, const QString &name,
                                       const QString &value) const
{
    const QString what = Tr::tr("Cannot read the datasets");
    QSqlQuery q(m_db);
    if (auto st = run(q, sql, { { name, value } }, what); !st)
        return st.error();
    return storage::firstId(q, what);
}

Result<qint64> DatasetRepository::bySha256(const QString &sha256) const
{
    return idOf(QStringLiteral("SELECT id FROM dataset WHERE sha256 = :sha ORDER BY id LIMIT 1"),
                QStringLiteral(":sha"), sha256);
}

Result<qint64> DatasetRepository::latestOfSourceTitle(const QString &title) const
{
    return idOf(QStringLiteral(R"(SELECT d.id FROM dataset d JOIN source s ON s.id = d.source_id
                                    WHERE s.title = :title ORDER BY d.id DESC LIMIT 1)"),
                QStringLiteral(":title"), title);
}

Result<qint64> DatasetRepository::insert(const Dataset &d)
{
    const QDateTime at = d.loadedAt.isValid() ? d.loadedAt : QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    if (auto st = run(
                q, QStringLiteral(R"(
                INSERT INTO dataset (kind, file_name, sha256, loaded_at, source_id, note,
                                     convention, stock_date)
                VALUES (:kind, :file, :sha, :at, :source, :note, :convention, :stock))"),
                { { QStringLiteral(":kind"), datasetKindKey(d.kind) },
                  { QStringLiteral(":file"), nullableText(d.fileName) },
                  { QStringLiteral(":sha"), nullableText(d.sha256) },
                  { QStringLiteral(":at"), at.toUTC().toString(Qt::ISODate) },
                  { QStringLiteral(":source"),
                    d.sourceId > 0 ? QVariant(d.sourceId)
                                   : QVariant(QMetaType(QMetaType::LongLong)) },
                  { QStringLiteral(":note"), nullableText(d.note) },
                  { QStringLiteral(":convention"), nullableText(d.convention) },
                  { QStringLiteral(":stock"), nullableText(d.stockDate.toString(Qt::ISODate)) } },
                Tr::tr("Cannot record the dataset"));
        !st)
        return st.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto st = insertFiles(id, d); !st)
        return st.error();
    return id;
}

Status DatasetRepository::insertFiles(qint64 datasetId, const Dataset &d)
{
    QList<DatasetFile> files = d.files;
    if (files.isEmpty() && !d.sha256.isEmpty() && !d.fileName.isEmpty())
        files.append({ d.fileName, d.sha256 });
    for (qsizetype i = 0; i < files.size(); ++i) {
        QSqlQuery q(m_db);
        if (auto st = run(q,
                          QStringLiteral("INSERT INTO dataset_file (dataset_id, position, name, "
                                         "sha256) VALUES (:id, :position, :name, :sha)"),
                          { { QStringLiteral(":id"), datasetId },
                            { QStringLiteral(":position"), i },
                            { QStringLiteral(":name"), files[i].name },
                            { QStringLiteral(":sha"), files[i].sha256 } },
                          Tr::tr("Cannot record the dataset"));
            !st)
            return st;
    }
    return Ok {};
}

Status DatasetRepository::remove(qint64 datasetId)
{
    const QString what = Tr::tr("Cannot read the datasets");
    QSqlQuery q(m_db);
    if (auto st = run(q, QStringLiteral("SELECT kind FROM dataset WHERE id = :id"),
                      { { QStringLiteral(":id"), datasetId } }, what);
        !st)
        return st;
    if (!q.next()) {
        if (auto st = finished(q, what); !st)
            return st;
        return makeError(Error::Code::NotFound, Tr::tr("There is no dataset %1.").arg(datasetId));
    }
    if (datasetKindFromKey(q.value(0).toString()) == DatasetKind::Reference)
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("Dataset %1 is the embedded reference data; it cannot be removed.")
                                 .arg(datasetId));
    q.finish();
    return removeRows(datasetId);
}

Status DatasetRepository::removeRows(qint64 datasetId)
{
    // Rows that point at the dataset go first, by hand: the bulk path runs with foreign keys
    // (and so cascades) off.
    for (const char *sql : { "DELETE FROM observation WHERE dataset_id = :id",
                             "DELETE FROM dataset_file WHERE dataset_id = :id",
                             "DELETE FROM dataset WHERE id = :id" }) {
        QSqlQuery q(m_db);
        if (auto st = run(q, QString::fromLatin1(sql), { { QStringLiteral(":id"), datasetId } },
                          Tr::tr("Cannot remove the dataset"));
            !st)
            return st;
    }
    return Ok {};
}

Status DatasetRepository::removeReference()
{
    QSqlQuery q(m_db);
    // Foreign keys are on here: the reference observations go with it (ON DELETE CASCADE).
    return run(q, QStringLiteral("DELETE FROM dataset WHERE kind = 'reference'"), {},
               Tr::tr("Cannot replace the reference data"));
}

} // namespace core::storage
