// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/territoryresolver.h"

#include "core/import/valueparser.h"

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
    const QString t = ValueParser::trimmed(raw).toString().toUpper();
    auto allDigits = [](QStringView s) {
        for (QChar c : s) {
            if (!c.isDigit())
                return false;
        }
        return !s.isEmpty();
    };
    if (t == u"FR")
        return t;
    const qsizetype colon = t.indexOf(u':');
    if (colon > 0) {
        const QString prefix = t.left(colon);
        const QString rest = t.mid(colon + 1).trimmed();
        static const QStringList prefixes { QStringLiteral("COM"), QStringLiteral("EPCI"),
                                            QStringLiteral("ARR"), QStringLiteral("DEP"),
                                            QStringLiteral("REG") };
        if (prefixes.contains(prefix) && !rest.isEmpty())
            return prefix + u':' + rest;
        return {};
    }
    if (t.size() == 5
        && (allDigits(t) || ((t.startsWith(u"2A") || t.startsWith(u"2B")) && allDigits(t.mid(2)))))
        return QStringLiteral("COM:") + t;
    // Spreadsheets store commune codes as numbers and drop the leading zero of the Ain, Aisne,
    // ... (01004 becomes 1004): four digits can only be such a code.
    if (t.size() == 4 && allDigits(t))
        return QStringLiteral("COM:0") + t;
    if (t.size() == 9 && allDigits(t))
        return QStringLiteral("EPCI:") + t;
    return {};
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
