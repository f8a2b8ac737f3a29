// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/territory.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace core {

/// Known territories by code, with the one code scheme's parsing rules. A plain value.
class TerritoryIndex
{
public:
    TerritoryIndex() = default;
    explicit TerritoryIndex(QList<Territory> territories);

    [[nodiscard]] const QList<Territory> &all() const { return m_territories; }
    [[nodiscard]] const Territory *find(const QString &code) const;
    /// Parses a user-typed code: typed ("COM:59606", "EPCI:245901160", "ARR:596", "DEP:59",
    /// "REG:32", "FR", case-insensitive prefix) or bare when unambiguous (5 characters =
    /// commune, 9 digits = EPCI, otherwise any single known code with that suffix). Unknown or
    /// ambiguous codes give an Error listing candidates.
    [[nodiscard]] Result<Territory> resolve(const QString &text) const;
    /// Parent chain from the territory itself up to the country.
    [[nodiscard]] QList<Territory> ancestry(const QString &code) const;
    /// Communes of a territory (itself for a commune), by parent links.
    [[nodiscard]] QList<Territory> communesOf(const QString &code) const;
    /// Label for the level a figure comes from: "CAVM + CAPH (arrondissement de Valenciennes)".
    [[nodiscard]] QString nameOf(const QString &code) const;

private:
    QList<Territory> m_territories;
    QHash<QString, qsizetype> m_byCode;
};

} // namespace core
