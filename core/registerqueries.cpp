// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/registerqueries.h"

#include "core/workspace.h"

namespace core {

namespace {
std::vector<indicators::RegisterProvenance> registerRuns(const Workspace &workspace)
{
    auto datasets = workspace.datasets();
    if (!datasets)
        return {};
    return indicators::registerDatasets(datasets.value(), workspace.sources());
}
} // namespace

indicators::RegisterFigures registerFigures(const Workspace &workspace,
                                            const QString &territoryCode)
{
    const std::vector<indicators::RegisterProvenance> runs = registerRuns(workspace);
    if (runs.empty())
        return {};
    // The shared figures stay alive while `held` holds them.
    std::vector<std::shared_ptr<const TerritoryFigures>> held;
    std::vector<indicators::CommuneObservations> communes;
    for (const Territory &c : workspace.territories().communesOf(territoryCode)) {
        auto figures = workspace.sharedFigures(c.code);
        if (!figures)
            continue;
        held.push_back(figures.value());
        communes.push_back({ c, &held.back()->observations });
    }
    return indicators::registerFigures(runs, communes, workspace.territories());
}

std::optional<indicators::RegisterEstimate> registerEstimate(const Workspace &workspace,
                                                             const QString &territoryCode,
                                                             const QString &id,
                                                             const QString &scope)
{
    const std::vector<indicators::RegisterProvenance> runs = registerRuns(workspace);
    if (runs.empty())
        return std::nullopt;
    auto figures = workspace.sharedFigures(territoryCode);
    if (!figures)
        return std::nullopt;
    return indicators::registerEstimate(runs, figures.value()->indicators, id, scope);
}

} // namespace core
