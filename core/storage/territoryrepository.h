// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/territory.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>

namespace core::storage {

/// The territory table: read in display order, upserted from the reference data. Short-lived,
/// on the caller's connection and thread.
class TerritoryRepository final
{
public:
    explicit TerritoryRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    /// Every territory, in the reference data's order.
    [[nodiscard]] Result<QList<Territory>> all() const;
    /// Inserts or updates each territory by code; its position is its index in `territories`.
    [[nodiscard]] Status upsert(const QList<Territory> &territories);

private:
    QSqlDatabase m_db;
};

} // namespace core::storage
