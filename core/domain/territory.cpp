// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/territory.h"

namespace core {

namespace {
struct KindInfo
{
    TerritoryKind kind;
    const char *key;
    const char *prefix;
};
constexpr KindInfo kKinds[] = {
    { TerritoryKind::Commune, "commune", "COM" },
    { TerritoryKind::Epci, "epci", "EPCI" },
    { TerritoryKind::Arrondissement, "arrondissement", "ARR" },
    { TerritoryKind::Departement, "departement", "DEP" },
    { TerritoryKind::Region, "region", "REG" },
    { TerritoryKind::Country, "country", "" },
};
} // namespace

QString territoryKindKey(TerritoryKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<TerritoryKind> territoryKindFromKey(const QString &key)
{
    for (const auto &k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString territoryKindPrefix(TerritoryKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.prefix);
    return {};
}

QString territoryKindLabel(TerritoryKind kind)
{
    switch (kind) {
    case TerritoryKind::Commune:
        return QCoreApplication::translate("core::Territory", "commune");
    case TerritoryKind::Epci:
        return QCoreApplication::translate("core::Territory", "intercommunality");
    case TerritoryKind::Arrondissement:
        return QCoreApplication::translate("core::Territory", "arrondissement");
    case TerritoryKind::Departement:
        return QCoreApplication::translate("core::Territory", "department");
    case TerritoryKind::Region:
        return QCoreApplication::translate("core::Territory", "region");
    case TerritoryKind::Country:
        return QCoreApplication::translate("core::Territory", "country");
    }
    return {};
}

} // namespace core
