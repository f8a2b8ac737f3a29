// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importservice.h"

#include "core/import/fileformat.h"
#include "core/import/filehash.h"
#include "core/import/territoryresolver.h"
#include "core/storage/store.h"

#include <QDateTime>
#include <QFileInfo>

namespace core::import {

namespace {

void addFileProblem(ImportReport &report, const QString &message)
{
    Problem p;
    p.kind = Problem::Kind::NotATable;
    p.file = report.file;
    p.message = message;
    report.addProblem(std::move(p));
}

} // namespace

ImportOutcome ImportService::run(const QString &dbPath, const ImportRequest &request,
                                 const ImportProgressCallback &progress,
                                 const std::atomic_bool *cancel)
{
    auto store = Store::open(dbPath, {});
    if (!store) {
        ImportOutcome outcome;
        outcome.report.file = QFileInfo(request.path).fileName();
        outcome.status = ImportOutcome::Status::Failed;
        outcome.message = store.error().message;
        return outcome;
    }
    return run(*store.value(), request, progress, cancel);
}

ImportOutcome ImportService::run(Store &store, const ImportRequest &request,
                                 const ImportProgressCallback &progress,
                                 const std::atomic_bool *cancel)
{
    using S = ImportOutcome::Status;
    ImportOutcome outcome;
    ImportReport &report = outcome.report;
    const QString fileName = QFileInfo(request.path).fileName();
    report.file = fileName;
    const auto fail = [&outcome](S status, const QString &message) {
        outcome.status = status;
        outcome.message = message;
        return outcome;
    };

    FileHashOptions hashOptions;
    hashOptions.countNewlines = !isZipFile(request.path); // XLSX: no line count
    auto hash = hashFile(request.path, hashOptions);
    if (!hash) {
        addFileProblem(report, hash.error().message);
        outcome.status = S::Invalid;
        return outcome;
    }
    outcome.sha256 = QString::fromLatin1(hash->sha256);
    const qint64 lines = hash->newlines;

    auto duplicate = store.datasetBySha256(outcome.sha256);
    if (!duplicate)
        return fail(S::Failed, duplicate.error().message);
    if (*duplicate > 0 && !request.replace) {
        outcome.duplicateOfDatasetId = *duplicate;
        return fail(S::Duplicate,
                    tr("%1 was already imported as dataset %2 (same SHA-256); nothing was "
                       "written.")
                            .arg(fileName)
                            .arg(*duplicate));
    }

    auto territories = store.territories();
    if (!territories)
        return fail(S::Failed, territories.error().message);
    const InMemoryTerritoryResolver resolver(territories.value());

    // Size hint for the bulk writer: a long-format row takes about 32 bytes of text.
    auto begun = store.beginBulk(QFileInfo(request.path).size() / 32);
    if (!begun)
        return fail(S::Failed, begun.error().message);
    BulkWriter &writer = *begun.value();
    if (*duplicate > 0) {
        if (auto st = writer.removeDataset(*duplicate); !st)
            return fail(S::Failed, st.error().message);
        outcome.replacedDatasetId = *duplicate;
    }

    Source source = request.source;
    if (source.title.trimmed().isEmpty())
        source.title = fileName;
    source.title = source.title.trimmed();
    source.key.clear();
    outcome.sourceTitle = source.title;
    // The previous vintage is looked up inside the transaction, after a replaced import left.
    auto previous = store.latestDatasetOfSourceTitle(source.title);
    if (!previous)
        return fail(S::Failed, previous.error().message);
    auto sourceId = writer.addSource(source);
    if (!sourceId)
        return fail(S::Failed, sourceId.error().message);
    Dataset dataset;
    dataset.kind = DatasetKind::Import;
    dataset.fileName = fileName;
    dataset.sha256 = outcome.sha256;
    dataset.loadedAt = QDateTime::currentDateTimeUtc();
    dataset.sourceId = *sourceId;
    auto datasetId = writer.beginDataset(dataset);
    if (!datasetId)
        return fail(S::Failed, datasetId.error().message);

    auto reader = openRowSource(request.path, request.spec.sheet);
    if (!reader) {
        addFileProblem(report, reader.error().message);
        outcome.status = S::Invalid;
        return outcome;
    }
    const PipelineResult read = runImportPipeline(std::move(reader).value(), request.spec, resolver,
                                                  writer, lines, progress, cancel);
    switch (read.end) {
    case PipelineResult::End::NotATable:
        addFileProblem(report, read.message);
        outcome.status = S::Invalid;
        return outcome;
    case PipelineResult::End::WriteFailed:
        report = read.report;
        report.file = fileName;
        return fail(
                S::Failed,
                tr("The database refused the import, nothing was written: %1").arg(read.message));
    case PipelineResult::End::Cancelled:
        report = read.report;
        report.file = fileName;
        return fail(S::Cancelled, tr("Import cancelled: the database was not changed."));
    case PipelineResult::End::Read:
        break;
    }
    report = read.report;
    report.file = fileName;
    if (!report.ok()) {
        outcome.status = S::Invalid;
        return outcome;
    }
    outcome.written = writer.written();
    if (progress)
        progress(lines, lines);

    if (*previous > 0) {
        auto comparison = writer.compareWith(*previous, kMaxListedChanges);
        if (!comparison)
            return fail(S::Failed, comparison.error().message);
        outcome.vintage = std::move(comparison).value();
    }
    if (request.dryRun) {
        writer.rollback();
        outcome.replacedDatasetId = 0;
        outcome.status = S::DryRun;
        return outcome;
    }
    if (auto st = writer.commit(); !st)
        return fail(S::Failed, st.error().message);
    outcome.datasetId = *datasetId;
    outcome.status = S::Written;
    return outcome;
}

} // namespace core::import
