// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/sireneimportservice.h"

namespace core::sirene {

SireneImportService::SireneImportService(const Classification &classification,
                                         const TerritoryIndex &territories)
    : m_classification(classification)
    , m_territories(territories)
{
}

Result<SireneSelection> SireneImportService::select(const QStringList &codes) const
{
    return resolveSireneTerritories(m_territories, codes);
}

Result<SireneReport> SireneImportService::read(const SireneImportRequest &request,
                                               const SireneSelection &selection) const
{
    SireneRequest reading;
    reading.unitsPath = request.unitsPath;
    reading.establishmentsPath = request.establishmentsPath;
    reading.territories = selection.territories;
    reading.cancel = request.cancel;
    reading.progress = request.progress;
    auto report = SireneReader(m_classification).run(reading);
    if (report && request.stockDate.isValid()) {
        report.value().provenance.stockDate = request.stockDate;
        report.value().provenance.stockDateOrigin = QStringLiteral("option");
    }
    return report;
}

Result<SireneStoreOutcome> SireneImportService::store(Store &store, const SireneReport &report,
                                                      const SireneSelection &selection,
                                                      const SireneImportRequest &request) const
{
    const SireneDatasetContent content =
            sireneDatasetContent(report, m_classification, m_territories, selection.storedCodes);
    SireneStoreOptions options;
    options.replace = request.replace;
    options.cancel = request.cancel;
    return storeSireneDataset(store, content, options);
}

} // namespace core::sirene
