// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workspace.h"

#include "core/geo/communeatlas.h"
#include "core/import/figureimport.h"
#include "core/referencedata.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};
Q_LOGGING_CATEGORY(lcWorkspace, "core.workspace")
} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
}
Workspace::~Workspace() = default;

Status Workspace::open(const QString &path, const QString &referenceDataDir, Access access)
{
    auto data = ReferenceData::load(referenceDataDir);
    if (!data)
        return data.error();
    const auto named = [&path](Error error) { // name the database every time
        if (!error.message.contains(path))
            error.message = Tr::tr("Database %1: %2").arg(path, error.message);
        return error;
    };
    Result<std::unique_ptr<Store>> store = makeError(Error::Code::Database, QString());
    const QFileInfo info(path);
    if (access == Access::ReadOnly && info.isFile() && info.size() > 0) {
        Store::OpenOptions readOnly;
        readOnly.readOnly = true;
        store = Store::open(path, readOnly);
        if (!store)
            return named(store.error());
        const int schema = store.value()->schemaVersion();
        if (schema < Store::kSchemaVersion
            || store.value()->referenceDataVersion() < data->version) {
            // Older than this version: upgrade it when it can be written.
            Store::OpenOptions upgrade;
            upgrade.referenceData = &data.value();
            auto writable = Store::open(path, upgrade);
            if (writable)
                store = std::move(writable);
            else if (writable.error().code != Error::Code::ReadOnly)
                return named(writable.error());
            else if (schema < Store::kSchemaVersion)
                return makeError(Error::Code::ReadOnly,
                                 Tr::tr("The database %1 was written by an older version of the "
                                        "application and must be upgraded before it can be "
                                        "read, but it is read-only (file permissions or a "
                                        "read-only disk).")
                                         .arg(path));
            else
                qCInfo(lcWorkspace) << "Read-only database with older reference data:" << path;
        }
    } else {
        Store::OpenOptions options;
        options.referenceData = &data.value();
        store = Store::open(path, options);
    }
    if (!store)
        return named(store.error());
    m_store = std::move(store.value());
    m_referenceDir = referenceDataDir;
    m_defaults = data->defaults;
    if (m_current.isEmpty())
        m_current = m_defaults.territory;
    if (m_reference.isEmpty())
        m_reference = m_defaults.reference;
    m_atlas.reset();
    m_readError.reset();
    if (auto st = reload(); !st)
        return named(st.error());
    return Ok {};
}

bool Workspace::isReadOnly() const
{
    return m_store && m_store->isReadOnly();
}

QString Workspace::databasePath() const
{
    return m_store ? m_store->path() : QString();
}

int Workspace::referenceDataVersion() const
{
    return m_store ? m_store->referenceDataVersion() : 0;
}

Status Workspace::reload()
{
    clearCache();
    auto territories = m_store->territories();
    if (!territories)
        return territories.error();
    m_index = TerritoryIndex(territories.value());
    auto sources = m_store->sources();
    if (!sources)
        return sources.error();
    m_sources.clear();
    for (const Source &s : sources.value())
        m_sources.insert(s.id, s);
    return Ok {};
}

void Workspace::clearCache() const
{
    m_figuresCache.clear();
    m_fullCache.clear();
    m_ownCache.clear();
    m_datasetsCache.reset();
}

std::vector<indicators::Indicator> Workspace::ownIndicators(const QString &code) const
{
    if (const auto it = m_ownCache.constFind(code); it != m_ownCache.cend())
        return *it;
    auto obs = m_store->observations(code);
    if (!obs) {
        noteReadError(obs.error());
        return {};
    }
    auto list = indicators::compute(obs.value(), m_sources);
    indicators::flagDisagreements(list);
    m_ownCache.insert(code, list);
    return list;
}

std::shared_ptr<const geo::CommuneAtlas> Workspace::atlas() const
{
    if (!m_atlas) {
        auto atlas = geo::CommuneAtlas::load(m_referenceDir);
        if (!atlas)
            qCWarning(lcWorkspace) << atlas.error().message;
        m_atlas = std::make_shared<const geo::CommuneAtlas>(atlas ? std::move(atlas.value())
                                                                  : geo::CommuneAtlas());
    }
    return m_atlas;
}

Result<std::vector<Observation>> Workspace::observations(const QStringList &codes) const
{
    auto obs = m_store->observations(codes);
    if (!obs) {
        noteReadError(obs.error());
        return m_readError.value();
    }
    return obs;
}

Result<TerritoryFigures> Workspace::figures(const QString &territoryCode) const
{
    auto f = sharedFigures(territoryCode);
    if (!f)
        return f.error();
    return TerritoryFigures(*f.value());
}

Result<std::shared_ptr<const TerritoryFigures>>
Workspace::sharedFigures(const QString &territoryCode) const
{
    if (const auto it = m_fullCache.constFind(territoryCode); it != m_fullCache.cend())
        return *it;
    auto own = ownFigures(territoryCode);
    if (!own)
        return own;
    auto f = std::make_shared<TerritoryFigures>(*own.value());
    // Inherited: per (indicator, scope) the territory lacks, the nearest level that has it.
    QSet<QString> have;
    for (const indicators::Indicator &ind : f->indicators)
        have.insert(ind.id + u'/' + ind.scope);
    const QList<Territory> levels = localLevels(territoryCode);
    for (qsizetype i = 1; i < levels.size(); ++i) {
        auto parent = ownFigures(levels.at(i).code);
        if (!parent)
            return parent; // a read error is never an absent figure (#10)
        QSet<QString> added;
        for (const indicators::Indicator &ind : parent.value()->indicators) {
            const QString key = ind.id + u'/' + ind.scope;
            if (have.contains(key))
                continue;
            added.insert(key);
            f->inherited.push_back(ind);
        }
        have.unite(added);
    }
    std::shared_ptr<const TerritoryFigures> shared = std::move(f);
    m_fullCache.insert(territoryCode, shared);
    return shared;
}

QList<Territory> Workspace::localLevels(const QString &territoryCode) const
{
    QList<Territory> levels;
    for (const Territory &t : m_index.ancestry(territoryCode)) {
        if (!levels.isEmpty()
            && (t.kind == TerritoryKind::Departement || t.kind == TerritoryKind::Region
                || t.kind == TerritoryKind::Country))
            break;
        levels.append(t);
    }
    return levels;
}

Result<std::shared_ptr<const TerritoryFigures>>
Workspace::ownFigures(const QString &territoryCode) const
{
    const Territory *t = m_index.find(territoryCode);
    if (!t)
        return makeError(Error::Code::NotFound, Tr::tr("Unknown territory %1.").arg(territoryCode));
    if (const auto it = m_figuresCache.constFind(territoryCode); it != m_figuresCache.cend())
        return *it;
    auto shared = std::make_shared<TerritoryFigures>();
    TerritoryFigures &f = *shared;
    f.territory = *t;
    auto obs = m_store->observations(territoryCode);
    if (!obs) {
        noteReadError(obs.error());
        return m_readError.value();
    }
    f.observations = std::move(obs.value());
    f.indicators = indicators::compute(f.observations, m_sources);
    indicators::flagDisagreements(f.indicators);
    // Compare with the region the territory lies in (REG:32 for every territory we know).
    if (t->kind != TerritoryKind::Region && t->kind != TerritoryKind::Country) {
        for (const Territory &a : m_index.ancestry(territoryCode)) {
            if (a.kind == TerritoryKind::Region) {
                indicators::addRegionalComparisons(f.indicators, ownIndicators(a.code));
                break;
            }
        }
    }
    m_figuresCache.insert(territoryCode, shared);
    return std::shared_ptr<const TerritoryFigures>(std::move(shared));
}

KeyFigure Workspace::keyFigure(const QString &territoryCode, const QString &id,
                               const QString &scope) const
{
    // Two passes over the same levels (the territory, then its ancestors up to the
    // arrondissement; never Nord or France, whose figures are not local): published or computed
    // figures first, so a larger area's published figure stays in front of a commune's or an
    // EPCI's register estimate; an estimate only when no level publishes one.
    const QList<Territory> levels = localLevels(territoryCode);
    std::vector<std::vector<indicators::Indicator>> perLevel;
    for (const Territory &t : levels) {
        auto f = ownFigures(t.code);
        perLevel.push_back(f ? f.value()->indicators : std::vector<indicators::Indicator> {});
    }
    for (const bool allowEstimates : { false, true }) {
        for (size_t i = 0; i < perLevel.size(); ++i) {
            std::vector<indicators::Indicator> candidates;
            for (const indicators::Indicator &ind : perLevel[i])
                if (allowEstimates || ind.method != Method::Estimated)
                    candidates.push_back(ind);
            if (auto h = indicators::headline(candidates, id, scope))
                return KeyFigure { id, scope, h, i > 0 };
        }
    }
    return KeyFigure { id, scope, std::nullopt, false };
}

QList<KeyFigure> Workspace::compare(const QStringList &codes, const QString &id,
                                    const QString &scope) const
{
    QList<KeyFigure> list;
    for (const QString &code : codes) {
        KeyFigure k { id, scope, std::nullopt, false };
        k.indicator = indicators::headline(ownIndicators(code), id, scope);
        list.append(k);
    }
    return list;
}

void Workspace::setCurrentTerritory(const QString &code)
{
    if (code == m_current || !m_index.find(code))
        return;
    m_current = code;
    emit currentTerritoryChanged(code);
}

void Workspace::setReferenceTerritory(const QString &code)
{
    if (code == m_reference || !m_index.find(code))
        return;
    m_reference = code;
    emit referenceTerritoryChanged(code);
}

void Workspace::noteReadError(const Error &error) const
{
    if (!m_readError)
        m_readError = makeError(
                Error::Code::Database,
                Tr::tr("Cannot read the database %1: %2").arg(databasePath(), error.message));
}

Status Workspace::readStatus() const
{
    if (m_readError)
        return *m_readError;
    return Ok {};
}

Result<QList<Dataset>> Workspace::datasets() const
{
    // Read at each territory switch (register figures): cached until the next write.
    if (m_datasetsCache)
        return *m_datasetsCache;
    auto list = m_store->datasets();
    if (!list) {
        noteReadError(list.error());
        return m_readError.value();
    }
    m_datasetsCache = list.value();
    return list;
}

Status Workspace::removeDataset(qint64 id)
{
    clearCache();
    auto st = m_store->removeDataset(id);
    if (!st)
        return st;
    emit datasetRemoved(id);
    return Ok {};
}

void Workspace::datasetWritten(qint64 id)
{
    if (auto st = reload(); !st)
        noteReadError(st.error());
    emit datasetAdded(id);
}

import::ImportOutcome Workspace::importTable(const import::ImportRequest &request){ clearCache();
auto outcome = import::ImportService::run(*m_store, request);
if (outcome.status == import::ImportOutcome::Status::Written)
    datasetWritten(outcome.datasetId);
return outcome;
} // namespace core

Result<sirene::SireneStoreOutcome>
Workspace::storeSirene(const sirene::SireneImportService &service,
                       const sirene::SireneReport &report, const sirene::SireneSelection &selection,
                       const sirene::SireneImportRequest &request)
{
    clearCache();
    auto stored = service.store(*m_store, report, selection, request);
    if (stored)
        datasetWritten(stored->datasetId);
    return stored;
}

Result<qint64> Workspace::addFigure(const Observation &figure, const Source &source)
{
    clearCache();
    auto id = import::FigureImport::add(*m_store, figure, source);
    if (id)
        datasetWritten(id.value());
    return id;
}

Job *Workspace::startTableImport(const import::ImportRequest &request, QObject *parent)
{
    auto *job = new Job(parent);
    // Connected before the caller's slots: the workspace is up to date when they run.
    connect(job, &Job::finished, this, [this](const QVariant &result) {
        const auto outcome = result.value<import::ImportOutcome>();
        if (outcome.status == import::ImportOutcome::Status::Written)
            datasetWritten(outcome.datasetId);
    });
    job->start([path = databasePath(), request](const JobContext &context) -> Result<QVariant> {
        const auto progress = [&context](qint64 done, qint64 total) {
            context.progress({ done, total, 0, {} });
        };
        // Opens its own connection on this thread (STYLE.md §7).
        return QVariant::fromValue(
                import::ImportService::run(path, request, progress, context.cancelToken()));
    });
    return job;
}

Job *Workspace::startSireneImport(const QString &classificationPath,
                                  const sirene::SireneImportRequest &request, QObject *parent)
{
    auto *job = new Job(parent);
    connect(job, &Job::finished, this, [this](const QVariant &result) {
        datasetWritten(result.value<SireneImported>().stored.datasetId);
    });
    job->start([path = databasePath(), classificationPath,
                request](const JobContext &context) -> Result<QVariant> {
        const auto cls = sirene::Classification::load(classificationPath);
        if (!cls)
            return cls.error();
        auto store = Store::open(path, Store::OpenOptions {});
        if (!store)
            return store.error();
        auto territories = store.value()->territories();
        if (!territories)
            return territories.error();
        const TerritoryIndex index(territories.value());
        const sirene::SireneImportService service(cls.value(), index);
        sirene::SireneImportRequest r = request;
        r.cancel = context.cancelToken();
        r.progress = [&context](const sirene::SireneProgress &p) {
            context.progress({ p.bytesRead, p.totalBytes, p.rows, {} });
        };
        const auto selection = service.select(r.territoryCodes);
        if (!selection)
            return selection.error();
        const auto report = service.read(r, selection.value());
        if (!report)
            return report.error();
        auto stored = service.store(*store.value(), report.value(), selection.value(), r);
        if (!stored)
            return stored.error();
        return QVariant::fromValue(SireneImported { stored.value(), report->provenance.stockDate });
    });
    return job;
}

Job *Workspace::startReadingJob(Job::Work work, QObject *parent) const
{
    auto *job = new Job(parent);
    job->start(std::move(work));
    return job;
}

} // namespace core
