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
        Population,
        ActiveEstablishments,
        EssEstablishments,
        EssShare,
        EmployerEstablishments,
        EssEmployerShare,
        EssEmployees,
        Method,
        ColumnCount
    };
    /// SmallCountRole: true on a share resting on fewer than kSmallCountThreshold
    /// establishments (the view greys it; the text carries a marker too).
    enum Role { SortRole = Qt::UserRole + 1, TerritoryCodeRole, SmallCountRole };

    explicit CommuneRegisterModel(QObject *parent = nullptr);

    /// Every commune of the territory shown, with or without register figures (rows follow
    /// this list; without it, only the communes with figures are rows).
    void setCommunes(std::vector<indicators::RegisterCommune> communes);
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
    void rebuild();

    indicators::RegisterFigures m_figures;
    std::vector<indicators::RegisterCommune> m_communes;
    std::vector<indicators::RegisterCommune> m_rows;
};

} // namespace core
