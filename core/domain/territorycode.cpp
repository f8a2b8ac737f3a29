// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/territorycode.h"

#include "core/format/french.h"

#include <QStringList>

namespace core {

namespace {
bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return !s.isEmpty();
}
} // namespace

QString parseTerritoryCode(QStringView text)
{
    const QString t = format::trimmedSpaces(text).toString().toUpper();
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

} // namespace core
