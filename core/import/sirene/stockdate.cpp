// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/stockdate.h"

#include <QRegularExpression>

#include <algorithm>

namespace core::sirene {

/// Stock date from a file name such as StockEtablissement_utf8_2025-11-01.zip.
QDate dateInName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("(20\\d\\d)-?([01]\\d)(?:-?([0-3]\\d))?"));
    const auto m = re.match(name);
    if (!m.hasMatch())
        return {};
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), day);
}

void setStockDate(SireneProvenance &provenance)
{
    for (const QString &name : { provenance.establishments.fileName, provenance.units.fileName,
                                 provenance.establishments.zipEntry, provenance.units.zipEntry }) {
        const QDate d = dateInName(name);
        if (d.isValid()) {
            provenance.stockDate = d;
            provenance.stockDateOrigin = QStringLiteral("file-name");
            break;
        }
    }
    if (!provenance.stockDate.isValid()) {
        provenance.stockDate =
                std::min(provenance.establishments.modified, provenance.units.modified).date();
        provenance.stockDateOrigin = QStringLiteral("file-modified");
    }
}

} // namespace core::sirene
