// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/indicators.h"

#include "core/domain/vocabulary.h"
#include "core/format/french.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
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
        ref.producer = it->producer;
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
    ind.publishedYear = o.publishedYear;
    ind.value = o.value;
    ind.low = o.low;
    ind.high = o.high;
    ind.unit = o.unit.isEmpty() ? vocabulary::unitOf(id) : o.unit;
    ind.method = o.method;
    ind.qualifier = o.qualifier.isEmpty() ? QStringLiteral("exact") : o.qualifier;
    ind.unitCounted = o.unitCounted;
    ind.basis = o.basis;
    ind.perimeter = o.perimeter;
    ind.note = o.note;
    return ind;
}

/// Significant digits of a value as written by its source: 2 600 000 -> 2, 6 300 -> 2, 13,5 -> 3.
int significantDigits(double v)
{
    v = std::fabs(v);
    if (v == 0)
        return 1;
    QString digits = QString::number(v, 'f', 6);
    digits.remove(u'.');
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    while (digits.endsWith(u'0'))
        digits.chop(1);
    return std::max<int>(1, int(digits.size()));
}

/// What a ratio divides: two counts of one kind (a share) or people by organisations (a size).
enum class RatioKind { Share, Size };

bool isHeadcount(const QString &unit)
{
    return unit == u"posts" || unit == u"employees" || unit == u"fte";
}

bool isOrganisationCount(const QString &unit)
{
    return unit == u"establishments" || unit == u"employer_establishments" || unit == u"legal_units"
            || unit == u"employer_units";
}

/// numerator / denominator × factor, carrying bounds, the weaker method and the weaker precision.
/// Nothing when a count is missing, of unknown or vague unit, or when the units do not combine.
std::optional<Indicator> ratio(const Observation *num, const Observation *den, const QString &id,
                               double factor, RatioKind kind, const QString &basis)
{
    if (!num || !den || !num->value || !den->value || *den->value <= 0)
        return std::nullopt;
    if (!num->yearKnown() || !den->yearKnown())
        return std::nullopt;
    if (vocabulary::isUnitVague(num->unitCounted) || vocabulary::isUnitVague(den->unitCounted))
        return std::nullopt;
    if (kind == RatioKind::Share && num->unitCounted != den->unitCounted)
        return std::nullopt;
    if (kind == RatioKind::Size
        && !(isHeadcount(num->unitCounted) && isOrganisationCount(den->unitCounted)))
        return std::nullopt;
    Indicator ind = fromObservation(*num, id);
    ind.unit = vocabulary::unitOf(id);
    ind.unitCounted = kind == RatioKind::Share
            ? num->unitCounted
            : vocabulary::ratioUnit(num->unitCounted, den->unitCounted);
    ind.value = factor * *num->value / *den->value;
    ind.low = num->low ? std::optional<double>(factor * *num->low / *den->value) : std::nullopt;
    ind.high = num->high ? std::optional<double>(factor * *num->high / *den->value) : std::nullopt;
    const bool estimated = num->method == Method::Estimated || den->method == Method::Estimated;
    ind.method = estimated ? Method::Estimated : Method::Computed;
    // Approximate ("environ", "plus de") inputs give an approximate result, rounded to what
    // they support: at most two significant digits ("environ 77 %", not 76,9 %).
    int digits = 0;
    for (const Observation *o : { num, den }) {
        if (o->qualifier != u"exact" && !o->qualifier.isEmpty())
            digits = digits == 0 ? significantDigits(*o->value)
                                 : std::min(digits, significantDigits(*o->value));
    }
    if (digits > 0) {
        ind.qualifier = QStringLiteral("approximately");
        ind.value = roundSignificant(*ind.value, std::max(2, digits));
    } else {
        ind.qualifier = QStringLiteral("exact");
    }
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

/// "calculé : 84,05 % (100 × 174 900 / 208 100)", kept beside the published figure it checks.
QString checkText(const Indicator &computed)
{
    return Tr::tr("computed: %1 (%2)")
            .arg(format::value(computed.value, computed.unit, computed.low, computed.high),
                 computed.formula);
}
} // namespace

const QStringList &indicatorIds()
{
    static const QStringList ids {
        QStringLiteral("employment_share"),        QStringLiteral("establishment_share"),
        QStringLiteral("avg_employees"),           QStringLiteral("employees"),
        QStringLiteral("establishments"),          QStringLiteral("employer_units"),
        QStringLiteral("employees_fte"),           QStringLiteral("private_employment_share"),
        QStringLiteral("ess_employment_share"),    QStringLiteral("ess_establishment_share"),
        QStringLiteral("establishments_per_1000"),
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

        // Published figures first; a computed one only where nothing is published, otherwise
        // it stays beside the published figure as a check.
        for (const auto &[key, o] : obs) {
            if (indicatorIds().contains(key.first) && o->scope != all)
                put(fromObservation(*o, key.first));
        }
        const auto compute = [&produced](std::optional<Indicator> ind) {
            if (!ind)
                return;
            const auto it = produced.find({ ind->id, ind->scope });
            if (it == produced.end())
                produced.insert({ { ind->id, ind->scope }, std::move(*ind) });
            else if (it->second.method == Method::Published && it->second.check.isEmpty())
                it->second.check = checkText(*ind);
        };
        compute(ratio(get("employees", ess), get("employees", all),
                      QStringLiteral("employment_share"), 100.0, RatioKind::Share,
                      Tr::tr("ESS jobs / all salaried jobs")));
        compute(ratio(get("establishments", ess), get("establishments", all),
                      QStringLiteral("establishment_share"), 100.0, RatioKind::Share,
                      Tr::tr("ESS establishments / all establishments")));
        QStringList scopes { ess };
        scopes += vocabulary::essFamilies();
        for (const QString &scope : scopes) {
            if (const Observation *est = get("establishments", scope))
                compute(ratio(get("employees", scope), est, QStringLiteral("avg_employees"), 1.0,
                              RatioKind::Size, Tr::tr("employees per establishment")));
            else
                compute(ratio(get("employees", scope), get("employer_units", scope),
                              QStringLiteral("avg_employees"), 1.0, RatioKind::Size,
                              Tr::tr("employees per employer organisation (legal unit)")));
            if (scope == ess)
                continue;
            compute(ratio(get("employees", scope), get("employees", ess),
                          QStringLiteral("ess_employment_share"), 100.0, RatioKind::Share,
                          Tr::tr("family jobs / all ESS jobs")));
            compute(ratio(get("establishments", scope), get("establishments", ess),
                          QStringLiteral("ess_establishment_share"), 100.0, RatioKind::Share,
                          Tr::tr("family establishments / all ESS establishments")));
        }
        const qint64 sourceId = std::get<2>(groupKey);
        for (auto &[key, ind] : produced) {
            ind.sources = { refOf(sourceId, sources) };
            result.push_back(std::move(ind));
        }
    }
    // A figure published by any source for the same indicator, scope, territory and year wins
    // over one computed from another source's counts; the computed value stays as its check.
    std::vector<bool> dropped(result.size(), false);
    for (size_t i = 0; i < result.size(); ++i) {
        const Indicator &ind = result[i];
        if (ind.method != Method::Computed)
            continue;
        for (Indicator &p : result) {
            if (p.method != Method::Published || p.id != ind.id || p.scope != ind.scope
                || p.territoryCode != ind.territoryCode || p.year != ind.year || !p.centralValue())
                continue;
            if (p.check.isEmpty()) {
                const QString title = ind.sources.isEmpty() ? QString() : ind.sources.first().title;
                p.check = checkText(ind) + QStringLiteral(", ") + title;
            }
            dropped[i] = true;
            break;
        }
    }
    std::vector<Indicator> kept;
    kept.reserve(result.size());
    for (size_t i = 0; i < result.size(); ++i)
        if (!dropped[i])
            kept.push_back(std::move(result[i]));
    result = std::move(kept);
    std::stable_sort(result.begin(), result.end(), [](const Indicator &a, const Indicator &b) {
        const auto ia = indicatorIds().indexOf(a.id);
        const auto ib = indicatorIds().indexOf(b.id);
        const auto sa = vocabulary::scopes().indexOf(a.scope);
        const auto sb = vocabulary::scopes().indexOf(b.scope);
        return std::tie(a.territoryCode, ia, sa, b.year)
                < std::tie(b.territoryCode, ib, sb, a.year);
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
        if (!a.yearKnown())
            continue; // two figures of unknown year are not known to describe the same year
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
            parts << QStringLiteral("%1 : %2").arg(title,
                                                   format::value(b.value, b.unit, b.low, b.high));
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
        // The regional *published* value: a ratio we computed from its counts is not a claim
        // anyone made. A family's average size without a regional one of its own is compared
        // with the ESS's, saying that the units differ.
        QStringList scopes { ind.scope };
        if (ind.id == u"avg_employees" && ind.scope != u"ess")
            scopes << QStringLiteral("ess");
        const int anchor = ind.yearKnown()
                ? ind.year
                : (ind.publishedYear > 0 ? ind.publishedYear : std::numeric_limits<int>::max() / 2);
        const Indicator *best = nullptr;
        for (const QString &scope : std::as_const(scopes)) {
            for (const Indicator &r : regional) {
                if (r.id != ind.id || r.scope != scope || !r.centralValue()
                    || r.method != Method::Published)
                    continue;
                if (!best) {
                    best = &r;
                    continue;
                }
                // The region's published value of the same reference year, else of the nearest
                // known year (the later of two as near); one of unknown year only when none is
                // known. A local figure of unknown year is placed at its publication year.
                if (r.yearKnown() != best->yearKnown()) {
                    if (r.yearKnown())
                        best = &r;
                    continue;
                }
                const int rd = std::abs(r.year - anchor);
                const int bd = std::abs(best->year - anchor);
                if (rd < bd || (rd == bd && r.year > best->year))
                    best = &r;
            }
            if (best)
                break;
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
        c.publishedYear = best->publishedYear;
        c.unit = best->unit;
        c.scope = best->scope;
        c.qualifier = best->qualifier;
        c.unitCounted = best->unitCounted;
        c.unitsDiffer = best->scope != ind.scope || best->unitCounted != ind.unitCounted
                || vocabulary::isUnitVague(ind.unitCounted);
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
        // A figure of unknown reference year never displaces one of known year.
        if (ind.yearKnown() != best->yearKnown()) {
            if (ind.yearKnown())
                best = &ind;
            continue;
        }
        if (ind.year > best->year
            || (ind.year == best->year && !ind.yearKnown()
                && ind.publishedYear > best->publishedYear))
            best = &ind;
    }
    return best ? std::optional<Indicator>(*best) : std::nullopt;
}

double roundSignificant(double value, int digits)
{
    if (value == 0 || digits <= 0)
        return value;
    const double magnitude = std::floor(std::log10(std::fabs(value))) + 1;
    const double scale = std::pow(10.0, digits - magnitude);
    return std::round(value * scale) / scale;
}

} // namespace core::indicators
