// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/vocabulary.h"

#include <QCoreApplication>

namespace core::vocabulary {

const QStringList &measures()
{
    static const QStringList list{
        QStringLiteral("employees"),           // salaried posts or employees (the basis says which)
        QStringLiteral("employees_fte"),       // full-time equivalents
        QStringLiteral("establishments"),      // employer establishments
        QStringLiteral("employer_units"),      // employer legal units (e.g. employer associations)
        QStringLiteral("payroll"),             // gross payroll in euros
        QStringLiteral("employment_share"),    // % of all salaried employment
        QStringLiteral("private_employment_share"), // % of private salaried employment
        QStringLiteral("establishment_share"), // % of establishments
        QStringLiteral("ess_employment_share"),    // % of the ESS's employment held by the scope
        QStringLiteral("ess_establishment_share"), // % of the ESS's establishments held by the scope
        QStringLiteral("avg_employees"),       // employees per establishment
    };
    return list;
}

const QStringList &essFamilies()
{
    static const QStringList list{ QStringLiteral("associations"), QStringLiteral("cooperatives"),
                                   QStringLiteral("mutuelles"), QStringLiteral("fondations"),
                                   QStringLiteral("commercial_ess") };
    return list;
}

const QStringList &scopes()
{
    static const QStringList list = [] {
        QStringList l{ QStringLiteral("all"), QStringLiteral("ess"), QStringLiteral("non_ess"),
                       QStringLiteral("private"), QStringLiteral("public") };
        l += essFamilies();
        return l;
    }();
    return list;
}

bool isSector(const QString &sector)
{
    if (sector == u"all")
        return true;
    return sector.size() == 1 && sector.at(0) >= u'A' && sector.at(0) <= u'U';
}

bool isMeasure(const QString &measure)
{
    return measures().contains(measure);
}

bool isScope(const QString &scope)
{
    return scopes().contains(scope);
}

bool isShare(const QString &measure)
{
    return measure.endsWith(u"_share");
}

bool isCount(const QString &measure)
{
    return measure == u"employees" || measure == u"employees_fte" || measure == u"establishments"
            || measure == u"employer_units" || measure == u"payroll" || measure == u"avg_employees";
}

QString unitOf(const QString &measure)
{
    if (isShare(measure))
        return QStringLiteral("percent");
    if (measure == u"payroll")
        return QStringLiteral("euro");
    if (measure == u"avg_employees")
        return QStringLiteral("ratio");
    return QStringLiteral("count");
}

QString measureLabel(const QString &measure)
{
    const char *ctx = "core::vocabulary";
    if (measure == u"employees")
        return QCoreApplication::translate(ctx, "salaried jobs");
    if (measure == u"employees_fte")
        return QCoreApplication::translate(ctx, "full-time equivalents");
    if (measure == u"establishments")
        return QCoreApplication::translate(ctx, "employer establishments");
    if (measure == u"employer_units")
        return QCoreApplication::translate(ctx, "employer organisations");
    if (measure == u"payroll")
        return QCoreApplication::translate(ctx, "gross payroll");
    if (measure == u"employment_share")
        return QCoreApplication::translate(ctx, "share of salaried employment");
    if (measure == u"private_employment_share")
        return QCoreApplication::translate(ctx, "share of private salaried employment");
    if (measure == u"establishment_share")
        return QCoreApplication::translate(ctx, "share of establishments");
    if (measure == u"ess_employment_share")
        return QCoreApplication::translate(ctx, "share of ESS employment");
    if (measure == u"ess_establishment_share")
        return QCoreApplication::translate(ctx, "share of ESS establishments");
    if (measure == u"avg_employees")
        return QCoreApplication::translate(ctx, "employees per establishment");
    return measure;
}

QString scopeLabel(const QString &scope)
{
    const char *ctx = "core::vocabulary";
    if (scope == u"all")
        return QCoreApplication::translate(ctx, "whole economy");
    if (scope == u"ess")
        return QCoreApplication::translate(ctx, "social and solidarity economy");
    if (scope == u"non_ess")
        return QCoreApplication::translate(ctx, "outside the ESS");
    if (scope == u"private")
        return QCoreApplication::translate(ctx, "private sector");
    if (scope == u"public")
        return QCoreApplication::translate(ctx, "public sector");
    if (scope == u"associations")
        return QCoreApplication::translate(ctx, "associations");
    if (scope == u"cooperatives")
        return QCoreApplication::translate(ctx, "cooperatives");
    if (scope == u"mutuelles")
        return QCoreApplication::translate(ctx, "mutual societies");
    if (scope == u"fondations")
        return QCoreApplication::translate(ctx, "foundations");
    if (scope == u"commercial_ess")
        return QCoreApplication::translate(ctx, "ESS commercial companies");
    return scope;
}

} // namespace core::vocabulary
