// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace core::storage {

/// One schema step: statements run in order in one transaction, then user_version = version.
struct Migration
{
    int version;
    QStringList statements;
};

/// The observation table's secondary indexes, by name, with their definition. Bulk imports
/// larger than the table drop them and build them again at the end: one sorted build is much
/// cheaper than a million random B-tree insertions.
struct IndexDefinition
{
    const char *name;
    const char *definition;
};
inline constexpr IndexDefinition kObservationIndexes[] = {
    // Territory only: a territory holds few rows, sorted in memory; the four-column key cost
    // 2.1 s to build for a million rows against 0.8 s (measured with the sqlite3 CLI). The
    // vintage comparison's join gets an automatic partial index from SQLite instead.
    { "observation_by_territory",
      "CREATE INDEX observation_by_territory ON observation (territory_code)" },
    { "observation_by_dataset", "CREATE INDEX observation_by_dataset ON observation (dataset_id)" },
};

/// Latest schema this build knows (the last migration's version); a database with a larger
/// user_version is refused.
inline constexpr int kSchemaVersion = 3;

/// Every released migration, in order. Never edit a released one: append a new version.
[[nodiscard]] const QList<Migration> &migrations();

} // namespace core::storage
