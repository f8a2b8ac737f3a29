// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace core {
class Workspace;
}

namespace app {

/// The SIRENE register's own estimate for a key-figure card, as one line shown beside the
/// published figure: "SIRENE register (estimated, stock 2026-10, convention …): 8,3 % of
/// employer establishments". `indicatorId` is employment_share, establishment_share or
/// avg_employees (scope ess). Empty when the register gives no figure for the territory.
[[nodiscard]] QString registerEstimateLine(const core::Workspace &workspace,
                                           const QString &territoryCode,
                                           const QString &indicatorId);

} // namespace app
