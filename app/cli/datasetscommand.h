// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace app::cli {

/// `datasets [--format json] [--db PATH]`: what was loaded, from which file, when.
[[nodiscard]] int runDatasets(const QStringList &args, QTextStream &out, QTextStream &err);
/// `remove-dataset ID [--db PATH]`: removes an import with its observations.
[[nodiscard]] int runRemoveDataset(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace app::cli
