// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sirene/sirenereader.h"

#include <QDate>
#include <QString>

namespace core::sirene {

/// The date a stock file name carries: StockEtablissement_utf8_2025-11-01.zip, "2025-11" (the
/// 1st), "20251101"; invalid when none.
[[nodiscard]] QDate dateInName(const QString &name);

/// Sets the provenance's stock date: from the first dated name among the two files and their
/// ZIP entries (origin "file-name"), else the older modification time ("file-modified").
void setStockDate(SireneProvenance &provenance);

} // namespace core::sirene
