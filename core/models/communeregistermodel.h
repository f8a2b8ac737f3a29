// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/registerfigures.h"

#include <QAbstractTableModel>

namespace core {

/// The SIRENE register's estimates commune by commune (counts, ESS shares, ESS employees with
/// bounds), each marked estimated with its stock date and convention. Text and numbers only;
/// owned by its view's parent; GUI thread.
class CommuneRegisterModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Commune,
        Epci,
        ActiveEstablishments,
        EssEstablishments,
        EssShare,
        EmployerEstablishments,
        EssEmployerShare,
        EssEmployees,
        Method,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, TerritoryCodeRole };

    explicit CommuneRegisterModel(QObject *parent = nullptr);

    void setFigures(indicators::RegisterFigures figures);
    [[nodiscard]] const indicators::RegisterFigures &figures() const { return m_figures; }
    /// "estimated · SIRENE stock of 2026-10-01 · convention sirene-ess-bench/1"; empty without
    /// data.
    [[nodiscard]] QString provenanceText() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

private:
    indicators::RegisterFigures m_figures;
};

} // namespace core
