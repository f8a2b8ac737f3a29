// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace core::import {

/// A measure and scope guessed from a column header.
struct MeasureGuess
{
    QString measure; ///< vocabulary key: employees, establishments, employment_share...
    QString scope; ///< "ess" or "all"
};

/// What the import assistant proposes before the user corrects it (0-based columns).
struct MappingGuess
{
    int territoryColumn = 0;
    int yearColumn = -1; ///< -1: no year column, the year is fixed
    struct Value
    {
        int column = 0;
        MeasureGuess guess;
    };
    QList<Value> values; ///< in column order
};

/// French (and English) header heuristics of statistics tables: "Salariés ESS" ->
/// employees:ess, "Part de l'ESS (%)" -> employment_share:ess, "Établissements" ->
/// establishments:all; nullopt when the header says nothing known.
[[nodiscard]] std::optional<MeasureGuess> guessMeasure(const QString &header);

/// Guesses a whole mapping from the header and the first data row: the territory is the first
/// column whose cell looks like a territory code (else the first), the year the last column
/// named année/year/an/millésime, the others by guessMeasure(). Pure: no file, no database.
[[nodiscard]] MappingGuess guessMapping(const QStringList &columns, const QStringList &firstRow);

} // namespace core::import
