// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/chartexporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

class QPainter;
class QPointF;

namespace core {
class Workspace;
}

namespace core::render {

class KitPlanner;

/// The one-page A4 fact sheet of a territory, as PDF: heading (and logo), three key figures with
/// year, method and source, two charts, one block of sources. Reads the database and draws with
/// the charts that `planner` builds: the workspace's thread.
class FactSheet final
{
    // The kit's texts keep one translation context.
    Q_DECLARE_TR_FUNCTIONS(PressKit)
public:
    FactSheet(const Workspace &workspace, const KitPlanner &planner, QDateTime edition);

    /// The PDF of territory `code`, with `meta`'s author and its XMP fields; the same database
    /// and edition give the same bytes.
    [[nodiscard]] QByteArray pdf(const QString &code, const FileMetadata &meta) const;

private:
    struct KeySlot;

    /// Title, edition line and logo; returns the top of what follows.
    qreal drawHeading(QPainter &painter, const QString &code) const;
    /// The three key figures side by side; cites their sources. Returns the bottom.
    qreal drawKeyFigures(QPainter &painter, const QString &code, qreal top,
                         QStringList &sources) const;
    /// The text of one key figure in the column at `topLeft`, `boxWidth` wide (the rule on its
    /// left excluded); cites its sources. Returns its bottom.
    qreal drawKeyFigure(QPainter &painter, const QString &code, const KeySlot &slot,
                        QPointF topLeft, qreal boxWidth, QStringList &sources) const;
    /// The two charts, then the sources block below them.
    void drawChartsAndSources(QPainter &painter, const QString &code, qreal top,
                              QStringList &sources) const;
    /// The jobs-share chart and a commune map (an ESS indicator, else the density) or, without
    /// map, ESS versus the rest of the economy.
    [[nodiscard]] QStringList chartIds(const QString &code) const;

    const Workspace &m_workspace;
    const KitPlanner &m_planner;
    QDateTime m_edition;
};

} // namespace core::render
