// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/sourcerepository.h"

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

const char kInsert[] = R"(INSERT INTO source (key, title, publisher, url, published, licence,
                                                note, producer, title_inferred, published_inferred)
                           VALUES (:key, :title, :publisher, :url, :published, :licence, :note,
                                   :producer, :title_inferred, :published_inferred))";
const char kUpsertByKey[] = R"( ON CONFLICT(key) DO UPDATE SET title = excluded.title,
                           publisher = excluded.publisher, url = excluded.url,
                           published = excluded.published, licence = excluded.licence,
                           note = excluded.note, producer = excluded.producer,
                           title_inferred = excluded.title_inferred,
                           published_inferred = excluded.published_inferred)";
} // namespace

Result<QList<Source>> SourceRepository::all() const
{
    return readAll<Source>(
            m_db,
            QStringLiteral("SELECT id, key, title, publisher, url, published, licence, note, "
                           "producer, title_inferred, published_inferred FROM source ORDER BY id"),
            Tr::tr("Cannot read the sources"), [](const QSqlQuery &q) {
                Source s;
                s.id = q.value(0).toLongLong();
                s.key = q.value(1).toString();
                s.title = q.value(2).toString();
                s.publisher = q.value(3).toString();
                s.url = q.value(4).toString();
                s.published = q.value(5).toString();
                s.licence = q.value(6).toString();
                s.note = q.value(7).toString();
                s.producer = q.value(8).toString();
                s.titleInferred = q.value(9).toInt() != 0;
                s.publishedInferred = q.value(10).toInt() != 0;
                return s;
            });
}

Result<qint64> SourceRepository::findIdentical(const Source &s) const
{
    const QString what = Tr::tr("Cannot write a source");
    QSqlQuery q(m_db);
    // coalesce(…, '') = NULL is never true: a null QString binds NULL, so bind "" for it.
    if (auto st =
                run(q, QStringLiteral(R"(SELECT id FROM source WHERE key IS NULL AND title = :title
                       AND coalesce(url, '') = :url AND coalesce(publisher, '') = :publisher
                       ORDER BY id LIMIT 1)"),
                    { { QStringLiteral(":title"), s.title },
                      { QStringLiteral(":url"), s.url.isNull() ? QStringLiteral("") : s.url },
                      { QStringLiteral(":publisher"),
                        s.publisher.isNull() ? QStringLiteral("") : s.publisher } },
                    what);
        !st)
        return st.error();
    // A read that failed is an Error, not "no such source" (upsert would insert a duplicate).
    return firstId(q, what);
}

Result<qint64> SourceRepository::idOfKey(const QString &key) const
{
    const QString what = Tr::tr("Cannot write a source");
    QSqlQuery q(m_db);
    if (auto st = run(q, QStringLiteral("SELECT id FROM source WHERE key = :key"),
                      { { QStringLiteral(":key"), key } }, what);
        !st)
        return st.error();
    auto id = firstId(q, what);
    if (id && *id == 0)
        return makeError(Error::Code::NotFound, what);
    return id;
}

Result<qint64> SourceRepository::upsert(const Source &s)
{
    // Imported sources have no key: reuse an identical one so vintages group together and two
    // counts typed from one publication can be combined.
    if (s.key.isEmpty()) {
        auto existing = findIdentical(s);
        if (!existing || *existing > 0)
            return existing;
    }
    QSqlQuery q(m_db);
    const QString sql = QString::fromUtf8(kInsert)
            + (s.key.isEmpty() ? QString() : QString::fromUtf8(kUpsertByKey));
    if (auto st = run(q, sql,
                      { { QStringLiteral(":key"), nullableText(s.key) },
                        { QStringLiteral(":title"), s.title },
                        { QStringLiteral(":publisher"), nullableText(s.publisher) },
                        { QStringLiteral(":url"), nullableText(s.url) },
                        { QStringLiteral(":published"), nullableText(s.published) },
                        { QStringLiteral(":licence"), nullableText(s.licence) },
                        { QStringLiteral(":note"), nullableText(s.note) },
                        { QStringLiteral(":producer"), nullableText(s.producer) },
                        { QStringLiteral(":title_inferred"), s.titleInferred ? 1 : 0 },
                        { QStringLiteral(":published_inferred"), s.publishedInferred ? 1 : 0 } },
                      Tr::tr("Cannot write a source"));
        !st)
        return st.error();
    if (s.key.isEmpty())
        return q.lastInsertId().toLongLong();
    // An upsert that updated reports no insert id: read it back by key.
    return idOfKey(s.key);
}

} // namespace core::storage
