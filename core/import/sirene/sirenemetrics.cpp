// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/sirenemetrics.h"

#include <QSet>

#include <string>
#include <unordered_map>

namespace core::sirene {

namespace {

void addBand(EmployeeEstimate &e, const HeadcountBand *band)
{
    if (!band)
        return;
    e.low += band->low;
    e.high += band->high;
    e.lowPlusHigh += band->low + band->high;
}

} // namespace

void SireneMetrics::add(const SireneMetrics &o)
{
    activeEstablishments += o.activeEstablishments;
    activeEssEstablishments += o.activeEssEstablishments;
    if (essByFamily.size() < o.essByFamily.size())
        essByFamily.resize(o.essByFamily.size(), 0);
    for (std::size_t i = 0; i < o.essByFamily.size(); ++i)
        essByFamily[i] += o.essByFamily[i];
    activeEmployerEstablishments += o.activeEmployerEstablishments;
    activeEmployerEssEstablishments += o.activeEmployerEssEstablishments;
    if (employerEssByFamily.size() < o.employerEssByFamily.size())
        employerEssByFamily.resize(o.employerEssByFamily.size(), 0);
    for (std::size_t i = 0; i < o.employerEssByFamily.size(); ++i)
        employerEssByFamily[i] += o.employerEssByFamily[i];
    if (employeesByFamily.size() < o.employeesByFamily.size())
        employeesByFamily.resize(o.employeesByFamily.size());
    for (std::size_t i = 0; i < o.employeesByFamily.size(); ++i) {
        employeesByFamily[i].low += o.employeesByFamily[i].low;
        employeesByFamily[i].high += o.employeesByFamily[i].high;
        employeesByFamily[i].lowPlusHigh += o.employeesByFamily[i].lowPlusHigh;
    }
    for (auto [mine, theirs] : { std::pair { &employeesAll, &o.employeesAll },
                                 std::pair { &employeesEss, &o.employeesEss } }) {
        mine->low += theirs->low;
        mine->high += theirs->high;
        mine->lowPlusHigh += theirs->lowPlusHigh;
    }
}

SireneMetrics SireneMetrics::zero(std::size_t families)
{
    SireneMetrics m;
    m.essByFamily.assign(families, 0);
    m.employerEssByFamily.assign(families, 0);
    m.employeesByFamily.assign(families, {});
    return m;
}

Result<CommuneIndex> indexCommunes(const std::vector<SireneTerritory> &territories)
{
    CommuneIndex index;
    std::unordered_map<std::string, int> seen;
    for (const SireneTerritory &t : territories) {
        if (t.communes.isEmpty())
            return makeError(Error::Code::InvalidArgument,
                             SireneReaderTr::tr("The territory %1 has no commune").arg(t.code));
        for (const QString &c : t.communes) {
            const std::string code = c.toStdString();
            if (code.empty() || code.size() > 7)
                return makeError(
                        Error::Code::InvalidArgument,
                        SireneReaderTr::tr("Invalid commune code \"%1\" in %2").arg(c, t.code));
            if (seen.emplace(code, int(index.codes.size())).second) {
                index.table.insert(code, int(index.codes.size()));
                index.codes.push_back(c);
            }
        }
    }
    return index;
}

void aggregate(const std::vector<KeptEstablishment> &kept, SirenTable &units,
               const Classification &classification, const CommuneIndex &communes,
               const std::vector<SireneTerritory> &territories, SireneReport &report)
{
    const SireneMetrics zero = SireneMetrics::zero(classification.families().size());
    std::vector<SireneMetrics> perCommune(communes.codes.size(), zero);
    for (const KeptEstablishment &k : kept) {
        SireneMetrics &m = perCommune[std::size_t(k.commune)];
        const int family = k.excluded ? Classification::kNotEss : *units.lookup(k.siren);
        const HeadcountBand *band =
                k.band >= 0 ? &classification.bands()[std::size_t(k.band)] : nullptr;
        ++m.activeEstablishments;
        addBand(m.employeesAll, band);
        if (k.employer)
            ++m.activeEmployerEstablishments;
        if (family >= 0) {
            ++m.activeEssEstablishments;
            ++m.essByFamily[std::size_t(family)];
            addBand(m.employeesEss, band);
            addBand(m.employeesByFamily[std::size_t(family)], band);
            if (k.employer) {
                ++m.activeEmployerEssEstablishments;
                ++m.employerEssByFamily[std::size_t(family)];
            }
        }
    }
    report.allTerritories = zero;
    for (const SireneMetrics &m : perCommune)
        report.allTerritories.add(m);
    for (const SireneTerritory &t : territories) {
        SireneTerritoryFigures figures;
        figures.territory = t;
        figures.total = zero;
        QSet<QString> done;
        for (const QString &c : t.communes) {
            if (done.contains(c))
                continue;
            done.insert(c);
            const SireneMetrics &m = perCommune[std::size_t(communes.table.find(c.toStdString()))];
            figures.total.add(m);
            figures.communes.push_back({ c, m });
        }
        report.territories.push_back(std::move(figures));
    }
}

} // namespace core::sirene
