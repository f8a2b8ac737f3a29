// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/territory.h"

#include <QList>
#include <QString>

namespace core {

/// How well a territory matches what was typed; smaller is better.
enum class MatchRank { Exact, Prefix, WordPrefix, Substring };

struct TerritoryMatch
{
    Territory territory;
    MatchRank rank = MatchRank::Substring;
};

/// Text folded for searching: lower case, accents removed ("é" -> "e", "œ" -> "oe"), every run
/// of characters other than letters and digits (hyphens, apostrophes, spaces) one space,
/// trimmed. "Condé-sur-l'Escaut" -> "conde sur l escaut".
[[nodiscard]] QString foldForSearch(const QString &text);

/// The territories among `candidates` that match `query` by name, short name ("CAVM") or code
/// (INSEE "59606", SIREN "245901160", typed "COM:59606"), accent-, case-, hyphen- and
/// apostrophe-insensitive. Best first: exact, then prefix, then word prefix ("amand" in
/// "Saint-Amand-les-Eaux"), then substring; ties by larger population, then name. Pure.
[[nodiscard]] QList<TerritoryMatch> searchTerritories(const QList<Territory> &candidates,
                                                      const QString &query);

} // namespace core
