// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/cli.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace testsupport {

/// What a command printed and returned.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs a command of the command line in this process, as `ess-dashboard ARGS...` would.
inline CliRun runCli(const QStringList &args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = app::cli::run(args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace testsupport
