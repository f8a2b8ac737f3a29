// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/communeranking.h"

#include "core/domain/observation.h"
#include "core/format/french.h"

#include <QCoreApplication>

#include <algorithm>

namespace core::charts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommuneRanking)
};
} // namespace

void rankCommunes(ChartSpec &spec, int limit)
{
    std::stable_sort(spec.values.begin(), spec.values.end(),
                     [](const ChartValue &a, const ChartValue &b) { return *a.value > *b.value; });
    if (limit > 0 && spec.values.size() > limit) {
        spec.notes << Tr::tr("The %1 highest of %n communes.", nullptr, int(spec.values.size()))
                              .arg(limit);
        spec.values = spec.values.mid(0, limit);
    }
}

ChartSpec communeRegisterRanking(const indicators::RegisterFigures &figures, CommuneRankingKey key,
                                 const QString &territoryName, int limit)
{
    const bool byShare = key == CommuneRankingKey::EssEmployerShare;
    ChartSpec spec;
    spec.kind = ChartKind::HorizontalBars;
    spec.id = byShare ? QStringLiteral("commune-register-share")
                      : QStringLiteral("commune-register-establishments");
    spec.unit = byShare ? QStringLiteral("percent") : QStringLiteral("count");
    spec.title = byShare ? Tr::tr("Communes ranked by the ESS share of employer establishments")
                         : Tr::tr("Communes ranked by their number of ESS establishments");
    spec.valueAxisTitle = byShare ? Tr::tr("% of active employer establishments")
                                  : Tr::tr("active ESS establishments");
    spec.emptyMessage = Tr::tr("No SIRENE register figures for the communes of this territory: "
                               "import the register (File menu) first.");
    spec.territoryName = territoryName;
    if (figures.isEmpty()) {
        spec.subtitle = territoryName;
        return spec;
    }
    const indicators::RegisterProvenance &p = figures.provenance;
    spec.latestYear = p.year;
    spec.subtitle =
            Tr::tr("%1, SIRENE register, stock of %2 (estimated)").arg(territoryName, p.stockDate);
    int zero = 0;
    for (const indicators::RegisterCommune &c : figures.communes) {
        const std::optional<double> v = byShare ? c.counts.employerEssShare() : c.counts.activeEss;
        if (!v)
            continue;
        if (*v <= 0) {
            ++zero;
            continue;
        }
        ChartValue value;
        value.category = c.commune.name;
        value.value = v;
        value.text = format::value(v, spec.unit);
        value.method = Method::Estimated;
        value.detail = byShare
                ? Tr::tr("%1 of %2 employer establishments")
                          .arg(format::value(c.counts.employersEss, QStringLiteral("count")),
                               format::value(c.counts.employers, QStringLiteral("count")))
                : c.epciName;
        spec.values.append(value);
    }
    rankCommunes(spec, limit);
    if (zero > 0)
        spec.notes << Tr::tr("%n commune(s) without any are not shown.", nullptr, zero);
    if (byShare)
        spec.notes << Tr::tr("Communes with few employers can show large shares.");
    spec.notes << Tr::tr("Estimated from the register, convention %1: an application convention, "
                         "not Insee's official ESS perimeter.")
                          .arg(p.convention);
    spec.sourceLine = Tr::tr("Source: %1 (Licence Ouverte 2.0), processed by the ESS dashboard")
                              .arg(p.sourceTitle);
    spec.sourceCitations = QStringList { p.sourceTitle };
    return spec;
}

} // namespace core::charts
