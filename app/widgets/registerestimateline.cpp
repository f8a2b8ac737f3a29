// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/registerestimateline.h"

#include "core/format/french.h"
#include "core/import/sirene/sireneimport.h"
#include "core/indicators/registerfigures.h"
#include "core/registerqueries.h"

#include <QCoreApplication>

namespace app {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RegisterEstimateLine)
};
} // namespace

QString registerEstimateLine(const core::Workspace &workspace, const QString &territoryCode,
                             const QString &indicatorId)
{
    const auto estimate =
            core::registerEstimate(workspace, territoryCode, indicatorId, QStringLiteral("ess"));
    if (!estimate)
        return {};
    const core::indicators::Indicator &ind = estimate->indicator;
    // A stock dated by the files' modification time only: the dashboard says it is uncertain.
    const bool uncertain = estimate->provenance.sourceTitle.contains(u"date incertaine");
    const QString prefix =
            (uncertain ? Tr::tr("SIRENE register (estimated, stock of %1, date uncertain, %2):")
                       : Tr::tr("SIRENE register (estimated, stock of %1, %2):"))
                    .arg(core::format::longDate(estimate->provenance.stockDate),
                         core::sirene::conventionLabel(estimate->provenance.convention));
    const QString value = core::format::value(ind.value, ind.unit);
    const QString range = ind.low && ind.high
            ? core::format::range(*ind.low, *ind.high, ind.unit == u"percent")
            : QString();
    QString text;
    if (indicatorId == u"establishment_share")
        text = Tr::tr("%1 of employer establishments").arg(value);
    else if (indicatorId == u"employment_share")
        text = range.isEmpty() ? Tr::tr("%1 of salaried jobs").arg(value)
                               : Tr::tr("%1 of salaried jobs (range %2)").arg(value, range);
    else if (indicatorId == u"avg_employees")
        text = range.isEmpty() ? Tr::tr("%1 employees per employer ESS establishment").arg(value)
                               : Tr::tr("%1 employees per employer ESS establishment (range %2)")
                                         .arg(value, range);
    else
        text = value;
    return prefix + u' ' + text;
}

} // namespace app
