// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sirene/sirenehandlers.h"
#include "core/import/sirene/sirenereader.h"
#include "core/result.h"

#include <QString>

#include <vector>

namespace core::sirene {

/// The distinct communes of the territories, each with one index, whatever territories share it.
struct CommuneIndex
{
    CodeTable table; ///< code -> index, for the per-row test
    std::vector<QString> codes; ///< index -> code
};
/// Refuses a territory without communes and codes of more than 7 bytes.
[[nodiscard]] Result<CommuneIndex> indexCommunes(const std::vector<SireneTerritory> &territories);

/// Counts the kept establishments per commune (their family from \a units, unless their
/// activity is excluded), then per territory and for all territories together (each commune
/// once), into \a report.
void aggregate(const std::vector<KeptEstablishment> &kept, SirenTable &units,
               const Classification &classification, const CommuneIndex &communes,
               const std::vector<SireneTerritory> &territories, SireneReport &report);

} // namespace core::sirene
