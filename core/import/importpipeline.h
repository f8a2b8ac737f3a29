// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importreport.h"
#include "core/import/importspec.h"
#include "core/import/rowsource.h"
#include "core/import/territoryresolver.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace core {
class BulkWriter;
}

namespace core::import {

/// Called from the importing thread with physical lines read and the file's line count
/// (0 when unknown, as for XLSX).
using ImportProgressCallback = std::function<void(qint64 done, qint64 total)>;

/// How runImportPipeline() ended.
struct PipelineResult
{
    enum class End {
        Read, ///< every row read and converted; the report says whether they were valid
        NotATable, ///< no header found (message says why); nothing was added
        Cancelled, ///< stopped by the cancel flag
        WriteFailed, ///< the writer refused a row (message is the database's); reading stopped
    };
    End end = End::Read;
    ImportReport report; ///< the converter's report (its file name is not set)
    QString message;
};

/// Reads a table from \a source (header as the spec says), converts and checks its rows on a
/// reader thread and adds them to \a writer on the calling thread, which owns the connection;
/// bounded batches of compact rows keep memory flat. Progress every 4096 rows, against
/// \a totalLines (0: unknown). Neither commits nor rolls back: the caller owns the transaction.
[[nodiscard]] PipelineResult
runImportPipeline(std::unique_ptr<RowSource> source, const ImportSpec &spec,
                  const TerritoryResolver &resolver, BulkWriter &writer, qint64 totalLines,
                  const ImportProgressCallback &progress, const std::atomic_bool *cancel);

} // namespace core::import
