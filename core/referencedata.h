// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/defaults.h"
#include "core/domain/observation.h"
#include "core/domain/source.h"
#include "core/domain/territory.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <vector>

namespace core {

/// A published figure of data/figures.json, its source named by key.
struct ReferenceFigure
{
    Observation observation;
    QString sourceKey;
};

/// The reference dataset shipped in data/ (territories, sources, published figures).
struct ReferenceData
{
    int version = 0;
    Defaults defaults; ///< manifest.json's "defaults", every code checked against territories
    QList<Territory> territories;
    QList<Source> sources;
    std::vector<ReferenceFigure> figures;

    /// Reads manifest.json (version and defaults), territories.json, sources.json and figures.json
    /// from `dir` (a folder or a Qt resource path such as ":/data"), checking keys and references.
    [[nodiscard]] static Result<ReferenceData> load(const QString &dir);
};

} // namespace core
