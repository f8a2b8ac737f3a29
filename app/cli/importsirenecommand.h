// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace app::cli {

/// `ess-dashboard import-sirene --unites-legales FILE --etablissements FILE [--territory CODE]...
/// [--classification FILE] [--json] [--dry-run] [--replace] [--db PATH]`. \a args are the
/// arguments after the command name. Territories are those of the database (default ARR:596).
/// --dry-run writes nothing and creates no database. Returns 0 done, 1 failed (nothing
/// written), 2 usage error.
[[nodiscard]] int runImportSirene(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace app::cli
