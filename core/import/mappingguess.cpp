// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/mappingguess.h"

#include "core/import/territoryresolver.h"

namespace core::import {

std::optional<MeasureGuess> guessMeasure(const QString &header)
{
    const QString key = TerritoryResolver::nameKey(header);
    const QString scope =
            key.contains(QStringLiteral("ess")) ? QStringLiteral("ess") : QStringLiteral("all");
    if (key.contains(QStringLiteral("part")) || header.contains(u'%'))
        return MeasureGuess { key.contains(QStringLiteral("etab"))
                                      ? QStringLiteral("establishment_share")
                                      : QStringLiteral("employment_share"),
                              scope };
    if (key.contains(QStringLiteral("etab")))
        return MeasureGuess { QStringLiteral("establishments"), scope };
    if (key.contains(QStringLiteral("salari")) || key.contains(QStringLiteral("effectif"))
        || key.contains(QStringLiteral("emploi")))
        return MeasureGuess { QStringLiteral("employees"), scope };
    return std::nullopt;
}

MappingGuess guessMapping(const QStringList &columns, const QStringList &firstRow)
{
    MappingGuess guess;
    for (int c = 0; c < columns.size() && !firstRow.isEmpty(); ++c) {
        if (!TerritoryResolver::codeFromShape(firstRow.value(c)).isEmpty()) {
            guess.territoryColumn = c;
            break;
        }
    }
    for (int c = 0; c < columns.size(); ++c) {
        const QString key = TerritoryResolver::nameKey(columns.at(c));
        if (key == u"annee" || key == u"year" || key == u"an" || key == u"millesime")
            guess.yearColumn = c;
    }
    for (int c = 0; c < columns.size(); ++c) {
        if (c == guess.territoryColumn || c == guess.yearColumn)
            continue;
        if (auto measure = guessMeasure(columns.at(c)))
            guess.values.append({ c, *measure });
    }
    return guess;
}

} // namespace core::import
