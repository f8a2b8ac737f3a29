// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"
#include "core/indicators/registerfigures.h"

#include <QString>

namespace core::charts {

/// What a commune ranking of register figures is ordered by.
enum class CommuneRankingKey {
    EssEstablishments, ///< active ESS establishments (employer or not)
    EssEmployerShare, ///< ESS share of active employer establishments, in %
};

/// Ranks the bars of a commune chart: largest value first (ties keep the order given), at most
/// `limit` bars (0: all) with a note saying out of how many communes. Every commune ranking
/// goes through it: the published share of jobs (ChartBuilder) and the register estimates.
void rankCommunes(ChartSpec &spec, int limit);

/// Communes ranked by a register estimate (horizontal bars, largest first, at most `limit`,
/// communes at zero left out),
/// every bar marked estimated, the source line naming the stock date and the convention.
/// Pure: built from figures already read (core::indicators::registerFigures).
[[nodiscard]] ChartSpec communeRegisterRanking(const indicators::RegisterFigures &figures,
                                               CommuneRankingKey key, const QString &territoryName,
                                               int limit = 10);

} // namespace core::charts
