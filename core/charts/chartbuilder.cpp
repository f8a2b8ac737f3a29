// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/chartbuilder.h"

#include "core/domain/vocabulary.h"
#include "core/format/french.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace core::charts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
};

const QString kCavm = QStringLiteral("EPCI:245901160");
const QString kCaph = QStringLiteral("EPCI:200042190");
const QString kArr = QStringLiteral("ARR:596");
const QString kNord = QStringLiteral("DEP:59");
const QString kRegion = QStringLiteral("REG:32");
const QString kFrance = QStringLiteral("FR");

QString sourceLine(const QStringList &citations)
{
    QStringList unique;
    for (const QString &c : citations)
        if (!c.isEmpty() && !unique.contains(c))
            unique << c;
    if (unique.isEmpty())
        return {};
    return (unique.size() == 1 ? Tr::tr("Source: %1") : Tr::tr("Sources: %1"))
            .arg(unique.join(QStringLiteral(" ; ")));
}
} // namespace

QStringList ChartBuilder::chartIds()
{
    return { QStringLiteral("key-figure"), QStringLiteral("jobs-share"),
             QStringLiteral("establishments-share"), QStringLiteral("average-size"),
             QStringLiteral("families") };
}

ChartSpec ChartBuilder::build(const QString &id, const QString &territory,
                              const QString &reference) const
{
    if (id == u"key-figure")
        return keyFigure(territory);
    if (id == u"jobs-share")
        return jobsShare(territory, reference);
    if (id == u"establishments-share")
        return establishmentsShare(territory, reference);
    if (id == u"average-size")
        return averageSize(territory, reference);
    if (id == u"families")
        return families(territory, reference);
    return {};
}

QString ChartBuilder::citation(qint64 sourceId) const
{
    const Source s = m_workspace.source(sourceId);
    if (s.title.isEmpty())
        return {};
    static const QRegularExpression parenthetical(QStringLiteral("\\s*\\(.*\\)\\s*$"));
    QString publisher = s.publisher;
    publisher.remove(parenthetical);
    QString text = publisher.isEmpty() ? s.title : publisher;
    if (!publisher.isEmpty() && s.title.size() <= 24)
        text += QStringLiteral(", ") + s.title;
    if (s.publicationYear() > 0)
        text += QStringLiteral(" (%1)").arg(s.publicationYear());
    return text;
}

QStringList ChartBuilder::comparedTerritories(const QString &territory,
                                              const QString &reference) const
{
    QStringList codes;
    const TerritoryIndex &index = m_workspace.territories();
    if (const Territory *t = index.find(territory); t && t->kind == TerritoryKind::Commune)
        codes << territory;
    codes << kCavm << kCaph << kArr << kNord << kRegion << kFrance;
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
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const Territory *t = index.find(codes.at(i));
        ChartValue v;
        v.category = t ? t->displayName() : codes.at(i);
        v.highlight = codes.at(i) == territory || (codes.at(i) == kArr && territory == kArr);
        const auto &ind = figures.at(i).indicator;
        if (ind) {
            v.value = ind->value;
            v.low = ind->low;
            v.high = ind->high;
            v.text = format::value(ind->value, ind->unit, ind->low, ind->high);
            v.method = methodLabel(ind->method);
            const QString cite = ind->sources.isEmpty() ? QString() : citation(ind->sources.first().id);
            v.detail = QStringLiteral("%1 · %2").arg(ind->year).arg(cite);
            citations << cite;
            spec.latestYear = std::max(spec.latestYear, ind->year);
        } else {
            v.text = format::notAvailable();
            v.detail = Tr::tr("no published figure");
        }
        spec.values.append(v);
    }
    spec.sourceLine = sourceLine(citations);
    spec.notes << Tr::tr("Latest year published for each territory; years and counting units differ "
                         "between sources. In orange: the selected territory.");
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
    spec.title = Tr::tr("The ESS share of salaried employment");
    spec.subtitle = Tr::tr("Share of jobs held by ESS organisations, in %");
    spec.valueAxisTitle = Tr::tr("% of salaried employment");
    return spec;
}

ChartSpec ChartBuilder::establishmentsShare(const QString &territory, const QString &reference) const
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
    Q_UNUSED(reference);
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
    codes << kRegion << kFrance;
    QStringList citations;
    for (const QString &code : codes) {
        auto figures = m_workspace.figures(code);
        if (!figures)
            continue;
        for (const indicators::Indicator &ind : figures->indicators) {
            if (ind.id != u"avg_employees" || !ind.centralValue()
                || (ind.scope != u"ess" && ind.scope != u"associations"))
                continue;
            ChartValue v;
            const Territory *t = index.find(code);
            const QString name = t ? t->displayName() : code;
            v.category = ind.scope == u"ess"
                    ? Tr::tr("%1, ESS (%2)").arg(name).arg(ind.year)
                    : Tr::tr("%1, employer associations (%2)").arg(name).arg(ind.year);
            v.value = ind.value;
            v.low = ind.low;
            v.high = ind.high;
            v.text = format::value(ind.value, QStringLiteral("ratio"), ind.low, ind.high);
            v.method = methodLabel(ind.method);
            const QString cite = ind.sources.isEmpty() ? QString() : citation(ind.sources.first().id);
            v.detail = QStringLiteral("%1 · %2").arg(ind.basis.isEmpty() ? v.method : ind.basis, cite);
            v.highlight = code == territory;
            citations << cite;
            spec.latestYear = std::max(spec.latestYear, ind.year);
            spec.values.append(v);
        }
    }
    spec.sourceLine = sourceLine(citations);
    spec.notes << Tr::tr("Units differ: per establishment (CRESS, Insee), per employer association "
                         "(2016), per structure (PHARE). Compare with care.");
    spec.emptyMessage = Tr::tr("No source gives an average size for this territory.");
    return spec;
}

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
        auto figures = m_workspace.figures(code);
        if (!figures)
            continue;
        // The (year, source) with the most families; the newest year on ties.
        struct Group { int year; qint64 source; int count; };
        QList<Group> groups;
        for (const indicators::Indicator &ind : figures->indicators) {
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
            continue;
        const Group best = *std::max_element(groups.cbegin(), groups.cend(),
                                             [](const Group &a, const Group &b) {
                                                 return std::tie(a.count, a.year) < std::tie(b.count, b.year);
                                             });
        if (best.count < 2)
            continue;
        for (const indicators::Indicator &ind : figures->indicators) {
            if (ind.id != u"ess_employment_share" || ind.year != best.year
                || ind.sources.value(0).id != best.source
                || !vocabulary::essFamilies().contains(ind.scope))
                continue;
            ChartValue v;
            v.category = vocabulary::scopeLabel(ind.scope);
            v.value = ind.value;
            v.text = format::value(ind.value, QStringLiteral("percent"));
            v.method = methodLabel(ind.method);
            v.detail = v.method;
            spec.values.append(v);
        }
        std::stable_sort(spec.values.begin(), spec.values.end(),
                         [](const ChartValue &a, const ChartValue &b) { return *a.value > *b.value; });
        spec.latestYear = best.year;
        const Territory *t = index.find(code);
        spec.subtitle = Tr::tr("%1, %2, share of ESS jobs in %").arg(t ? t->name : code).arg(best.year);
        if (code != territory)
            spec.notes << Tr::tr("Level: %1 (no breakdown published for the selected territory).")
                                  .arg(t ? t->name : code);
        spec.sourceLine = sourceLine({ citation(best.source) });
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
    spec.title = Tr::tr("The ESS in %1").arg(index.nameOf(territory));
    spec.emptyMessage = Tr::tr("No source gives the ESS share of jobs for this territory.");
    if (!key.indicator)
        return spec;
    const indicators::Indicator &ind = *key.indicator;
    ChartValue v;
    v.category = Tr::tr("of salaried jobs");
    v.value = ind.value;
    v.low = ind.low;
    v.high = ind.high;
    v.text = format::value(ind.value, ind.unit, ind.low, ind.high);
    v.method = methodLabel(ind.method);
    v.detail = QStringLiteral("%1 · %2").arg(ind.year).arg(v.method);
    spec.values.append(v);
    spec.latestYear = ind.year;
    spec.subtitle = Tr::tr("Share of salaried employment in the ESS, %1").arg(ind.year);
    if (key.inherited)
        spec.notes << Tr::tr("Level: %1").arg(index.nameOf(ind.territoryCode));
    spec.sourceLine = sourceLine({ ind.sources.isEmpty() ? QString() : citation(ind.sources.first().id) });
    return spec;
}

QString altText(const ChartSpec &spec)
{
    if (!spec.hasData())
        return Tr::tr("%1. %2").arg(spec.title, spec.emptyMessage);
    QStringList parts;
    for (const ChartValue &v : spec.values)
        parts << QStringLiteral("%1 : %2").arg(v.category, v.text);
    QString text = Tr::tr("Chart: %1.").arg(spec.title);
    if (!spec.subtitle.isEmpty())
        text += u' ' + spec.subtitle + u'.';
    text += u' ' + Tr::tr("Values: %1.").arg(parts.join(QStringLiteral(" ; ")));
    if (!spec.sourceLine.isEmpty())
        text += u' ' + spec.sourceLine + u'.';
    return text;
}

QByteArray toCsv(const ChartSpec &spec)
{
    const auto cell = [](QString s) {
        if (s.contains(u';') || s.contains(u'"') || s.contains(u'\n')) {
            s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            s = u'"' + s + u'"';
        }
        return s;
    };
    const auto num = [](const std::optional<double> &v) {
        return v ? format::csvNumber(*v) : QString();
    };
    QString out;
    out += Tr::tr("category;value;low;high;unit;method;detail") + QStringLiteral("\r\n");
    for (const ChartValue &v : spec.values) {
        out += QStringList{ cell(v.category), num(v.value), num(v.low), num(v.high), spec.unit,
                            cell(v.method), cell(v.detail) }
                       .join(u';')
                + QStringLiteral("\r\n");
    }
    if (!spec.sourceLine.isEmpty())
        out += cell(spec.sourceLine) + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace core::charts
