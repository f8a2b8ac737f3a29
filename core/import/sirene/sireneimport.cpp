// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/sireneimport.h"

#include "core/domain/vocabulary.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace core::sirene {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SireneImport)
};

// What is stored is French data, like the reference figures in data/: the text is written
// once, at import, in the language of the publications it sits beside.
const QString kSourceUrl =
        QStringLiteral("https://www.data.gouv.fr/fr/datasets/"
                       "base-sirene-des-entreprises-et-de-leurs-etablissements-siren-siret/");

QString communeNumber(const QString &code)
{
    return code.mid(code.indexOf(u':') + 1);
}

SireneTerritory readerTerritory(const TerritoryIndex &index, const Territory &t)
{
    SireneTerritory s;
    s.code = t.code;
    s.key = t.shortName.isEmpty() ? t.code : t.shortName;
    if (t.kind == TerritoryKind::Epci)
        s.epciSiren = communeNumber(t.code);
    for (const Territory &c : index.communesOf(t.code))
        s.communes << communeNumber(c.code);
    return s;
}

SireneMetrics emptyMetrics(std::size_t families)
{
    SireneMetrics m;
    m.essByFamily.assign(families, 0);
    m.employerEssByFamily.assign(families, 0);
    m.employeesByFamily.assign(families, {});
    return m;
}
} // namespace

Result<SireneSelection> resolveSireneTerritories(const TerritoryIndex &index,
                                                 const QStringList &codes)
{
    SireneSelection selection;
    QSet<QString> stored;
    const auto store = [&](const QString &code) {
        if (!stored.contains(code)) {
            stored.insert(code);
            selection.storedCodes << code;
        }
    };
    const auto storeWithCommunes = [&](const Territory &t) {
        store(t.code);
        for (const Territory &c : index.communesOf(t.code))
            store(c.code);
    };

    for (const QString &raw : codes) {
        if (raw.contains(u',')) {
            // A list of communes: aggregated together, stored commune by commune.
            SireneTerritory list;
            QStringList numbers;
            for (const QString &part : raw.split(u',', Qt::SkipEmptyParts)) {
                auto t = index.resolve(part.trimmed());
                if (!t)
                    return t.error();
                if (t->kind != TerritoryKind::Commune)
                    return makeError(Error::Code::InvalidArgument,
                                     Tr::tr("%1 is not a commune: a comma-separated list may only "
                                            "hold commune codes.")
                                             .arg(t->code));
                numbers << communeNumber(t->code);
                store(t->code);
            }
            list.key = numbers.join(u'+');
            list.communes = numbers;
            selection.territories.push_back(list);
            continue;
        }
        auto t = index.resolve(raw.trimmed());
        if (!t)
            return t.error();
        switch (t->kind) {
        case TerritoryKind::Commune:
        case TerritoryKind::Epci:
            selection.territories.push_back(readerTerritory(index, *t));
            storeWithCommunes(*t);
            break;
        case TerritoryKind::Arrondissement: {
            // Reported EPCI by EPCI (the bench's shape: CAVM and CAPH), stored for each EPCI and
            // for the whole area.
            bool anyEpci = false;
            for (const Territory &child : index.all()) {
                if (child.parentCode == t->code && child.kind == TerritoryKind::Epci) {
                    selection.territories.push_back(readerTerritory(index, child));
                    anyEpci = true;
                    store(child.code);
                }
            }
            if (!anyEpci)
                selection.territories.push_back(readerTerritory(index, *t));
            storeWithCommunes(*t);
            break;
        }
        case TerritoryKind::Departement:
        case TerritoryKind::Region:
        case TerritoryKind::Country:
            return makeError(Error::Code::InvalidArgument,
                             Tr::tr("%1 is larger than the territories the register figures are "
                                    "computed for: choose communes, an EPCI or ARR:596.")
                                     .arg(t->code));
        }
    }
    for (const SireneTerritory &t : selection.territories) {
        if (t.communes.isEmpty())
            return makeError(Error::Code::NotFound,
                             Tr::tr("The territory %1 has no commune in the database.")
                                     .arg(t.code.isEmpty() ? t.key : t.code));
    }
    if (selection.territories.empty())
        return makeError(Error::Code::InvalidArgument, Tr::tr("No territory was given."));
    return selection;
}

QString sirenePairHash(const SireneProvenance &provenance)
{
    return QString::fromLatin1(provenance.units.sha256 + '+' + provenance.establishments.sha256);
}

QString conventionLabel(const QString &conventionId)
{
    const qsizetype slash = conventionId.lastIndexOf(u'/');
    if (slash < 0)
        return conventionId;
    return Tr::tr("the application's ESS convention, version %1").arg(conventionId.mid(slash + 1));
}

SireneDatasetContent sireneDatasetContent(const SireneReport &report,
                                          const Classification &classification,
                                          const TerritoryIndex &index,
                                          const QStringList &storedCodes)
{
    const SireneProvenance &p = report.provenance;
    const QString convention = classification.id();
    const QString stockDate = p.stockDate.toString(Qt::ISODate);
    const int year = p.stockDate.year();

    SireneDatasetContent content;
    Source &source = content.source;
    // Cited as "Répertoire SIRENE (Insee), stock du …"; a date taken from the files'
    // modification time is uncertain, and the title says so wherever it is cited.
    const bool uncertain = p.stockDateOrigin != u"file-name" && p.stockDateOrigin != u"option";
    source.title = uncertain
            ? QStringLiteral("Répertoire SIRENE (Insee), stock du %1 (date "
                             "incertaine : date de modification des fichiers)")
                      .arg(stockDate)
            : QStringLiteral("Répertoire SIRENE (Insee), stock du %1").arg(stockDate);
    source.publisher = QStringLiteral("Insee");
    source.producer = QStringLiteral("Insee");
    source.publishedInferred = uncertain;
    source.url = kSourceUrl;
    source.published = stockDate;
    source.licence = QStringLiteral("Licence Ouverte 2.0 (Etalab)");
    source.note = QStringLiteral("Agrégé par commune par l'application, convention %1 : %2")
                          .arg(convention, classification.note());

    Dataset &dataset = content.dataset;
    dataset.kind = DatasetKind::Sirene;
    dataset.fileName = QStringLiteral("%1 + %2").arg(p.units.fileName, p.establishments.fileName);
    dataset.sha256 = sirenePairHash(p);
    dataset.convention = convention;
    dataset.stockDate = p.stockDate;
    QStringList files;
    for (const SireneFileProvenance *f : { &p.units, &p.establishments }) {
        dataset.files.append({ f->fileName, QString::fromLatin1(f->sha256) });
        files << QStringLiteral("%1%2 : %3 octets, %4 lignes, SHA-256 %5")
                         .arg(f->fileName,
                              f->zipEntry.isEmpty() ? QString()
                                                    : QStringLiteral(" (%1)").arg(f->zipEntry))
                         .arg(f->size)
                         .arg(f->rows)
                         .arg(QString::fromLatin1(f->sha256));
    }
    dataset.note =
            QStringLiteral("convention %1 ; stock du %2 (date %3) ; %4")
                    .arg(convention, stockDate,
                         p.stockDateOrigin == u"file-name" ? QStringLiteral("du nom de fichier")
                                 : p.stockDateOrigin == u"option"
                                 ? QStringLiteral("donnée à l'import (--stock-date)")
                                 : QStringLiteral("de modification des fichiers, incertaine"),
                         files.join(QStringLiteral(" ; ")));

    const QString perimeter =
            QStringLiteral("convention de l'application %1, pas le périmètre officiel Insee")
                    .arg(convention);
    const QString employerBasis =
            QStringLiteral("établissements employeurs actifs (répertoire SIRENE, convention %1)")
                    .arg(convention);
    const QString activeBasis =
            QStringLiteral("établissements actifs, employeurs ou non (répertoire SIRENE, "
                           "convention %1)")
                    .arg(convention);
    const QString employeesBasis =
            QStringLiteral("salariés estimés d'après les tranches d'effectif des établissements "
                           "actifs (répertoire SIRENE, convention %1) : valeur centrale, bornes "
                           "basse et haute")
                    .arg(convention);
    const QString note = QStringLiteral("estimé, stock SIRENE du %1").arg(stockDate);

    const auto &families = classification.families();
    std::vector<QString> familyScopes; // empty where the key is not a vocabulary scope
    for (const EssFamily &f : families)
        familyScopes.push_back(vocabulary::isScope(f.key) ? f.key : QString());

    QHash<QString, const SireneMetrics *> byCommune;
    for (const SireneTerritoryFigures &t : report.territories)
        for (const SireneCommuneFigures &c : t.communes)
            byCommune.insert(c.commune, &c.metrics);

    auto &out = content.observations;
    const auto add = [&](const QString &code, const QString &measure, const QString &scope,
                         double value, const QString &basis) -> Observation & {
        Observation o;
        o.territoryCode = code;
        o.year = year;
        o.measure = measure;
        o.scope = scope;
        o.value = value;
        o.unit = QStringLiteral("count");
        o.method = Method::Estimated;
        // What the register counts: active_establishments counts every active establishment,
        // establishments the active employer ones, employees comes from headcount bands.
        o.unitCounted = measure == u"active_establishments" ? QStringLiteral("establishments")
                : measure == u"establishments" ? QStringLiteral("employer_establishments")
                                               : QStringLiteral("employees");
        o.basis = basis;
        o.perimeter = perimeter;
        o.note = note;
        out.push_back(std::move(o));
        return out.back();
    };
    const auto addEmployees = [&](const QString &code, const QString &scope,
                                  const EmployeeEstimate &e) {
        Observation &o = add(code, QStringLiteral("employees"), scope, e.mid(), employeesBasis);
        o.low = double(e.low);
        o.high = double(e.high);
    };

    for (const QString &code : storedCodes) {
        const Territory *t = index.find(code);
        if (!t)
            continue;
        SireneMetrics m = emptyMetrics(families.size());
        bool complete = true;
        if (t->kind == TerritoryKind::Commune) {
            const SireneMetrics *c = byCommune.value(communeNumber(code));
            complete = c != nullptr;
            if (c)
                m.add(*c);
        } else {
            const QList<Territory> communes = index.communesOf(code);
            for (const Territory &c : communes) {
                const SireneMetrics *cm = byCommune.value(communeNumber(c.code));
                if (!cm) {
                    complete = false; // never store a partial total under the area's code
                    break;
                }
                m.add(*cm);
            }
            complete = complete && !communes.isEmpty();
        }
        if (!complete)
            continue;
        const QString all = QStringLiteral("all");
        const QString ess = QStringLiteral("ess");
        const QString establishments = QStringLiteral("establishments");
        const QString active = QStringLiteral("active_establishments");
        add(code, establishments, all, double(m.activeEmployerEstablishments), employerBasis);
        add(code, establishments, ess, double(m.activeEmployerEssEstablishments), employerBasis);
        add(code, active, all, double(m.activeEstablishments), activeBasis);
        add(code, active, ess, double(m.activeEssEstablishments), activeBasis);
        addEmployees(code, all, m.employeesAll);
        addEmployees(code, ess, m.employeesEss);
        for (std::size_t i = 0; i < families.size(); ++i) {
            if (familyScopes[i].isEmpty())
                continue;
            add(code, establishments, familyScopes[i], double(m.employerEssByFamily[i]),
                employerBasis);
            add(code, active, familyScopes[i], double(m.essByFamily[i]), activeBasis);
            addEmployees(code, familyScopes[i], m.employeesByFamily[i]);
        }
    }
    return content;
}

Result<SireneStoreOutcome> storeSireneDataset(Store &store, const SireneDatasetContent &content,
                                              const SireneStoreOptions &options)
{
    SireneStoreOutcome outcome;
    auto datasets = store.datasets();
    if (!datasets)
        return datasets.error();
    for (const Dataset &d : datasets.value()) {
        if (d.kind == content.dataset.kind && !d.sha256.isEmpty()
            && d.sha256 == content.dataset.sha256)
            outcome.replacedDatasetIds << d.id;
    }
    if (!outcome.replacedDatasetIds.isEmpty() && !options.replace)
        return makeError(Error::Code::Duplicate,
                         Tr::tr("These two SIRENE files were already imported (dataset %1): "
                                "nothing was written. Replace that dataset to import them again.")
                                 .arg(outcome.replacedDatasetIds.constFirst()));

    auto writer = store.beginBulk();
    if (!writer)
        return writer.error();
    BulkWriter &w = *writer.value();
    for (const qint64 id : std::as_const(outcome.replacedDatasetIds)) {
        if (auto st = w.removeDataset(id); !st)
            return st.error();
    }
    auto sourceId = w.addSource(content.source);
    if (!sourceId)
        return sourceId.error();
    Dataset dataset = content.dataset;
    dataset.sourceId = sourceId.value();
    auto datasetId = w.beginDataset(dataset);
    if (!datasetId)
        return datasetId.error();
    for (const Observation &o : content.observations) {
        if (auto st = w.add(o); !st)
            return st.error();
    }
    if (options.cancel && options.cancel->load())
        return makeError(Error::Code::Cancelled, Tr::tr("Import cancelled"));
    if (auto st = w.commit(); !st)
        return st.error();
    outcome.datasetId = datasetId.value();
    outcome.observations = qint64(content.observations.size());
    return outcome;
}

} // namespace core::sirene
