// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace app::cli {

/// `inspect FILE [--sheet NAME] [--header-row N] [--rows N]`: what the reader understood, as
/// JSON on stdout (encoding, separator, header_row, columns, rows, notes). No database.
[[nodiscard]] int runInspect(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace app::cli
