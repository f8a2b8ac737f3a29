// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/application.h"
#include "app/cli/datasetscommand.h"
#include "app/cli/figurescommand.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace app::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

using Handler = int (*)(const QStringList &, QTextStream &, QTextStream &);
struct Command
{
    const char *name;
    Handler handler;
};

const Command kCommands[] = {
    { "figures", &runFigures },
    { "datasets", &runDatasets },
    { "remove-dataset", &runRemoveDataset },
};
} // namespace

bool isCommand(const QString &name)
{
    if (name == u"--help" || name == u"-h" || name == u"help" || name == u"--version")
        return true;
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return true;
    return false;
}

QString usage()
{
    return Tr::tr("Usage:\n"
                  "  ess-dashboard [--db PATH] [--lang fr|en]      open the dashboard\n"
                  "  ess-dashboard figures [--territory CODE] [--format json|csv] [--db PATH]\n"
                  "  ess-dashboard datasets [--format json] [--db PATH]\n"
                  "  ess-dashboard remove-dataset ID [--db PATH]\n"
                  "\n"
                  "Territory codes: COM:59606, EPCI:245901160, ARR:596 (CAVM + CAPH), DEP:59, "
                  "REG:32, FR; bare 5-character commune codes and 9-digit EPCI numbers are "
                  "accepted.\n"
                  "Default database: %1\n")
            .arg(QDir::toNativeSeparators(defaultDatabasePath()));
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h"
        || args.first() == u"help") {
        out << usage();
        return Success;
    }
    if (args.first() == u"--version") {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return Success;
    }
    for (const Command &c : kCommands) {
        if (args.first() == QLatin1String(c.name)) {
            if (args.contains(QStringLiteral("--help"))) {
                out << usage();
                return Success;
            }
            return c.handler(args.mid(1), out, err);
        }
    }
    err << Tr::tr("Unknown command \"%1\".").arg(args.first()) << Qt::endl << usage();
    return UsageError;
}

std::unique_ptr<core::Workspace> openWorkspace(const QString &dbPath, QTextStream &err)
{
    const QFileInfo info(dbPath);
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        err << Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()) << Qt::endl;
        return nullptr;
    }
    auto workspace = std::make_unique<core::Workspace>();
    if (auto st = workspace->open(dbPath, referenceDataDir()); !st) {
        err << st.error().message << Qt::endl;
        return nullptr;
    }
    return workspace;
}

} // namespace app::cli
