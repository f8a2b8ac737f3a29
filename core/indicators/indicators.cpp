// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/indicators.h"

#include "core/domain/vocabulary.h"
#include "core/format/french.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace core::indicators {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Indicators)
};

SourceRef refOf(qint64 id, const QHash<qint64, Source> &sources)
{
    SourceRef ref;
    ref.id = id;
    const auto it = sources.constFind(id);
    if (it != sources.cend()) {
        ref.title = it->title;
        ref.publisher = it->publisher;
        ref.url = it->url;
        ref.year = it->publicationYear();
    }
    return ref;
}

using Key = std::pair<QString, QString>; // measure, scope (sector "all" only)

Indicator fromObservation(const Observation &o, const QString &id)
{
    Indicator ind;
    ind.id = id;
    ind.scope = o.scope;
    ind.territoryCode = o.territoryCode;
    ind.year = o.year;
    ind.value = o.value;
    ind.low = o.low;
    ind.high = o.high;
    ind.unit = o.unit.isEmpty() ? vocabulary::unitOf(id) : o.unit;
    ind.method = o.method;
    ind.basis = o.basis;
    ind.perimeter = o.perimeter;
    ind.note = o.note;
    return ind;
}

/// numerator / denominator × factor, carrying bounds and the weaker method.
std::optional<Indicator> ratio(const Observation *num, const Observation *den, const QString &id,
                               double factor, const QString &basis)
{
    if (!num || !den || !num->value || !den->value || *den->value <= 0)
        return std::nullopt;
    Indicator ind = fromObservation(*num, id);
    ind.unit = vocabulary::unitOf(id);
    ind.value = factor * *num->value / *den->value;
    ind.low = num->low ? std::optional<double>(factor * *num->low / *den->value) : std::nullopt;
    ind.high = num->high ? std::optional<double>(factor * *num->high / *den->value) : std::nullopt;
    const bool estimated = num->method == Method::Estimated || den->method == Method::Estimated;
    ind.method = estimated ? Method::Estimated : Method::Computed;
    ind.basis = basis;
    ind.perimeter = num->perimeter.isEmpty() ? den->perimeter : num->perimeter;
    ind.note = num->note;
    ind.formula = factor == 100.0
            ? QStringLiteral("100 × %1 / %2")
                      .arg(format::compact(*num->value), format::compact(*den->value))
            : QStringLiteral("%1 / %2").arg(format::compact(*num->value),
                                             format::compact(*den->value));
    return ind;
}
} // namespace

const QStringList &indicatorIds()
{
    static const QStringList ids{
        QStringLiteral("employment_share"),     QStringLiteral("establishment_share"),
        QStringLiteral("avg_employees"),        QStringLiteral("employees"),
        QStringLiteral("establishments"),       QStringLiteral("employer_units"),
        QStringLiteral("employees_fte"),        QStringLiteral("private_employment_share"),
        QStringLiteral("ess_employment_share"), QStringLiteral("ess_establishment_share"),
    };
    return ids;
}

std::vector<Indicator> compute(const std::vector<Observation> &observations,
                               const QHash<qint64, Source> &sources)
{
    // Group by (territory, year, source): ratios only combine counts of one publication.
    std::map<std::tuple<QString, int, qint64>, std::map<Key, const Observation *>> groups;
    for (const Observation &o : observations) {
        if (o.sector != u"all")
            continue;
        groups[{ o.territoryCode, o.year, o.sourceId }][{ o.measure, o.scope }] = &o;
    }

    std::vector<Indicator> result;
    for (const auto &[groupKey, obs] : groups) {
        const auto get = [&obs](const char *measure, const QString &scope) -> const Observation * {
            const auto it = obs.find({ QString::fromLatin1(measure), scope });
            return it == obs.end() ? nullptr : it->second;
        };
        std::map<Key, Indicator> produced;
        const auto put = [&produced](std::optional<Indicator> ind) {
            if (ind)
                produced.insert_or_assign({ ind->id, ind->scope }, std::move(*ind));
        };
        const QString all = QStringLiteral("all");
        const QString ess = QStringLiteral("ess");

        // Published figures first; computed ones replace them where the counts exist.
        for (const auto &[key, o] : obs) {
            if (indicatorIds().contains(key.first) && o->scope != all)
                put(fromObservation(*o, key.first));
        }
        put(ratio(get("employees", ess), get("employees", all), QStringLiteral("employment_share"),
                  100.0, Tr::tr("ESS jobs / all salaried jobs")));
        put(ratio(get("establishments", ess), get("establishments", all),
                  QStringLiteral("establishment_share"), 100.0,
                  Tr::tr("ESS establishments / all establishments")));
        QStringList scopes{ ess };
        scopes += vocabulary::essFamilies();
        for (const QString &scope : scopes) {
            if (const Observation *est = get("establishments", scope))
                put(ratio(get("employees", scope), est, QStringLiteral("avg_employees"), 1.0,
                          Tr::tr("employees per employer establishment")));
            else
                put(ratio(get("employees", scope), get("employer_units", scope),
                          QStringLiteral("avg_employees"), 1.0,
                          Tr::tr("employees per employer organisation (legal unit)")));
            if (scope == ess)
                continue;
            put(ratio(get("employees", scope), get("employees", ess),
                      QStringLiteral("ess_employment_share"), 100.0,
                      Tr::tr("family jobs / all ESS jobs")));
            put(ratio(get("establishments", scope), get("establishments", ess),
                      QStringLiteral("ess_establishment_share"), 100.0,
                      Tr::tr("family establishments / all ESS establishments")));
        }
        const qint64 sourceId = std::get<2>(groupKey);
        for (auto &[key, ind] : produced) {
            ind.sources = { refOf(sourceId, sources) };
            result.push_back(std::move(ind));
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Indicator &a, const Indicator &b) {
        const auto ia = indicatorIds().indexOf(a.id);
        const auto ib = indicatorIds().indexOf(b.id);
        const auto sa = vocabulary::scopes().indexOf(a.scope);
        const auto sb = vocabulary::scopes().indexOf(b.scope);
        return std::tie(a.territoryCode, ia, sa, b.year) < std::tie(b.territoryCode, ib, sb, a.year);
    });
    return result;
}

bool disagree(double a, double b, const QString &unit)
{
    if (unit == u"percent")
        return std::fabs(a - b) > kDisagreementPoints + 1e-9;
    const double scale = std::max(std::fabs(a), std::fabs(b));
    return scale > 0 && std::fabs(a - b) / scale > kDisagreementRelative + 1e-12;
}

void flagDisagreements(std::vector<Indicator> &indicators)
{
    for (size_t i = 0; i < indicators.size(); ++i) {
        Indicator &a = indicators[i];
        QStringList parts;
        bool differs = false;
        for (size_t j = 0; j < indicators.size(); ++j) {
            const Indicator &b = indicators[j];
            if (b.id != a.id || b.scope != a.scope || b.year != a.year
                || b.territoryCode != a.territoryCode)
                continue;
            const auto va = a.centralValue();
            const auto vb = b.centralValue();
            if (!vb)
                continue;
            const QString title = b.sources.isEmpty() ? QString() : b.sources.first().title;
            parts << QStringLiteral("%1 : %2").arg(title, format::value(b.value, b.unit, b.low, b.high));
            if (i != j && va && b.sources.value(0).id != a.sources.value(0).id
                && disagree(*va, *vb, a.unit))
                differs = true;
        }
        if (differs)
            a.disagreement = Tr::tr("Sources disagree: %1").arg(parts.join(QStringLiteral(" ; ")));
    }
}

void addRegionalComparisons(std::vector<Indicator> &local, const std::vector<Indicator> &regional)
{
    for (Indicator &ind : local) {
        const auto v = ind.centralValue();
        if (!v || !(vocabulary::isShare(ind.id) || ind.id == u"avg_employees"))
            continue;
        const Indicator *best = nullptr;
        for (const Indicator &r : regional) {
            // The regional *published* value: a ratio we computed from its counts is not a claim
            // anyone made, and would mix units (jobs per establishment vs salariés).
            if (r.id != ind.id || r.scope != ind.scope || !r.centralValue()
                || r.method != Method::Published)
                continue;
            if (!best || std::abs(r.year - ind.year) < std::abs(best->year - ind.year)
                || (std::abs(r.year - ind.year) == std::abs(best->year - ind.year)
                    && r.year > best->year))
                best = &r;
        }
        if (!best)
            continue;
        const double rv = *best->centralValue();
        if (rv == 0 || std::fabs(*v - rv) / std::fabs(rv) <= kRegionalGapRelative)
            continue;
        Comparison c;
        c.territoryCode = best->territoryCode;
        c.value = rv;
        c.year = best->year;
        c.unit = best->unit;
        c.source = best->sources.value(0);
        ind.comparison = c;
    }
}

std::optional<Indicator> headline(const std::vector<Indicator> &indicators, const QString &id,
                                  const QString &scope)
{
    const Indicator *best = nullptr;
    for (const Indicator &ind : indicators) {
        if (ind.id != id || ind.scope != scope || !ind.centralValue())
            continue;
        if (!best) {
            best = &ind;
            continue;
        }
        const bool estA = ind.method == Method::Estimated;
        const bool estB = best->method == Method::Estimated;
        if (estA != estB) {
            if (!estA)
                best = &ind;
            continue;
        }
        if (ind.year > best->year)
            best = &ind;
    }
    return best ? std::optional<Indicator>(*best) : std::nullopt;
}

} // namespace core::indicators
