// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/chartexporter.h"
#include "core/render/preexportcheck.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QStringList>

#include <functional>
#include <map>
#include <utility>

namespace core {
class Workspace;
}

namespace core::render {

/// What goes into a press kit. Defaults: CAVM + CAPH, CAVM, CAPH; every preset.
struct PressKitOptions
{
    QString directory;
    QStringList territories { QStringLiteral("ARR:596"), QStringLiteral("EPCI:245901160"),
                              QStringLiteral("EPCI:200042190") };
    QStringList presets; ///< preset names; empty: all
    QString reference = QStringLiteral("REG:32");
    /// Chart ids of ChartBuilder::chartIds() ("commune-map": the map of every indicator with
    /// data); empty: all.
    QStringList charts;
    QString byline = QStringLiteral("PHARE");
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
/// reads the database, writes the fact sheets.
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
    [[nodiscard]] const PressKitOptions &options() const { return m_options; }

private:
    [[nodiscard]] QList<Preset> selectedPresets() const;
    /// The chart `id` of `territory`, built once per kit (building queries the database).
    [[nodiscard]] const charts::ChartSpec &chart(const QString &territory, const QString &id) const;
    /// The catalogue's ids, the commune map once per indicator ("commune-map:density").
    [[nodiscard]] QStringList kitChartIds() const;
    [[nodiscard]] static bool isConditional(const QString &id);
    [[nodiscard]] QByteArray factSheet(const QString &territory, const FileMetadata &meta) const;
    [[nodiscard]] QByteArray methodology() const;
    [[nodiscard]] QByteArray readme(const PressKitPlan &plan) const;
    [[nodiscard]] Status writeZip(const QString &rootPath, const QStringList &files) const;
    /// Puts the finished kit `staging` (its `files`) at `finalPath`; what the old folder holds
    /// besides the files its manifest lists is carried over, the old kit is then removed.
    [[nodiscard]] Status swapIn(const QString &staging, const QString &finalPath,
                                const QString &aside, const QStringList &files) const;
    /// The files listed in a kit's manifest (plain relative names only).
    [[nodiscard]] static QSet<QString> readManifest(const QString &path);

    const Workspace &m_workspace;
    PressKitOptions m_options;
    QDateTime m_edition;
    mutable std::map<std::pair<QString, QString>, charts::ChartSpec> m_charts;
    mutable QStringList m_mapIndicators;
    mutable std::map<QString, QString> m_folders;
};

} // namespace core::render
