// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/territoryindex.h"
#include "core/import/sirene/classification.h"
#include "core/import/sirene/sireneimport.h"
#include "core/import/sirene/sirenereader.h"
#include "core/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace core {
class Store;
}

namespace core::sirene {

/// What to import from the register: the two stock files, the territories as typed and the
/// safety switches.
struct SireneImportRequest
{
    QString unitsPath; ///< StockUniteLegale CSV or ZIP
    QString establishmentsPath; ///< StockEtablissement CSV or ZIP
    QStringList territoryCodes; ///< as typed (COM:59606, EPCI:…, ARR:596, "59606,59014"); empty:
                                ///< ARR:596
    QDate stockDate; ///< given by the user; invalid: read from the file names or times
    bool replace = false; ///< replace the datasets made from the same pair of files
    /// Stops the reading, and rolls the writing back before its commit.
    const std::atomic<bool> *cancel = nullptr;
    /// Called from the calling thread at most about ten times a second while reading.
    std::function<void(const SireneProgress &)> progress;
};

/// The register import shared by the command line (import-sirene) and the GUI's worker:
/// territories resolved against the database's, both files read in a streaming pass, then the
/// figures stored in one transaction. The steps are separate so that a caller can refuse its
/// user's input first and create a database only once the files were read without error.
/// Holds references to its classification and territories; runs on the calling thread.
class SireneImportService final
{
public:
    SireneImportService(const Classification &classification, const TerritoryIndex &territories);

    /// Resolves the request's territory codes (callers give the reference data's study area,
    /// core::Defaults::area, when the user named none); errors are the user's input (no code,
    /// unknown code, department or region), except Code::Database.
    [[nodiscard]] Result<SireneSelection> select(const QStringList &codes) const;
    /// Reads both files and computes the figures; the request's stock date, when valid, replaces
    /// the one read from the files (origin "option"). Errors name the file and the line.
    [[nodiscard]] Result<SireneReport> read(const SireneImportRequest &request,
                                            const SireneSelection &selection) const;
    /// Stores the figures of a report in one transaction of \a store (same thread): nothing
    /// changes on an error, a Duplicate without replace, or a cancel.
    [[nodiscard]] Result<SireneStoreOutcome> store(Store &store, const SireneReport &report,
                                                   const SireneSelection &selection,
                                                   const SireneImportRequest &request) const;

private:
    const Classification &m_classification;
    const TerritoryIndex &m_territories;
};

} // namespace core::sirene
