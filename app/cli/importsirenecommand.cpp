// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/importsirenecommand.h"

#include "core/import/sirene/benchjson.h"
#include "core/import/sirene/classification.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace app::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("app::cli::ImportSireneCommand", text);
}

const QString kDefaultTerritory = QStringLiteral("ARR:596");
const QString kDefaultClassification = QStringLiteral("classification/sirene-ess-bench-1.json");

struct RefTerritory
{
    QString code;
    QString kind;
    QString shortName;
    QString parent;
};

} // namespace

QString findReferenceDataFile(const QString &relativePath)
{
    QStringList roots;
    const QString env = qEnvironmentVariable("ESS_DATA_DIR");
    if (!env.isEmpty())
        roots << env;
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                         : QString();
    if (!appDir.isEmpty()) {
        for (const char *up : { "data", "../data", "../../data", "../share/ess-dashboard/data" })
            roots << QDir(appDir).filePath(QString::fromLatin1(up));
    }
    roots << QStringLiteral(":/data");
    for (const QString &root : roots) {
        const QString candidate = QDir(root).filePath(relativePath);
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return {};
}

ReferenceFileTerritoryResolver::ReferenceFileTerritoryResolver(QString path)
    : m_path(std::move(path))
{
}

core::Result<std::vector<core::sirene::SireneTerritory>>
ReferenceFileTerritoryResolver::resolve(const QStringList &codes) const
{
    using core::Error;
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return core::makeError(Error::Code::NotFound,
                               tr("Cannot read the reference territories %1").arg(m_path));
    const QJsonArray list =
            QJsonDocument::fromJson(file.readAll()).object().value(u"territories").toArray();
    if (list.isEmpty())
        return core::makeError(Error::Code::Parse,
                               tr("No territory in the reference file %1").arg(m_path));
    QHash<QString, RefTerritory> byCode;
    QHash<QString, QStringList> children; // in file order
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        RefTerritory t{ o.value(u"code").toString(), o.value(u"kind").toString(),
                        o.value(u"short_name").toString(), o.value(u"parent").toString() };
        byCode.insert(t.code, t);
        if (!t.parent.isEmpty())
            children[t.parent].append(t.code);
    }
    auto communesUnder = [&](const QString &code) {
        QStringList out;
        QStringList stack{ code };
        while (!stack.isEmpty()) {
            const QString c = stack.takeFirst();
            if (byCode.value(c).kind == u"commune")
                out << c.mid(c.indexOf(u':') + 1);
            stack = children.value(c) + stack;
        }
        return out;
    };
    auto makeTerritory = [&](const RefTerritory &t) {
        core::sirene::SireneTerritory s;
        s.code = t.code;
        s.key = t.shortName.isEmpty() ? t.code : t.shortName;
        if (t.kind == u"epci")
            s.epciSiren = t.code.mid(t.code.indexOf(u':') + 1);
        s.communes = communesUnder(t.code);
        return s;
    };

    std::vector<core::sirene::SireneTerritory> result;
    for (const QString &code : codes) {
        if (!byCode.contains(code))
            return core::makeError(Error::Code::NotFound,
                                   tr("Unknown territory %1 (expected a code such as "
                                      "EPCI:245901160, COM:59606 or ARR:596)")
                                           .arg(code));
        const RefTerritory &t = byCode[code];
        if (t.kind == u"commune" || t.kind == u"epci") {
            result.push_back(makeTerritory(t));
            continue;
        }
        // A larger area is reported EPCI by EPCI (the bench shape: CAVM and CAPH).
        bool anyEpci = false;
        for (const QString &child : children.value(code)) {
            if (byCode[child].kind == u"epci") {
                result.push_back(makeTerritory(byCode[child]));
                anyEpci = true;
            }
        }
        if (!anyEpci)
            result.push_back(makeTerritory(t));
    }
    for (const auto &t : result) {
        if (t.communes.isEmpty())
            return core::makeError(Error::Code::NotFound,
                                   tr("The territory %1 has no commune in %2").arg(t.code, m_path));
    }
    return result;
}

int runImportSirene(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return runImportSirene(args, out, err,
                           ReferenceFileTerritoryResolver(
                                   findReferenceDataFile(QStringLiteral("territories.json"))));
}

int runImportSirene(const QStringList &args, QTextStream &out, QTextStream &err,
                    const SireneTerritoryResolver &resolver)
{
    QCommandLineParser parser;
    const QCommandLineOption units(QStringLiteral("unites-legales"),
                                   tr("StockUniteLegale CSV or ZIP file."), tr("file"));
    const QCommandLineOption establishments(QStringLiteral("etablissements"),
                                            tr("StockEtablissement CSV or ZIP file."),
                                            tr("file"));
    const QCommandLineOption territory(QStringLiteral("territory"),
                                       tr("Territory code (repeatable; default ARR:596)."),
                                       tr("code"));
    const QCommandLineOption classification(QStringLiteral("classification"),
                                            tr("ESS classification file (JSON)."), tr("file"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the figures as JSON (bench shape)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Compute and print, write nothing."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Database file."), tr("path"));
    parser.addOptions({ units, establishments, territory, classification, json, dryRun, db });
    if (!parser.parse(QStringList{ QStringLiteral("import-sirene") } + args)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())
            << Qt::endl;
        return 2;
    }
    if (!parser.isSet(units) || !parser.isSet(establishments)) {
        err << tr("Usage: import-sirene --unites-legales FILE --etablissements FILE "
                  "[--territory CODE]... [--classification FILE] [--json] [--dry-run] "
                  "[--db PATH]")
            << Qt::endl;
        return 2;
    }
    if (!parser.isSet(dryRun)) {
        // TODO(#5): store the figures as a dataset with its provenance (phase 2).
        err << tr("Writing SIRENE figures to the database is not available yet: use --dry-run")
            << Qt::endl;
        return 2;
    }

    QString classificationPath = parser.value(classification);
    if (classificationPath.isEmpty())
        classificationPath = findReferenceDataFile(kDefaultClassification);
    if (classificationPath.isEmpty()) {
        err << tr("Cannot find the default ESS classification %1").arg(kDefaultClassification)
            << Qt::endl;
        return 1;
    }
    const auto cls = core::sirene::Classification::load(classificationPath);
    if (!cls) {
        err << cls.error().message << Qt::endl;
        return 1;
    }
    QStringList codes = parser.values(territory);
    if (codes.isEmpty())
        codes << kDefaultTerritory;
    auto territories = resolver.resolve(codes);
    if (!territories) {
        err << territories.error().message << Qt::endl;
        return 1;
    }

    core::sirene::SireneRequest request;
    request.unitsPath = parser.value(units);
    request.establishmentsPath = parser.value(establishments);
    request.territories = std::move(territories.value());
    const core::sirene::SireneReader reader(cls.value());
    const auto report = reader.run(request);
    if (!report) {
        err << report.error().message << Qt::endl;
        return 1;
    }
    if (parser.isSet(json)) {
        out << QString::fromUtf8(core::sirene::benchJson(report.value(), cls.value()));
        out.flush();
        return 0;
    }

    const core::sirene::SireneReport &r = report.value();
    const auto &p = r.provenance;
    out << tr("SIRENE stock of %1 (%2), convention %3")
                    .arg(p.stockDate.toString(Qt::ISODate), p.stockDateOrigin, p.classificationId)
        << Qt::endl;
    for (const auto *f : { &p.units, &p.establishments })
        out << tr("  %1: %2 bytes, %3 rows, SHA-256 %4")
                        .arg(f->fileName)
                        .arg(f->size)
                        .arg(f->rows)
                        .arg(QString::fromLatin1(f->sha256))
            << Qt::endl;
    auto line = [&](const QString &name, const core::sirene::SireneMetrics &m) {
        out << tr("%1: %2 active establishments, %3 ESS; %4 employers, %5 ESS; ESS employees "
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
        line(tr("All territories"), r.allTerritories);
    return 0;
}

} // namespace app::cli
