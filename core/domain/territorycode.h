// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace core {

/// The canonical territory code ("COM:59606", "EPCI:245901160", "ARR:596", "DEP:59", "REG:32",
/// "FR") of a code written in one of the shapes people and files use: a typed prefix in any case
/// ("com:59606"), a commune code of 5 characters (Corsica's "2A004" included), 4 digits (a
/// commune code whose leading zero a spreadsheet dropped: "1004" is "COM:01004"), the 9-digit
/// SIREN of an EPCI. Empty when the text has none of these shapes (a name, "596", "59"): finding
/// what such a text means needs the territory index (TerritoryIndex::resolve).
/// The one parser of territory codes: command line, import files and dialogs use it.
[[nodiscard]] QString parseTerritoryCode(QStringView text);

} // namespace core
