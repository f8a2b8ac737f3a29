// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/kitplan.h"

#include "core/charts/chartbuilder.h"
#include "core/charts/chartnames.h"
#include "core/charts/communemap.h"
#include "core/workspace.h"

#include <algorithm>
#include <set>

namespace core::render {

QStringList kitFiles(const QList<PressKitChart> &charts, const QStringList &factSheetFolders,
                     const QList<Preset> &presets, bool zip)
{
    QStringList files;
    for (const PressKitChart &c : charts) {
        files << c.stem + QStringLiteral(".csv") << c.stem + QStringLiteral(".alt.txt");
        for (const Preset &p : presets)
            for (const FileFormat f : { FileFormat::Png, FileFormat::Svg, FileFormat::Pdf })
                files << c.stem + u'-' + charts::presetFileStem(p.name) + u'.' + fileFormatName(f);
    }
    for (const QString &folder : factSheetFolders)
        files << folder + u'/' + kitnames::kFactSheet;
    files << kitnames::kMethodology << kitnames::kReadme << kitnames::kManifest;
    if (zip)
        files << kitnames::kZip;
    std::sort(files.begin(), files.end());
    return files;
}

KitPlanner::KitPlanner(const Workspace &workspace, PressKitOptions options)
    : m_workspace(workspace)
    , m_options(std::move(options))
{
    if (m_options.presets.isEmpty())
        for (const Preset &p : render::presets())
            m_options.presets << p.name;
}

void KitPlanner::setSelection(const QStringList &territories, const QStringList &presetNames,
                              const QStringList &chartIds)
{
    m_options.territories = territories;
    m_options.presets = presetNames;
    m_options.charts = chartIds;
}

QList<Preset> KitPlanner::presets() const
{
    QList<Preset> list;
    for (const Preset &p : render::presets())
        if (m_options.presets.contains(p.name))
            list << p;
    return list;
}

const charts::ChartSpec &KitPlanner::chart(const QString &territory, const QString &id) const
{
    const auto key = std::make_pair(territory, id);
    auto it = m_charts.find(key);
    if (it == m_charts.end() && id.startsWith(charts::kCommuneMapId + u':'))
        it = m_charts.emplace(key,
                              charts::CommuneMapBuilder(m_workspace)
                                      .build(territory, id.mid(charts::kCommuneMapId.size() + 1)))
                     .first;
    if (it == m_charts.end())
        it = m_charts.emplace(key,
                              charts::ChartBuilder(m_workspace)
                                      .build(id, territory, m_options.reference))
                     .first;
    return it->second;
}

QStringList KitPlanner::chartIds() const
{
    // The commune map once per indicator with commune data: "commune-map:density", ...
    if (m_mapIndicators.isEmpty())
        for (const charts::MapIndicator &i : charts::CommuneMapBuilder(m_workspace).indicators())
            m_mapIndicators << i.id;
    const auto chosen = [this](const QString &id) {
        return m_options.charts.isEmpty() || m_options.charts.contains(id);
    };
    QStringList ids;
    for (const QString &id : charts::ChartBuilder::chartIds())
        if (id != charts::kCommuneMapId && chosen(id))
            ids << id;
    if (chosen(charts::kCommuneMapId))
        for (const QString &indicator : std::as_const(m_mapIndicators))
            ids << charts::kCommuneMapId + u':' + indicator;
    return ids;
}

bool KitPlanner::isConditional(const QString &id)
{
    return charts::ChartBuilder::isConditional(id) || id.startsWith(charts::kCommuneMapId);
}

QString KitPlanner::folderOf(const QString &code) const
{
    auto it = m_folders.find(code);
    if (it == m_folders.end())
        it = m_folders.emplace(code, charts::territoryFolder(m_workspace.territories(), code))
                     .first;
    return it->second;
}

PressKitPlan KitPlanner::plan() const
{
    PressKitPlan plan;
    // Charts drawn from a wider level's figures (the region's families for a commune) are the
    // same for every territory: written once, in commun/, built for that level itself.
    std::set<std::pair<QString, QString>> shared;
    for (const QString &code : m_options.territories) {
        for (const QString &id : chartIds()) {
            const charts::ChartSpec &spec = chart(code, id);
            if (isConditional(id) && !spec.hasData()) {
                plan.skipped << QStringLiteral("%1 %2").arg(code, id);
                continue;
            }
            if (!spec.levelCode.isEmpty()) {
                shared.insert({ id, spec.levelCode });
                continue;
            }
            plan.charts.append({ code, id, folderOf(code) + u'/' + charts::chartFileStem(id) });
        }
        plan.factSheets << code;
    }
    for (const auto &[id, level] : shared)
        plan.charts.append({ level, id,
                             QStringLiteral("%1/%2-%3")
                                     .arg(kitnames::kSharedFolder, charts::chartFileStem(id),
                                          folderOf(level)) });
    QStringList folders;
    for (const QString &code : std::as_const(plan.factSheets))
        folders << folderOf(code);
    plan.files = kitFiles(plan.charts, folders, presets(), m_options.zip);
    return plan;
}

} // namespace core::render
