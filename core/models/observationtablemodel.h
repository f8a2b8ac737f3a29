// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/domain/source.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace core {

/// Observations as table rows (territory, year, measure, scope, value, method, source,
/// dataset), text and numbers only. Owned by its view's parent; GUI thread.
class ObservationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Territory, Year, Measure, Scope, Value, Method, Source, Dataset, ColumnCount };
    enum Role { ObservationIdRole = Qt::UserRole + 1, SortRole };

    explicit ObservationTableModel(QObject *parent = nullptr);

    /// Replaces the rows; names map territory codes to display names. Sorting by territory
    /// keeps the order of the rows given (the chosen territory first).
    void setObservations(std::vector<Observation> observations, QHash<qint64, core::Source> sources,
                         QHash<qint64, core::Dataset> datasets, QHash<QString, QString> names);
    [[nodiscard]] const Observation &observation(int row) const { return m_rows.at(size_t(row)); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    std::vector<Observation> m_rows;
    QHash<qint64, core::Source> m_sources;
    QHash<qint64, core::Dataset> m_datasets;
    QHash<QString, QString> m_names;
    QHash<QString, int> m_territoryOrder; ///< first row of each territory
};

} // namespace core
