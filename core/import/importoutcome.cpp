// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importoutcome.h"

#include "core/format/french.h"

#include <QStringList>

#include <cmath>

namespace core::import {

namespace {

QString signedNumber(double v)
{
    const QString text = format::compact(std::abs(v), 2);
    return v < 0 ? QString(QChar(0x2212)) + text : u'+' + text;
}

} // namespace

QString ImportOutcome::changeText(const ValueChange &c)
{
    const auto show = [](const std::optional<double> &v) {
        return v ? format::compact(*v, 2) : format::notAvailable();
    };
    QString delta;
    if (c.before && c.after) {
        const double diff = *c.after - *c.before;
        delta = *c.before != 0.0
                ? tr(" (%1; %2 %)").arg(signedNumber(diff), signedNumber(100.0 * diff / *c.before))
                : tr(" (%1)").arg(signedNumber(diff));
    }
    return tr("%1 %2 %3/%4/%5: %6 → %7%8")
            .arg(c.territoryCode)
            .arg(c.year)
            .arg(c.measure, c.scope, c.sector, show(c.before), show(c.after), delta);
}

QString ImportOutcome::toText() const
{
    QStringList lines;
    // Refused before reading (same file, database unavailable): no reading report to show.
    const bool read = !report.columns.isEmpty() || report.problemCount > 0;
    if (read)
        lines << report.toText();
    else if (!report.file.isEmpty())
        lines << tr("File: %1").arg(report.file);
    if (!sha256.isEmpty())
        lines << tr("SHA-256: %1").arg(sha256);
    if (!sourceTitle.isEmpty())
        lines << tr("Source: %1").arg(sourceTitle);
    if (vintage) {
        lines << tr("Compared with dataset %1, the previous vintage of this source: %2 changed, "
                    "%3 new, %4 no longer given")
                         .arg(vintage->olderDatasetId)
                         .arg(vintage->changed)
                         .arg(vintage->added)
                         .arg(vintage->dropped);
        for (const ValueChange &c : vintage->changes)
            lines << QStringLiteral("  ") + changeText(c);
        if (vintage->changed > vintage->changes.size())
            lines << tr("  … and %1 more changes").arg(vintage->changed - vintage->changes.size());
    }
    switch (status) {
    case Status::Written:
        if (replacedDatasetId > 0)
            lines << tr("Dataset %1 (same file) was replaced.").arg(replacedDatasetId);
        lines << tr("Imported as dataset %1: %2 observations written.").arg(datasetId).arg(written);
        break;
    case Status::DryRun:
        lines << tr("Dry run: %1 observations would be written; the database was not changed.")
                         .arg(written);
        break;
    case Status::Invalid:
        break; // the report says "nothing was imported"
    case Status::Duplicate:
    case Status::Cancelled:
    case Status::Failed:
        lines << message;
        break;
    }
    return lines.join(u'\n');
}

} // namespace core::import
