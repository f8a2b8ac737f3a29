// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/chartexporter.h"
#include "core/render/preexportcheck.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
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
    QString byline = QStringLiteral("PHARE");
    bool zip = false; ///< also write press-kit.zip inside the folder
    bool force = false; ///< write into an existing, non-empty folder
    QDateTime edition; ///< invalid: editionTime() of the sources' dates
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
/// bytes. GUI thread (charts are QGraphicsScenes); PNG encoding runs on the thread pool.
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
    /// Number of progress steps write() reports.
    [[nodiscard]] int stepCount() const;
    [[nodiscard]] Result<PressKitReport> write(const Progress &progress = {});

    /// "ARR:596" -> "arr-596": only a–z, 0–9 and "-", so data never name a path.
    [[nodiscard]] static QString slug(const QString &text);
    /// "commun": the folder of the charts drawn from a wider level's figures, the same for
    /// every territory of the kit (written once).
    [[nodiscard]] static QString sharedFolder();
    [[nodiscard]] const PressKitOptions &options() const { return m_options; }

private:
    [[nodiscard]] QList<Preset> selectedPresets() const;
    /// The chart `id` of `territory`, built once per kit (building queries the database).
    [[nodiscard]] const charts::ChartSpec &chart(const QString &territory, const QString &id) const;
    [[nodiscard]] QStringList chartsFor(const QString &territory) const;
    /// The catalogue's ids, the commune map once per indicator ("commune-map:density").
    [[nodiscard]] QStringList kitChartIds() const;
    [[nodiscard]] static bool isConditional(const QString &id);
    [[nodiscard]] QByteArray factSheet(const QString &territory, const FileMetadata &meta) const;
    [[nodiscard]] QByteArray methodology() const;
    [[nodiscard]] QByteArray readme(const QStringList &files, const QStringList &skipped) const;
    [[nodiscard]] Status writeZip(const QString &rootPath, const QStringList &files) const;
    /// Puts the finished kit `staging` at `finalPath`; entries of an old kit folder that are
    /// not the kit's own (isKitEntry) are carried over, the old kit is then removed.
    [[nodiscard]] Status swapIn(const QString &staging, const QString &finalPath,
                                const QString &aside, const QStringList &files) const;
    /// A top-level entry of a kit folder that a kit writes (README, a territory folder...).
    [[nodiscard]] static bool isKitEntry(const QString &name, const QStringList &files);

    const Workspace &m_workspace;
    PressKitOptions m_options;
    QDateTime m_edition;
    mutable std::map<std::pair<QString, QString>, charts::ChartSpec> m_charts;
    mutable QStringList m_mapIndicators;
};

} // namespace core::render
