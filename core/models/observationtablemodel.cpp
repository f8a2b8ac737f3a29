// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/observationtablemodel.h"

#include "core/domain/vocabulary.h"
#include "core/format/french.h"
#include "core/indicators/wording.h"

namespace core {

ObservationTableModel::ObservationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ObservationTableModel::setObservations(std::vector<Observation> observations,
                                            QHash<qint64, core::Source> sources,
                                            QHash<qint64, core::Dataset> datasets,
                                            QHash<QString, QString> names)
{
    beginResetModel();
    m_rows = std::move(observations);
    m_sources = std::move(sources);
    m_datasets = std::move(datasets);
    m_names = std::move(names);
    m_territoryOrder.clear();
    for (const Observation &o : m_rows)
        if (!m_territoryOrder.contains(o.territoryCode))
            m_territoryOrder.insert(o.territoryCode, int(m_territoryOrder.size()));
    endResetModel();
}

int ObservationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ObservationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ObservationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Observation &o = m_rows.at(size_t(index.row()));
    if (role == ObservationIdRole)
        return o.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Territory:
            // In the order given (the chosen territory first), as text so that it is not a number.
            return QStringLiteral("%1").arg(m_territoryOrder.value(o.territoryCode), 4, 10,
                                            QLatin1Char('0'));
        case Year:
            return o.year;
        case Value:
            return o.centralValue().value_or(-1e300);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == Value || index.column() == Year
                ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        if (!o.basis.isEmpty())
            lines << tr("Counted: %1").arg(o.basis);
        if (!o.perimeter.isEmpty())
            lines << tr("Perimeter: %1").arg(o.perimeter);
        if (!o.note.isEmpty())
            lines << o.note;
        const core::Source s = m_sources.value(o.sourceId);
        if (!s.url.isEmpty())
            lines << s.url;
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Territory:
        return m_names.value(o.territoryCode, o.territoryCode);
    case Year:
        if (!o.yearKnown())
            return indicators::yearText(o.year, o.publishedYear);
        return o.year;
    case Measure:
        return vocabulary::measureLabel(o.measure)
                + (o.sector == u"all" ? QString() : tr(" (NAF section %1)").arg(o.sector));
    case Scope:
        return vocabulary::scopeLabel(o.scope);
    case Value: {
        // The number as the source states it: qualifier and unit counted.
        QString text = qualifierPrefix(o.value ? o.qualifier : QString())
                + format::value(o.value, o.unit, o.low, o.high);
        if (!o.unitCounted.isEmpty() && o.unit != u"percent")
            text += u' ' + vocabulary::unitCountedLabel(o.unitCounted);
        return text;
    }
    case Method:
        return methodLabel(o.method);
    case Source: {
        const core::Source s = m_sources.value(o.sourceId);
        return s.published.isEmpty() ? s.title
                                     : QStringLiteral("%1 (%2)").arg(s.title, s.published.left(4));
    }
    case Dataset: {
        const core::Dataset d = m_datasets.value(o.datasetId);
        if (d.kind == DatasetKind::Reference)
            return tr("reference data");
        return d.fileName.isEmpty() ? QString::number(d.id) : d.fileName;
    }
    default:
        return {};
    }
}

QVariant ObservationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Territory:
        return tr("Territory");
    case Year:
        return tr("Year");
    case Measure:
        return tr("Measure");
    case Scope:
        return tr("Scope");
    case Value:
        return tr("Value");
    case Method:
        return tr("Method");
    case Source:
        return tr("Source");
    case Dataset:
        return tr("Dataset");
    default:
        return {};
    }
}

} // namespace core
