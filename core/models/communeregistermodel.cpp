// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/communeregistermodel.h"

#include "core/domain/observation.h"
#include "core/format/french.h"
#include "core/import/sirene/sireneimport.h"

#include <QHash>

namespace core {

namespace {
QVariant sortable(const std::optional<double> &v)
{
    // Missing values sort below every number.
    return v.value_or(-1e300);
}
} // namespace

CommuneRegisterModel::CommuneRegisterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CommuneRegisterModel::setCommunes(std::vector<indicators::RegisterCommune> communes)
{
    beginResetModel();
    m_communes = std::move(communes);
    rebuild();
    endResetModel();
}

void CommuneRegisterModel::setFigures(indicators::RegisterFigures figures)
{
    beginResetModel();
    m_figures = std::move(figures);
    rebuild();
    endResetModel();
}

void CommuneRegisterModel::rebuild()
{
    if (m_communes.empty()) {
        m_rows = m_figures.communes;
        return;
    }
    QHash<QString, std::size_t> withFigures;
    for (std::size_t i = 0; i < m_figures.communes.size(); ++i)
        withFigures.insert(m_figures.communes[i].commune.code, i);
    m_rows = m_communes;
    for (indicators::RegisterCommune &row : m_rows)
        if (const auto it = withFigures.constFind(row.commune.code); it != withFigures.cend())
            row.counts = m_figures.communes[*it].counts;
}

QString CommuneRegisterModel::provenanceText() const
{
    if (m_figures.isEmpty())
        return {};
    return tr("%1 · SIRENE stock of %2 · %3")
            .arg(methodLabel(core::Method::Estimated),
                 format::longDate(m_figures.provenance.stockDate),
                 sirene::conventionLabel(m_figures.provenance.convention));
}

int CommuneRegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommuneRegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommuneRegisterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const indicators::RegisterCommune &row = m_rows.at(std::size_t(index.row()));
    const indicators::RegisterCounts &c = row.counts;
    const int column = index.column();
    if (role == TerritoryCodeRole)
        return row.commune.code;
    const bool small = (column == EssShare && c.smallActiveCount())
            || (column == EssEmployerShare && c.smallEmployerCount());
    if (role == SmallCountRole)
        return small;
    if (role == SortRole) {
        switch (column) {
        case Commune:
            return row.commune.name;
        case Epci:
            return row.epciName;
        case Population:
            return row.commune.population ? QVariant(double(*row.commune.population))
                                          : sortable(std::nullopt);
        case ActiveEstablishments:
            return sortable(c.active);
        case EssEstablishments:
            return sortable(c.activeEss);
        case EssShare:
            // Small counts sort below every reliable share.
            return c.smallActiveCount() ? -1e299 : sortable(c.essShare());
        case EmployerEstablishments:
            return sortable(c.employers);
        case EssEmployerShare:
            return c.smallEmployerCount() ? -1e299 : sortable(c.employerEssShare());
        case EssEmployees:
            return sortable(c.employeesEssMid);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return column == Commune || column == Epci || column == Method
                ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == Population)
            return row.commune.populationYear
                    ? tr("Insee, municipal population %1").arg(*row.commune.populationYear)
                    : QVariant();
        if (m_figures.isEmpty())
            return tr("No SIRENE register figures yet.");
        QStringList lines { provenanceText() };
        if (small)
            lines << tr("Fewer than %n establishment(s): one more or less moves this share by "
                        "20 points or more; read it with care.",
                        nullptr, int(indicators::kSmallCountThreshold));
        if (column == EssShare)
            lines << tr("ESS establishments / all active establishments, employer or not");
        else if (column == EmployerEstablishments || column == EssEmployerShare)
            lines << tr("Active employer establishments: comparable with the published figures");
        else if (column == EssEmployees)
            lines << tr("Estimated from headcount bands: low – central – high");
        lines << tr("Application convention, not Insee's official ESS perimeter.");
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    const auto count = [](const std::optional<double> &v) {
        return format::value(v, QStringLiteral("count"));
    };
    switch (column) {
    case Commune:
        return row.commune.name;
    case Epci:
        return row.epciName;
    case Population:
        return row.commune.population ? format::number(double(*row.commune.population)) : QString();
    case ActiveEstablishments:
        return count(c.active);
    case EssEstablishments:
        return count(c.activeEss);
    case EssShare:
        return small
                ? tr("%1 (small count)").arg(format::value(c.essShare(), QStringLiteral("percent")))
                : format::value(c.essShare(), QStringLiteral("percent"));
    case EmployerEstablishments:
        return count(c.employers);
    case EssEmployerShare:
        return small ? tr("%1 (small count)")
                               .arg(format::value(c.employerEssShare(), QStringLiteral("percent")))
                     : format::value(c.employerEssShare(), QStringLiteral("percent"));
    case EssEmployees:
        if (!c.employeesEssMid)
            return format::notAvailable();
        return QStringLiteral("%1 – %2 – %3")
                .arg(count(c.employeesEssLow), count(c.employeesEssMid), count(c.employeesEssHigh));
    case Method:
        return m_figures.isEmpty() ? QString() : provenanceText();
    default:
        return {};
    }
}

QVariant CommuneRegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Commune:
        return tr("Commune");
    case Epci:
        return tr("EPCI");
    case Population:
        return tr("Population");
    case ActiveEstablishments:
        return tr("Active establishments");
    case EssEstablishments:
        return tr("ESS establishments");
    case EssShare:
        return tr("ESS share");
    case EmployerEstablishments:
        return tr("Employer establishments");
    case EssEmployerShare:
        return tr("ESS share of employers");
    case EssEmployees:
        return tr("ESS employees (low – mid – high)");
    case Method:
        return tr("Method");
    default:
        return {};
    }
}

} // namespace core
