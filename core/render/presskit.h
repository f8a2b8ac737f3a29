// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/chartexporter.h"
#include "core/render/kitplan.h"
#include "core/render/preexportcheck.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace core {
class Workspace;
}

namespace core::render {

/// What a kit run wrote and found.
struct PressKitReport
{
    QStringList files; ///< relative to the kit folder, sorted
    QList<Finding> findings; ///< pre-export check of every chart at every preset
    QStringList skipped; ///< "COM:59606 sectors": conditional charts without data
};

/// Writes the press kit: per territory and chart PNG, SVG and PDF at each preset, CSV and
/// alternative text; a one-page fact sheet per territory; a methodology note; a README; an
/// optional ZIP. Files are written atomically; the same database and options give the same
/// bytes. Charts are composed, drawn and encoded on a thread pool while the calling thread, which
/// reads the database, writes the fact sheets. The pieces: KitPlanner (what goes where),
/// FactSheet, KitDocuments (Markdown), ZipWriter, KitFolder (build folder, manifest, swap).
class PressKit final
{
    Q_DECLARE_TR_FUNCTIONS(PressKit)
public:
    /// Called after each step; return false to cancel.
    using Progress = std::function<bool(int done, int total, const QString &step)>;

    PressKit(const Workspace &workspace, PressKitOptions options);

    /// Unknown territories or presets, or an existing non-empty folder without `force`.
    [[nodiscard]] Status validate() const;
    /// The pre-export check of every chart, without writing anything.
    [[nodiscard]] QList<Finding> check() const;
    /// Every file write() writes, with the charts it draws (builds the charts: database).
    [[nodiscard]] PressKitPlan plan() const;
    /// Number of progress steps write() reports.
    [[nodiscard]] int stepCount() const;
    /// Changes the territories, presets and charts (the dialog's choices); the charts already
    /// built are kept.
    void setSelection(const QStringList &territories, const QStringList &presetNames,
                      const QStringList &chartIds);
    /// Draws on the thread pool (one task per chart and preset) while this thread, which
    /// reads the database, writes the fact sheets; `progress` is called on this thread.
    [[nodiscard]] Result<PressKitReport> write(const Progress &progress = {});

    /// "ARR:596" -> "arr-596": only a–z, 0–9 and "-", so data never name a path.
    [[nodiscard]] static QString slug(const QString &text);
    /// The kit folder of a territory ("cavm-caph"): charts::territoryFolder().
    [[nodiscard]] QString folderOf(const QString &code) const;
    /// "manifeste.txt": the files a kit wrote, one per line.
    [[nodiscard]] static QString manifestName();
    /// "dossier-de-presse.zip".
    [[nodiscard]] static QString zipName();
    /// "commun": the folder of the charts drawn from a wider level's figures, the same for
    /// every territory of the kit (written once).
    [[nodiscard]] static QString sharedFolder();
    [[nodiscard]] const PressKitOptions &options() const { return m_planner.options(); }

private:
    const Workspace &m_workspace;
    KitPlanner m_planner;
    QDateTime m_edition;
};

} // namespace core::render
