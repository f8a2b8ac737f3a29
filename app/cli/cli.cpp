// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/application.h"
#include "app/cli/addfigurecommand.h"
#include "app/cli/datasetscommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/figurescommand.h"
#include "app/cli/importcommand.h"
#include "app/cli/importsirenecommand.h"
#include "app/cli/inspectcommand.h"
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
    { "import-sirene", &runImportSirene },
    { "import", &runImport },
    { "add-figure", &runAddFigure },
    { "inspect", &runInspect },
    { "export", &runExport },
};
} // namespace

bool isCommand(const QString &name)
{
    if (name == u"--help" || name == u"-h" || name == u"help" || name == u"--version"
        || name == u"-V")
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
                  "  ess-dashboard datasets [--format json|text] [--db PATH]\n"
                  "  ess-dashboard remove-dataset ID [--db PATH]\n"
                  "  ess-dashboard import-sirene --unites-legales FILE --etablissements FILE\n"
                  "        [--territory CODE]... [--classification FILE] [--json] [--dry-run]\n"
                  "        [--stock-date YYYY-MM-DD] [--replace] [--db PATH]\n"
                  "  ess-dashboard import FILE [--sheet NAME] [--header-row N]\n"
                  "      [--territory-column COL] [--year-column COL | --year YYYY]\n"
                  "      [--map COL=MEASURE[:SCOPE[:SECTOR]]]...\n"
                  "      [--measure-column COL --value-column COL [--scope-column COL]]\n"
                  "      [--unit-counted MEASURE=UNIT]...\n"
                  "      [--profile FILE.json] [--save-profile FILE.json]\n"
                  "      [--source-title TEXT] [--source-url URL] [--source-licence TEXT]\n"
                  "      [--replace] [--dry-run] [--db PATH]\n"
                  "  ess-dashboard add-figure --territory CODE --year YYYY|unknown [--published "
                  "YYYY]\n"
                  "      --measure M[:SCOPE[:SECTOR]] --value V [--low L --high H] [--qualifier "
                  "Q]\n"
                  "      [--unit-counted U] --source-title TEXT [--source-url URL] [--producer "
                  "TEXT]\n"
                  "      [--note TEXT] [--db PATH]\n"
                  "  ess-dashboard inspect FILE [--sheet NAME] [--header-row N] [--rows N]\n"
                  "  ess-dashboard export --kit DIR [--territory CODE]... [--preset NAME]...\n"
                  "                [--chart ID]... [--logo FILE] [--byline TEXT] [--zip]\n"
                  "                [--force] [--strict] [--db PATH]\n"
                  "  ess-dashboard export --chart ID --territory CODE --format png|svg|pdf --out "
                  "FILE\n"
                  "                [--indicator ID[:SCOPE]] (commune-map)\n"
                  "                [--preset NAME | --width W --height H --scale S] "
                  "[--transparent]\n"
                  "                [--logo FILE] [--byline TEXT] [--strict] [--db PATH]\n"
                  "  ess-dashboard export --list                   chart ids and presets\n"
                  "    presets: social (2400 × 1350), square (2160 × 2160), slide (1920 × 1080),\n"
                  "    print (PDF A4 landscape, PNG 300 dpi); SOURCE_DATE_EPOCH fixes the edition "
                  "date\n"
                  "\n"
                  "Territory codes: COM:59606, EPCI:245901160, ARR:596 (CAVM + CAPH), DEP:59, "
                  "REG:32, FR; bare 5-character commune codes and 9-digit EPCI numbers are "
                  "accepted.\n"
                  "COL: a header text or #N (1-based column number). Measures: employees, "
                  "employees_fte, establishments, employer_units, payroll, employment_share, "
                  "private_employment_share, establishment_share, ess_employment_share, "
                  "ess_establishment_share, avg_employees; scopes: all, ess, non_ess, private, "
                  "public, associations, cooperatives, mutuelles, fondations, commercial_ess; "
                  "sectors: all or a NAF section letter A to U.\n"
                  "Exit status: 0 done, 1 data problems (nothing written), 2 usage error.\n"
                  "Default database: %1\n")
                   .arg(QDir::toNativeSeparators(defaultDatabasePath()))
            + Tr::tr("  ess-dashboard --version | -V                 print the version\n"
                     "  ess-dashboard --help | -h                    print this help\n");
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h"
        || args.first() == u"help") {
        out << usage();
        return Success;
    }
    if (args.first() == u"--version" || args.first() == u"-V") {
        out << "ess-dashboard " ESS_VERSION << Qt::endl;
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

std::unique_ptr<core::Workspace> openWorkspace(const QString &dbPath, QTextStream &err,
                                               core::Workspace::Access access)
{
    const QFileInfo info(dbPath);
    if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        err << Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()) << Qt::endl;
        return nullptr;
    }
    auto workspace = std::make_unique<core::Workspace>();
    if (auto st = workspace->open(dbPath, referenceDataDir(), access); !st) {
        err << st.error().message << Qt::endl;
        return nullptr;
    }
    return workspace;
}

} // namespace app::cli
