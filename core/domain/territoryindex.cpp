// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/territoryindex.h"

#include "core/domain/territorycode.h"

#include <QCoreApplication>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TerritoryIndex)
};

QString describe(const Territory &t)
{
    return QStringLiteral("%1 (%2)").arg(t.code, t.name);
}
} // namespace

TerritoryIndex::TerritoryIndex(QList<Territory> territories)
    : m_territories(std::move(territories))
{
    for (qsizetype i = 0; i < m_territories.size(); ++i)
        m_byCode.insert(m_territories.at(i).code, i);
}

const Territory *TerritoryIndex::find(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_territories.at(*it);
}

Result<Territory> TerritoryIndex::resolve(const QString &text) const
{
    const QString input = text.trimmed();
    if (input.isEmpty())
        return makeError(Error::Code::InvalidArgument, Tr::tr("No territory code was given."));

    if (const QString code = parseTerritoryCode(input); !code.isEmpty()) {
        if (const Territory *t = find(code))
            return *t;
    }
    // A bare number that is no code's shape ("596", "59", "32") is matched against the codes.
    const qsizetype colon = input.indexOf(u':');
    QList<const Territory *> candidates;
    if (colon < 0) {
        for (const Territory &t : m_territories) {
            const qsizetype c = t.code.indexOf(u':');
            if (c > 0 && t.code.mid(c + 1).compare(input, Qt::CaseInsensitive) == 0)
                candidates.append(&t);
        }
        if (candidates.size() == 1)
            return *candidates.first();
        if (candidates.size() > 1) {
            QStringList names;
            for (const Territory *t : candidates)
                names << describe(*t);
            return makeError(Error::Code::Ambiguous,
                             Tr::tr("The territory code \"%1\" is ambiguous; candidates: %2.")
                                     .arg(input, names.join(QStringLiteral(", "))));
        }
    }
    // Unknown: suggest codes sharing the start of the number, or names containing the text.
    const QString digits = input.mid(colon + 1);
    QStringList suggestions;
    for (const Territory &t : m_territories) {
        const QString number = t.code.mid(t.code.indexOf(u':') + 1);
        if ((digits.size() >= 2 && number.startsWith(digits.left(digits.size() - 1)))
            || (digits.size() >= 3 && t.name.contains(digits, Qt::CaseInsensitive)))
            suggestions << describe(t);
        if (suggestions.size() >= 5)
            break;
    }
    QString message = Tr::tr("Unknown territory \"%1\". Expected a code such as COM:59606, "
                             "EPCI:245901160, ARR:596, DEP:59, REG:32 or FR.")
                              .arg(input);
    if (!suggestions.isEmpty())
        message +=
                u' ' + Tr::tr("Close candidates: %1.").arg(suggestions.join(QStringLiteral(", ")));
    return makeError(Error::Code::NotFound, message);
}

QList<Territory> TerritoryIndex::ancestry(const QString &code) const
{
    QList<Territory> chain;
    const Territory *t = find(code);
    while (t && chain.size() < 16) {
        chain.append(*t);
        t = t->parentCode.isEmpty() ? nullptr : find(t->parentCode);
    }
    return chain;
}

QList<Territory> TerritoryIndex::communesOf(const QString &code) const
{
    QList<Territory> result;
    for (const Territory &t : m_territories) {
        if (t.kind != TerritoryKind::Commune)
            continue;
        for (const Territory &a : ancestry(t.code)) {
            if (a.code == code) {
                result.append(t);
                break;
            }
        }
    }
    return result;
}

QString TerritoryIndex::nameOf(const QString &code) const
{
    const Territory *t = find(code);
    return t ? t->name : code;
}

} // namespace core
