// SPDX-License-Identifier: GPL-3.0-or-later
// Bench driver: `sirene-bench-driver import-sirene ARGS...` runs exactly the code of
// `ess-dashboard import-sirene ARGS...` (app::cli::runImportSirene) without the GUI libraries.
#include "app/cli/importsirenecommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.constFirst() == u"import-sirene")
        args.removeFirst();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return app::cli::runImportSirene(args, out, err);
}
