// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace core::import {

/// A column named by its trimmed header text, or by its 1-based number written "#N".
struct ColumnRef
{
    QString name;
    int number = 0; ///< 1-based when given as "#N", else 0

    [[nodiscard]] bool isNull() const { return name.isEmpty() && number == 0; }
    /// "Effectifs" or "#3".
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static ColumnRef fromString(const QString &text);
    bool operator==(const ColumnRef &) const = default;
};

/// A value column of a wide table: COL=MEASURE[:SCOPE[:SECTOR]].
struct ValueMapping
{
    ColumnRef column;
    QString measure;
    QString scope = QStringLiteral("all");
    QString sector = QStringLiteral("all");

    /// "COL=measure:scope:sector", the --map syntax.
    [[nodiscard]] QString toString() const;
    bool operator==(const ValueMapping &) const = default;
};

/// How to read a table into observations: which column holds the territory and the year, and
/// either value columns mapped to measures (wide layout) or measure/value(/scope/sector)
/// columns (long layout). Saved as a JSON profile. Plain value; any thread.
struct ImportSpec
{
    Q_DECLARE_TR_FUNCTIONS(ImportSpec)
public:
    enum class Layout { Wide, Long };

    QString sheet; ///< XLSX sheet; empty = first
    int headerRow = 0; ///< 0 = detect
    ColumnRef territoryColumn;
    ColumnRef yearColumn; ///< null when year is fixed
    std::optional<int> year; ///< fixed year for the whole file
    QList<ValueMapping> mappings; ///< wide layout
    ColumnRef measureColumn; ///< long layout
    ColumnRef valueColumn;
    ColumnRef scopeColumn; ///< optional; "all" when null
    ColumnRef sectorColumn; ///< optional; "all" when null
    QString basis; ///< copied into each observation (French text)
    QString perimeter;
    /// What each measure's values count, as the source states it (measure -> unit counted,
    /// e.g. employees -> posts); a measure without one has an unknown unit and feeds no ratio.
    QHash<QString, QString> unitsCounted;

    [[nodiscard]] Layout layout() const
    {
        return mappings.isEmpty() && !valueColumn.isNull() ? Layout::Long : Layout::Wide;
    }
    /// Checks the spec itself (a territory column, a year, mappings or long columns, known
    /// measures, scopes and sectors). The message says what is missing or expected.
    [[nodiscard]] Status validate() const;

    /// The JSON profile: {"sheet","header_row","territory_column","year_column"|"year",
    /// "map":["COL=measure:scope:sector",...], "measure_column","value_column","scope_column",
    /// "sector_column","basis","perimeter","units_counted":{"measure":"unit"}}; absent keys keep
    /// their defaults.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ImportSpec> fromJson(const QJsonObject &json);
    [[nodiscard]] Status save(const QString &path) const;
    [[nodiscard]] static Result<ImportSpec> load(const QString &path);

    bool operator==(const ImportSpec &) const = default;
};

/// Parses a --map argument, COL=MEASURE[:SCOPE[:SECTOR]] (split at the last '='; scope and
/// sector default to "all"), checking the measure, scope and sector against the vocabulary.
[[nodiscard]] Result<ValueMapping> parseMapArgument(const QString &argument);

} // namespace core::import
