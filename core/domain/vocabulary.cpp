// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/vocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace core::vocabulary {

const QStringList &measures()
{
    static const QStringList list {
        QStringLiteral("employees"), // salaried posts or employees (the basis says which)
        QStringLiteral("employees_fte"), // full-time equivalents
        QStringLiteral("establishments"), // employer establishments
        QStringLiteral("employer_units"), // employer legal units (e.g. employer associations)
        QStringLiteral("payroll"), // gross payroll in euros
        QStringLiteral("employment_share"), // % of all salaried employment
        QStringLiteral("private_employment_share"), // % of private salaried employment
        QStringLiteral("establishment_share"), // % of establishments
        QStringLiteral("ess_employment_share"), // % of the ESS's employment held by the scope
        QStringLiteral(
                "ess_establishment_share"), // % of the ESS's establishments held by the scope
        QStringLiteral("avg_employees"), // employees per establishment
        QStringLiteral("active_establishments"), // active establishments, employer or not (SIRENE)
        QStringLiteral("establishments_per_1000"), // establishments per 1 000 inhabitants
    };
    return list;
}

const QStringList &essFamilies()
{
    static const QStringList list { QStringLiteral("associations"), QStringLiteral("cooperatives"),
                                    QStringLiteral("mutuelles"), QStringLiteral("fondations"),
                                    QStringLiteral("commercial_ess") };
    return list;
}

const QStringList &scopes()
{
    static const QStringList list = [] {
        QStringList l { QStringLiteral("all"), QStringLiteral("ess"), QStringLiteral("non_ess"),
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
            || measure == u"active_establishments" || measure == u"employer_units"
            || measure == u"payroll" || measure == u"avg_employees"
            || measure == u"establishments_per_1000";
}

QString unitOf(const QString &measure)
{
    if (isShare(measure))
        return QStringLiteral("percent");
    if (measure == u"payroll")
        return QStringLiteral("euro");
    if (measure == u"avg_employees" || measure == u"establishments_per_1000")
        return QStringLiteral("ratio");
    return QStringLiteral("count");
}

const QStringList &countUnits()
{
    static const QStringList list {
        QStringLiteral("posts"),
        QStringLiteral("employees"),
        QStringLiteral("fte"),
        QStringLiteral("jobs"),
        QStringLiteral("establishments"),
        QStringLiteral("employer_establishments"),
        QStringLiteral("legal_units"),
        QStringLiteral("employer_units"),
        QStringLiteral("structures"),
        QStringLiteral("activity"), // "l'ensemble de l'activité": the source does not say what
        QStringLiteral("inhabitants"),
    };
    return list;
}

namespace {
/// "structure" -> "structures", "1000_inhabitants" -> "inhabitants": the denominator of a ratio
/// is written in the singular ("per structure").
QString pluralOf(QString singular)
{
    if (singular.startsWith(u"1000_"))
        singular = singular.mid(5);
    if (countUnits().contains(singular))
        return singular;
    return singular + u's';
}
} // namespace

std::pair<QString, QString> ratioParts(const QString &unit)
{
    const qsizetype at = unit.indexOf(u"_per_");
    if (at <= 0)
        return {};
    return { unit.left(at), pluralOf(unit.mid(at + 5)) };
}

QString ratioUnit(const QString &numerator, const QString &denominator)
{
    QString singular = denominator;
    if (singular.endsWith(u's'))
        singular.chop(1);
    return numerator + QStringLiteral("_per_") + singular;
}

bool isUnitCounted(const QString &unit)
{
    if (countUnits().contains(unit))
        return true;
    const auto [num, den] = ratioParts(unit);
    return countUnits().contains(num) && countUnits().contains(den);
}

bool isUnitVague(const QString &unit)
{
    if (unit.isEmpty() || unit == u"jobs" || unit == u"structures" || unit == u"activity")
        return true;
    const auto [num, den] = ratioParts(unit);
    return !num.isEmpty() && (isUnitVague(num) || isUnitVague(den));
}

QString unitCountedLabel(const QString &unit)
{
    if (unit == u"posts")
        return QCoreApplication::translate("core::vocabulary", "salaried posts");
    if (unit == u"employees")
        return QCoreApplication::translate("core::vocabulary", "employees");
    if (unit == u"fte")
        return QCoreApplication::translate("core::vocabulary", "full-time equivalents");
    if (unit == u"jobs")
        return QCoreApplication::translate("core::vocabulary", "jobs");
    if (unit == u"establishments")
        return QCoreApplication::translate("core::vocabulary", "establishments");
    if (unit == u"employer_establishments")
        return QCoreApplication::translate("core::vocabulary", "employer establishments");
    if (unit == u"legal_units")
        return QCoreApplication::translate("core::vocabulary", "legal units");
    if (unit == u"employer_units")
        return QCoreApplication::translate("core::vocabulary", "employer organisations");
    if (unit == u"structures")
        return QCoreApplication::translate("core::vocabulary", "structures");
    if (unit == u"activity")
        return QCoreApplication::translate("core::vocabulary", "whole activity (unit not stated)");
    if (unit == u"inhabitants")
        return QCoreApplication::translate("core::vocabulary", "inhabitants");
    const auto [num, den] = ratioParts(unit);
    if (num.isEmpty())
        return unit.isEmpty() ? QCoreApplication::translate("core::vocabulary", "unit not stated")
                              : unit;
    if (unit.endsWith(u"_per_1000_inhabitants"))
        return QCoreApplication::translate("core::vocabulary", "%1 per 1,000 inhabitants")
                .arg(unitCountedLabel(num));
    // "salariés par établissement employeur": the denominator in the singular.
    static const QHash<QString, const char *> singular {
        { QStringLiteral("establishments"),
          QT_TRANSLATE_NOOP("core::vocabulary", "establishment") },
        { QStringLiteral("employer_establishments"),
          QT_TRANSLATE_NOOP("core::vocabulary", "employer establishment") },
        { QStringLiteral("legal_units"), QT_TRANSLATE_NOOP("core::vocabulary", "legal unit") },
        { QStringLiteral("employer_units"),
          QT_TRANSLATE_NOOP("core::vocabulary", "employer organisation") },
        { QStringLiteral("structures"), QT_TRANSLATE_NOOP("core::vocabulary", "structure") },
    };
    const char *one = singular.value(den, nullptr);
    return QCoreApplication::translate("core::vocabulary", "%1 per %2")
            .arg(unitCountedLabel(num),
                 one ? QCoreApplication::translate("core::vocabulary", one) : den);
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
        return QCoreApplication::translate("core::vocabulary",
                                           "share of private salaried employment");
    if (measure == u"establishment_share")
        return QCoreApplication::translate("core::vocabulary", "share of establishments");
    if (measure == u"ess_employment_share")
        return QCoreApplication::translate("core::vocabulary", "share of ESS employment");
    if (measure == u"ess_establishment_share")
        return QCoreApplication::translate("core::vocabulary", "share of ESS establishments");
    if (measure == u"avg_employees")
        return QCoreApplication::translate("core::vocabulary", "employees per structure");
    if (measure == u"establishments_per_1000")
        return QCoreApplication::translate("core::vocabulary",
                                           "establishments per 1,000 inhabitants");
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

QString sectorLabel(const QString &sector)
{
    if (sector == u"all")
        return QCoreApplication::translate("core::vocabulary", "all sectors");
    // NAF rev. 2 sections (Insee), short names.
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("core::vocabulary", "agriculture, forestry and fishing"),
        QT_TRANSLATE_NOOP("core::vocabulary", "mining and quarrying"),
        QT_TRANSLATE_NOOP("core::vocabulary", "manufacturing"),
        QT_TRANSLATE_NOOP("core::vocabulary", "electricity, gas, steam and air conditioning"),
        QT_TRANSLATE_NOOP("core::vocabulary", "water supply, sewerage and waste management"),
        QT_TRANSLATE_NOOP("core::vocabulary", "construction"),
        QT_TRANSLATE_NOOP("core::vocabulary", "trade, repair of motor vehicles"),
        QT_TRANSLATE_NOOP("core::vocabulary", "transportation and storage"),
        QT_TRANSLATE_NOOP("core::vocabulary", "accommodation and food services"),
        QT_TRANSLATE_NOOP("core::vocabulary", "information and communication"),
        QT_TRANSLATE_NOOP("core::vocabulary", "financial and insurance activities"),
        QT_TRANSLATE_NOOP("core::vocabulary", "real estate activities"),
        QT_TRANSLATE_NOOP("core::vocabulary", "professional, scientific and technical activities"),
        QT_TRANSLATE_NOOP("core::vocabulary", "administrative and support services"),
        QT_TRANSLATE_NOOP("core::vocabulary", "public administration"),
        QT_TRANSLATE_NOOP("core::vocabulary", "education"),
        QT_TRANSLATE_NOOP("core::vocabulary", "human health and social work"),
        QT_TRANSLATE_NOOP("core::vocabulary", "arts, entertainment and recreation"),
        QT_TRANSLATE_NOOP("core::vocabulary", "other service activities"),
        QT_TRANSLATE_NOOP("core::vocabulary", "households as employers"),
        QT_TRANSLATE_NOOP("core::vocabulary", "extraterritorial organisations"),
    };
    if (!isSector(sector))
        return sector;
    return QStringLiteral("%1 — %2").arg(
            sector,
            QCoreApplication::translate("core::vocabulary", names[sector.at(0).unicode() - u'A']));
}

} // namespace core::vocabulary
