// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/import/importreport.h"
#include "core/import/importspec.h"
#include "core/import/table.h"
#include "core/import/territoryresolver.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace core::import {

/// Receives observations as they are converted, e.g. to bind them to a prepared statement
/// inside a transaction that is rolled back unless the final report is ok().
using ObservationSink = std::function<void(const Observation &)>;

struct ConversionResult
{
    std::vector<Observation> observations; ///< empty unless report.ok()
    ImportReport report;
};

/// Converts a table into observations with a spec, checking every cell. Pure: no database.
/// Stateless; any thread (the resolver decides).
class TableConverter
{
    Q_DECLARE_TR_FUNCTIONS(TableConverter)
public:
    /// Streams observations to sink while they are valid; after the first problem the sink
    /// gets nothing more, but checking goes on so that the report lists every problem.
    [[nodiscard]] static ImportReport convert(Table &table, const ImportSpec &spec,
                                              const TerritoryResolver &resolver,
                                              const ObservationSink &sink);
};

/// Collects the observations of a table (empty when the report has problems).
[[nodiscard]] ConversionResult convertTable(Table &table, const ImportSpec &spec,
                                            const TerritoryResolver &resolver);
[[nodiscard]] ImportReport convertTable(Table &table, const ImportSpec &spec,
                                        const TerritoryResolver &resolver,
                                        const ObservationSink &sink);
/// Opens path with the spec's sheet and header row and converts it; a file that is not a
/// table becomes a NotATable problem.
[[nodiscard]] ConversionResult convertFile(const QString &path, const ImportSpec &spec,
                                           const TerritoryResolver &resolver);
[[nodiscard]] ImportReport convertFile(const QString &path, const ImportSpec &spec,
                                       const TerritoryResolver &resolver,
                                       const ObservationSink &sink);

} // namespace core::import
