// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/source.h"
#include "core/result.h"

#include <QList>
#include <QSqlDatabase>

namespace core::storage {

/// The source table. Short-lived, on the caller's connection and thread (and transaction).
class SourceRepository final
{
public:
    explicit SourceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }
    /// Every source, by id.
    [[nodiscard]] Result<QList<Source>> all() const;
    /// Adds a source and returns its id. A source with a key replaces the one with that key;
    /// one without reuses an identical source (same title, address and publisher).
    [[nodiscard]] Result<qint64> upsert(const Source &source);

private:
    /// The id of a keyless source with this title, address and publisher; 0 when none.
    [[nodiscard]] Result<qint64> findIdentical(const Source &source) const;
    [[nodiscard]] Result<qint64> idOfKey(const QString &key) const;

    QSqlDatabase m_db;
};

} // namespace core::storage
