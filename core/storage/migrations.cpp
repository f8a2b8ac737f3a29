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
        // Provenance as data (#11): a register run's convention and stock date, and every
        // dataset's files with their SHA-256. Datasets written before get them from what was
        // stored then, once: register runs named their convention at the start of their note
        // ("convention <id> ; stock du …"), their stock date as their source's date, their two
        // files as "<units> + <establishments>" with hashes "<units>+<establishments>"; an
        // import its one file and hash.
        { 3,
          {
                  QStringLiteral("ALTER TABLE dataset ADD COLUMN convention TEXT"),
                  QStringLiteral("ALTER TABLE dataset ADD COLUMN stock_date TEXT"),
                  QStringLiteral(R"(CREATE TABLE dataset_file (
                      dataset_id INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
                      position   INTEGER NOT NULL,
                      name       TEXT NOT NULL,
                      sha256     TEXT NOT NULL,
                      PRIMARY KEY (dataset_id, position)))"),
                  QStringLiteral(R"(UPDATE dataset SET
                      convention = CASE WHEN note LIKE 'convention % ; %'
                                   THEN substr(note, 12, instr(note, ' ; ') - 12) END,
                      stock_date = (SELECT s.published FROM source s WHERE s.id = dataset.source_id)
                      WHERE kind = 'sirene')"),
                  QStringLiteral(R"(INSERT INTO dataset_file (dataset_id, position, name, sha256)
                      SELECT id, 0, file_name, sha256 FROM dataset
                      WHERE kind <> 'sirene' AND file_name <> '' AND sha256 <> '')"),
                  QStringLiteral(R"(INSERT INTO dataset_file (dataset_id, position, name, sha256)
                      SELECT id, 0, substr(file_name, 1, instr(file_name, ' + ') - 1),
                             substr(sha256, 1, instr(sha256, '+') - 1) FROM dataset
                      WHERE kind = 'sirene' AND instr(file_name, ' + ') > 0
                        AND instr(sha256, '+') > 0
                      UNION ALL
                      SELECT id, 1, substr(file_name, instr(file_name, ' + ') + 3),
                             substr(sha256, instr(sha256, '+') + 1) FROM dataset
                      WHERE kind = 'sirene' AND instr(file_name, ' + ') > 0
                        AND instr(sha256, '+') > 0)"),
          } },
    };
    return list;
}

} // namespace core::storage
