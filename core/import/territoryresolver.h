// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/territory.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace core::import {

/// The territory a cell names, or why none.
struct TerritoryMatch
{
    enum class Status { Found, Unknown, Ambiguous };
    Status status = Status::Unknown;
    QString code; ///< typed code when found ("COM:59606")
    QStringList candidates; ///< "EPCI:245901160 (CA Valenciennes Métropole)" when ambiguous
};

/// Turns what a file writes for a territory (a commune code, an EPCI SIREN, a typed code, a
/// name) into a typed code. The database-backed implementation lives in storage; the importer
/// only sees this interface. Implementations must be callable from the importing thread.
class TerritoryResolver
{
public:
    virtual ~TerritoryResolver() = default;
    [[nodiscard]] virtual TerritoryMatch resolve(const QString &raw) const = 0;

    /// Lower case, accents and punctuation (hyphens, apostrophes, dots) folded to spaces:
    /// "Saint-Amand-les-Eaux" and "SAINT AMAND LES EAUX" give the same key.
    [[nodiscard]] static QString nameKey(QStringView name);
    /// The typed code a raw cell denotes by its shape alone: "59606" -> "COM:59606",
    /// "245901160" -> "EPCI:245901160", "dep:59" -> "DEP:59", "fr" -> "FR", "1004" (a number
    /// cell that lost its leading zero) -> "COM:01004"; else empty.
    [[nodiscard]] static QString codeFromShape(QStringView raw);
};

/// A TerritoryResolver over a list given in memory (tests, the reference dataset).
/// Matches codes by shape, then names and short names with case and accents ignored.
/// Immutable after construction: any thread.
class InMemoryTerritoryResolver final : public TerritoryResolver
{
public:
    explicit InMemoryTerritoryResolver(const QList<Territory> &territories);
    [[nodiscard]] TerritoryMatch resolve(const QString &raw) const override;

private:
    QHash<QString, QString> m_names; // code -> name, for candidates
    QHash<QString, QStringList> m_byNameKey; // name key -> codes
};

} // namespace core::import
