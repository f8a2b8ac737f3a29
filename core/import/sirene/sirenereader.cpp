// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/sirenereader.h"

#include "core/import/filehash.h"
#include "core/import/sirene/chunkreader.h"
#include "core/import/sirene/csvscanner.h"
#include "core/import/sirene/sirenehandlers.h"
#include "core/import/sirene/sireneheader.h"
#include "core/import/sirene/sirenemetrics.h"
#include "core/import/sirene/sirenestream.h"
#include "core/import/sirene/stockdate.h"

#include <optional>
#include <thread>

namespace core::sirene {

namespace {

/// SHA-256 of both files on their own threads, beside parsing: hashing (~1.5 GB/s with the SHA
/// extensions) would otherwise be the longest step of a single pipeline. Leaving early stops
/// and joins them.
class BackgroundHashes final
{
public:
    BackgroundHashes(const QString &first, const QString &second)
    {
        const QString paths[2] = { first, second };
        for (int i = 0; i < 2; ++i) {
            m_jobs[i].thread = std::thread([this, i, path = paths[i]] {
                import::FileHashOptions options;
                options.cancel = &m_stop;
                m_jobs[i].result = import::hashFile(path, options);
            });
        }
    }
    ~BackgroundHashes()
    {
        m_stop = true;
        join();
    }
    BackgroundHashes(const BackgroundHashes &) = delete;
    BackgroundHashes &operator=(const BackgroundHashes &) = delete;

    /// Waits for both; the hash of the first (0) or second (1) file.
    [[nodiscard]] const Result<import::FileHash> &result(int i)
    {
        join();
        return *m_jobs[i].result;
    }

private:
    void join()
    {
        for (Job &job : m_jobs) {
            if (job.thread.joinable())
                job.thread.join();
        }
    }
    struct Job
    {
        std::optional<Result<import::FileHash>> result;
        std::thread thread;
    };
    std::atomic<bool> m_stop { false };
    Job m_jobs[2];
};

} // namespace

SireneReader::SireneReader(const Classification &classification)
    : m_classification(classification)
{
}

Result<SireneReport> SireneReader::run(const SireneRequest &request) const
{
    const Classification &cls = m_classification;
    if (request.territories.empty())
        return makeError(Error::Code::InvalidArgument,
                         SireneReaderTr::tr("No territory to compute"));

    auto communes = indexCommunes(request.territories);
    if (!communes)
        return communes.error();

    // Headers of both files first, so a swapped or wrong file fails before any long work.
    auto unitsFile = openAndReadHeader(request.unitsPath);
    if (!unitsFile)
        return unitsFile.error();
    auto etabFile = openAndReadHeader(request.establishmentsPath);
    if (!etabFile)
        return etabFile.error();
    if (auto kinds = checkFileKinds(unitsFile.value(), etabFile.value()); !kinds)
        return kinds.error();
    auto columns = stockColumns(unitsFile.value(), etabFile.value(), cls);
    if (!columns)
        return columns.error();
    // Reopen for streaming: the header probe consumed the first block.
    for (auto [file, path] : { std::pair { &unitsFile.value(), &request.unitsPath },
                               std::pair { &etabFile.value(), &request.establishmentsPath } }) {
        if (auto reopened = reopenForStreaming(*file, *path, request.blockSize); !reopened)
            return reopened.error();
    }

    SireneReport report;
    SireneProvenance &prov = report.provenance;
    prov.classificationId = cls.id();
    prov.units = describeFile(unitsFile.value(), request.unitsPath);
    prov.establishments = describeFile(etabFile.value(), request.establishmentsPath);
    BackgroundHashes hashes(request.establishmentsPath, request.unitsPath);

    ProgressSink progress { request, {}, {} };
    progress.state.totalBytes = prov.units.contentSize + prov.establishments.contentSize;

    // Pass 1: establishments of the wanted communes; the commune is the filter column, so
    // every other row is skipped to its line end without looking at its fields.
    std::vector<KeptEstablishment> kept;
    {
        CsvScanner scanner(int(etabFile->header.names.size()), columns->establishments, 1);
        EstablishmentHandler handler { communes->table, cls, columns->useNaf, kept, {}, {}, {} };
        auto rows = streamFile(etabFile.value(), scanner, handler, request, progress);
        if (!rows)
            return rows.error();
        prov.establishments.rows = rows.value();
        etabFile->reader.reset();
        // A header alone would store zero "estimates" for every commune.
        if (prov.establishments.rows == 0)
            return makeError(Error::Code::Parse,
                             SireneReaderTr::tr("%1 has a header but no establishment row; "
                                                "expected the StockEtablissement file of the "
                                                "SIRENE register")
                                     .arg(prov.establishments.fileName));
    }

    // Pass 2: only the legal units of the kept establishments.
    SirenTable units(kept.size());
    for (const KeptEstablishment &k : kept)
        units.insert(k.siren);
    {
        CsvScanner scanner(int(unitsFile->header.names.size()), columns->units, 0);
        UnitHandler handler { units, cls, {}, {}, {} };
        auto rows = streamFile(unitsFile.value(), scanner, handler, request, progress);
        if (!rows)
            return rows.error();
        prov.units.rows = rows.value();
        unitsFile->reader.reset();
    }

    if (request.cancel && request.cancel->load())
        return makeError(Error::Code::Cancelled, SireneReaderTr::tr("Import cancelled"));
    for (auto [fp, i] : { std::pair { &prov.establishments, 0 }, std::pair { &prov.units, 1 } }) {
        const Result<import::FileHash> &hash = hashes.result(i);
        if (!hash)
            return hash.error();
        fp->sha256 = hash->sha256;
    }

    aggregate(kept, units, cls, communes.value(), request.territories, report);
    setStockDate(prov);
    return report;
}

} // namespace core::sirene
