// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/indicators/wording.h"

#include "core/domain/vocabulary.h"
#include "core/format/french.h"

#include <QCoreApplication>

namespace core::indicators {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wording)
};

/// "%1 de l'emploi" and friends: what a share is a share of, by what the source counts.
QString sharePhrase(const FigureWords &w)
{
    const QString &u = w.unitCounted;
    if (w.id == u"employment_share") {
        if (u == u"posts")
            return Tr::tr("%1 of salaried posts");
        if (u == u"employees")
            return Tr::tr("%1 of employees");
        if (u == u"fte")
            return Tr::tr("%1 of full-time equivalents");
        if (u == u"jobs")
            return Tr::tr("%1 of employment");
        if (u == u"activity") // CAPH: "soit 10 % de l'ensemble de l'activité"
            return Tr::tr("%1 of all activity");
        return Tr::tr("%1 of employment (unit not stated)");
    }
    if (w.id == u"private_employment_share")
        return Tr::tr("%1 of private employment");
    if (w.id == u"establishment_share") {
        if (u == u"employer_establishments")
            return Tr::tr("%1 of employer establishments");
        if (u == u"structures")
            return Tr::tr("%1 of structures");
        return Tr::tr("%1 of establishments");
    }
    if (w.id == u"ess_employment_share") {
        if (u == u"posts")
            return Tr::tr("%1 of the ESS's salaried posts");
        if (u == u"employees")
            return Tr::tr("%1 of the ESS's employees");
        if (u == u"fte")
            return Tr::tr("%1 of the ESS's full-time equivalents");
        return Tr::tr("%1 of the ESS's jobs");
    }
    if (w.id == u"ess_establishment_share")
        return Tr::tr("%1 of the ESS's establishments");
    return QStringLiteral("%1");
}

/// "salariés par association employeuse": the ORVA counts employer associations.
QString ratioLabel(const FigureWords &w)
{
    if (w.unitCounted.isEmpty())
        return Tr::tr("employees per structure (unit not stated)");
    if (w.scope == u"associations" && w.unitCounted == u"employees_per_employer_unit")
        return Tr::tr("employees per employer association");
    return vocabulary::unitCountedLabel(w.unitCounted);
}
} // namespace

FigureWords wordsOf(const Indicator &ind)
{
    return { ind.id,   ind.scope, ind.value,     ind.low,
             ind.high, ind.unit,  ind.qualifier, ind.unitCounted };
}

FigureWords wordsOf(const Comparison &c, const QString &id)
{
    return { id, c.scope, c.value, std::nullopt, std::nullopt, c.unit, c.qualifier, c.unitCounted };
}

QString valueText(const FigureWords &w)
{
    const QString number = format::value(w.value, w.unit, w.low, w.high);
    if (!w.value)
        return number; // a range or "non disponible": no qualifier in front
    return qualifierPrefix(w.qualifier) + number;
}

QString valueText(const Indicator &ind)
{
    return valueText(wordsOf(ind));
}

QString statement(const FigureWords &w)
{
    const QString number = valueText(w);
    if (!w.value && !(w.low && w.high))
        return number;
    if (w.unit == u"percent")
        return sharePhrase(w).arg(number);
    if (w.id == u"avg_employees" || w.id == u"establishments_per_1000")
        return QStringLiteral("%1 %2").arg(number, ratioLabel(w));
    // No unit stated (a table imported without --unit-counted): no "salariés" or "employeurs"
    // the source did not write.
    if (w.unitCounted.isEmpty() && w.id == u"employees")
        return Tr::tr("%1 jobs (unit not stated)").arg(number);
    if (w.unitCounted.isEmpty() && w.id == u"establishments")
        return Tr::tr("%1 establishments (employer or not not stated)").arg(number);
    if (w.unitCounted.isEmpty())
        return QStringLiteral("%1 %2").arg(number, vocabulary::measureLabel(w.id));
    return QStringLiteral("%1 %2").arg(number, vocabulary::unitCountedLabel(w.unitCounted));
}

QString statement(const Indicator &ind)
{
    return statement(wordsOf(ind));
}

QString countedText(const Indicator &ind)
{
    return statement(ind).mid(valueText(ind).size()).trimmed();
}

QString yearText(int year, int publishedYear)
{
    if (year != kUnknownYear)
        return QString::number(year);
    if (publishedYear > 0)
        return Tr::tr("published in %1, data year not stated").arg(publishedYear);
    return Tr::tr("data year not stated");
}

QString yearText(const Indicator &ind)
{
    return yearText(ind.year, ind.publishedYear);
}

QString yearAndMethod(const Indicator &ind, const QString &separator)
{
    if (ind.year == kUnknownYear && ind.publishedYear > 0 && ind.method == Method::Published)
        return yearText(ind);
    return yearText(ind) + separator + methodLabel(ind.method);
}

QString methodMark(const Indicator &ind)
{
    return ind.method == Method::Published ? QString() : methodLabel(ind.method);
}

QString comparisonText(const Indicator &ind, const QString &regionName)
{
    if (!ind.comparison)
        return {};
    const Comparison &c = *ind.comparison;
    QString text = Tr::tr("%1: %2, %3")
                           .arg(regionName, statement(wordsOf(c, ind.id)),
                                yearText(c.year, c.publishedYear));
    if (c.unitsDiffer)
        text += Tr::tr(", different units");
    return text;
}

QString inheritedText(const Indicator &ind, const QString &levelName, const QString &territoryName)
{
    return Tr::tr("%1: %2 — no figure of its own for %3")
            .arg(levelName, statement(ind), territoryName);
}

QString sentence(const Indicator &ind, const SentenceParts &parts)
{
    const QString what = statement(ind);
    const QString method = methodMark(ind);
    QString source = Tr::tr("source: %1, %2").arg(parts.citation, yearText(ind));
    if (!method.isEmpty())
        source = method + QStringLiteral(" ; ") + source;
    QString text;
    if (ind.id == u"avg_employees")
        text = Tr::tr("%1, ESS structures employ on average %2 (%3).")
                       .arg(parts.place, what, source);
    else
        text = Tr::tr("%1, the ESS accounts for %2 (%3).").arg(parts.place, what, source);
    if (parts.inherited)
        text += u' ' + Tr::tr("No figure of its own for %1.").arg(parts.territoryName);
    if (ind.comparison) {
        text += u' '
                + Tr::tr("Beside it, %1 (source: %2).")
                          .arg(comparisonText(ind, parts.comparisonName), parts.comparisonCitation);
    }
    return text;
}

} // namespace core::indicators
