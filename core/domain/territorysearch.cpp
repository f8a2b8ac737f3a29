// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/territorysearch.h"

#include <algorithm>
#include <optional>

namespace core {

namespace {
/// The best rank of the folded query against one folded field; empty when it does not match.
std::optional<MatchRank> rankIn(const QString &field, const QString &query,
                                const QString &compactQuery)
{
    if (field.isEmpty())
        return std::nullopt;
    if (field == query)
        return MatchRank::Exact;
    if (field.startsWith(query))
        return MatchRank::Prefix;
    QString compactField = field;
    compactField.remove(u' ');
    // "saintamand", "lescaut": typed without the separators the name has.
    if (compactField == compactQuery)
        return MatchRank::Exact;
    if (compactField.startsWith(compactQuery))
        return MatchRank::Prefix;
    if (field.contains(u' ' + query))
        return MatchRank::WordPrefix;
    // Every typed word starts a word of the name, in any order: "amand eaux".
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    const QStringList fieldWords = field.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 1
        && std::all_of(words.cbegin(), words.cend(), [&fieldWords](const QString &w) {
               return std::any_of(fieldWords.cbegin(), fieldWords.cend(),
                                  [&w](const QString &f) { return f.startsWith(w); });
           }))
        return MatchRank::WordPrefix;
    if (compactField.contains(compactQuery))
        return MatchRank::Substring;
    return std::nullopt;
}
} // namespace

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            const QChar lower = c.toLower();
            if (lower == u'œ')
                out += QStringLiteral("oe");
            else if (lower == u'æ')
                out += QStringLiteral("ae");
            else if (lower == u'ß')
                out += QStringLiteral("ss");
            else
                out += lower;
        } else {
            space = true;
        }
    }
    return out;
}

QList<TerritoryMatch> searchTerritories(const QList<Territory> &candidates, const QString &query)
{
    const QString folded = foldForSearch(query);
    QList<TerritoryMatch> matches;
    if (folded.isEmpty())
        return matches;
    QString compact = folded;
    compact.remove(u' ');
    for (const Territory &t : candidates) {
        std::optional<MatchRank> best;
        const auto consider = [&best](std::optional<MatchRank> r) {
            if (r && (!best || *r < *best))
                best = r;
        };
        consider(rankIn(foldForSearch(t.name), folded, compact));
        consider(rankIn(foldForSearch(t.shortName), folded, compact));
        // Codes: the number alone ("59606") or typed ("com 59606" once folded); digits only
        // match from the start, as nobody searches the middle of an INSEE code.
        const QString number = t.code.mid(t.code.indexOf(u':') + 1).toLower();
        for (QString code : { number, foldForSearch(t.code) }) {
            if (code == folded)
                consider(MatchRank::Exact);
            else if (code.startsWith(folded) || code.remove(u' ').startsWith(compact))
                consider(MatchRank::Prefix);
        }
        if (best)
            matches.append({ t, *best });
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const TerritoryMatch &a, const TerritoryMatch &b) {
                         if (a.rank != b.rank)
                             return a.rank < b.rank;
                         const qint64 pa = a.territory.population.value_or(0);
                         const qint64 pb = b.territory.population.value_or(0);
                         if (pa != pb)
                             return pa > pb;
                         return foldForSearch(a.territory.name) < foldForSearch(b.territory.name);
                     });
    return matches;
}

} // namespace core
