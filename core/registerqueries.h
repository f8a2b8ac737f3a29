// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/registerfigures.h"

#include <QString>

#include <optional>

namespace core {
class Workspace;

/// Register figures of the communes of `territoryCode` (itself for a commune), from the SIRENE
/// dataset with the latest stock date (then the latest import). Empty when none covers them.
/// Reads the workspace's datasets and cached figures; GUI thread, as the Workspace.
[[nodiscard]] indicators::RegisterFigures registerFigures(const Workspace &workspace,
                                                          const QString &territoryCode);

/// The register's own estimate of indicator (`id`, `scope`) for the territory itself (no
/// inheritance from a larger area), latest stock first; empty when the register gives none.
[[nodiscard]] std::optional<indicators::RegisterEstimate>
registerEstimate(const Workspace &workspace, const QString &territoryCode, const QString &id,
                 const QString &scope);

} // namespace core
