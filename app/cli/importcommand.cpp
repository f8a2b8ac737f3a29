// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/importcommand.h"

#include "app/application.h"
#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "core/import/importservice.h"
#include "core/referencedata.h"
#include "core/storage/store.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace app::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
};

using core::import::ColumnRef;
using core::import::ImportOutcome;
using core::import::ImportRequest;
using core::import::ImportSpec;

const QList<OptionSpec> &importOptions()
{
    static const QList<OptionSpec> specs {
        { QStringLiteral("--sheet") },
        { QStringLiteral("--header-row") },
        { QStringLiteral("--territory-column") },
        { QStringLiteral("--year-column") },
        { QStringLiteral("--year") },
        { QStringLiteral("--map"), true, true },
        { QStringLiteral("--unit-counted"), true, true },
        { QStringLiteral("--measure-column") },
        { QStringLiteral("--value-column") },
        { QStringLiteral("--scope-column") },
        { QStringLiteral("--profile") },
        { QStringLiteral("--save-profile") },
        { QStringLiteral("--source-title") },
        { QStringLiteral("--source-url") },
        { QStringLiteral("--source-licence") },
        { QStringLiteral("--replace"), false },
        { QStringLiteral("--dry-run"), false },
        { QStringLiteral("--db") },
    };
    return specs;
}

/// The spec from the profile (if any) overridden by the options; an Error for usage errors.
core::Result<ImportSpec> specFromArguments(const Arguments &a)
{
    ImportSpec spec;
    if (a.has(QStringLiteral("--profile"))) {
        auto loaded = ImportSpec::load(a.value(QStringLiteral("--profile")));
        if (!loaded)
            return loaded.error();
        spec = loaded.value();
    }
    const auto column = [&a](const char *option) {
        return ColumnRef::fromString(a.value(QLatin1String(option)).trimmed());
    };
    const auto bad = [](const QString &message) {
        return core::makeError(core::Error::Code::InvalidArgument, message);
    };
    if (a.has(QStringLiteral("--sheet")))
        spec.sheet = a.value(QStringLiteral("--sheet"));
    if (a.has(QStringLiteral("--header-row"))) {
        bool ok = false;
        const int row = a.value(QStringLiteral("--header-row")).toInt(&ok);
        if (!ok || row < 1)
            return bad(Tr::tr("--header-row \"%1\": expected a line number from 1.")
                               .arg(a.value(QStringLiteral("--header-row"))));
        spec.headerRow = row;
    }
    if (a.has(QStringLiteral("--territory-column")))
        spec.territoryColumn = column("--territory-column");
    if (a.has(QStringLiteral("--year-column")) && a.has(QStringLiteral("--year")))
        return bad(Tr::tr("--year-column and --year exclude each other: give the column holding "
                          "the years, or one year for the whole file."));
    if (a.has(QStringLiteral("--year-column"))) {
        spec.yearColumn = column("--year-column");
        spec.year.reset();
    }
    if (a.has(QStringLiteral("--year"))) {
        bool ok = false;
        const int year = a.value(QStringLiteral("--year")).trimmed().toInt(&ok);
        if (!ok || year < 1900 || year > 2100)
            return bad(Tr::tr("--year \"%1\": expected a year from 1900 to 2100.")
                               .arg(a.value(QStringLiteral("--year"))));
        spec.year = year;
        spec.yearColumn = {};
    }
    const bool longLayout = a.has(QStringLiteral("--measure-column"))
            || a.has(QStringLiteral("--value-column")) || a.has(QStringLiteral("--scope-column"));
    if (a.has(QStringLiteral("--map")) && longLayout)
        return bad(Tr::tr("--map (one column per measure) and --measure-column/--value-column "
                          "(one row per figure) exclude each other."));
    if (a.has(QStringLiteral("--map"))) {
        spec.mappings.clear();
        spec.measureColumn = spec.valueColumn = spec.scopeColumn = spec.sectorColumn = {};
        for (const QString &m : a.values(QStringLiteral("--map"))) {
            auto mapping = core::import::parseMapArgument(m);
            if (!mapping)
                return mapping.error();
            spec.mappings.append(mapping.value());
        }
    }
    if (longLayout) {
        if (!a.has(QStringLiteral("--measure-column")) || !a.has(QStringLiteral("--value-column")))
            return bad(Tr::tr("--measure-column and --value-column go together: give both."));
        spec.mappings.clear();
        spec.measureColumn = column("--measure-column");
        spec.valueColumn = column("--value-column");
        if (a.has(QStringLiteral("--scope-column")))
            spec.scopeColumn = column("--scope-column");
    }
    for (const QString &u : a.values(QStringLiteral("--unit-counted"))) {
        const qsizetype eq = u.indexOf(u'=');
        if (eq <= 0)
            return bad(Tr::tr("--unit-counted \"%1\": expected MEASURE=UNIT, for example "
                              "employees=posts.")
                               .arg(u));
        spec.unitsCounted.insert(u.left(eq).trimmed(), u.mid(eq + 1).trimmed());
    }
    if (auto st = spec.validate(); !st)
        return st.error();
    return spec;
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix :
         { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") })
        QFile::remove(path + suffix);
}
} // namespace

int runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments a;
    if (!a.parse(args, importOptions(), 1) || a.positionals().size() != 1) {
        err << (a.error().isEmpty() ? Tr::tr("import needs the file to read.") : a.error())
            << Qt::endl;
        return UsageError;
    }
    const QString path = a.positionals().first();
    if (!QFileInfo(path).isFile()) {
        err << Tr::tr("%1: no such file.").arg(path) << Qt::endl;
        return UsageError;
    }
    auto spec = specFromArguments(a);
    if (!spec) {
        err << spec.error().message << Qt::endl;
        return UsageError;
    }
    ImportRequest request;
    request.path = path;
    request.spec = spec.value();
    request.source.title = a.value(QStringLiteral("--source-title")).trimmed();
    request.source.url = a.value(QStringLiteral("--source-url")).trimmed();
    request.source.licence = a.value(QStringLiteral("--source-licence")).trimmed();
    request.replace = a.has(QStringLiteral("--replace"));
    request.dryRun = a.has(QStringLiteral("--dry-run"));

    if (a.has(QStringLiteral("--save-profile"))) {
        if (auto st = request.spec.save(a.value(QStringLiteral("--save-profile"))); !st) {
            err << st.error().message << Qt::endl;
            return Failure;
        }
    }

    // A new database appears only when the import succeeds: it is built under another name
    // and renamed at the end. A dry run on a new database works in memory.
    const QString dbPath = a.value(QStringLiteral("--db"), defaultDatabasePath());
    const QFileInfo dbInfo(dbPath);
    const bool existed = dbInfo.exists() && dbInfo.size() > 0;
    QString workPath = dbPath;
    if (!existed) {
        workPath = request.dryRun ? QStringLiteral(":memory:")
                                  : QStringLiteral("%1.import-%2")
                                            .arg(dbPath)
                                            .arg(QCoreApplication::applicationPid());
    }
    ImportOutcome outcome;
    if (existed) {
        auto workspace = openWorkspace(workPath, err);
        if (!workspace)
            return Failure;
        outcome = workspace->importTable(request);
    } else {
        auto data = core::ReferenceData::load(referenceDataDir());
        if (!data) {
            err << data.error().message << Qt::endl;
            return Failure;
        }
        if (!request.dryRun && !QDir().mkpath(dbInfo.absolutePath())) {
            err << Tr::tr("Cannot create the folder %1.").arg(dbInfo.absolutePath()) << Qt::endl;
            return Failure;
        }
        core::Store::OpenOptions options;
        options.referenceData = &data.value();
        options.privateBuild = !request.dryRun;
        auto store = core::Store::open(workPath, options);
        if (!store) {
            err << store.error().message << Qt::endl;
            if (!request.dryRun)
                removeDatabaseFiles(workPath);
            return Failure;
        }
        outcome = core::import::ImportService::run(*store.value(), request);
        if (outcome.status == ImportOutcome::Status::Written) {
            if (auto st = store.value()->finishPrivateBuild(); !st) {
                outcome.status = ImportOutcome::Status::Failed;
                outcome.message = st.error().message;
            }
        }
    }
    if (!existed && !request.dryRun) {
        if (outcome.status == ImportOutcome::Status::Written) {
            if (dbInfo.exists() || !QFile::rename(workPath, dbPath)) {
                removeDatabaseFiles(workPath);
                err << outcome.report.toText() << Qt::endl
                    << Tr::tr("Cannot create the database %1; nothing was written.").arg(dbPath)
                    << Qt::endl;
                return Failure;
            }
        } else {
            removeDatabaseFiles(workPath);
        }
    }
    if (outcome.ok()) {
        out << outcome.toText() << Qt::endl;
        return Success;
    }
    err << outcome.toText() << Qt::endl;
    if (outcome.status == ImportOutcome::Status::Duplicate)
        err << Tr::tr("Import it again with --replace to load it anew.") << Qt::endl;
    return Failure;
}

} // namespace app::cli
