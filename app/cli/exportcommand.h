// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace app::cli {

/// `export --kit DIR [--territory CODE]... [--preset NAME]... [--zip] [--force] [--strict]
/// [--db PATH]`, `export --chart ID --territory CODE --format png|svg|pdf --out FILE
/// [--preset NAME | --width W --height H --scale S] [--transparent]` and `export --list`.
[[nodiscard]] int runExport(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace app::cli
