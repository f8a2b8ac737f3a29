// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace app::cli {

/// Path of a file of the shipped data/ folder ("classification/sirene-ess-bench-1.json"):
/// $ESS_DATA_DIR, then data/ beside or above the executable, then the embedded copy; empty
/// when not found.
[[nodiscard]] QString findReferenceDataFile(const QString &relativePath);
/// The default ESS classification of the register (convention sirene-ess-bench/1).
[[nodiscard]] QString defaultSireneClassificationPath();

/// `ess-dashboard import-sirene --unites-legales FILE --etablissements FILE [--territory CODE]...
/// [--classification FILE] [--json] [--dry-run] [--replace] [--db PATH]`. \a args are the
/// arguments after the command name. Territories are those of the database (default ARR:596).
/// --dry-run writes nothing and creates no database. Returns 0 done, 1 failed (nothing
/// written), 2 usage error.
[[nodiscard]] int runImportSirene(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace app::cli
