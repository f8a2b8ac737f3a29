// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/indicators.h"

#include <QString>

#include <optional>

namespace core::indicators {

/// What a figure says, in the words of its source: the number with its qualifier and the unit
/// it counts, the year as known. Every surface (cards, charts, CSVs, alt texts, fact sheet,
/// "Copier" sentence) writes figures through these, so none states more than the source.

/// The parts of a figure that its wording depends on.
struct FigureWords
{
    QString id; ///< indicator id (measure)
    QString scope;
    std::optional<double> value;
    std::optional<double> low;
    std::optional<double> high;
    QString unit; ///< "percent", "count", "ratio", "euro"
    QString qualifier; ///< "exact", "approximately", "at_least", "at_most"
    QString unitCounted; ///< vocabulary unit counted, empty when not stated
};

[[nodiscard]] FigureWords wordsOf(const Indicator &ind);
[[nodiscard]] FigureWords wordsOf(const Comparison &c, const QString &id);

/// The number with its qualifier: "environ 77 %", "plus de 1 500", "8–9 %", "20".
[[nodiscard]] QString valueText(const FigureWords &w);
[[nodiscard]] QString valueText(const Indicator &ind);
/// The number with what it counts, as published: "10 % de l'emploi", "2 820 emplois",
/// "20 salariés par structure", "plus de 1 500 structures", "10,7 % des postes salariés".
[[nodiscard]] QString statement(const FigureWords &w);
[[nodiscard]] QString statement(const Indicator &ind);
/// The statement without its leading value: "de l'emploi", "des postes salariés".
[[nodiscard]] QString countedText(const Indicator &ind);
/// The reference year as known: "2021", or "publié en 2025, année des données non précisée".
[[nodiscard]] QString yearText(int year, int publishedYear);
[[nodiscard]] QString yearText(const Indicator &ind);
/// The year as known and the method, said once: "2021 · publié", "2019 · calculé", and
/// "publié en 2025, année des données non précisée" (no second "publié").
[[nodiscard]] QString yearAndMethod(const Indicator &ind,
                                    const QString &separator = QStringLiteral(" · "));
/// "calculé" / "estimé" when the figure was not published as such, else empty.
[[nodiscard]] QString methodMark(const Indicator &ind);
/// The regional comparison in one line: "Hauts-de-France : 13,5 salariés par établissement,
/// 2020, unités différentes". `regionName` is the comparison territory's name.
[[nodiscard]] QString comparisonText(const Indicator &ind, const QString &regionName);
/// The level of an inherited figure, on the same line as the number: "CAVM + CAPH : 10 % de
/// l'emploi — pas de chiffre propre à Valenciennes".
[[nodiscard]] QString inheritedText(const Indicator &ind, const QString &levelName,
                                    const QString &territoryName);

/// The sourced sentence of a key figure ("Copier", fact sheet): `place` is "À Valenciennes" or
/// "Dans le territoire CAVM + CAPH" for the level the figure belongs to; the inherited note, the
/// year as known, the source and the regional comparison follow.
struct SentenceParts
{
    QString place; ///< where the figure belongs (its level)
    QString territoryName; ///< the territory asked for, when the figure is inherited
    bool inherited = false;
    QString citation; ///< "CRESS Hauts-de-France, via La Gazette France (2024)"
    QString comparisonName; ///< the comparison territory's name
    QString comparisonCitation;
};
[[nodiscard]] QString sentence(const Indicator &ind, const SentenceParts &parts);

} // namespace core::indicators
