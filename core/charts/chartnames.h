// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace core {
class TerritoryIndex;
}

namespace core::charts {

/// What a reader calls a chart id ("jobs-share": "ESS share of salaried jobs", translated;
/// "Part de l’ESS dans l’emploi salarié" in French). "commune-map:density" names the map and
/// its indicator. For choosers, dialogs and the kit README; one place for every front end.
[[nodiscard]] QString chartLabel(const QString &id);
/// What a reader calls a commune-map indicator ("density": "population density",
/// "register-ess-share": "ESS share of establishments (SIRENE estimate)", "employment_share:ess":
/// the measure and scope labels).
[[nodiscard]] QString mapIndicatorLabel(const QString &indicator);
/// What a reader calls a preset ("social": "Social networks", "Réseaux sociaux" in French).
[[nodiscard]] QString presetLabel(const QString &preset);

/// The stable French file-name stem of a chart id in a press kit: "jobs-share" ->
/// "part-emploi", "commune-map:density" -> "carte-communes-densite". Never translated: kits
/// made in any language have the same names (README "Press kit names").
[[nodiscard]] QString chartFileStem(const QString &id);
/// The stable French file-name stem of a preset: "social" -> "reseaux-sociaux", "square" ->
/// "carre", "slide" -> "diaporama", "print" -> "impression".
[[nodiscard]] QString presetFileStem(const QString &preset);
/// The kit folder of a territory: its short name without accents ("ARR:596" -> "cavm-caph",
/// "COM:59606" -> "valenciennes"); the code is added when two territories share a name.
[[nodiscard]] QString territoryFolder(const TerritoryIndex &index, const QString &code);
/// "Hauts-de-France" -> "hauts-de-france", "Condé-sur-l’Escaut" -> "conde-sur-l-escaut": only
/// a–z, 0–9 and "-", so data never name a path; "x" when nothing is left.
[[nodiscard]] QString fileSlug(const QString &text);

} // namespace core::charts
