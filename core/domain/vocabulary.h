// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <utility>

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
/// What a count counts, as its source states it: posts (postes salariés), employees (salariés),
/// fte (ETP), jobs (emplois, the source does not say which), establishments,
/// employer_establishments, legal_units, employer_units (organisations employeuses),
/// structures (the source does not say which), inhabitants.
[[nodiscard]] const QStringList &countUnits();
/// A count unit, or a ratio of two ("employees_per_structure",
/// "establishments_per_1000_inhabitants").
[[nodiscard]] bool isUnitCounted(const QString &unit);
/// True for "jobs", "structures", empty, and ratios or shares built on them: nothing may be
/// computed from such a count.
[[nodiscard]] bool isUnitVague(const QString &unit);
/// The two sides of a ratio unit ("employees", "structure" -> "structures"); empty when not a
/// ratio.
[[nodiscard]] std::pair<QString, QString> ratioParts(const QString &unit);
/// "employees_per_employer_establishment" from two count units.
[[nodiscard]] QString ratioUnit(const QString &numerator, const QString &denominator);
/// French wording of a unit counted, plural ("postes salariés", "salariés par structure").
[[nodiscard]] QString unitCountedLabel(const QString &unit);
/// French label of a measure ("salariés de l'ESS"), scope ("associations") and sector.
[[nodiscard]] QString measureLabel(const QString &measure);
[[nodiscard]] QString scopeLabel(const QString &scope);
/// "all sectors", or a NAF rev. 2 section with its name ("C — manufacturing"), translated.
[[nodiscard]] QString sectorLabel(const QString &sector);

} // namespace core::vocabulary
