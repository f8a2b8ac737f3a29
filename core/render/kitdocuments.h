// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/kitplan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace core {
class Workspace;
}

namespace core::render {

/// The two Markdown texts of a press kit: the methodology note (ESS perimeter, sources, methods,
/// disagreements between sources) and the README (contents, folders, file list, credits). Reads
/// the database: the workspace's thread.
class KitDocuments final
{
    // The kit's texts keep one translation context.
    Q_DECLARE_TR_FUNCTIONS(PressKit)
public:
    /// `planner` gives the territories, byline, presets, folders and chart ids of the kit.
    KitDocuments(const Workspace &workspace, const KitPlanner &planner, QDateTime edition);

    /// methodologie.md, UTF-8.
    [[nodiscard]] QByteArray methodology() const;
    /// README.md of the kit that `plan` describes, UTF-8.
    [[nodiscard]] QByteArray readme(const PressKitPlan &plan) const;

private:
    /// "Sources": every source of the database, who made it, licence, address.
    [[nodiscard]] QString sourcesSection() const;
    /// "Published, computed, estimated": what each method means.
    [[nodiscard]] static QString methodsSection();
    /// "Where sources disagree": the disagreements and spreads of the kit's territories and of
    /// the levels above them.
    [[nodiscard]] QString disagreementsSection() const;
    /// One line per indicator that several sources give for a territory of `codes`.
    [[nodiscard]] QStringList spreadLines(const QStringList &codes) const;
    /// "Where things are": each territory's folder, and commun/ when the plan has one.
    [[nodiscard]] QString foldersParagraph(const PressKitPlan &plan) const;
    /// What a file of the kit is, for the README's table ("data of the chart").
    [[nodiscard]] static QString fileDescription(const QString &file);
    /// "Credits": figures, territories, charts, font, colours.
    [[nodiscard]] QString creditsSection() const;

    const Workspace &m_workspace;
    const KitPlanner &m_planner;
    QDateTime m_edition;
};

} // namespace core::render
