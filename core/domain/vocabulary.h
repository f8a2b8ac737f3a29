// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace core::vocabulary {

/// Measures, scopes and sectors shared by files, command line and database (README "Vocabulary").
[[nodiscard]] const QStringList &measures();
[[nodiscard]] const QStringList &scopes();
[[nodiscard]] const QStringList &essFamilies();
/// "all" or a NAF rev. 2 section letter A–U.
[[nodiscard]] bool isSector(const QString &sector);
[[nodiscard]] bool isMeasure(const QString &measure);
[[nodiscard]] bool isScope(const QString &scope);
/// True for measures in percent (0–100).
[[nodiscard]] bool isShare(const QString &measure);
/// True for measures that count things (never negative).
[[nodiscard]] bool isCount(const QString &measure);
/// Default unit key of a measure: "percent", "count", "euro", "ratio".
[[nodiscard]] QString unitOf(const QString &measure);
/// French label of a measure ("salariés de l'ESS"), scope ("associations") and sector.
[[nodiscard]] QString measureLabel(const QString &measure);
[[nodiscard]] QString scopeLabel(const QString &scope);

} // namespace core::vocabulary
