// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/territoryresolver.h"

#include "core/domain/territorycode.h"

namespace core::import {

QString TerritoryResolver::nameKey(QStringView name)
{
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool space = true; // no leading space
    for (QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber()) {
            if (c == u'œ' || c == u'Œ')
                key += QStringLiteral("oe");
            else if (c == u'æ' || c == u'Æ')
                key += QStringLiteral("ae");
            else
                key += c.toLower();
            space = false;
        } else if (!space) {
            key += u' ';
            space = true;
        }
    }
    if (key.endsWith(u' '))
        key.chop(1);
    return key;
}

QString TerritoryResolver::codeFromShape(QStringView raw)
{
    return parseTerritoryCode(raw);
}

InMemoryTerritoryResolver::InMemoryTerritoryResolver(const QList<Territory> &territories)
{
    for (const Territory &t : territories) {
        m_names.insert(t.code, t.name);
        QStringList keys { nameKey(t.name) };
        if (!t.shortName.isEmpty())
            keys.append(nameKey(t.shortName));
        keys.removeDuplicates();
        for (const QString &k : std::as_const(keys)) {
            QStringList &codes = m_byNameKey[k];
            if (!codes.contains(t.code))
                codes.append(t.code);
        }
    }
}

TerritoryMatch InMemoryTerritoryResolver::resolve(const QString &raw) const
{
    TerritoryMatch match;
    const QString code = codeFromShape(raw);
    if (!code.isEmpty()) {
        if (m_names.contains(code)) {
            match.status = TerritoryMatch::Status::Found;
            match.code = code;
        }
        return match;
    }
    const QStringList codes = m_byNameKey.value(nameKey(raw));
    if (codes.size() == 1) {
        match.status = TerritoryMatch::Status::Found;
        match.code = codes.first();
    } else if (codes.size() > 1) {
        match.status = TerritoryMatch::Status::Ambiguous;
        for (const QString &c : codes)
            match.candidates.append(QStringLiteral("%1 (%2)").arg(c, m_names.value(c)));
    }
    return match;
}

} // namespace core::import
