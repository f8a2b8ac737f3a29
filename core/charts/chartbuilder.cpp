// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/chartbuilder.h"

#include "core/charts/communemap.h"
#include "core/charts/communeranking.h"
#include "core/domain/vocabulary.h"
#include "core/format/french.h"
#include "core/indicators/wording.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace core::charts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
};

/// Marks the reference territory's bar: drawn in green, and named in a note (noteReference).
void markReference(ChartValue &v, bool isReference)
{
    if (!isReference || v.highlight)
        return;
    v.reference = true;
}

/// "In green: the reference territory, Nord." when the reference's bar is drawn.
void noteReference(ChartSpec &spec, const QString &referenceName)
{
    if (std::any_of(spec.values.cbegin(), spec.values.cend(), [](const ChartValue &v) {
            return v.reference && (v.value || (v.low && v.high));
        }))
        spec.notes << Tr::tr("In green: the reference territory, %1.").arg(referenceName);
}

/// The source line and the list of sources it names.
void setSources(ChartSpec &spec, const QStringList &citations)
{
    QStringList unique;
    for (const QString &c : citations)
        if (!c.isEmpty() && !unique.contains(c))
            unique << c;
    spec.sourceCitations = unique;
    spec.sourceLine = unique.isEmpty()
            ? QString()
            : (unique.size() == 1 ? Tr::tr("Source: %1") : Tr::tr("Sources: %1"))
                      .arg(format::semicolonList(unique));
}
/// The value of an indicator as a chart mark: the number with its qualifier, and "calculé" or
/// "estimé" beside it in the image; the provenance fields for the tidy CSV.
ChartValue markOf(const indicators::Indicator &ind, const QString &rowTerritory,
                  const QString &cite)
{
    ChartValue v;
    v.value = ind.value;
    v.low = ind.low;
    v.high = ind.high;
    v.text = indicators::valueText(ind);
    if (ind.method != Method::Published)
        v.text += QStringLiteral(" (%1)").arg(methodLabel(ind.method));
    v.method = ind.method;
    v.territoryCode = rowTerritory;
    v.levelCode = ind.territoryCode;
    v.indicatorId = ind.id;
    v.year = ind.year;
    v.publishedYear = ind.publishedYear;
    v.qualifier = ind.qualifier;
    v.unitCounted = ind.unitCounted;
    v.source = cite;
    QStringList notes;
    if (!ind.basis.isEmpty())
        notes << ind.basis;
    if (!ind.formula.isEmpty())
        notes << ind.formula;
    if (!ind.note.isEmpty())
        notes << ind.note;
    v.note = format::semicolonList(notes);
    return v;
}
} // namespace

QStringList ChartBuilder::chartIds()
{
    return { QStringLiteral("key-figure"),
             QStringLiteral("jobs-share"),
             QStringLiteral("establishments-share"),
             QStringLiteral("ess-vs-rest"),
             QStringLiteral("average-size"),
             QStringLiteral("families"),
             QStringLiteral("sectors"),
             QStringLiteral("evolution"),
             QStringLiteral("commune-ranking"),
             QStringLiteral("sources-compared"),
             kCommuneMapId };
}

bool ChartBuilder::isConditional(const QString &id)
{
    return id == u"sectors" || id == u"evolution" || id == u"commune-ranking"
            || id == u"sources-compared";
}

QString ChartBuilder::describe(const QString &id)
{
    if (id == u"key-figure")
        return Tr::tr("key figure: the ESS share of salaried jobs");
    if (id == u"jobs-share")
        return Tr::tr("bars: ESS share of jobs, territory against CAVM, CAPH, CAVM + CAPH, Nord, "
                      "Hauts-de-France, France");
    if (id == u"establishments-share")
        return Tr::tr("bars: ESS share of establishments, same territories");
    if (id == u"ess-vs-rest")
        return Tr::tr("100 % stacked bars: ESS jobs and the rest of the economy");
    if (id == u"average-size")
        return Tr::tr("bars: employees per ESS structure, by source");
    if (id == u"families")
        return Tr::tr(
                "bars: ESS jobs by family (associations, cooperatives, mutuals, foundations)");
    if (id == u"sectors")
        return Tr::tr("bars: ESS jobs by sector (when sector data exist)");
    if (id == u"evolution")
        return Tr::tr("columns: ESS share of jobs over the years (when several years exist)");
    if (id == u"commune-ranking")
        return Tr::tr("bars: communes ranked by ESS share of jobs (when commune data exist)");
    if (id == u"sources-compared")
        return Tr::tr("bars: the ESS share of jobs as each source gives it, side by side");
    if (id == kCommuneMapId)
        return Tr::tr("map of the communes (--indicator ID, default density)");
    return {};
}

ChartSpec ChartBuilder::build(const QString &id, const QString &territory,
                              const QString &reference) const
{
    ChartSpec spec;
    if (id == u"key-figure")
        spec = keyFigure(territory);
    else if (id == u"jobs-share")
        spec = jobsShare(territory, reference);
    else if (id == u"establishments-share")
        spec = establishmentsShare(territory, reference);
    else if (id == u"ess-vs-rest")
        spec = essVsRest(territory, reference);
    else if (id == u"average-size")
        spec = averageSize(territory, reference);
    else if (id == u"families")
        spec = families(territory, reference);
    else if (id == u"sectors")
        spec = sectors(territory, reference);
    else if (id == u"evolution")
        spec = evolution(territory, reference);
    else if (id == u"commune-ranking")
        spec = communeRanking(territory);
    else if (id == u"sources-compared")
        spec = sourcesCompared(territory, reference);
    else if (id == kCommuneMapId)
        return withReadStatus(
                CommuneMapBuilder(m_workspace).build(territory, QStringLiteral("density")));
    else
        return spec;
    spec.territoryCode = territory;
    spec.territoryName = m_workspace.territories().nameOf(territory);
    // French typography in one place for every text the chart prints.
    for (QString *text : { &spec.title, &spec.subtitle, &spec.valueAxisTitle, &spec.sourceLine,
                           &spec.emptyMessage })
        *text = format::typography(*text);
    for (QString &note : spec.notes)
        note = format::typography(note);
    for (QString &c : spec.sourceCitations)
        c = format::typography(c);
    for (ChartValue &v : spec.values) {
        v.category = format::typography(v.category);
        v.detail = format::typography(v.detail);
        v.text = format::typography(v.text);
    }
    return withReadStatus(std::move(spec));
}

ChartSpec ChartBuilder::withReadStatus(ChartSpec spec) const
{
    // An empty chart after a failed read must not say that no source gives the figure.
    if (spec.values.empty() && !m_workspace.readStatus())
        spec.emptyMessage = format::typography(
                Tr::tr("The database could not be read: this chart cannot be drawn. Do not "
                       "publish it; restore a copy of the database or import the files again."));
    return spec;
}

QString ChartBuilder::citation(qint64 sourceId) const
{
    const Source s = m_workspace.source(sourceId);
    if (s.title.isEmpty())
        return {};
    // The register's estimates are cited by their stock: "Répertoire SIRENE (Insee), stock du …".
    if (s.title.startsWith(u"Répertoire SIRENE"))
        return s.title;
    static const QRegularExpression parenthetical(QStringLiteral("\\s*\\(.*\\)\\s*$"));
    QString publisher = s.publisher;
    publisher.remove(parenthetical);
    QString producer = s.producer;
    producer.remove(parenthetical);
    QString text = publisher.isEmpty() ? s.title : publisher;
    if (!publisher.isEmpty() && s.title.size() <= 24)
        text += QStringLiteral(", ") + s.title;
    // Who made the statistic, then where we read it: "CRESS Hauts-de-France, via La Gazette
    // France".
    if (!producer.isEmpty() && producer != publisher)
        text = Tr::tr("%1, via %2").arg(producer, text);
    if (s.publicationYear() > 0)
        text += QStringLiteral(" (%1)").arg(s.publicationYear());
    return text;
}

QStringList ChartBuilder::candidateLevels(const QString &territory, const QString &reference) const
{
    QStringList codes;
    for (const Territory &t : m_workspace.territories().ancestry(territory))
        codes << t.code;
    if (!codes.contains(reference) && m_workspace.territories().find(reference))
        codes << reference;
    return codes;
}

QStringList ChartBuilder::comparedTerritories(const QString &territory,
                                              const QString &reference) const
{
    QStringList codes;
    const TerritoryIndex &index = m_workspace.territories();
    if (const Territory *t = index.find(territory); t && t->kind == TerritoryKind::Commune)
        codes << territory;
    codes << m_workspace.defaults().compared;
    if (!codes.contains(reference) && index.find(reference))
        codes << reference;
    return codes;
}

ChartSpec ChartBuilder::comparison(const QString &chartId, const QString &indicatorId,
                                   const QString &territory, const QString &reference) const
{
    ChartSpec spec;
    spec.id = chartId;
    spec.kind = ChartKind::HorizontalBars;
    spec.unit = QStringLiteral("percent");
    const TerritoryIndex &index = m_workspace.territories();
    const QStringList codes = comparedTerritories(territory, reference);
    const auto figures = m_workspace.compare(codes, indicatorId, QStringLiteral("ess"));
    QStringList citations;
    int estimates = 0;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const Territory *t = index.find(codes.at(i));
        ChartValue v;
        v.category = t ? t->displayName() : codes.at(i);
        v.highlight = codes.at(i) == territory;
        markReference(v, codes.at(i) == reference);
        const auto &ind = figures.at(i).indicator;
        if (ind) {
            const QString cite =
                    ind->sources.isEmpty() ? QString() : citation(ind->sources.first().id);
            const QString category = v.category;
            const bool highlight = v.highlight;
            v = markOf(*ind, codes.at(i), cite);
            v.category = category;
            v.highlight = highlight;
            markReference(v, codes.at(i) == reference);
            // What the value counts, as published ("de l'emploi", "des postes salariés").
            const QString what = indicators::countedText(*ind);
            if (ind->method == Method::Estimated)
                v.detail = QStringLiteral("%1 · %2").arg(what, cite);
            else
                v.detail =
                        QStringLiteral("%1 · %2 · %3").arg(indicators::yearText(*ind), what, cite);
            citations << cite;
            if (ind->yearKnown() && ind->method != Method::Estimated)
                spec.latestYear = std::max(spec.latestYear, ind->year);
            if (ind->method == Method::Estimated)
                ++estimates;
        } else {
            v.territoryCode = codes.at(i);
            v.indicatorId = indicatorId;
            v.text = format::notAvailable();
            v.detail = Tr::tr("no published figure");
        }
        spec.values.append(v);
    }
    setSources(spec, citations);
    noteReference(spec, index.nameOf(reference));
    spec.notes << Tr::tr("Latest figure published for each territory (a known data year first); "
                         "years and counting units differ between sources.");
    if (estimates > 0)
        spec.notes << Tr::tr("\"estimated\": register estimates (SIRENE stock, application "
                             "convention), not published figures.");
    if (std::any_of(spec.values.cbegin(), spec.values.cend(),
                    [](const ChartValue &v) { return !v.value && !(v.low && v.high); }))
        spec.notes << Tr::tr("\"not available\": no source gives this figure for the territory.");
    spec.emptyMessage = Tr::tr("No source gives this indicator for these territories.");
    return spec;
}

ChartSpec ChartBuilder::jobsShare(const QString &territory, const QString &reference) const
{
    ChartSpec spec = comparison(QStringLiteral("jobs-share"), QStringLiteral("employment_share"),
                                territory, reference);
    spec.title = Tr::tr("The ESS share of employment");
    spec.subtitle = Tr::tr("Share of employment held by ESS organisations, in %, as each source "
                           "counts it");
    spec.valueAxisTitle = Tr::tr("% of employment");
    return spec;
}

ChartSpec ChartBuilder::establishmentsShare(const QString &territory,
                                            const QString &reference) const
{
    ChartSpec spec = comparison(QStringLiteral("establishments-share"),
                                QStringLiteral("establishment_share"), territory, reference);
    spec.title = Tr::tr("The ESS share of establishments");
    spec.subtitle = Tr::tr("Share of establishments belonging to the ESS, in %");
    spec.valueAxisTitle = Tr::tr("% of establishments");
    return spec;
}

ChartSpec ChartBuilder::averageSize(const QString &territory, const QString &reference) const
{
    ChartSpec spec;
    spec.id = QStringLiteral("average-size");
    spec.kind = ChartKind::HorizontalBars;
    spec.unit = QStringLiteral("ratio");
    spec.title = Tr::tr("How many employees per ESS structure?");
    spec.subtitle = Tr::tr("Average number of employees, by what each source counts");
    spec.valueAxisTitle = Tr::tr("employees per structure");
    const TerritoryIndex &index = m_workspace.territories();

    // The territory's own figures up to the arrondissement, then the region and France.
    QStringList codes;
    for (const Territory &t : index.ancestry(territory)) {
        if (t.kind == TerritoryKind::Departement)
            break;
        codes << t.code;
    }
    if (!codes.contains(reference) && index.find(reference))
        codes << reference;
    for (const QString &code : m_workspace.defaults().references) {
        const Territory *t = index.find(code);
        if (t && t->kind != TerritoryKind::Departement && !codes.contains(code))
            codes << code;
    }
    QStringList citations;
    for (const QString &code : codes) {
        auto figures = m_workspace.sharedFigures(code);
        if (!figures)
            continue;
        for (const indicators::Indicator &ind : figures.value()->indicators) {
            if (ind.id != u"avg_employees" || !ind.centralValue()
                || (ind.scope != u"ess" && ind.scope != u"associations"))
                continue;
            const Territory *t = index.find(code);
            const QString name = t ? t->displayName() : code;
            const QString cite =
                    ind.sources.isEmpty() ? QString() : citation(ind.sources.first().id);
            ChartValue v = markOf(ind, territory, cite);
            const QString year =
                    ind.yearKnown() ? QString::number(ind.year) : Tr::tr("data year not stated");
            v.category = ind.scope == u"ess"
                    ? Tr::tr("%1, ESS (%2)").arg(name, year)
                    : Tr::tr("%1, employer associations (%2)").arg(name, year);
            // The unit on every bar: bars of different units are grouped, never one scale
            // unlabelled.
            const QString what = indicators::countedText(ind);
            v.detail = QStringLiteral("%1 · %2").arg(what, cite);
            v.highlight = code == territory;
            citations << cite;
            if (ind.yearKnown())
                spec.latestYear = std::max(spec.latestYear, ind.year);
            spec.values.append(v);
        }
    }
    // Grouped by what is counted (per structure, per establishment, per employer association).
    std::stable_sort(
            spec.values.begin(), spec.values.end(),
            [](const ChartValue &a, const ChartValue &b) { return a.unitCounted < b.unitCounted; });
    setSources(spec, citations);
    spec.notes << Tr::tr("Units differ and are written on each bar, grouped by unit: per "
                         "establishment (CRESS, Insee), per employer association (2016), per "
                         "structure (PHARE, unit not stated). Compare with care.");
    spec.emptyMessage = Tr::tr("No source gives an average size for this territory.");
    return spec;
}

namespace {
/// One territory's ESS jobs by family from the (year, source) giving the most families (the
/// newest year on ties), sorted by share; empty below two families.
struct FamilyShares
{
    int year = 0;
    qint64 source = 0;
    QList<indicators::Indicator> shares;
};

FamilyShares familyShares(const Workspace &workspace, const QString &code)
{
    FamilyShares result;
    auto figures = workspace.sharedFigures(code);
    if (!figures)
        return result;
    struct Group
    {
        int year;
        qint64 source;
        int count;
    };
    QList<Group> groups;
    for (const indicators::Indicator &ind : figures.value()->indicators) {
        if (ind.id != u"ess_employment_share" || !vocabulary::essFamilies().contains(ind.scope))
            continue;
        const qint64 src = ind.sources.value(0).id;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.year == ind.year && g.source == src;
        });
        if (it == groups.end())
            groups.append({ ind.year, src, 1 });
        else
            ++it->count;
    }
    if (groups.isEmpty())
        return result;
    const Group best =
            *std::max_element(groups.cbegin(), groups.cend(), [](const Group &a, const Group &b) {
                return std::tie(a.count, a.year) < std::tie(b.count, b.year);
            });
    if (best.count < 2)
        return result;
    result.year = best.year;
    result.source = best.source;
    for (const indicators::Indicator &ind : figures.value()->indicators)
        if (ind.id == u"ess_employment_share" && ind.year == best.year
            && ind.sources.value(0).id == best.source
            && vocabulary::essFamilies().contains(ind.scope) && ind.value)
            result.shares.append(ind);
    std::stable_sort(result.shares.begin(), result.shares.end(),
                     [](const auto &x, const auto &y) { return *x.value > *y.value; });
    return result;
}
} // namespace

ChartSpec ChartBuilder::families(const QString &territory, const QString &reference) const
{
    ChartSpec spec;
    spec.id = QStringLiteral("families");
    spec.kind = ChartKind::HorizontalBars;
    spec.unit = QStringLiteral("percent");
    spec.title = Tr::tr("ESS jobs by family");
    spec.valueAxisTitle = Tr::tr("% of ESS jobs");
    spec.emptyMessage = Tr::tr("No source breaks down ESS jobs by family for this territory.");
    const TerritoryIndex &index = m_workspace.territories();

    QStringList candidates;
    for (const Territory &t : index.ancestry(territory))
        candidates << t.code;
    if (!candidates.contains(reference))
        candidates << reference;
    for (const QString &code : candidates) {
        const FamilyShares own = familyShares(m_workspace, code);
        if (own.shares.isEmpty())
            continue;
        // The reference's breakdown beside each family, when it publishes one of its own.
        const FamilyShares ref =
                code == reference ? FamilyShares {} : familyShares(m_workspace, reference);
        const Territory *refTerritory = index.find(reference);
        QStringList citations { citation(own.source) };
        for (const indicators::Indicator &ind : own.shares) {
            ChartValue v = markOf(ind, territory, citation(own.source));
            v.category = vocabulary::scopeLabel(ind.scope);
            const QString what = indicators::countedText(ind);
            v.detail = QStringLiteral("%1 · %2").arg(what, methodLabel(v.method));
            spec.values.append(v);
            for (const indicators::Indicator &r : ref.shares) {
                if (r.scope != ind.scope)
                    continue;
                ChartValue rv = markOf(r, reference, citation(ref.source));
                rv.category = Tr::tr("%1, %2").arg(
                        v.category, refTerritory ? refTerritory->displayName() : reference);
                rv.detail = QStringLiteral("%1 · %2").arg(indicators::yearText(r),
                                                          citation(ref.source));
                markReference(rv, true);
                spec.values.append(rv);
                citations << citation(ref.source);
            }
        }
        spec.latestYear = std::max(own.year, ref.year);
        const Territory *t = index.find(code);
        spec.subtitle =
                Tr::tr("%1, %2, share of ESS jobs in %")
                        .arg(t ? t->name : code,
                             indicators::yearText(
                                     own.year, m_workspace.source(own.source).publicationYear()));
        if (code != territory)
            spec.levelCode = code;
        if (code != territory)
            spec.notes << Tr::tr("Level: %1 (no breakdown published for the selected territory).")
                                  .arg(t ? t->name : code);
        setSources(spec, citations);
        noteReference(spec, index.nameOf(reference));
        return spec;
    }
    spec.subtitle = index.nameOf(territory);
    return spec;
}

ChartSpec ChartBuilder::keyFigure(const QString &territory) const
{
    ChartSpec spec;
    spec.id = QStringLiteral("key-figure");
    spec.kind = ChartKind::KeyFigure;
    spec.unit = QStringLiteral("percent");
    const TerritoryIndex &index = m_workspace.territories();
    const KeyFigure key = m_workspace.keyFigure(territory, QStringLiteral("employment_share"),
                                                QStringLiteral("ess"));
    spec.title = Tr::tr("The ESS %1", "%1: the territory with its preposition (in Nord)")
                         .arg(format::locative(territory, index.nameOf(territory)));
    spec.emptyMessage = Tr::tr("No source gives the ESS share of jobs for this territory.");
    if (!key.indicator)
        return spec;
    const indicators::Indicator &ind = *key.indicator;
    const QString cite = ind.sources.isEmpty() ? QString() : citation(ind.sources.first().id);
    ChartValue v = markOf(ind, territory, cite);
    const QString what = indicators::countedText(ind);
    v.category = what;
    v.detail = indicators::yearAndMethod(ind);
    const QString levelName = index.nameOf(ind.territoryCode);
    if (key.inherited) {
        // Never a title that gives a parent's number to the child: the level names the figure.
        spec.title = Tr::tr("The ESS in %1").arg(levelName);
        const Territory *owner = index.find(ind.territoryCode);
        v.category = Tr::tr("%1 (%2)").arg(v.category, owner ? owner->displayName() : levelName);
        spec.notes << Tr::tr("Figure of %1: no figure of its own for %2.")
                              .arg(levelName, index.nameOf(territory));
    }
    spec.values.append(v);
    if (ind.yearKnown())
        spec.latestYear = ind.year;
    // CAPH's source writes "10 % de l'ensemble de l'activité": no "emploi" in its title either.
    spec.subtitle = ind.unitCounted == u"activity"
            ? Tr::tr("ESS share of all activity, %1").arg(indicators::yearText(ind))
            : Tr::tr("Share of employment in the ESS, %1").arg(indicators::yearText(ind));
    if (ind.comparison)
        spec.notes << Tr::tr("Beside it, %1 (%2).")
                              .arg(indicators::comparisonText(
                                           ind, index.nameOf(ind.comparison->territoryCode)),
                                   citation(ind.comparison->source.id));
    setSources(spec, { cite });
    return spec;
}

ChartSpec ChartBuilder::essVsRest(const QString &territory, const QString &reference) const
{
    ChartSpec spec = comparison(QStringLiteral("ess-vs-rest"), QStringLiteral("employment_share"),
                                territory, reference);
    spec.kind = ChartKind::StackedPercent;
    spec.title = Tr::tr("The ESS and the rest of the economy");
    spec.subtitle = Tr::tr("Share of employment, in %: ESS (blue) and rest of the economy (grey)");
    spec.valueAxisTitle = Tr::tr("% of employment");
    // Territories without a figure carry no information here (the bars chart lists them),
    // except the chart's own territory: its row says "non disponible".
    QList<ChartValue> kept;
    for (ChartValue v : std::as_const(spec.values)) {
        if (!v.value && !(v.low && v.high)) {
            if (v.highlight)
                kept.append(v);
            continue;
        }
        if (!v.value)
            v.value = (*v.low + *v.high) / 2.0;
        kept.append(v);
    }
    spec.values = kept;
    spec.notes.clear();
    spec.notes << Tr::tr("Latest figure published for each territory (a known data year first); a "
                         "published range is drawn at its middle and written as published.");
    if (std::any_of(spec.values.cbegin(), spec.values.cend(),
                    [](const ChartValue &v) { return v.method == Method::Estimated; }))
        spec.notes << Tr::tr("\"estimated\": register estimates (SIRENE stock, application "
                             "convention), not published figures.");
    return spec;
}

ChartSpec ChartBuilder::sectors(const QString &territory, const QString &reference) const
{
    ChartSpec spec;
    spec.id = QStringLiteral("sectors");
    spec.kind = ChartKind::HorizontalBars;
    spec.unit = QStringLiteral("count");
    spec.title = Tr::tr("ESS jobs by sector");
    spec.valueAxisTitle = Tr::tr("ESS employees");
    spec.emptyMessage = Tr::tr("No source breaks down ESS jobs by sector for this territory.");
    spec.subtitle = m_workspace.territories().nameOf(territory);
    for (const QString &code : candidateLevels(territory, reference)) {
        auto figures = m_workspace.sharedFigures(code);
        if (!figures)
            continue;
        int year = 0;
        for (const Observation &o : figures.value()->observations)
            if (o.measure == u"employees" && o.scope == u"ess" && o.sector != u"all" && o.value)
                year = std::max(year, o.year);
        if (year == 0)
            continue;
        QStringList citations;
        for (const Observation &o : figures.value()->observations) {
            if (o.measure != u"employees" || o.scope != u"ess" || o.sector == u"all" || !o.value
                || o.year != year)
                continue;
            ChartValue v;
            v.category = Tr::tr("Section %1").arg(o.sector);
            v.value = o.value;
            v.text = format::value(o.value, QStringLiteral("count"));
            v.method = o.method;
            v.detail = methodLabel(o.method);
            v.year = o.year;
            citations << citation(o.sourceId);
            spec.values.append(v);
        }
        std::stable_sort(
                spec.values.begin(), spec.values.end(),
                [](const ChartValue &a, const ChartValue &b) { return *a.value > *b.value; });
        spec.latestYear = year;
        if (code != territory)
            spec.levelCode = code;
        spec.subtitle = Tr::tr("%1, %2, ESS employees by NAF section")
                                .arg(m_workspace.territories().nameOf(code))
                                .arg(year);
        setSources(spec, citations);
        break;
    }
    return spec;
}

ChartSpec ChartBuilder::evolution(const QString &territory, const QString &reference) const
{
    ChartSpec spec;
    spec.id = QStringLiteral("evolution");
    spec.kind = ChartKind::Columns;
    spec.unit = QStringLiteral("percent");
    spec.title = Tr::tr("The ESS share of jobs over the years");
    spec.valueAxisTitle = Tr::tr("% of salaried employment");
    spec.emptyMessage = Tr::tr("Only one year is published for this territory: no evolution to "
                               "show.");
    spec.subtitle = m_workspace.territories().nameOf(territory);
    for (const QString &code : candidateLevels(territory, reference)) {
        auto figures = m_workspace.sharedFigures(code);
        if (!figures)
            continue;
        QMap<int, const indicators::Indicator *> byYear;
        int undated = 0;
        for (const indicators::Indicator &ind : figures.value()->indicators) {
            if (ind.id != u"employment_share" || ind.scope != u"ess" || !ind.centralValue())
                continue;
            if (!ind.yearKnown()) { // no place on a time axis
                ++undated;
                continue;
            }
            const indicators::Indicator *&slot = byYear[ind.year];
            // Published or computed before estimated; otherwise the first source.
            if (!slot || (slot->method == Method::Estimated && ind.method != Method::Estimated))
                slot = &ind;
        }
        if (byYear.size() < 2)
            continue;
        QStringList citations;
        QStringList breaks;
        const indicators::Indicator *previous = nullptr;
        // One column slot per year, empty years included: the axis is proportional to time.
        for (int year = byYear.firstKey(); year <= byYear.lastKey(); ++year) {
            const indicators::Indicator *found = byYear.value(year, nullptr);
            if (!found) {
                ChartValue gap;
                gap.category = QString::number(year);
                gap.territoryCode = code;
                gap.indicatorId = QStringLiteral("employment_share");
                gap.year = year;
                spec.values.append(gap);
                continue;
            }
            const indicators::Indicator &ind = *found;
            const QString cite =
                    ind.sources.isEmpty() ? QString() : citation(ind.sources.first().id);
            ChartValue v = markOf(ind, code, cite);
            v.category = QString::number(year);
            // What each column counts: the units differ between sources ("des postes salariés").
            v.detail = QStringLiteral("%1 · %2").arg(indicators::countedText(ind), cite);
            if (previous) {
                QStringList what;
                if (previous->sources.value(0).id != ind.sources.value(0).id)
                    what << Tr::tr("source");
                if (previous->unitCounted != ind.unitCounted)
                    what << Tr::tr("unit counted");
                if (previous->perimeter != ind.perimeter)
                    what << Tr::tr("perimeter");
                if (!what.isEmpty()) {
                    // Drawn as a dashed mark between the two columns, said in the note and in
                    // the CSV row.
                    v.breakBefore = Tr::tr("break");
                    const QString changed = what.join(QStringLiteral(", "));
                    breaks << Tr::tr("%1 (%2)").arg(year).arg(changed);
                    v.note = Tr::tr("Series break after %1 (change of %2)")
                                     .arg(previous->year)
                                     .arg(changed)
                            + (v.note.isEmpty() ? QString() : QStringLiteral(" ; ") + v.note);
                }
            }
            previous = &ind;
            citations << cite;
            spec.values.append(v);
            spec.latestYear = std::max(spec.latestYear, ind.year);
        }
        const QString name = m_workspace.territories().nameOf(code);
        spec.subtitle = Tr::tr("%1, ESS share of employment, in %, one column per year").arg(name);
        if (code != territory)
            spec.levelCode = code;
        if (code != territory)
            spec.notes << Tr::tr("Level: %1 (no series published for the selected territory).")
                                  .arg(name);
        if (!breaks.isEmpty())
            spec.notes << Tr::tr("Series breaks (source, unit or perimeter change): %1. Read the "
                                 "gaps with care.")
                                  .arg(format::semicolonList(breaks));
        if (undated > 0)
            spec.notes << Tr::tr("%n figure(s) without a stated data year left out.", nullptr,
                                 undated);
        setSources(spec, citations);
        break;
    }
    return spec;
}

ChartSpec ChartBuilder::communeRanking(const QString &territory) const
{
    ChartSpec spec;
    spec.id = QStringLiteral("commune-ranking");
    spec.kind = ChartKind::HorizontalBars;
    spec.unit = QStringLiteral("percent");
    spec.title = Tr::tr("Communes ranked by the ESS share of jobs");
    spec.valueAxisTitle = Tr::tr("% of salaried employment");
    spec.emptyMessage = Tr::tr("No source gives the ESS share of jobs for the communes of this "
                               "territory.");
    const TerritoryIndex &index = m_workspace.territories();
    spec.subtitle = index.nameOf(territory);
    QStringList citations;
    for (const Territory &t : index.communesOf(territory)) {
        auto figures = m_workspace.sharedFigures(t.code);
        if (!figures)
            continue;
        const auto ind =
                indicators::headline(figures.value()->indicators,
                                     QStringLiteral("employment_share"), QStringLiteral("ess"));
        if (!ind || !ind->centralValue())
            continue;
        const QString cite = ind->sources.isEmpty() ? QString() : citation(ind->sources.first().id);
        ChartValue v = markOf(*ind, t.code, cite);
        v.category = t.name;
        v.value = ind->centralValue();
        v.detail = indicators::yearText(*ind);
        citations << cite;
        if (ind->yearKnown() && ind->method != Method::Estimated)
            spec.latestYear = std::max(spec.latestYear, ind->year);
        spec.values.append(v);
    }
    rankCommunes(spec, 15);
    if (!spec.values.isEmpty())
        spec.subtitle =
                Tr::tr("%1, share of salaried jobs in the ESS, in %").arg(index.nameOf(territory));
    setSources(spec, citations);
    return spec;
}

ChartSpec ChartBuilder::sourcesCompared(const QString &territory, const QString &reference) const
{
    ChartSpec spec;
    spec.id = QStringLiteral("sources-compared");
    spec.kind = ChartKind::HorizontalBars;
    spec.unit = QStringLiteral("percent");
    spec.title = Tr::tr("One indicator, several sources");
    spec.valueAxisTitle = Tr::tr("% of salaried employment");
    spec.emptyMessage = Tr::tr("A single source gives the ESS share of jobs here: nothing to "
                               "compare.");
    spec.subtitle = m_workspace.territories().nameOf(territory);
    for (const QString &code : candidateLevels(territory, reference)) {
        auto figures = m_workspace.sharedFigures(code);
        if (!figures)
            continue;
        QList<const indicators::Indicator *> found;
        QSet<qint64> sourceIds;
        for (const indicators::Indicator &ind : figures.value()->indicators) {
            if (ind.id != u"employment_share" || ind.scope != u"ess" || !ind.centralValue()
                || ind.sources.isEmpty())
                continue;
            found.append(&ind);
            sourceIds.insert(ind.sources.first().id);
        }
        if (sourceIds.size() < 2)
            continue;
        std::stable_sort(found.begin(), found.end(),
                         [](const auto *a, const auto *b) { return a->year > b->year; });
        QStringList citations;
        QStringList disagreements;
        for (const indicators::Indicator *ind : std::as_const(found)) {
            const QString cite = citation(ind->sources.first().id);
            const Source s = m_workspace.source(ind->sources.first().id);
            static const QRegularExpression parenthetical(QStringLiteral("\\s*\\(.*\\)\\s*$"));
            QString who = s.producer.isEmpty() ? s.publisher : s.producer;
            who.remove(parenthetical);
            ChartValue v = markOf(*ind, code, cite);
            v.category = ind->yearKnown()
                    ? Tr::tr("%1, data %2").arg(who.isEmpty() ? s.title : who).arg(ind->year)
                    : Tr::tr("%1, data year not stated").arg(who.isEmpty() ? s.title : who);
            const QString what = indicators::countedText(*ind);
            v.detail = QStringLiteral("%1 · %2").arg(what, cite);
            citations << cite;
            if (!ind->disagreement.isEmpty() && !disagreements.contains(ind->disagreement))
                disagreements << ind->disagreement;
            if (ind->yearKnown())
                spec.latestYear = std::max(spec.latestYear, ind->year);
            spec.values.append(v);
        }
        const QString name = m_workspace.territories().nameOf(code);
        spec.subtitle =
                Tr::tr("%1, ESS share of salaried jobs according to each source, in %").arg(name);
        if (code != territory)
            spec.levelCode = code;
        if (code != territory)
            spec.notes
                    << Tr::tr("Level: %1 (a single source for the selected territory).").arg(name);
        spec.notes << Tr::tr("Sources differ in year, perimeter and counting unit; the gaps show "
                             "why a figure must always be quoted with its source.");
        setSources(spec, citations);
        break;
    }
    return spec;
}

QString altText(const ChartSpec &spec)
{
    if (spec.kind == ChartKind::Map)
        return mapAltText(spec);
    // Sentences: each ends with one full stop (not after "?"), values with their years.
    const auto sentence = [](QString s) {
        s = s.trimmed();
        if (!s.isEmpty() && !QStringLiteral(".?!").contains(s.back()))
            s += u'.';
        return s;
    };
    if (!spec.hasData())
        return format::typography(sentence(spec.title) + u' ' + sentence(spec.emptyMessage));
    QStringList parts;
    for (const ChartValue &v : spec.values) {
        if (!v.value && !(v.low && v.high) && v.text.isEmpty())
            continue; // an empty year of the evolution chart
        QString part = spec.kind == ChartKind::KeyFigure ? Tr::tr("%1 %2").arg(v.text, v.category)
                                                         : Tr::tr("%1: %2").arg(v.category, v.text);
        // What the value counts and its source, as drawn beside it.
        if (!v.detail.isEmpty() && spec.kind != ChartKind::KeyFigure)
            part = Tr::tr("%1 (%2)").arg(part, v.detail);
        if (v.year > 0 && (v.value || (v.low && v.high)))
            part = Tr::tr("%1 in %2").arg(part).arg(v.year);
        else if (v.publishedYear > 0 && (v.value || (v.low && v.high)))
            part = Tr::tr("%1, %2").arg(part, indicators::yearText(kUnknownYear, v.publishedYear));
        parts << part;
    }
    QString values = format::semicolonList(parts);
    if (!values.isEmpty())
        values[0] = values.at(0).toUpper();
    QString text = sentence(Tr::tr("Chart: %1").arg(spec.title));
    if (!spec.subtitle.isEmpty())
        text += u' ' + sentence(spec.subtitle);
    text += u' ' + sentence(values);
    // The notes carry the level of an inherited figure and the regional comparison.
    for (const QString &note : spec.notes)
        text += u' ' + sentence(note);
    if (!spec.sourceLine.isEmpty())
        text += u' ' + sentence(spec.sourceLine);
    return format::typography(text);
}

QByteArray toCsv(const ChartSpec &spec)
{
    if (spec.kind == ChartKind::Map)
        return mapCsv(spec);
    const auto cell = format::csvCell;
    const auto num = [](const std::optional<double> &v) {
        return v ? format::csvNumber(*v) : QString();
    };
    // Tidy: one row per value, every column a variable; the source is a column, not a last row.
    QString out;
    out += Tr::tr("territory;level;category;indicator;reference year;published;value;low;high;"
                  "qualifier;unit;unit counted;method;text;source;note")
            + QStringLiteral("\r\n");
    for (const ChartValue &v : spec.values) {
        if (!v.value && !(v.low && v.high) && v.text.isEmpty())
            continue; // an empty year of the evolution chart
        out += QStringList { cell(v.territoryCode.isEmpty() ? spec.territoryCode : v.territoryCode),
                             cell(v.levelCode), cell(v.category), cell(v.indicatorId),
                             v.year != kUnknownYear ? QString::number(v.year) : QString(),
                             v.publishedYear > 0 ? QString::number(v.publishedYear) : QString(),
                             num(v.value), num(v.low), num(v.high), cell(v.qualifier), spec.unit,
                             cell(v.unitCounted), cell(methodKey(v.method)), cell(v.text),
                             // A "non disponible" row has no source; never the chart's list.
                             cell(!v.source.isEmpty() || !(v.value || (v.low && v.high))
                                          ? v.source
                                          : spec.sourceLine),
                             cell(v.note) }
                        .join(u';')
                + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace core::charts
