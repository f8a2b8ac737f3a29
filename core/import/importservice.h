// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/source.h"
#include "core/import/importoutcome.h"
#include "core/import/importpipeline.h"
#include "core/import/importspec.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace core::import {

/// What to import and how: the file, its mapping, its source and the safety switches.
struct ImportRequest
{
    QString path;
    ImportSpec spec;
    Source source; ///< title (the file name when empty), url, licence...
    bool replace = false; ///< the same file (same SHA-256) again: remove the old import first
    bool dryRun = false; ///< check and compare everything, write nothing
};

/// Imports statistics tables into a Store safely: resolves territories against the database,
/// refuses a file already imported (same SHA-256) unless replace, writes everything in one
/// transaction or nothing at all (problems, cancel, database errors), keeps new vintages of a
/// source beside the old ones and reports what changed. Stateless; runs in the calling thread,
/// on a Store opened in that thread.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    static constexpr int kMaxListedChanges = 500;

    [[nodiscard]] static ImportOutcome run(Store &store, const ImportRequest &request,
                                           const ImportProgressCallback &progress = {},
                                           const std::atomic_bool *cancel = nullptr);
    /// Opens its own Store (connection) on dbPath in the calling thread, for worker threads.
    [[nodiscard]] static ImportOutcome run(const QString &dbPath, const ImportRequest &request,
                                           const ImportProgressCallback &progress = {},
                                           const std::atomic_bool *cancel = nullptr);
};

} // namespace core::import
