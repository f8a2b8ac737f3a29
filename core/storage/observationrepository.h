// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace core::storage {

/// Reads the observation table (writes go through BulkWriter). Short-lived, on the caller's
/// connection and thread.
class ObservationRepository final
{
public:
    explicit ObservationRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    /// All observations of the territories, territory by territory (one query each), each
    /// ordered by measure, scope, sector, year.
    [[nodiscard]] Result<std::vector<Observation>> ofTerritories(const QStringList &codes) const;

private:
    QSqlDatabase m_db;
};

} // namespace core::storage
