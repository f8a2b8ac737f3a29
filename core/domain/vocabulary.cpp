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
        QStringLiteral("active_establishments"), // active establishments, employer or not (SIRENE)
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
            || measure == u"active_establishments"
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
    if (measure == u"employees")
        return QCoreApplication::translate("core::vocabulary", "salaried jobs");
    if (measure == u"employees_fte")
        return QCoreApplication::translate("core::vocabulary", "full-time equivalents");
    if (measure == u"establishments")
        return QCoreApplication::translate("core::vocabulary", "employer establishments");
    if (measure == u"active_establishments")
        return QCoreApplication::translate("core::vocabulary",
                                           "active establishments (employer or not)");
    if (measure == u"employer_units")
        return QCoreApplication::translate("core::vocabulary", "employer organisations");
    if (measure == u"payroll")
        return QCoreApplication::translate("core::vocabulary", "gross payroll");
    if (measure == u"employment_share")
        return QCoreApplication::translate("core::vocabulary", "share of salaried employment");
    if (measure == u"private_employment_share")
        return QCoreApplication::translate("core::vocabulary", "share of private salaried employment");
    if (measure == u"establishment_share")
        return QCoreApplication::translate("core::vocabulary", "share of establishments");
    if (measure == u"ess_employment_share")
        return QCoreApplication::translate("core::vocabulary", "share of ESS employment");
    if (measure == u"ess_establishment_share")
        return QCoreApplication::translate("core::vocabulary", "share of ESS establishments");
    if (measure == u"avg_employees")
        return QCoreApplication::translate("core::vocabulary", "employees per establishment");
    return measure;
}

QString scopeLabel(const QString &scope)
{
    if (scope == u"all")
        return QCoreApplication::translate("core::vocabulary", "whole economy");
    if (scope == u"ess")
        return QCoreApplication::translate("core::vocabulary", "social and solidarity economy");
    if (scope == u"non_ess")
        return QCoreApplication::translate("core::vocabulary", "outside the ESS");
    if (scope == u"private")
        return QCoreApplication::translate("core::vocabulary", "private sector");
    if (scope == u"public")
        return QCoreApplication::translate("core::vocabulary", "public sector");
    if (scope == u"associations")
        return QCoreApplication::translate("core::vocabulary", "associations");
    if (scope == u"cooperatives")
        return QCoreApplication::translate("core::vocabulary", "cooperatives");
    if (scope == u"mutuelles")
        return QCoreApplication::translate("core::vocabulary", "mutual societies");
    if (scope == u"fondations")
        return QCoreApplication::translate("core::vocabulary", "foundations");
    if (scope == u"commercial_ess")
        return QCoreApplication::translate("core::vocabulary", "ESS commercial companies");
    return scope;
}

} // namespace core::vocabulary
