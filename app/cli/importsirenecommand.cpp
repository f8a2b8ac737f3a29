// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/importsirenecommand.h"

#include "app/application.h"
#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "core/domain/territoryindex.h"
#include "core/import/sirene/classification.h"
#include "core/import/sirene/reportjson.h"
#include "core/import/sirene/sireneimportservice.h"
#include "core/referencedata.h"
#include "core/storage/store.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QTextStream>

namespace app::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportSireneCommand)
};

/// The territories of the database when it exists (opened read-only), else of the reference
/// data it would be created with, so that nothing is created or written.
core::Result<core::TerritoryIndex> readTerritories(const QString &dbPath,
                                                   const core::ReferenceData &data)
{
    if (QFileInfo(dbPath).isFile()) {
        core::Store::OpenOptions options;
        options.readOnly = true;
        auto store = core::Store::open(dbPath, options);
        if (!store)
            return store.error();
        auto territories = store.value()->territories();
        if (!territories)
            return territories.error();
        if (!territories->isEmpty())
            return core::TerritoryIndex(territories.value());
    }
    return core::TerritoryIndex(data.territories);
}

void printSummary(QTextStream &out, const core::sirene::SireneReport &r)
{
    const auto &p = r.provenance;
    out << Tr::tr("SIRENE stock of %1 (date from the %2), convention %3")
                    .arg(p.stockDate.toString(Qt::ISODate),
                         p.stockDateOrigin == u"file-name"        ? Tr::tr("file name")
                                 : p.stockDateOrigin == u"option" ? Tr::tr("--stock-date option")
                                                                  : Tr::tr("file modification "
                                                                           "time, uncertain"),
                         p.classificationId)
        << Qt::endl;
    for (const auto *f : { &p.units, &p.establishments })
        out << Tr::tr("  %1: %2 bytes, %3 rows, SHA-256 %4")
                        .arg(f->fileName)
                        .arg(f->size)
                        .arg(f->rows)
                        .arg(QString::fromLatin1(f->sha256))
            << Qt::endl;
    const auto line = [&](const QString &name, const core::sirene::SireneMetrics &m) {
        out << Tr::tr("%1: %2 active establishments, %3 ESS; %4 employers, %5 ESS; ESS employees "
                      "%6 / %7 / %8 (low / mid / high)")
                        .arg(name)
                        .arg(m.activeEstablishments)
                        .arg(m.activeEssEstablishments)
                        .arg(m.activeEmployerEstablishments)
                        .arg(m.activeEmployerEssEstablishments)
                        .arg(m.employeesEss.low)
                        .arg(m.employeesEss.mid())
                        .arg(m.employeesEss.high)
            << Qt::endl;
    };
    for (const auto &t : r.territories)
        line(t.territory.key, t.total);
    if (r.territories.size() > 1)
        line(Tr::tr("All territories"), r.allTerritories);
}
} // namespace

int runImportSirene(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments a;
    const QString units = QStringLiteral("--unites-legales");
    const QString establishments = QStringLiteral("--etablissements");
    const QString territory = QStringLiteral("--territory");
    const QString classification = QStringLiteral("--classification");
    const QString json = QStringLiteral("--json");
    const QString dryRun = QStringLiteral("--dry-run");
    const QString replace = QStringLiteral("--replace");
    const QString db = QStringLiteral("--db");
    const QString stockDate = QStringLiteral("--stock-date");
    if (!a.parse(args,
                 { { units },
                   { establishments },
                   { territory, true, true },
                   { classification },
                   { json, false },
                   { dryRun, false },
                   { replace, false },
                   { db },
                   { stockDate } },
                 0)) {
        err << a.error() << Qt::endl;
        return UsageError;
    }
    if (!a.has(units) || !a.has(establishments)) {
        err << Tr::tr("Usage: import-sirene --unites-legales FILE --etablissements FILE "
                      "[--stock-date YYYY-MM-DD] [--territory CODE]... [--classification FILE] "
                      "[--json] [--dry-run] [--replace] [--db PATH]")
            << Qt::endl;
        return UsageError;
    }
    QDate givenStockDate;
    if (a.has(stockDate)) {
        givenStockDate = QDate::fromString(a.value(stockDate), Qt::ISODate);
        if (!givenStockDate.isValid() || a.value(stockDate).size() != 10) {
            err << Tr::tr("--stock-date \"%1\": expected a date written YYYY-MM-DD, for example "
                          "2026-10-01.")
                            .arg(a.value(stockDate))
                << Qt::endl;
            return UsageError;
        }
    }
    const bool dry = a.has(dryRun);
    const QString dbPath = a.has(db) ? a.value(db) : defaultDatabasePath();

    QString classificationPath = a.value(classification);
    if (classificationPath.isEmpty())
        classificationPath = defaultSireneClassificationPath();
    if (classificationPath.isEmpty()) {
        err << Tr::tr("Cannot find the default ESS classification %1")
                        .arg(sireneClassificationFile())
            << Qt::endl;
        return Failure;
    }
    const auto cls = core::sirene::Classification::load(classificationPath);
    if (!cls) {
        err << cls.error().message << Qt::endl;
        return Failure;
    }

    // Territories come from the database, read without writing: a database that does not
    // exist yet is created only once the files have been read without error. The reference
    // data, read once, give them for a new database and the default area.
    const auto data = core::ReferenceData::load(referenceDataDir());
    if (!data) {
        err << data.error().message << Qt::endl;
        return Failure;
    }
    auto territories = readTerritories(dbPath, data.value());
    if (!territories) {
        err << territories.error().message << Qt::endl;
        return Failure;
    }
    const core::TerritoryIndex index = std::move(territories.value());
    const core::sirene::SireneImportService service(cls.value(), index);
    core::sirene::SireneImportRequest request;
    request.unitsPath = a.value(units);
    request.establishmentsPath = a.value(establishments);
    request.territoryCodes = a.values(territory);
    if (request.territoryCodes.isEmpty())
        request.territoryCodes = { data->defaults.area };
    request.stockDate = givenStockDate;
    request.replace = a.has(replace);
    auto selection = service.select(request.territoryCodes);
    if (!selection) {
        err << selection.error().message << Qt::endl;
        return selection.error().code == core::Error::Code::Database ? Failure : UsageError;
    }
    auto report = service.read(request, selection.value());
    if (!report) {
        err << report.error().message << Qt::endl;
        return Failure;
    }

    if (!dry) {
        const auto workspace = openWorkspace(dbPath, err);
        if (!workspace)
            return Failure;
        const auto stored =
                workspace->storeSirene(service, report.value(), selection.value(), request);
        if (!stored) {
            err << stored.error().message << Qt::endl;
            return Failure;
        }
        // With --json, stdout holds the JSON alone.
        QTextStream &log = a.has(json) ? err : out;
        log << Tr::tr("Stored dataset %1: %n estimated figure(s) (stock of %2, convention %3).",
                      nullptr, int(stored->observations))
                        .arg(stored->datasetId)
                        .arg(report->provenance.stockDate.toString(Qt::ISODate), cls->id())
            << Qt::endl;
        for (const qint64 id : stored->replacedDatasetIds)
            log << Tr::tr("Replaced dataset %1.").arg(id) << Qt::endl;
    }

    if (a.has(json)) {
        out << QString::fromUtf8(core::sirene::reportJson(report.value(), cls.value()));
        out.flush();
        return Success;
    }
    printSummary(out, report.value());
    out.flush();
    return Success;
}

} // namespace app::cli
