// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/source.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>

namespace core::storage {

/// The dataset table (one row per load). Short-lived, on the caller's connection and thread
/// (and transaction).
class DatasetRepository final
{
public:
    explicit DatasetRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    /// Every dataset, by id, with its observation count, convention, stock date and files.
    [[nodiscard]] Result<QList<Dataset>> all() const;
    /// The first dataset with this file hash; 0 when none.
    [[nodiscard]] Result<qint64> bySha256(const QString &sha256) const;
    /// The latest dataset whose source has this title; 0 when none.
    [[nodiscard]] Result<qint64> latestOfSourceTitle(const QString &title) const;
    /// Records a dataset row (loaded now when loadedAt is invalid) with its files and returns
    /// its id. Without `files`, a dataset with a fileName and a sha256 gets that one file.
    [[nodiscard]] Result<qint64> insert(const Dataset &dataset);
    /// Removes an imported dataset and its observations; the reference dataset is refused.
    [[nodiscard]] Status remove(qint64 datasetId);
    /// Removes the embedded reference dataset(s) and their observations.
    [[nodiscard]] Status removeReference();

private:
    [[nodiscard]] Result<qint64> idOf(const QString &sql, const QString &name,
                                      const QString &value) const;
    [[nodiscard]] Status removeRows(qint64 datasetId);
    [[nodiscard]] Status insertFiles(qint64 datasetId, const Dataset &dataset);

    QSqlDatabase m_db;
};

} // namespace core::storage
