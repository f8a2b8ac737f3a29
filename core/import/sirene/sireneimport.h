// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/domain/source.h"
#include "core/domain/territoryindex.h"
#include "core/import/sirene/classification.h"
#include "core/import/sirene/sirenereader.h"
#include "core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

namespace core {
class Store;
}

namespace core::sirene {

/// What to aggregate and what to store, resolved from territory codes of the database.
struct SireneSelection
{
    /// The reader's input: one entry per EPCI (an arrondissement gives its EPCIs), per commune,
    /// or per list of commune codes ("59606,59014").
    std::vector<SireneTerritory> territories;
    /// Every territory that gets figures of its own: the communes, each EPCI and each larger
    /// area asked for (ARR:596), with totals over the communes it contains.
    QStringList storedCodes;
};

/// Resolves codes typed by the user (COM:59606, 59606, EPCI:245901160, ARR:596, or a
/// comma-separated list of commune codes) against the known territories. Departments, regions
/// and the country are refused: the database does not know all their communes.
[[nodiscard]] Result<SireneSelection> resolveSireneTerritories(const TerritoryIndex &index,
                                                               const QStringList &codes);

/// A register run as it is stored: its source, the dataset row and the observations
/// (method Estimated, year of the stock) of every stored territory.
struct SireneDatasetContent
{
    Source source;
    Dataset dataset;
    std::vector<Observation> observations;
};

/// The stored identity of a pair of stock files: "<units SHA-256>+<establishments SHA-256>".
[[nodiscard]] QString sirenePairHash(const SireneProvenance &provenance);
/// The convention for people: "sirene-ess-bench/1" -> "the application's ESS convention,
/// version 1" (translated); the id itself stays in files, notes of exported charts and the CLI.
[[nodiscard]] QString conventionLabel(const QString &conventionId);

/// Builds what importSirene() stores. Measures: `establishments` (active employer
/// establishments: all, ess, each family), `active_establishments` (active, employer or not)
/// and `employees` (value = central estimate, low and high from the headcount bands). Families
/// whose key is not a scope of the vocabulary are left out.
[[nodiscard]] SireneDatasetContent sireneDatasetContent(const SireneReport &report,
                                                        const Classification &classification,
                                                        const TerritoryIndex &index,
                                                        const QStringList &storedCodes);

struct SireneStoreOptions
{
    /// Replace the datasets made from the same pair of files instead of refusing.
    bool replace = false;
    /// Checked before the commit: when set, everything is rolled back.
    const std::atomic<bool> *cancel = nullptr;
};

struct SireneStoreOutcome
{
    qint64 datasetId = 0;
    QList<qint64> replacedDatasetIds;
    qint64 observations = 0;
};

/// Writes `content` in one transaction of `store` (same thread): the replaced datasets are
/// removed, then the source, the dataset and its observations are added. A dataset of the same
/// files gives Error::Code::Duplicate unless `options.replace`. On any error or a cancel the
/// database is left exactly as it was.
[[nodiscard]] Result<SireneStoreOutcome> storeSireneDataset(Store &store,
                                                            const SireneDatasetContent &content,
                                                            const SireneStoreOptions &options);

} // namespace core::sirene
