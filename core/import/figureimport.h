// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/observation.h"
#include "core/domain/source.h"
#include "core/import/territoryresolver.h"
#include "core/result.h"

#include <QCoreApplication>

namespace core {
class Store;
}

namespace core::import {

/// One sourced figure typed by hand (add-figure, the "Add a sourced figure" form): checked
/// against the vocabulary and the known territories, then stored as a dataset of its own.
/// Stateless; runs on the calling thread, on a Store opened in that thread.
class FigureImport
{
    Q_DECLARE_TR_FUNCTIONS(FigureImport)
public:
    /// Checks one sourced figure typed from a report: a source title, a known territory (the
    /// code is replaced by the typed code found), the vocabulary and the value (shares 0–100,
    /// counts not negative, low ≤ value ≤ high). Code::NotFound, Ambiguous or Validation.
    [[nodiscard]] static Status check(const TerritoryResolver &territories, Observation &figure,
                                      const Source &source);
    /// check() against the database's territories, then writes a dataset of kind
    /// "figure" with its source in one transaction. Returns the dataset id.
    [[nodiscard]] static Result<qint64> add(Store &store, const Observation &figure,
                                            const Source &source);
};

} // namespace core::import
