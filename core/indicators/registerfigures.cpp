// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/registerfigures.h"

#include "core/import/sirene/sireneimport.h"
#include "core/workspace.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <tuple>

namespace core::indicators {

namespace {
/// The stored SIRENE datasets, latest stock first, then latest import.
std::vector<RegisterProvenance> registerDatasets(const Workspace &workspace)
{
    std::vector<RegisterProvenance> list;
    auto datasets = workspace.datasets();
    if (!datasets)
        return list;
    for (const Dataset &d : datasets.value()) {
        if (d.kind != u"sirene")
            continue;
        const Source s = workspace.source(d.sourceId);
        RegisterProvenance p;
        p.datasetId = d.id;
        p.sourceId = d.sourceId;
        p.stockDate = s.published;
        p.year = QDate::fromString(s.published, Qt::ISODate).year();
        p.convention = sirene::conventionOfNote(d.note);
        p.sourceTitle = s.title;
        list.push_back(p);
    }
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return std::tie(a.stockDate, a.datasetId) > std::tie(b.stockDate, b.datasetId);
    });
    return list;
}

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

RegisterFigures registerFigures(const Workspace &workspace, const QString &territoryCode)
{
    RegisterFigures result;
    const std::vector<RegisterProvenance> datasets = registerDatasets(workspace);
    if (datasets.empty())
        return result;
    const TerritoryIndex &index = workspace.territories();
    QHash<qint64, std::size_t> rank; // dataset id -> position in `datasets`
    for (std::size_t i = 0; i < datasets.size(); ++i)
        rank.insert(datasets[i].datasetId, i);

    struct Pending
    {
        Territory commune;
        std::vector<Observation> observations; // of register datasets only
    };
    std::vector<Pending> pending;
    std::size_t best = datasets.size();
    for (const Territory &c : index.communesOf(territoryCode)) {
        auto f = workspace.sharedFigures(c.code);
        if (!f)
            continue;
        Pending p { c, {} };
        for (const Observation &o : f.value()->observations) {
            const auto it = rank.constFind(o.datasetId);
            if (it == rank.cend())
                continue;
            best = std::min(best, *it);
            p.observations.push_back(o);
        }
        pending.push_back(std::move(p));
    }
    if (best == datasets.size())
        return result;
    result.provenance = datasets[best];
    for (const Pending &p : pending) {
        RegisterCommune row;
        row.commune = p.commune;
        if (const Territory *epci = index.find(p.commune.parentCode);
            epci && epci->kind == TerritoryKind::Epci)
            row.epciName = epci->displayName();
        bool any = false;
        for (const Observation &o : p.observations) {
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

std::optional<RegisterEstimate> registerEstimate(const Workspace &workspace,
                                                 const QString &territoryCode, const QString &id,
                                                 const QString &scope)
{
    const std::vector<RegisterProvenance> datasets = registerDatasets(workspace);
    if (datasets.empty())
        return std::nullopt;
    auto figures = workspace.sharedFigures(territoryCode);
    if (!figures)
        return std::nullopt;
    for (const RegisterProvenance &p : datasets) {
        for (const Indicator &ind : figures.value()->indicators) {
            if (ind.id == id && ind.scope == scope && ind.method == Method::Estimated
                && ind.year == p.year && !ind.sources.isEmpty()
                && ind.sources.constFirst().id == p.sourceId && ind.centralValue())
                return RegisterEstimate { ind, p };
        }
    }
    return std::nullopt;
}

} // namespace core::indicators
