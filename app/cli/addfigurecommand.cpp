// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/addfigurecommand.h"

#include "app/application.h"
#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "core/import/figureimport.h"
#include "core/import/importspec.h"
#include "core/import/territoryresolver.h"
#include "core/import/valueparser.h"
#include "core/referencedata.h"
#include "core/storage/store.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace app::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AddFigureCommand)
};

/// A number option: "12 345,6", "10 %"; an error message when it is not one.
core::Result<double> numberOption(const Arguments &a, const QString &name)
{
    const QString raw = a.value(name);
    auto parsed = core::import::ValueParser::parseNumber(raw);
    if (!parsed || !parsed->value)
        return core::makeError(core::Error::Code::InvalidArgument,
                               Tr::tr("%1 \"%2\": expected a number, for example 1234, 12 345,6 "
                                      "or 10,5 %.")
                                       .arg(name, raw));
    return *parsed->value;
}
} // namespace

int runAddFigure(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments a;
    if (!a.parse(args,
                 { { QStringLiteral("--territory") },
                   { QStringLiteral("--year") },
                   { QStringLiteral("--measure") },
                   { QStringLiteral("--value") },
                   { QStringLiteral("--low") },
                   { QStringLiteral("--high") },
                   { QStringLiteral("--source-title") },
                   { QStringLiteral("--source-url") },
                   { QStringLiteral("--note") },
                   { QStringLiteral("--published") },
                   { QStringLiteral("--qualifier") },
                   { QStringLiteral("--unit-counted") },
                   { QStringLiteral("--producer") },
                   { QStringLiteral("--db") } },
                 0)) {
        err << a.error() << Qt::endl;
        return UsageError;
    }
    for (const char *required : { "--territory", "--year", "--measure", "--source-title" }) {
        if (!a.has(QLatin1String(required))) {
            err << Tr::tr("add-figure needs %1.").arg(QLatin1String(required)) << Qt::endl;
            return UsageError;
        }
    }
    if (!a.has(QStringLiteral("--value"))
        && !(a.has(QStringLiteral("--low")) && a.has(QStringLiteral("--high")))) {
        err << Tr::tr("add-figure needs --value V (with --low L --high H for an estimate).")
            << Qt::endl;
        return UsageError;
    }
    if (a.has(QStringLiteral("--low")) != a.has(QStringLiteral("--high"))) {
        err << Tr::tr("--low and --high go together: give both bounds.") << Qt::endl;
        return UsageError;
    }

    core::Observation figure;
    figure.territoryCode = a.value(QStringLiteral("--territory")).trimmed();
    bool yearOk = false;
    const QString yearText = a.value(QStringLiteral("--year")).trimmed();
    // "--year unknown": the source does not state the data year; --published dates the figure.
    figure.year = yearText == u"unknown" ? core::kUnknownYear : yearText.toInt(&yearOk);
    if (yearText == u"unknown")
        yearOk = true;
    if (!yearOk) {
        err << Tr::tr("--year \"%1\": expected a year from 1900 to 2100, or unknown.")
                        .arg(a.value(QStringLiteral("--year")))
            << Qt::endl;
        return UsageError;
    }
    if (a.has(QStringLiteral("--published"))) {
        bool ok = false;
        figure.publishedYear = a.value(QStringLiteral("--published")).trimmed().toInt(&ok);
        if (!ok || figure.publishedYear < 1900 || figure.publishedYear > 2100) {
            err << Tr::tr("--published \"%1\": expected a year of publication (AAAA).")
                            .arg(a.value(QStringLiteral("--published")))
                << Qt::endl;
            return UsageError;
        }
    }
    if (figure.year == core::kUnknownYear && figure.publishedYear == 0) {
        err << Tr::tr("--year unknown needs --published AAAA, the year the source was published.")
            << Qt::endl;
        return UsageError;
    }
    figure.qualifier = a.value(QStringLiteral("--qualifier"), QStringLiteral("exact")).trimmed();
    figure.unitCounted = a.value(QStringLiteral("--unit-counted")).trimmed();
    // --measure M[:SCOPE[:SECTOR]] has the syntax of the right side of --map.
    auto measure = core::import::parseMapArgument(QStringLiteral("value=")
                                                  + a.value(QStringLiteral("--measure")));
    if (!measure) {
        err << Tr::tr("--measure \"%1\": expected MEASURE[:SCOPE[:SECTOR]], for example "
                      "employees:ess or employment_share:associations:Q.")
                        .arg(a.value(QStringLiteral("--measure")))
            << Qt::endl;
        return UsageError;
    }
    figure.measure = measure->measure;
    figure.scope = measure->scope;
    figure.sector = measure->sector;
    for (const auto &[name, target] : { std::pair { QStringLiteral("--value"), &figure.value },
                                        std::pair { QStringLiteral("--low"), &figure.low },
                                        std::pair { QStringLiteral("--high"), &figure.high } }) {
        if (!a.has(name))
            continue;
        auto v = numberOption(a, name);
        if (!v) {
            err << v.error().message << Qt::endl;
            return UsageError;
        }
        *target = v.value();
    }
    figure.note = a.value(QStringLiteral("--note")).trimmed();
    core::Source source;
    source.title = a.value(QStringLiteral("--source-title")).trimmed();
    source.url = a.value(QStringLiteral("--source-url")).trimmed();
    source.producer = a.value(QStringLiteral("--producer")).trimmed();
    if (figure.publishedYear > 0)
        source.published = QString::number(figure.publishedYear);

    // Every check runs before a database is opened, let alone created.
    const QString dbPath = a.value(QStringLiteral("--db"), defaultDatabasePath());
    const bool existed = QFileInfo::exists(dbPath);
    if (!existed) {
        auto data = core::ReferenceData::load(referenceDataDir());
        if (!data) {
            err << data.error().message << Qt::endl;
            return Failure;
        }
        const core::import::InMemoryTerritoryResolver resolver(data->territories);
        core::Observation checked = figure;
        if (auto st = core::import::FigureImport::check(resolver, checked, source); !st) {
            err << st.error().message << Qt::endl;
            return UsageError;
        }
    }
    auto workspace = openWorkspace(dbPath, err);
    if (!workspace)
        return Failure;
    {
        const core::import::InMemoryTerritoryResolver resolver(workspace->territories().all());
        if (auto st = core::import::FigureImport::check(resolver, figure, source); !st) {
            err << st.error().message << Qt::endl;
            return UsageError;
        }
    }
    auto id = workspace->addFigure(figure, source);
    if (!id) {
        err << id.error().message << Qt::endl;
        return Failure;
    }
    out << Tr::tr("Figure added as dataset %1: %2 %3 %4/%5/%6 = %7 (source: %8).")
                    .arg(id.value())
                    .arg(figure.territoryCode)
                    .arg(figure.year == core::kUnknownYear
                                 ? Tr::tr("(data year unknown, published %1)")
                                           .arg(figure.publishedYear)
                                 : QString::number(figure.year))
                    .arg(figure.measure, figure.scope, figure.sector,
                         figure.value ? QString::number(*figure.value)
                                      : QStringLiteral("%1–%2").arg(QString::number(*figure.low),
                                                                    QString::number(*figure.high)),
                         source.title)
        << Qt::endl;
    return Success;
}

} // namespace app::cli
