// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/registerfigures.h"

#include <QDate>

#include <algorithm>
#include <tuple>

namespace core::indicators {

namespace {
std::optional<double> share(const std::optional<double> &part, const std::optional<double> &whole)
{
    if (!part || !whole || *whole <= 0)
        return std::nullopt;
    return 100.0 * *part / *whole;
}

void fill(RegisterCounts &c, const Observation &o)
{
    const bool all = o.scope == u"all";
    const bool ess = o.scope == u"ess";
    if (o.measure == u"active_establishments") {
        if (all)
            c.active = o.value;
        else if (ess)
            c.activeEss = o.value;
    } else if (o.measure == u"establishments") {
        if (all)
            c.employers = o.value;
        else if (ess)
            c.employersEss = o.value;
    } else if (o.measure == u"employees" && ess) {
        c.employeesEssLow = o.low;
        c.employeesEssMid = o.value;
        c.employeesEssHigh = o.high;
    }
}
} // namespace

std::optional<double> RegisterCounts::essShare() const
{
    return share(activeEss, active);
}

std::optional<double> RegisterCounts::employerEssShare() const
{
    return share(employersEss, employers);
}

std::vector<RegisterProvenance> registerDatasets(const QList<Dataset> &datasets,
                                                 const QHash<qint64, Source> &sources)
{
    std::vector<RegisterProvenance> list;
    for (const Dataset &d : datasets) {
        if (d.kind != DatasetKind::Sirene)
            continue;
        RegisterProvenance p;
        p.datasetId = d.id;
        p.sourceId = d.sourceId;
        p.stockDate = d.stockDate.toString(Qt::ISODate);
        p.year = d.stockDate.year();
        p.convention = d.convention;
        p.sourceTitle = sources.value(d.sourceId).title;
        list.push_back(p);
    }
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return std::tie(a.stockDate, a.datasetId) > std::tie(b.stockDate, b.datasetId);
    });
    return list;
}

RegisterFigures registerFigures(const std::vector<RegisterProvenance> &runs,
                                const std::vector<CommuneObservations> &communes,
                                const TerritoryIndex &index)
{
    RegisterFigures result;
    QHash<qint64, std::size_t> rank; // dataset id -> position in `runs`
    for (std::size_t i = 0; i < runs.size(); ++i)
        rank.insert(runs[i].datasetId, i);
    std::size_t best = runs.size();
    for (const CommuneObservations &c : communes) {
        for (const Observation &o : *c.observations) {
            if (const auto it = rank.constFind(o.datasetId); it != rank.cend())
                best = std::min(best, *it);
        }
    }
    if (best == runs.size())
        return result;
    result.provenance = runs[best];
    for (const CommuneObservations &c : communes) {
        RegisterCommune row;
        row.commune = c.commune;
        if (const Territory *epci = index.find(c.commune.parentCode);
            epci && epci->kind == TerritoryKind::Epci)
            row.epciName = epci->displayName();
        bool any = false;
        for (const Observation &o : *c.observations) {
            if (o.datasetId != result.provenance.datasetId || o.sector != u"all")
                continue;
            fill(row.counts, o);
            any = true;
        }
        if (any)
            result.communes.push_back(std::move(row));
    }
    return result;
}

std::optional<RegisterEstimate> registerEstimate(const std::vector<RegisterProvenance> &runs,
                                                 const std::vector<Indicator> &indicators,
                                                 const QString &id, const QString &scope)
{
    for (const RegisterProvenance &p : runs) {
        for (const Indicator &ind : indicators) {
            if (ind.id == id && ind.scope == scope && ind.method == Method::Estimated
                && ind.year == p.year && !ind.sources.isEmpty()
                && ind.sources.constFirst().id == p.sourceId && ind.centralValue())
                return RegisterEstimate { ind, p };
        }
    }
    return std::nullopt;
}

} // namespace core::indicators
