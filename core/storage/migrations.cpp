// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migrations.h"

namespace core::storage {

const QList<Migration> &migrations()
{
    static const QList<Migration> list {
        { 1,
          {
                  QStringLiteral(R"(CREATE TABLE meta (
                      key   TEXT PRIMARY KEY,
                      value TEXT NOT NULL))"),
                  QStringLiteral(R"(CREATE TABLE territory (
                      code            TEXT PRIMARY KEY,
                      kind            TEXT NOT NULL,
                      name            TEXT NOT NULL,
                      short_name      TEXT,
                      parent_code     TEXT REFERENCES territory(code),
                      population      INTEGER,
                      population_year INTEGER,
                      position        INTEGER NOT NULL DEFAULT 0))"),
                  QStringLiteral(R"(CREATE TABLE source (
                      id        INTEGER PRIMARY KEY,
                      key       TEXT UNIQUE,
                      title     TEXT NOT NULL,
                      publisher TEXT,
                      url       TEXT,
                      published TEXT,
                      licence   TEXT,
                      note      TEXT))"),
                  QStringLiteral(R"(CREATE TABLE dataset (
                      id        INTEGER PRIMARY KEY,
                      kind      TEXT NOT NULL,
                      file_name TEXT,
                      sha256    TEXT,
                      loaded_at TEXT NOT NULL,
                      source_id INTEGER REFERENCES source(id),
                      note      TEXT))"),
                  QStringLiteral(R"(CREATE TABLE observation (
                      id             INTEGER PRIMARY KEY,
                      dataset_id     INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                      territory_code TEXT NOT NULL REFERENCES territory(code),
                      year           INTEGER NOT NULL,
                      measure        TEXT NOT NULL,
                      scope          TEXT NOT NULL,
                      sector         TEXT NOT NULL,
                      value          REAL,
                      low            REAL,
                      high           REAL,
                      unit           TEXT NOT NULL,
                      method         TEXT NOT NULL,
                      basis          TEXT,
                      perimeter      TEXT,
                      source_id      INTEGER NOT NULL REFERENCES source(id),
                      note           TEXT))"),
                  QString::fromLatin1(kObservationIndexes[0].definition),
                  QString::fromLatin1(kObservationIndexes[1].definition),
                  QStringLiteral(R"(CREATE INDEX dataset_by_sha256 ON dataset (sha256))"),
          } },
        // What a source states about each figure (#9): the reference year may be unknown
        // (year = 0), the publication year, how precise the value is, what it counts; who made
        // the statistic, apart from the publication it was read in.
        { 2,
          {
                  QStringLiteral("ALTER TABLE observation ADD COLUMN published_year INTEGER"),
                  QStringLiteral("ALTER TABLE observation ADD COLUMN qualifier TEXT NOT NULL "
                                 "DEFAULT 'exact'"),
                  QStringLiteral("ALTER TABLE observation ADD COLUMN unit_counted TEXT"),
                  QStringLiteral("ALTER TABLE source ADD COLUMN producer TEXT"),
                  QStringLiteral("ALTER TABLE source ADD COLUMN title_inferred INTEGER NOT NULL "
                                 "DEFAULT 0"),
                  QStringLiteral("ALTER TABLE source ADD COLUMN published_inferred INTEGER NOT "
                                 "NULL DEFAULT 0"),
          } },
    };
    return list;
}

} // namespace core::storage
