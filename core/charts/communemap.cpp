// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/communemap.h"

#include "core/charts/chartbuilder.h"
#include "core/charts/chartnames.h"
#include "core/domain/vocabulary.h"
#include "core/format/french.h"
#include "core/indicators/registerfigures.h"
#include "core/registerqueries.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace core::charts {

namespace {
const QString kPopulation = QStringLiteral("population");
const QString kDensity = QStringLiteral("density");
const QString kRegEstablishments = QStringLiteral("register-ess-establishments");
const QString kRegShare = QStringLiteral("register-ess-share");
const QString kRegEmployees = QStringLiteral("register-ess-employees");
const QString kRegEmployerShare = QStringLiteral("register-employer-ess-share");
constexpr int kClasses = 5;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommuneMapBuilder)
};

/// The label of a register estimate (one table for every front end); empty for other ids.
QString registerLabel(const QString &id)
{
    if (id == kRegEstablishments || id == kRegShare || id == kRegEmployees
        || id == kRegEmployerShare)
        return mapIndicatorLabel(id);
    return {};
}

bool isCountUnit(const QString &unit)
{
    return unit == u"count" || unit == u"euro";
}

QString formatMapValue(double v, const QString &unit)
{
    if (unit == u"density")
        return Tr::tr("%1 inhabitants/km²").arg(format::number(v, v < 100 ? 1 : 0));
    if (unit == u"count")
        return format::number(v, 0);
    return format::value(v, unit);
}

/// A bound in a legend: same decimals as the values, French typography.
QString formatBound(double v, const QString &unit)
{
    if (unit == u"density")
        return format::number(v, v < 100 ? 1 : 0);
    if (unit == u"percent")
        return format::percent(v, 1);
    return format::compact(v, 1);
}

/// "part de l'emploi" -> "Part de l'emploi": labels that open a title or a legend.
QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

struct Gathered
{
    QHash<QString, MapArea> areas; // by commune code
    QString unit;
    QString label;
    QString legendTitle;
    QStringList citations;
    QStringList notes;
    int year = 0;
};
} // namespace

QString mapStateLabel(MapValueState state)
{
    switch (state) {
    case MapValueState::Value:
        return {};
    case MapValueState::Missing:
        return format::notAvailable();
    case MapValueState::Secret:
        return Tr::tr("statistical secret");
    case MapValueState::TooFew:
        return Tr::tr("count too small");
    }
    return {};
}

QString CommuneMapBuilder::extentOf(const QString &territory) const
{
    const TerritoryIndex &index = m_workspace.territories();
    const Territory *t = index.find(territory);
    if (!t)
        return m_workspace.defaults().area;
    if (t->kind == TerritoryKind::Epci)
        return t->code;
    if (t->kind == TerritoryKind::Commune) {
        const Territory *parent = index.find(t->parentCode);
        return parent && parent->kind == TerritoryKind::Epci ? parent->code
                                                             : m_workspace.defaults().area;
    }
    return m_workspace.defaults().area;
}

QList<MapIndicator> CommuneMapBuilder::indicators() const
{
    QList<MapIndicator> list { { kPopulation, Tr::tr("Population") },
                               { kDensity, Tr::tr("Population density") } };
    QStringList codes;
    for (const Territory &c : m_workspace.territories().communesOf(m_workspace.defaults().area))
        codes << c.code;
    QSet<qint64> registerDatasets;
    if (auto datasets = m_workspace.datasets())
        for (const Dataset &d : datasets.value())
            if (d.kind == DatasetKind::Sirene)
                registerDatasets.insert(d.id);
    std::map<QString, QString> measures; // id -> label, sorted by id
    if (auto obs = m_workspace.observations(codes)) {
        for (const Observation &o : obs.value()) {
            if (o.sector != u"all" || registerDatasets.contains(o.datasetId))
                continue;
            const QString id = o.measure + u':' + o.scope;
            if (!measures.count(id))
                measures[id] = QStringLiteral("%1 (%2)").arg(
                        capitalised(vocabulary::measureLabel(o.measure)),
                        vocabulary::scopeLabel(o.scope));
        }
    }
    for (const auto &[id, label] : measures)
        list.append({ id, label });
    if (!registerDatasets.isEmpty()
        && !registerFigures(m_workspace, m_workspace.defaults().area).isEmpty())
        for (const QString &id :
             { kRegEstablishments, kRegShare, kRegEmployees, kRegEmployerShare })
            list.append({ id, registerLabel(id) });
    return list;
}

ChartSpec CommuneMapBuilder::build(const QString &territory, const QString &indicator) const
{
    const TerritoryIndex &index = m_workspace.territories();
    const QString extent = extentOf(territory);
    auto atlas = m_workspace.atlas();
    const ChartBuilder citations(m_workspace);

    ChartSpec spec;
    spec.id = kCommuneMapId;
    spec.kind = ChartKind::Map;
    spec.territoryCode = territory;
    spec.territoryName = index.nameOf(territory);
    auto map = std::make_shared<MapSpec>();
    map->indicator = indicator;
    map->atlas = atlas;

    QList<Territory> communes = index.communesOf(extent);
    std::sort(communes.begin(), communes.end(),
              [](const Territory &a, const Territory &b) { return a.code < b.code; });
    Gathered g;
    const auto areaOf = [&](const Territory &c) {
        MapArea a;
        a.code = c.code;
        a.name = c.name;
        a.highlight = c.code == territory;
        a.population = c.population.value_or(0);
        return a;
    };
    for (const Territory &c : std::as_const(communes))
        g.areas.insert(c.code, areaOf(c));

    if (indicator == kPopulation || indicator == kDensity) {
        const bool density = indicator == kDensity;
        g.unit = density ? QStringLiteral("density") : QStringLiteral("count");
        g.label = density ? Tr::tr("Population density") : Tr::tr("Population");
        g.legendTitle = density ? Tr::tr("Inhabitants per km²") : Tr::tr("Inhabitants");
        for (const Territory &c : std::as_const(communes)) {
            MapArea &a = g.areas[c.code];
            const geo::CommuneShape *shape = atlas->commune(c.code);
            if (!c.population || (density && (!shape || shape->areaKm2 <= 0)))
                continue;
            a.value = density ? double(*c.population) / shape->areaKm2 : double(*c.population);
            a.year = c.populationYear.value_or(0);
            a.method = density ? Method::Computed : Method::Published;
            g.year = std::max(g.year, a.year);
        }
        const QString insee = Tr::tr("Insee, legal populations %1").arg(g.year);
        for (MapArea &a : g.areas)
            a.source = density ? Tr::tr("%1; area computed from IGN contours").arg(insee) : insee;
        g.citations << insee;
        if (density)
            g.notes << Tr::tr("Density: municipal population %1 divided by the area "
                              "computed on "
                              "the IGN contours (Lambert-93, generalised outlines).")
                               .arg(g.year);
    } else if (registerLabel(indicator).size() > 0) {
        const indicators::RegisterFigures rf = registerFigures(m_workspace, extent);
        const bool share = indicator == kRegShare || indicator == kRegEmployerShare;
        g.unit = share ? QStringLiteral("percent") : QStringLiteral("count");
        g.label = registerLabel(indicator);
        g.legendTitle = share ? Tr::tr("Share in %")
                              : (indicator == kRegEmployees ? Tr::tr("Employees (estimate)")
                                                            : Tr::tr("Establishments"));
        g.year = rf.provenance.year;
        const QString cite = citations.citation(rf.provenance.sourceId);
        for (const indicators::RegisterCommune &rc : rf.communes) {
            if (!g.areas.contains(rc.commune.code))
                continue;
            MapArea &a = g.areas[rc.commune.code];
            const indicators::RegisterCounts &k = rc.counts;
            a.method = Method::Estimated;
            a.year = rf.provenance.year;
            a.source = cite;
            if (indicator == kRegEstablishments) {
                a.value = k.activeEss;
            } else if (indicator == kRegEmployees) {
                a.value = k.employeesEssMid;
                a.low = k.employeesEssLow;
                a.high = k.employeesEssHigh;
            } else {
                const std::optional<double> base = indicator == kRegShare ? k.active : k.employers;
                a.value = indicator == kRegShare ? k.essShare() : k.employerEssShare();
                if (base && *base < indicators::kSmallCountThreshold) {
                    a.value.reset();
                    a.state = MapValueState::TooFew;
                }
            }
        }
        g.citations << cite;
        g.notes << Tr::tr("Estimated from the SIRENE register (stock of %1) under "
                          "the convention "
                          "%2, which is not Insee's official ESS perimeter.")
                           .arg(rf.provenance.stockDate, rf.provenance.convention);
        if (share)
            g.notes << Tr::tr("Shares on fewer than %1 establishments are not shown "
                              "(count too "
                              "small).")
                               .arg(indicators::kSmallCountThreshold);
    } else if (indicator.contains(u':')) {
        const QString measure = indicator.section(u':', 0, 0);
        const QString scope = indicator.section(u':', 1, 1);
        QSet<qint64> registerDatasets;
        if (auto datasets = m_workspace.datasets())
            for (const Dataset &d : datasets.value())
                if (d.kind == DatasetKind::Sirene)
                    registerDatasets.insert(d.id);
        QStringList codes;
        for (const Territory &c : std::as_const(communes))
            codes << c.code;
        std::vector<Observation> found;
        QHash<QString, double> establishments; // commune|year -> all establishments
        if (auto obs = m_workspace.observations(codes)) {
            for (const Observation &o : obs.value()) {
                if (o.sector != u"all" || registerDatasets.contains(o.datasetId))
                    continue;
                if (o.measure == u"establishments" && o.scope == u"all" && o.value)
                    establishments.insert(o.territoryCode + u'|' + QString::number(o.year),
                                          *o.value);
                if (o.measure == measure && o.scope == scope) {
                    g.year = std::max(g.year, o.year);
                    found.push_back(o);
                }
            }
        }
        // One year on a map: the latest; per commune the latest dataset of that
        // year.
        std::sort(found.begin(), found.end(), [](const Observation &a, const Observation &b) {
            return a.datasetId < b.datasetId;
        });
        const bool establishmentShare =
                measure.contains(u"establishment") && measure.endsWith(u"share");
        g.label = QStringLiteral("%1 (%2)").arg(capitalised(vocabulary::measureLabel(measure)),
                                                vocabulary::scopeLabel(scope));
        QStringList cites;
        bool anyEstimated = false;
        for (const Observation &o : found) {
            if (o.year != g.year || !g.areas.contains(o.territoryCode))
                continue;
            MapArea &a = g.areas[o.territoryCode];
            g.unit = o.unit;
            a.value = o.centralValue();
            a.low = o.low;
            a.high = o.high;
            a.year = o.year;
            a.method = o.method;
            anyEstimated = anyEstimated || o.method == Method::Estimated;
            a.source = citations.citation(o.sourceId);
            a.state = a.value ? MapValueState::Value : MapValueState::Secret;
            if (!cites.contains(a.source))
                cites << a.source;
            const auto base =
                    establishments.constFind(o.territoryCode + u'|' + QString::number(o.year));
            if (establishmentShare && base != establishments.cend()
                && *base < indicators::kSmallCountThreshold) {
                a.value.reset();
                a.state = MapValueState::TooFew;
            }
        }
        g.citations << cites;
        g.legendTitle = g.unit == u"percent" ? Tr::tr("Share in %")
                                             : capitalised(vocabulary::measureLabel(measure));
        if (anyEstimated)
            g.notes << Tr::tr("Some values are estimates (estimé): see each commune's source.");
        if (establishmentShare)
            g.notes << Tr::tr("Shares on fewer than %1 establishments are not shown "
                              "(count too "
                              "small).")
                               .arg(indicators::kSmallCountThreshold);
    }
    if (g.label.isEmpty()) {
        spec.title = Tr::tr("Commune map");
        spec.emptyMessage = Tr::tr("Unknown map indicator \"%1\".").arg(indicator);
        spec.map = map;
        return spec;
    }

    map->indicatorLabel = g.label;
    map->legendTitle = g.legendTitle;
    map->unit = g.unit.isEmpty() ? QStringLiteral("count") : g.unit;
    map->style = isCountUnit(map->unit) ? MapStyle::Circles : MapStyle::Choropleth;
    QList<double> values;
    for (const Territory &c : std::as_const(communes)) {
        MapArea a = g.areas.value(c.code);
        if (a.value) {
            a.state = MapValueState::Value;
            a.text = formatMapValue(*a.value, map->unit);
            if (a.low && a.high && *a.low != *a.high)
                a.text += QStringLiteral(" (%1)").arg(
                        format::range(*a.low, *a.high, map->unit == u"percent"));
            values << *a.value;
        } else {
            a.text = mapStateLabel(a.state);
        }
        if (!atlas->commune(c.code))
            continue; // no contour: listed nowhere rather than drawn wrong
        map->areas.append(a);
    }
    for (const geo::EpciOutline &e : atlas->epcis())
        if (extent == m_workspace.defaults().area || e.code == extent)
            map->epciCodes << e.code;

    if (map->style == MapStyle::Choropleth && !values.isEmpty()) {
        QList<double> distinct = values;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        // Natural breaks when the series is rich enough to show its own gaps, else
        // quantiles.
        map->classMethod = distinct.size() >= 2 * kClasses ? geo::ClassMethod::NaturalBreaks
                                                           : geo::ClassMethod::Quantiles;
        map->upperBounds = map->classMethod == geo::ClassMethod::NaturalBreaks
                ? geo::naturalBreaks(values, kClasses)
                : geo::quantileBreaks(values, kClasses);
        map->classMethodLabel = map->classMethod == geo::ClassMethod::NaturalBreaks
                ? Tr::tr("Classes: natural breaks (Jenks)")
                : Tr::tr("Classes: quantiles (equal counts)");
        double lower = distinct.constFirst();
        for (qsizetype i = 0; i < map->upperBounds.size(); ++i) {
            const double upper = map->upperBounds.at(i);
            map->classLabels << (i == 0 ? Tr::tr("%1 to %2") : Tr::tr("over %1 to %2"))
                                        .arg(formatBound(lower, map->unit),
                                             formatBound(upper, map->unit));
            lower = upper;
        }
        for (MapArea &a : map->areas)
            if (a.value)
                a.classIndex = geo::classIndex(*a.value, map->upperBounds);
    } else if (map->style == MapStyle::Circles && !values.isEmpty()) {
        map->maxValue = *std::max_element(values.cbegin(), values.cend());
        for (const double r :
             { geo::roundDown125(map->maxValue), geo::roundDown125(map->maxValue / 5),
               geo::roundDown125(map->maxValue / 25) })
            if (r > 0 && !map->referenceValues.contains(r))
                map->referenceValues << r;
    }

    spec.title = Tr::tr("%1 by commune").arg(g.label);
    spec.subtitle = g.year > 0 ? Tr::tr("%1, %2").arg(index.nameOf(extent)).arg(g.year)
                               : index.nameOf(extent);
    spec.unit = map->unit == u"density" ? QStringLiteral("ratio") : map->unit;
    spec.latestYear = g.year;
    for (const MapArea &a : std::as_const(map->areas)) {
        ChartValue v;
        v.category = a.name;
        v.detail = a.code;
        v.value = a.value;
        v.low = a.low;
        v.high = a.high;
        v.text = a.text;
        v.method = a.method;
        v.highlight = a.highlight;
        spec.values.append(v);
    }
    const qsizetype gaps = std::count_if(map->areas.cbegin(), map->areas.cend(),
                                         [](const MapArea &a) { return !a.value; });
    if (gaps > 0)
        g.notes << Tr::tr("%n commune(s) without a value are hatched.", nullptr, int(gaps));
    spec.notes = g.notes;
    g.citations << geo::CommuneAtlas::attribution();
    g.citations.removeAll(QString());
    g.citations.removeDuplicates();
    spec.sourceCitations = g.citations;
    spec.sourceLine = (g.citations.size() == 1 ? Tr::tr("Source: %1") : Tr::tr("Sources: %1"))
                              .arg(format::semicolonList(g.citations));
    if (atlas->isEmpty())
        spec.values.clear();
    spec.emptyMessage = atlas->isEmpty()
            ? Tr::tr("The commune contours are missing from the reference data.")
            : Tr::tr("No commune of %1 has a value for this indicator.").arg(index.nameOf(extent));
    spec.map = map;
    return spec;
}

QString mapAltText(const ChartSpec &spec)
{
    if (!spec.map || !spec.hasData())
        return Tr::tr("%1. %2").arg(spec.title, spec.emptyMessage);
    const MapSpec &m = *spec.map;
    const MapArea *lowest = nullptr;
    const MapArea *highest = nullptr;
    int gaps = 0;
    for (const MapArea &a : m.areas) {
        if (!a.value) {
            ++gaps;
            continue;
        }
        if (!lowest || *a.value < *lowest->value)
            lowest = &a;
        if (!highest || *a.value > *highest->value)
            highest = &a;
    }
    QString text = Tr::tr("Map: %1. %2. %n commune(s).", nullptr, int(m.areas.size()))
                           .arg(spec.title, spec.subtitle);
    text += u' '
            + Tr::tr("Highest: %1 (%2); lowest: %3 (%4).")
                      .arg(highest->name, highest->text, lowest->name, lowest->text);
    if (m.style == MapStyle::Choropleth) {
        QStringList classes;
        for (qsizetype i = 0; i < m.classLabels.size(); ++i) {
            const auto n = std::count_if(m.areas.cbegin(), m.areas.cend(),
                                         [i](const MapArea &a) { return a.classIndex == i; });
            classes << Tr::tr("%1: %n commune(s)", nullptr, int(n)).arg(m.classLabels.at(i));
        }
        text += u' ' + format::semicolonList(QStringList { m.classMethodLabel } + classes) + u'.';
    } else {
        text += u' ' + Tr::tr("Circles proportional to the value (area).");
    }
    if (gaps > 0)
        text += u' ' + Tr::tr("%n commune(s) without a value.", nullptr, gaps);
    if (!spec.sourceLine.isEmpty())
        text += u' ' + spec.sourceLine + u'.';
    return text;
}

QByteArray mapCsv(const ChartSpec &spec)
{
    const auto cell = format::csvCell;
    const auto num = [](const std::optional<double> &v) {
        return v ? format::csvNumber(*v) : QString();
    };
    QString out = Tr::tr("code;commune;value;low;high;class;state;method;year;source")
            + QStringLiteral("\r\n");
    if (spec.map) {
        const MapSpec &m = *spec.map;
        for (const MapArea &a : m.areas) {
            const QString cls = a.classIndex >= 0 && a.classIndex < m.classLabels.size()
                    ? m.classLabels.at(a.classIndex)
                    : QString();
            out += QStringList { a.code.mid(4),
                                 cell(a.name),
                                 num(a.value),
                                 num(a.low),
                                 num(a.high),
                                 cell(cls),
                                 a.value ? QString() : mapStateLabel(a.state),
                                 cell(methodLabel(a.method)),
                                 a.year > 0 ? QString::number(a.year) : QString(),
                                 cell(a.source) }
                            .join(u';')
                    + QStringLiteral("\r\n");
        }
    }
    if (!spec.sourceLine.isEmpty())
        out += cell(spec.sourceLine) + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace core::charts
