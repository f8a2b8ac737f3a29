// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sirene/classification.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace core::sirene {

/// Employees estimated from headcount bands; mid = (low + high) / 2 is kept exact as low + high.
struct EmployeeEstimate
{
    qint64 low = 0;
    qint64 high = 0;
    qint64 lowPlusHigh = 0;
    [[nodiscard]] double mid() const { return double(lowPlusHigh) / 2.0; }
};

/// Counts over the active establishments (etatAdministratifEtablissement = A) of an area.
struct SireneMetrics
{
    qint64 activeEstablishments = 0;
    qint64 activeEssEstablishments = 0;
    std::vector<qint64> essByFamily; ///< in Classification::families() order
    /// caractereEmployeurEtablissement = O and active (a closed one keeps its last value).
    qint64 activeEmployerEstablishments = 0;
    qint64 activeEmployerEssEstablishments = 0;
    EmployeeEstimate employeesAll;
    EmployeeEstimate employeesEss;
    /// Active employer ESS establishments and ESS employees, per family (families() order).
    std::vector<qint64> employerEssByFamily;
    std::vector<EmployeeEstimate> employeesByFamily;

    void add(const SireneMetrics &other);
    /// All counts zero, with one entry per family in the per-family lists.
    [[nodiscard]] static SireneMetrics zero(std::size_t families);
};

/// A territory to aggregate: its communes come from the caller (the database, a fixture).
struct SireneTerritory
{
    QString key; ///< output key: "CAVM"
    QString code; ///< "EPCI:245901160"
    QString epciSiren; ///< "245901160"; empty for a territory that is not an EPCI
    QStringList communes; ///< INSEE commune codes as in codeCommuneEtablissement: "59014"
};

struct SireneCommuneFigures
{
    QString commune;
    SireneMetrics metrics;
};

struct SireneTerritoryFigures
{
    SireneTerritory territory;
    SireneMetrics total;
    std::vector<SireneCommuneFigures> communes; ///< in the territory's commune order
};

struct SireneFileProvenance
{
    QString path;
    QString fileName;
    QString zipEntry; ///< CSV entry name when the file is a ZIP
    qint64 size = 0; ///< bytes on disk
    qint64 contentSize = 0; ///< CSV bytes (uncompressed)
    QByteArray sha256; ///< lower-case hex, of the file on disk
    QDateTime modified; ///< ZIP entry time, else file time
    qint64 rows = 0; ///< data records, header excluded
};

struct SireneProvenance
{
    SireneFileProvenance units;
    SireneFileProvenance establishments;
    QDate stockDate;
    QString stockDateOrigin; ///< "file-name" or "file-modified"
    QString classificationId;
};

/// Figures per territory and for all territories together (each commune counted once).
struct SireneReport
{
    std::vector<SireneTerritoryFigures> territories;
    SireneMetrics allTerritories;
    SireneProvenance provenance;
};

struct SireneProgress
{
    qint64 bytesRead = 0; ///< CSV bytes parsed so far, both files
    qint64 totalBytes = 0; ///< CSV bytes of both files
    qint64 rows = 0;
};

struct SireneRequest
{
    QString unitsPath; ///< StockUniteLegale CSV or ZIP
    QString establishmentsPath; ///< StockEtablissement CSV or ZIP
    std::vector<SireneTerritory> territories;
    const std::atomic<bool> *cancel = nullptr;
    /// Called from the calling thread at most about ten times a second.
    std::function<void(const SireneProgress &)> progress;
    /// Read block size; small values are for tests (records split across blocks).
    std::size_t blockSize = std::size_t(4) << 20;
};

/// Computes ESS figures per commune from the two SIRENE stock files in two streaming passes:
/// the establishments of the wanted communes first, then only their legal units. Memory stays
/// bounded (a few 4 MiB blocks plus the kept rows). Blocking; run it on a worker thread.
class SireneReader final
{
public:
    explicit SireneReader(const Classification &classification);

    /// Errors name the file and the physical line (1 = header).
    [[nodiscard]] Result<SireneReport> run(const SireneRequest &request) const;

private:
    const Classification &m_classification;
};

} // namespace core::sirene
