// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sirene/sirenereader.h"
#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace app::cli {

/// Turns territory codes (COM:, EPCI:, ARR:, ...) into the commune lists to aggregate: an
/// EPCI gives one territory, a larger area one territory per EPCI inside it, a commune itself.
/// The reference-file version below serves phase 1; a database-backed one replaces it later.
class SireneTerritoryResolver
{
public:
    virtual ~SireneTerritoryResolver() = default;
    [[nodiscard]] virtual core::Result<std::vector<core::sirene::SireneTerritory>>
    resolve(const QStringList &codes) const = 0;
};

/// Resolves codes from data/territories.json ({"territories": [{code, kind, parent, ...}]}).
class ReferenceFileTerritoryResolver final : public SireneTerritoryResolver
{
public:
    explicit ReferenceFileTerritoryResolver(QString path);
    [[nodiscard]] core::Result<std::vector<core::sirene::SireneTerritory>>
    resolve(const QStringList &codes) const override;

private:
    QString m_path;
};

/// Path of a file of the shipped data/ folder ("classification/sirene-ess-bench-1.json"):
/// $ESS_DATA_DIR, then data/ beside or above the executable; empty when not found.
[[nodiscard]] QString findReferenceDataFile(const QString &relativePath);

/// `ess-dashboard import-sirene --unites-legales FILE --etablissements FILE [--territory CODE]...
/// [--classification FILE] [--json] [--dry-run] [--db PATH]`. \a args are the arguments after
/// the command name. Returns the exit code: 0 done, 1 import failed, 2 usage error.
int runImportSirene(const QStringList &args, QTextStream &out, QTextStream &err);
/// Same, with the territories resolved by \a resolver (tests, the database-backed version).
int runImportSirene(const QStringList &args, QTextStream &out, QTextStream &err,
                    const SireneTerritoryResolver &resolver);

} // namespace app::cli
