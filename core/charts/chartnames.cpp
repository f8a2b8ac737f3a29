// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/chartnames.h"

#include "core/domain/territoryindex.h"
#include "core/domain/vocabulary.h"

#include <QCoreApplication>

namespace core::charts {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::charts::ChartNames)
};

const QString kMap = QStringLiteral("commune-map");

/// Chart ids and their French stems; the order is the catalogue's.
struct Name
{
    const char16_t *id;
    const char16_t *stem;
};
constexpr Name kCharts[] = {
    { u"key-figure", u"chiffre-cle" },
    { u"jobs-share", u"part-emploi" },
    { u"establishments-share", u"part-etablissements" },
    { u"ess-vs-rest", u"ess-et-reste-economie" },
    { u"average-size", u"taille-moyenne" },
    { u"families", u"familles" },
    { u"sectors", u"secteurs" },
    { u"evolution", u"evolution" },
    { u"commune-ranking", u"classement-communes" },
    { u"sources-compared", u"sources-comparees" },
    { u"commune-map", u"carte-communes" },
};
constexpr Name kPresets[] = {
    { u"social", u"reseaux-sociaux" },
    { u"square", u"carre" },
    { u"slide", u"diaporama" },
    { u"print", u"impression" },
};
constexpr Name kMapIndicators[] = {
    { u"population", u"population" },
    { u"density", u"densite" },
    { u"register-ess-establishments", u"sirene-etablissements-ess" },
    { u"register-ess-share", u"sirene-part-ess" },
    { u"register-ess-employees", u"sirene-salaries-ess" },
    { u"register-employer-ess-share", u"sirene-part-ess-employeurs" },
};
constexpr Name kMeasures[] = {
    { u"employees", u"salaries" },
    { u"employees_fte", u"etp" },
    { u"establishments", u"etablissements" },
    { u"active_establishments", u"etablissements-actifs" },
    { u"employer_units", u"employeurs" },
    { u"payroll", u"masse-salariale" },
    { u"employment_share", u"part-emploi" },
    { u"private_employment_share", u"part-emploi-prive" },
    { u"establishment_share", u"part-etablissements" },
    { u"ess_employment_share", u"part-emploi-ess" },
    { u"ess_establishment_share", u"part-etablissements-ess" },
    { u"avg_employees", u"taille-moyenne" },
    { u"establishments_per_1000", u"etablissements-pour-1000" },
};
constexpr Name kScopes[] = {
    { u"all", u"tous" },
    { u"ess", u"ess" },
    { u"non_ess", u"hors-ess" },
    { u"private", u"prive" },
    { u"public", u"public" },
    { u"associations", u"associations" },
    { u"cooperatives", u"cooperatives" },
    { u"mutuelles", u"mutuelles" },
    { u"fondations", u"fondations" },
    { u"commercial_ess", u"societes-commerciales-ess" },
};

template <std::size_t N> QString lookup(const Name (&table)[N], const QString &key)
{
    for (const Name &n : table)
        if (key == QStringView(n.id))
            return QString::fromUtf16(n.stem);
    return {};
}

/// Stem of a map indicator: known ids, "measure:scope" of the commune tables, else its slug.
QString mapIndicatorStem(const QString &indicator)
{
    if (QString stem = lookup(kMapIndicators, indicator); !stem.isEmpty())
        return stem;
    const QString measure = indicator.section(u':', 0, 0);
    const QString scope = indicator.section(u':', 1);
    QString stem = lookup(kMeasures, measure);
    if (stem.isEmpty())
        stem = fileSlug(measure);
    if (!scope.isEmpty()) {
        const QString scopeStem = lookup(kScopes, scope);
        stem += u'-' + (scopeStem.isEmpty() ? fileSlug(scope) : scopeStem);
    }
    return stem;
}

} // namespace

QString mapIndicatorLabel(const QString &indicator)
{
    if (indicator == u"population")
        return Tr::tr("population");
    if (indicator == u"density")
        return Tr::tr("population density");
    if (indicator == u"register-ess-establishments")
        return Tr::tr("ESS establishments (SIRENE estimate)");
    if (indicator == u"register-ess-share")
        return Tr::tr("ESS share of establishments (SIRENE estimate)");
    if (indicator == u"register-ess-employees")
        return Tr::tr("ESS employees (SIRENE estimate)");
    if (indicator == u"register-employer-ess-share")
        return Tr::tr("ESS share of employer establishments (SIRENE estimate)");
    const QString measure = indicator.section(u':', 0, 0);
    const QString scope = indicator.section(u':', 1);
    return scope.isEmpty() ? vocabulary::measureLabel(measure)
                           : QStringLiteral("%1 (%2)").arg(vocabulary::measureLabel(measure),
                                                           vocabulary::scopeLabel(scope));
}

QString fileSlug(const QString &text)
{
    // Decomposed, the accents are separate marks that the filter below drops.
    const QString folded = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    for (const QChar c : folded) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (c == u'œ')
            out += QStringLiteral("oe");
        else if (c == u'æ')
            out += QStringLiteral("ae");
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("x") : out;
}

QString chartLabel(const QString &id)
{
    if (id.startsWith(kMap + u':'))
        return Tr::tr("Commune map: %1").arg(mapIndicatorLabel(id.mid(kMap.size() + 1)));
    if (id == u"key-figure")
        return Tr::tr("Key figure");
    if (id == u"jobs-share")
        return Tr::tr("ESS share of salaried jobs");
    if (id == u"establishments-share")
        return Tr::tr("ESS share of establishments");
    if (id == u"ess-vs-rest")
        return Tr::tr("The ESS and the rest of the economy");
    if (id == u"average-size")
        return Tr::tr("Employees per ESS structure");
    if (id == u"families")
        return Tr::tr("ESS jobs by family");
    if (id == u"sectors")
        return Tr::tr("ESS jobs by sector");
    if (id == u"evolution")
        return Tr::tr("Evolution of the ESS share of jobs");
    if (id == u"commune-ranking")
        return Tr::tr("Communes ranked by ESS share of jobs");
    if (id == u"sources-compared")
        return Tr::tr("The sources compared");
    if (id == kMap)
        return Tr::tr("Commune map");
    return id;
}

QString presetLabel(const QString &preset)
{
    if (preset == u"social")
        return Tr::tr("Social networks");
    if (preset == u"square")
        return Tr::tr("Square");
    if (preset == u"slide")
        return Tr::tr("Slide");
    if (preset == u"print")
        return Tr::tr("Print (A4)");
    return preset;
}

QString chartFileStem(const QString &id)
{
    if (id.startsWith(kMap + u':'))
        return lookup(kCharts, kMap) + u'-' + mapIndicatorStem(id.mid(kMap.size() + 1));
    const QString stem = lookup(kCharts, id);
    return stem.isEmpty() ? fileSlug(id) : stem;
}

QString presetFileStem(const QString &preset)
{
    const QString stem = lookup(kPresets, preset);
    return stem.isEmpty() ? fileSlug(preset) : stem;
}

QString territoryFolder(const TerritoryIndex &index, const QString &code)
{
    const Territory *t = index.find(code);
    if (!t)
        return fileSlug(code);
    const QString folder = fileSlug(t->displayName());
    for (const Territory &other : index.all())
        if (other.code != code && fileSlug(other.displayName()) == folder)
            return folder + u'-' + fileSlug(code);
    return folder;
}

} // namespace core::charts
