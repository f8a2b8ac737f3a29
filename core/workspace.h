// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/defaults.h"
#include "core/domain/observation.h"
#include "core/domain/source.h"
#include "core/domain/territoryindex.h"
#include "core/import/importservice.h"
#include "core/import/sirene/sireneimportservice.h"
#include "core/indicators/indicators.h"
#include "core/job.h"
#include "core/result.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

namespace core {
class Store;
namespace geo {
class CommuneAtlas;
}

/// Everything shown for one territory: indicators with provenance, and raw observations.
struct TerritoryFigures
{
    Territory territory;
    std::vector<indicators::Indicator> indicators; ///< own figures, with comparisons/flags
    /// Figures of the nearest larger area (up to the arrondissement) for the indicators the
    /// territory has none of; each keeps the territory it belongs to (`territoryCode`).
    std::vector<indicators::Indicator> inherited;
    std::vector<Observation> observations;
};

/// A headline figure for a card: the territory's own, or the nearest ancestor's ("niveau").
struct KeyFigure
{
    QString id;
    QString scope;
    std::optional<indicators::Indicator> indicator; ///< empty: no source gives it
    bool inherited = false; ///< true when taken from an ancestor
};

/// What a register import job (Workspace::startSireneImport) stored, in Job::result().
struct SireneImported
{
    sirene::SireneStoreOutcome stored;
    QDate stockDate; ///< of the stock read
};

/// Owns the open database and the current selection; announces changes. GUI thread only.
/// Every write goes through it: synchronous operations for the command line and short
/// forms, and background jobs (core::Job, whose work opens its own connection on the same
/// path) for long imports and the press kit. After a write it reloads itself, then emits
/// datasetAdded(); a failed reload is kept in readStatus().
class Workspace final : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    /// ReadOnly: for commands that only read (figures, export, datasets), so that a database
    /// without write permission or on a read-only disk can be read.
    enum class Access { ReadWrite, ReadOnly };

    /// Opens the database at `path`, creating it and installing the reference data found in
    /// `referenceDataDir` when needed (newer reference data is installed at open). ReadOnly
    /// opens an existing, up-to-date file with SQLITE_OPEN_READONLY; a missing file is still
    /// created, and an older one upgraded when it can be written (else read as it is, unless
    /// its schema is older). ReadWrite refuses a file that cannot be written (Code::ReadOnly).
    [[nodiscard]] Status open(const QString &path, const QString &referenceDataDir,
                              Access access = Access::ReadWrite);
    [[nodiscard]] bool isOpen() const { return m_store != nullptr; }
    /// True when the database was opened read-only: every write fails.
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] int referenceDataVersion() const;
    /// The defaults of the reference data (data/manifest.json), read at open().
    [[nodiscard]] const Defaults &defaults() const { return m_defaults; }

    [[nodiscard]] const TerritoryIndex &territories() const { return m_index; }
    [[nodiscard]] const QHash<qint64, Source> &sources() const { return m_sources; }
    [[nodiscard]] Source source(qint64 id) const { return m_sources.value(id); }

    /// The commune contours of the reference data (data/geo), loaded and projected on first
    /// use; empty when the files are absent or unreadable (the map then says so).
    [[nodiscard]] std::shared_ptr<const geo::CommuneAtlas> atlas() const;
    /// Raw observations of several territories (one query; the commune map).
    [[nodiscard]] Result<std::vector<Observation>> observations(const QStringList &codes) const;

    /// Indicators of a territory, with disagreements flagged and regional comparisons.
    [[nodiscard]] Result<TerritoryFigures> figures(const QString &territoryCode) const;
    /// As figures(), shared with the workspace's cache instead of copied (a territory switch
    /// reads the figures of every commune): valid as long as the caller holds it, even after
    /// the cache is dropped.
    [[nodiscard]] Result<std::shared_ptr<const TerritoryFigures>>
    sharedFigures(const QString &territoryCode) const;
    /// Headline for (id, scope): own published or computed figure, else the nearest ancestor's
    /// (up to the arrondissement) with inherited = true; an estimate only when no level
    /// publishes one.
    [[nodiscard]] KeyFigure keyFigure(const QString &territoryCode, const QString &id,
                                      const QString &scope) const;
    /// Latest headline of several territories for one indicator (comparison charts).
    [[nodiscard]] QList<KeyFigure> compare(const QStringList &codes, const QString &id,
                                           const QString &scope) const;

    [[nodiscard]] QString currentTerritory() const { return m_current; }
    [[nodiscard]] QString referenceTerritory() const { return m_reference; }
    void setCurrentTerritory(const QString &code);
    void setReferenceTerritory(const QString &code);

    /// The first read of the database that failed since open (a damaged page, a dropped
    /// table...): figures built meanwhile may lack data, so callers must not publish them.
    [[nodiscard]] Status readStatus() const;

    [[nodiscard]] Result<QList<Dataset>> datasets() const;
    /// Drops the figures cached for territory switches (done at every write; the switch
    /// benchmark's cold runs call it).
    void clearCache() const;
    [[nodiscard]] Status removeDataset(qint64 id);

    /// Imports a statistics table on this thread (import command): ImportService::run on the
    /// workspace's connection. Every ending is in the outcome (nothing written unless Written).
    [[nodiscard]] import::ImportOutcome importTable(const import::ImportRequest &request);
    /// Stores a register report read by `service` (import-sirene), in one transaction.
    [[nodiscard]] Result<sirene::SireneStoreOutcome>
    storeSirene(const sirene::SireneImportService &service, const sirene::SireneReport &report,
                const sirene::SireneSelection &selection,
                const sirene::SireneImportRequest &request);
    /// Adds one sourced figure typed by hand (FigureImport::add); the new dataset's id.
    [[nodiscard]] Result<qint64> addFigure(const Observation &figure, const Source &source);

    /// Background jobs, owned by `parent` (deleting a job cancels it and waits). Progress and
    /// the ending come by the Job's signals on this thread; the workspace has reloaded itself
    /// and emitted datasetAdded() before a writing job emits finished().
    /// A table import: the result is an import::ImportOutcome, whatever its status (a cancel
    /// gives Status::Cancelled); progress is lines read out of the file's line count.
    [[nodiscard]] Job *startTableImport(const import::ImportRequest &request, QObject *parent);
    /// A register import with the classification at `classificationPath`: the result is a
    /// SireneImported; progress is CSV bytes read out of both files' size, items the data rows
    /// read; a cancel fails with Error::Code::Cancelled.
    [[nodiscard]] Job *startSireneImport(const QString &classificationPath,
                                         const sirene::SireneImportRequest &request,
                                         QObject *parent);
    /// A job that only reads the database (the press kit, core::render::startPressKit):
    /// `work` opens its own connection on databasePath().
    [[nodiscard]] Job *startReadingJob(Job::Work work, QObject *parent) const;

signals:
    void currentTerritoryChanged(const QString &code);
    void referenceTerritoryChanged(const QString &code);
    void datasetAdded(qint64 id);
    void datasetRemoved(qint64 id);

private:
    [[nodiscard]] Status reload();
    /// After a write by this workspace or one of its jobs: reload, keeping a failure in
    /// readStatus(), then announce the dataset.
    void datasetWritten(qint64 id);
    [[nodiscard]] std::vector<indicators::Indicator> ownIndicators(const QString &code) const;
    void noteReadError(const Error &error) const;
    [[nodiscard]] Result<std::shared_ptr<const TerritoryFigures>>
    ownFigures(const QString &territoryCode) const;
    /// The territory, then its ancestors up to the arrondissement (never Nord, the region or
    /// France, whose figures are not local).
    [[nodiscard]] QList<Territory> localLevels(const QString &territoryCode) const;

    std::unique_ptr<Store> m_store;
    QString m_referenceDir;
    mutable std::shared_ptr<const geo::CommuneAtlas> m_atlas;
    TerritoryIndex m_index;
    QHash<qint64, Source> m_sources;
    mutable std::optional<Error> m_readError;
    // Figures do not change between territory switches: computed once per territory until a
    // dataset is added or removed.
    mutable QHash<QString, std::shared_ptr<const TerritoryFigures>> m_figuresCache; ///< own
    mutable QHash<QString, std::shared_ptr<const TerritoryFigures>> m_fullCache; ///< + inherited
    mutable QHash<QString, std::vector<indicators::Indicator>> m_ownCache;
    mutable std::optional<QList<Dataset>> m_datasetsCache;
    Defaults m_defaults;
    QString m_current; ///< m_defaults.territory until the user chooses
    QString m_reference; ///< m_defaults.reference until the user chooses
};

} // namespace core
