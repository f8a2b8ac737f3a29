// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/workspace.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTextStream;

namespace app::cli {

/// Exit codes of every command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

/// True when `name` is a command of the command line ("figures", "import", ...).
[[nodiscard]] bool isCommand(const QString &name);
/// Runs a command; `args` starts with the command name. Writes results to `out` and
/// messages to `err`; never opens a window.
[[nodiscard]] int run(const QStringList &args, QTextStream &out, QTextStream &err);
/// The command-line reference printed by --help.
[[nodiscard]] QString usage();

/// Opens the workspace for a command; prints the error and returns null on failure.
[[nodiscard]] std::unique_ptr<core::Workspace>
openWorkspace(const QString &dbPath, QTextStream &err,
              core::Workspace::Access access = core::Workspace::Access::ReadWrite);

} // namespace app::cli
