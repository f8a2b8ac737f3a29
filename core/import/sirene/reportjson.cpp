// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/reportjson.h"

#include <QJsonDocument>

namespace core::sirene {

namespace {

/// low + high over 2: a whole number stays an integer, otherwise x.5 (exact in a double).
QJsonValue half(qint64 lowPlusHigh)
{
    if (lowPlusHigh % 2 == 0)
        return QJsonValue(lowPlusHigh / 2);
    return QJsonValue(double(lowPlusHigh) / 2.0);
}

QJsonObject estimate(const EmployeeEstimate &e)
{
    return QJsonObject { { QStringLiteral("low"), QJsonValue(e.low) },
                         { QStringLiteral("mid"), half(e.lowPlusHigh) },
                         { QStringLiteral("high"), QJsonValue(e.high) } };
}

QJsonObject metrics(const SireneMetrics &m, const Classification &c)
{
    QJsonObject families;
    for (std::size_t i = 0; i < c.families().size(); ++i)
        families.insert(c.families()[i].key,
                        QJsonValue(i < m.essByFamily.size() ? m.essByFamily[i] : 0));
    return QJsonObject {
        { QStringLiteral("active_establishments"), QJsonValue(m.activeEstablishments) },
        { QStringLiteral("active_ess_establishments"), QJsonValue(m.activeEssEstablishments) },
        { QStringLiteral("active_ess_by_family"), families },
        { QStringLiteral("employees_all"), estimate(m.employeesAll) },
        { QStringLiteral("employees_ess"), estimate(m.employeesEss) },
    };
}

} // namespace

QJsonObject reportJsonObject(const SireneReport &report, const Classification &classification)
{
    QJsonObject territories;
    for (const SireneTerritoryFigures &t : report.territories) {
        QJsonObject communes;
        for (const SireneCommuneFigures &c : t.communes)
            communes.insert(c.commune, metrics(c.metrics, classification));
        territories.insert(
                t.territory.key,
                QJsonObject { { QStringLiteral("epci_siren"), t.territory.epciSiren },
                              { QStringLiteral("total"), metrics(t.total, classification) },
                              { QStringLiteral("communes"), communes } });
    }
    return QJsonObject { { QStringLiteral("convention"), classification.id() },
                         { QStringLiteral("territories"), territories } };
}

QByteArray reportJson(const SireneReport &report, const Classification &classification)
{
    return QJsonDocument(reportJsonObject(report, classification)).toJson(QJsonDocument::Indented);
}

} // namespace core::sirene
