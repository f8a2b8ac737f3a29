// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace core {

enum class TerritoryKind { Commune, Epci, Arrondissement, Departement, Region, Country };

/// A territory of the one code scheme: COM:59606, EPCI:245901160, ARR:596, DEP:59, REG:32, FR.
struct Territory
{
    QString code;
    TerritoryKind kind = TerritoryKind::Commune;
    QString name;
    QString shortName; ///< "CAVM", "CAPH"; empty when the name is short already
    QString parentCode; ///< empty for FR
    std::optional<qint64> population;
    std::optional<int> populationYear;

    /// "CAVM", or the name when there is no short name.
    [[nodiscard]] QString displayName() const { return shortName.isEmpty() ? name : shortName; }
};

/// Stable lower-case key used in files and the database: "commune", "epci", ...
[[nodiscard]] QString territoryKindKey(TerritoryKind kind);
[[nodiscard]] std::optional<TerritoryKind> territoryKindFromKey(const QString &key);
/// Code prefix of a kind: "COM", "EPCI", "ARR", "DEP", "REG", "" for the country.
[[nodiscard]] QString territoryKindPrefix(TerritoryKind kind);
/// French label of a kind ("commune", "EPCI", "arrondissement", ...), translated.
[[nodiscard]] QString territoryKindLabel(TerritoryKind kind);

} // namespace core
