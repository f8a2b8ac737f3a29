// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace app::cli {

/// `import FILE [--sheet NAME] [--header-row N] [--territory-column COL] [--year-column COL |
/// --year YYYY] [--map COL=MEASURE[:SCOPE[:SECTOR]]]... [--measure-column COL --value-column COL
/// [--scope-column COL]] [--profile FILE.json] [--save-profile FILE.json] [--source-title TEXT]
/// [--source-url URL] [--source-licence TEXT] [--replace] [--dry-run] [--db PATH]`.
/// Exit 0 only when everything was written (or, in a dry run, would be), 1 on data problems,
/// 2 on usage errors; a usage error touches no file.
[[nodiscard]] int runImport(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace app::cli
