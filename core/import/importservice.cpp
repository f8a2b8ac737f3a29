// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importservice.h"

#include "core/domain/vocabulary.h"
#include "core/format/french.h"
#include "core/import/csvreader.h"
#include "core/import/table.h"
#include "core/import/tableconverter.h"
#include "core/import/territoryresolver.h"
#include "core/import/xlsxreader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <openssl/evp.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

namespace core::import {

namespace {

/// Forwards the rows of a reader, reporting progress and stopping when cancelled.
class WatchedSource final : public RowSource
{
public:
    WatchedSource(std::unique_ptr<RowSource> inner, qint64 totalLines,
                  const ImportProgressCallback &progress, const std::atomic_bool *cancel)
        : m_inner(std::move(inner))
        , m_total(totalLines)
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    Result<bool> next(RawRow &row) override
    {
        if ((m_cancel && m_cancel->load(std::memory_order_relaxed))
            || (m_stop && m_stop->load(std::memory_order_relaxed))) {
            m_cancelled = true;
            return makeError(Error::Code::Cancelled, ImportService::tr("Import cancelled."));
        }
        auto more = m_inner->next(row);
        if (more && *more && m_progress && ++m_rows % 4096 == 0)
            m_progress(row.line, m_total);
        return more;
    }
    QString encoding() const override { return m_inner->encoding(); }
    QString separator() const override { return m_inner->separator(); }
    QString fileName() const override { return m_inner->fileName(); }
    /// A second reason to stop reading: the writer failed.
    void setStop(const std::atomic_bool *stop) { m_stop = stop; }
    /// True when the user's cancel flag stopped the reading.
    [[nodiscard]] bool cancelled() const
    {
        return m_cancelled && m_cancel && m_cancel->load(std::memory_order_relaxed);
    }

private:
    std::unique_ptr<RowSource> m_inner;
    qint64 m_total = 0;
    qint64 m_rows = 0;
    const ImportProgressCallback &m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    const std::atomic_bool *m_stop = nullptr;
    bool m_cancelled = false;
};

constexpr std::size_t kBatchRows = 8192;

/// An observation as the reader thread hands it to the writer: strings as ids of Interner.
struct CompactRow
{
    qint32 territory = 0;
    qint32 measure = 0;
    qint32 scope = 0;
    qint32 sector = 0;
    qint32 unit = 0;
    qint32 note = -1; ///< -1: no note
    int year = 0;
    bool hasValue = false;
    double value = 0.0;
};

struct Batch
{
    std::vector<CompactRow> rows;
    std::vector<QString> strings; ///< strings first seen in this batch, deep copies, by id order
};

/// Numbers the few distinct strings of an import (territories, measures, scopes, units, notes)
/// on the reader thread. The writer gets each one once, as a deep copy, so that no string data
/// is shared, and reference-counted, across the two threads.
class Interner
{
public:
    CompactRow row(const Observation &o, std::vector<QString> &fresh)
    {
        CompactRow r;
        r.territory = id(0, o.territoryCode, fresh);
        r.measure = id(1, o.measure, fresh);
        r.scope = id(2, o.scope, fresh);
        r.sector = id(3, o.sector, fresh);
        r.unit = id(4, o.unit, fresh);
        r.note = o.note.isEmpty() ? -1 : id(5, o.note, fresh);
        r.year = o.year;
        r.hasValue = o.value.has_value();
        r.value = o.value.value_or(0.0);
        return r;
    }

private:
    qint32 id(int field, const QString &text, std::vector<QString> &fresh)
    {
        // Rows repeat the previous row's strings, usually the very same QString data; m_last
        // holds a reference, so the address cannot be reused by another string meanwhile.
        if (text.constData() == m_last[field].constData() && text.size() == m_last[field].size())
            return m_lastId[field];
        auto it = m_ids.constFind(text);
        if (it == m_ids.cend()) {
            it = m_ids.insert(text, qint32(m_ids.size()));
            fresh.push_back(QString(text.constData(), text.size()));
        }
        m_last[field] = text;
        m_lastId[field] = it.value();
        return it.value();
    }

    QHash<QString, qint32> m_ids;
    QString m_last[6];
    qint32 m_lastId[6] = {};
};

/// A bounded queue of batches between the reader thread and the writing thread.
class Pipe
{
public:
    void push(Batch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_queue.size() < kMaxBatches; });
        m_queue.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_notEmpty.notify_one();
    }
    /// The next batch; false once the reader finished and everything was taken.
    bool pop(Batch &batch)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (m_queue.empty())
            return false;
        batch = std::move(m_queue.front());
        m_queue.pop_front();
        m_notFull.notify_one();
        return true;
    }

private:
    static constexpr std::size_t kMaxBatches = 4;
    std::mutex m_mutex;
    std::condition_variable m_notFull;
    std::condition_variable m_notEmpty;
    std::deque<Batch> m_queue;
    bool m_done = false;
};

bool isXlsx(const QString &path)
{
    QFile probe(path);
    return probe.open(QIODevice::ReadOnly) && probe.read(4).startsWith("PK\x03\x04");
}

Result<std::unique_ptr<RowSource>> openReader(const QString &path, const QString &sheet)
{
    if (isXlsx(path)) {
        auto xlsx = XlsxReader::open(path, sheet);
        if (!xlsx)
            return xlsx.error();
        return std::unique_ptr<RowSource>(std::move(xlsx).value());
    }
    auto csv = CsvReader::open(path);
    if (!csv)
        return csv.error();
    return std::unique_ptr<RowSource>(std::move(csv).value());
}

void addFileProblem(ImportReport &report, const QString &message)
{
    Problem p;
    p.kind = Problem::Kind::NotATable;
    p.file = report.file;
    p.message = message;
    report.addProblem(std::move(p));
}

QString signedNumber(double v)
{
    const QString text = format::compact(std::abs(v), 2);
    return v < 0 ? QString(QChar(0x2212)) + text : u'+' + text;
}

} // namespace

QString ImportOutcome::changeText(const ValueChange &c)
{
    const auto show = [](const std::optional<double> &v) {
        return v ? format::compact(*v, 2) : format::notAvailable();
    };
    QString delta;
    if (c.before && c.after) {
        const double diff = *c.after - *c.before;
        delta = *c.before != 0.0
                ? tr(" (%1; %2 %)").arg(signedNumber(diff), signedNumber(100.0 * diff / *c.before))
                : tr(" (%1)").arg(signedNumber(diff));
    }
    return tr("%1 %2 %3/%4/%5: %6 → %7%8")
            .arg(c.territoryCode)
            .arg(c.year)
            .arg(c.measure, c.scope, c.sector, show(c.before), show(c.after), delta);
}

QString ImportOutcome::toText() const
{
    QStringList lines;
    // Refused before reading (same file, database unavailable): no reading report to show.
    const bool read = !report.columns.isEmpty() || report.problemCount > 0;
    if (read)
        lines << report.toText();
    else if (!report.file.isEmpty())
        lines << tr("File: %1").arg(report.file);
    if (!sha256.isEmpty())
        lines << tr("SHA-256: %1").arg(sha256);
    if (!sourceTitle.isEmpty())
        lines << tr("Source: %1").arg(sourceTitle);
    if (vintage) {
        lines << tr("Compared with dataset %1, the previous vintage of this source: %2 changed, "
                    "%3 new, %4 no longer given")
                         .arg(vintage->olderDatasetId)
                         .arg(vintage->changed)
                         .arg(vintage->added)
                         .arg(vintage->dropped);
        for (const ValueChange &c : vintage->changes)
            lines << QStringLiteral("  ") + changeText(c);
        if (vintage->changed > vintage->changes.size())
            lines << tr("  … and %1 more changes").arg(vintage->changed - vintage->changes.size());
    }
    switch (status) {
    case Status::Written:
        if (replacedDatasetId > 0)
            lines << tr("Dataset %1 (same file) was replaced.").arg(replacedDatasetId);
        lines << tr("Imported as dataset %1: %2 observations written.").arg(datasetId).arg(written);
        break;
    case Status::DryRun:
        lines << tr("Dry run: %1 observations would be written; the database was not changed.")
                         .arg(written);
        break;
    case Status::Invalid:
        break; // the report says "nothing was imported"
    case Status::Duplicate:
    case Status::Cancelled:
    case Status::Failed:
        lines << message;
        break;
    }
    return lines.join(u'\n');
}

Result<QString> ImportService::sha256(const QString &path, qint64 *lineCount)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
                         tr("%1: cannot open the file: %2")
                                 .arg(QFileInfo(path).fileName(), file.errorString()));
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return makeError(Error::Code::Io, tr("Cannot compute the SHA-256 of %1.").arg(path));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 lines = 0;
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(Error::Code::Io,
                             tr("%1: cannot read the file: %2")
                                     .arg(QFileInfo(path).fileName(), file.errorString()));
        if (n == 0)
            break;
        if (EVP_DigestUpdate(ctx.get(), buffer.constData(), size_t(n)) != 1)
            return makeError(Error::Code::Io, tr("Cannot compute the SHA-256 of %1.").arg(path));
        if (lineCount)
            lines += std::count(buffer.constData(), buffer.constData() + n, '\n');
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &size) != 1)
        return makeError(Error::Code::Io, tr("Cannot compute the SHA-256 of %1.").arg(path));
    if (lineCount)
        *lineCount = lines;
    return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex());
}

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

    const bool xlsx = isXlsx(request.path);
    qint64 lines = 0;
    auto hash = sha256(request.path, xlsx ? nullptr : &lines);
    if (!hash) {
        addFileProblem(report, hash.error().message);
        outcome.status = S::Invalid;
        return outcome;
    }
    outcome.sha256 = hash.value();

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
    dataset.kind = QStringLiteral("import");
    dataset.fileName = fileName;
    dataset.sha256 = outcome.sha256;
    dataset.loadedAt = QDateTime::currentDateTimeUtc();
    dataset.sourceId = *sourceId;
    auto datasetId = writer.beginDataset(dataset);
    if (!datasetId)
        return fail(S::Failed, datasetId.error().message);

    auto reader = openReader(request.path, request.spec.sheet);
    if (!reader) {
        addFileProblem(report, reader.error().message);
        outcome.status = S::Invalid;
        return outcome;
    }
    auto watched =
            std::make_unique<WatchedSource>(std::move(reader).value(), lines, progress, cancel);
    WatchedSource *watch = watched.get();
    TableOptions options;
    options.headerRow = request.spec.headerRow;
    options.sheet = request.spec.sheet;
    auto table = Table::fromSource(std::move(watched), options);
    if (!table) {
        if (cancel && cancel->load())
            return fail(S::Cancelled, tr("Import cancelled: the database was not changed."));
        addFileProblem(report, table.error().message);
        outcome.status = S::Invalid;
        return outcome;
    }

    // Two threads: this one (which owns the connection) writes while a reader thread parses
    // and checks the next rows; bounded batches of compact rows keep memory flat.
    Pipe pipe;
    std::atomic_bool stop { false };
    watch->setStop(&stop);
    core::import::Table &tableRef = *table.value();
    std::thread readerThread([&] {
        Interner interner;
        Batch batch;
        batch.rows.reserve(kBatchRows);
        report = TableConverter::convert(tableRef, request.spec, resolver,
                                         [&](const Observation &o) {
                                             batch.rows.push_back(interner.row(o, batch.strings));
                                             if (batch.rows.size() == kBatchRows) {
                                                 pipe.push(std::move(batch));
                                                 batch = Batch();
                                                 batch.rows.reserve(kBatchRows);
                                             }
                                         });
        pipe.push(std::move(batch));
        pipe.finish();
    });
    std::optional<Error> writeError;
    std::vector<QByteArray> strings; // UTF-8 of the Interner's ids, for this thread only
    const QByteArray method = methodKey(Method::Published).toUtf8();
    const QByteArray basis = request.spec.basis.toUtf8();
    const QByteArray perimeter = request.spec.perimeter.toUtf8();
    QHash<QByteArray, QByteArray> unitByMeasure; // what each measure counts, as stated
    for (auto it = request.spec.unitsCounted.cbegin(); it != request.spec.unitsCounted.cend(); ++it)
        unitByMeasure.insert(it.key().toUtf8(), it.value().toUtf8());
    QByteArray unitCounted;
    BulkWriter::Utf8Row row;
    row.method = method;
    row.basis = basis;
    row.perimeter = perimeter;
    Batch batch;
    while (pipe.pop(batch)) {
        for (const QString &text : batch.strings)
            strings.push_back(text.toUtf8());
        if (writeError)
            continue;
        for (const CompactRow &r : batch.rows) {
            row.territoryCode = strings[r.territory];
            row.year = r.year;
            row.measure = strings[r.measure];
            unitCounted = unitByMeasure.value(strings[r.measure]);
            row.unitCounted = unitCounted;
            row.scope = strings[r.scope];
            row.sector = strings[r.sector];
            row.unit = strings[r.unit];
            row.value = r.hasValue ? std::optional<double>(r.value) : std::nullopt;
            row.note = r.note >= 0 ? QByteArrayView(strings[r.note]) : QByteArrayView();
            if (auto st = writer.add(row); !st) {
                writeError = st.error();
                stop = true; // the reader stops at its next row
                break;
            }
        }
    }
    readerThread.join();
    report.file = fileName;
    if (writeError)
        return fail(S::Failed,
                    tr("The database refused the import, nothing was written: %1")
                            .arg(writeError->message));
    if (watch->cancelled() || (cancel && cancel->load()))
        return fail(S::Cancelled, tr("Import cancelled: the database was not changed."));
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

Status ImportService::checkFigure(const TerritoryResolver &resolver, Observation &figure,
                                  const Source &source)
{
    if (source.title.trimmed().isEmpty())
        return makeError(Error::Code::Validation,
                         tr("A figure needs its source: give the title of the publication."));
    const TerritoryMatch match = resolver.resolve(figure.territoryCode);
    if (match.status == TerritoryMatch::Status::Unknown)
        return makeError(Error::Code::NotFound,
                         tr("Unknown territory \"%1\"; expected a commune code (5 characters), "
                            "an EPCI SIREN (9 digits), a typed code (COM:, EPCI:, ARR:, DEP:, "
                            "REG:, FR) or the name of a known territory.")
                                 .arg(figure.territoryCode));
    if (match.status == TerritoryMatch::Status::Ambiguous)
        return makeError(
                Error::Code::Ambiguous,
                tr("The territory \"%1\" is ambiguous; expected a code instead, one "
                   "of: %2")
                        .arg(figure.territoryCode, match.candidates.join(QStringLiteral(", "))));
    if (figure.year == kUnknownYear) {
        // A figure whose source does not state the data year is dated by its publication.
        if (figure.publishedYear < 1900 || figure.publishedYear > 2100)
            return makeError(Error::Code::Validation,
                             tr("A figure of unknown year needs its publication year (1900 to "
                                "2100)."));
    } else if (figure.year < 1900 || figure.year > 2100) {
        return makeError(Error::Code::Validation,
                         tr("The year %1 is out of range; expected a year from 1900 to 2100.")
                                 .arg(figure.year));
    }
    if (!isQualifier(figure.qualifier))
        return makeError(Error::Code::Validation,
                         tr("Unknown qualifier \"%1\"; expected one of: %2")
                                 .arg(figure.qualifier, qualifiers().join(QStringLiteral(", "))));
    if (!figure.unitCounted.isEmpty() && !vocabulary::isUnitCounted(figure.unitCounted))
        return makeError(Error::Code::Validation,
                         tr("Unknown unit counted \"%1\"; expected one of: %2, or a ratio of two "
                            "such as employees_per_structure")
                                 .arg(figure.unitCounted,
                                      vocabulary::countUnits().join(QStringLiteral(", "))));
    if (!vocabulary::isMeasure(figure.measure))
        return makeError(
                Error::Code::Validation,
                tr("Unknown measure \"%1\"; expected one of: %2")
                        .arg(figure.measure, vocabulary::measures().join(QStringLiteral(", "))));
    if (!vocabulary::isScope(figure.scope))
        return makeError(
                Error::Code::Validation,
                tr("Unknown scope \"%1\"; expected one of: %2")
                        .arg(figure.scope, vocabulary::scopes().join(QStringLiteral(", "))));
    if (!vocabulary::isSector(figure.sector))
        return makeError(Error::Code::Validation,
                         tr("Unknown sector \"%1\"; expected \"all\" or a NAF section letter A "
                            "to U.")
                                 .arg(figure.sector));
    if (!figure.value && !(figure.low && figure.high))
        return makeError(Error::Code::Validation,
                         tr("A figure needs a value, or a low and a high bound."));
    const bool share = vocabulary::isShare(figure.measure);
    const bool count = vocabulary::isCount(figure.measure);
    for (const std::optional<double> &v : { figure.value, figure.low, figure.high }) {
        if (!v)
            continue;
        if (!std::isfinite(*v))
            return makeError(Error::Code::Validation, tr("The value is not a finite number."));
        if (share && (*v < 0.0 || *v > 100.0))
            return makeError(Error::Code::Validation,
                             tr("%1 is outside 0–100; expected a share in percent between 0 "
                                "and 100 for %2.")
                                     .arg(format::compact(*v, 6), figure.measure));
        if (count && *v < 0.0)
            return makeError(Error::Code::Validation,
                             tr("%1 is negative; expected a count of zero or more for %2.")
                                     .arg(format::compact(*v, 6), figure.measure));
    }
    if (figure.low && figure.high && *figure.low > *figure.high)
        return makeError(Error::Code::Validation, tr("The low bound is above the high bound."));
    if (figure.value
        && ((figure.low && *figure.value < *figure.low)
            || (figure.high && *figure.value > *figure.high)))
        return makeError(Error::Code::Validation,
                         tr("The value lies outside its low and high bounds."));
    figure.territoryCode = match.code;
    return Ok {};
}

Result<qint64> ImportService::addFigure(Store &store, const Observation &figure,
                                        const Source &source)
{
    auto territories = store.territories();
    if (!territories)
        return territories.error();
    const InMemoryTerritoryResolver resolver(territories.value());
    Observation o = figure;
    if (auto st = checkFigure(resolver, o, source); !st)
        return st.error();

    auto begun = store.beginBulk();
    if (!begun)
        return begun.error();
    BulkWriter &writer = *begun.value();
    Source s = source;
    s.key.clear();
    s.title = s.title.trimmed();
    auto sourceId = writer.addSource(s);
    if (!sourceId)
        return sourceId.error();
    Dataset dataset;
    dataset.kind = QStringLiteral("figure");
    dataset.loadedAt = QDateTime::currentDateTimeUtc();
    dataset.sourceId = *sourceId;
    dataset.note = figure.note;
    auto datasetId = writer.beginDataset(dataset);
    if (!datasetId)
        return datasetId.error();
    o.sourceId = *sourceId;
    if (o.unit.isEmpty())
        o.unit = vocabulary::unitOf(o.measure);
    if (o.value && o.low && o.high)
        o.method = Method::Estimated;
    if (auto st = writer.add(o); !st)
        return st.error();
    if (auto st = writer.commit(); !st)
        return st.error();
    return *datasetId;
}

} // namespace core::import
