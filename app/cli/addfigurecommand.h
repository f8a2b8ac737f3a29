// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace app::cli {

/// `add-figure --territory CODE --year YYYY --measure M[:SCOPE[:SECTOR]] --value V [--low L
/// --high H] --source-title TEXT [--source-url URL] [--note TEXT] [--db PATH]`: one sourced
/// figure typed from a report. Every check runs before the database is opened or created.
[[nodiscard]] int runAddFigure(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace app::cli
