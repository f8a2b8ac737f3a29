// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace core {

/// A figure present in two datasets with different values (vintages of one source).
struct ValueChange
{
    QString territoryCode;
    int year = 0;
    QString measure;
    QString scope;
    QString sector;
    std::optional<double> before; ///< empty when missing (secret) in the older dataset
    std::optional<double> after;
};

/// How a dataset differs from an older one, figure by figure (same territory, year, measure,
/// scope and sector).
struct DatasetComparison
{
    qint64 olderDatasetId = 0;
    QList<ValueChange> changes; ///< at most the limit asked for
    qint64 changed = 0; ///< all changed figures
    qint64 added = 0; ///< figures only in the newer dataset
    qint64 dropped = 0; ///< figures only in the older dataset
};

namespace storage {
class Database;

/// Compares dataset `newerId` with `olderId` on the database's connection (inside the
/// caller's transaction, if any), keeping at most `limit` changes. Uses a temporary table.
[[nodiscard]] Result<DatasetComparison> compareVintages(const Database &database, qint64 newerId,
                                                        qint64 olderId, int limit);
} // namespace storage

} // namespace core
