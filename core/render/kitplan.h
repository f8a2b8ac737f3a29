// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"
#include "core/domain/defaults.h"
#include "core/render/chartexporter.h"

#include <QDateTime>
#include <QImage>
#include <QStringList>

#include <map>
#include <utility>

namespace core {
class Workspace;
}

namespace core::render {

/// What goes into a press kit.
struct PressKitOptions
{
    /// The default kit of the reference data: its featured territories (CAVM + CAPH, CAVM,
    /// CAPH), compared with its reference, signed with its byline; every preset and chart.
    [[nodiscard]] static PressKitOptions from(const Defaults &defaults)
    {
        PressKitOptions options;
        options.territories = defaults.featured;
        options.reference = defaults.reference;
        options.byline = defaults.byline;
        return options;
    }

    QString directory;
    QStringList territories;
    QStringList presets; ///< preset names; empty: all
    QString reference;
    /// Chart ids of ChartBuilder::chartIds() ("commune-map": the map of every indicator with
    /// data); empty: all.
    QStringList charts;
    QString byline; ///< empty: no byline
    QImage logo; ///< drawn top right of every chart; null: none
    bool zip = false; ///< also write dossier-de-presse.zip inside the folder
    /// Write into an existing, non-empty folder: the files of the previous kit (its manifest)
    /// that the new one does not write are removed; nothing else in the folder is touched.
    bool force = false;
    QDateTime edition; ///< invalid: editionTime() of the sources' dates
};

/// One chart of a kit: the territory it is built for (the wider level for commun/), its id
/// and its file stem in the kit ("cavm-caph/part-emploi").
struct PressKitChart
{
    QString territory;
    QString id;
    QString stem;
};

/// What a kit will write, known before anything is drawn (the dialog's count).
struct PressKitPlan
{
    QList<PressKitChart> charts;
    QStringList factSheets; ///< territory codes
    QStringList skipped; ///< "COM:59606 sectors": conditional charts without data
    QStringList files; ///< every file, relative to the kit folder, sorted
};

/// The fixed names of a kit, French and stable from one edition to the next.
namespace kitnames {
/// The folder of the charts drawn from a wider level's figures, the same for every territory of
/// the kit (written once).
inline const QString kSharedFolder = QStringLiteral("commun");
inline const QString kFactSheet = QStringLiteral("fiche-territoire.pdf");
inline const QString kMethodology = QStringLiteral("methodologie.md");
inline const QString kReadme = QStringLiteral("README.md");
/// The files a kit wrote, one per line: what --force may remove.
inline const QString kManifest = QStringLiteral("manifeste.txt");
inline const QString kZip = QStringLiteral("dossier-de-presse.zip");
} // namespace kitnames

/// Every file of a kit, sorted: per chart its CSV, alternative text and a PNG, SVG and PDF per
/// preset; a fact sheet in the folder of each territory; the note, README, manifest, and the ZIP
/// when asked. `factSheetFolders` are the territories' folders.
[[nodiscard]] QStringList kitFiles(const QList<PressKitChart> &charts,
                                   const QStringList &factSheetFolders,
                                   const QList<Preset> &presets, bool zip);

/// Which charts a kit draws for which territories, and where each file goes: a folder per
/// territory, commun/ once for the charts drawn from a wider level's figures. Builds each chart
/// once and keeps it: reads the database, so it lives on the workspace's thread.
class KitPlanner final
{
public:
    KitPlanner(const Workspace &workspace, PressKitOptions options);

    [[nodiscard]] const PressKitOptions &options() const { return m_options; }
    /// Changes the territories, presets and charts; the charts already built are kept.
    void setSelection(const QStringList &territories, const QStringList &presetNames,
                      const QStringList &chartIds);

    /// Every file of the kit, with the charts it draws (builds the charts).
    [[nodiscard]] PressKitPlan plan() const;
    /// The chosen presets, in the catalogue's order.
    [[nodiscard]] QList<Preset> presets() const;
    /// The chart `id` of `territory`, built once per kit (building queries the database).
    [[nodiscard]] const charts::ChartSpec &chart(const QString &territory, const QString &id) const;
    /// The chosen ids of the catalogue, the commune map once per indicator
    /// ("commune-map:density").
    [[nodiscard]] QStringList chartIds() const;
    /// The kit folder of a territory ("cavm-caph"): charts::territoryFolder().
    [[nodiscard]] QString folderOf(const QString &code) const;
    /// Charts drawn only when they have data (sectors, commune maps).
    [[nodiscard]] static bool isConditional(const QString &id);

private:
    const Workspace &m_workspace;
    PressKitOptions m_options;
    mutable std::map<std::pair<QString, QString>, charts::ChartSpec> m_charts;
    mutable QStringList m_mapIndicators;
    mutable std::map<QString, QString> m_folders;
};

} // namespace core::render
