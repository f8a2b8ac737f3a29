// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importpipeline.h"

#include "core/domain/vocabulary.h"
#include "core/import/table.h"
#include "core/import/tableconverter.h"
#include "core/storage/store.h"

#include <QCoreApplication>
#include <QHash>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace core::import {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportPipeline)
};

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
            return makeError(Error::Code::Cancelled, Tr::tr("Import cancelled."));
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

} // namespace

PipelineResult runImportPipeline(std::unique_ptr<RowSource> source, const ImportSpec &spec,
                                 const TerritoryResolver &resolver, BulkWriter &writer,
                                 qint64 totalLines, const ImportProgressCallback &progress,
                                 const std::atomic_bool *cancel)
{
    PipelineResult result;
    auto watched = std::make_unique<WatchedSource>(std::move(source), totalLines, progress, cancel);
    WatchedSource *watch = watched.get();
    TableOptions options;
    options.headerRow = spec.headerRow;
    options.sheet = spec.sheet;
    auto table = Table::fromSource(std::move(watched), options);
    if (!table) {
        const bool cancelled = cancel && cancel->load();
        result.end = cancelled ? PipelineResult::End::Cancelled : PipelineResult::End::NotATable;
        result.message = table.error().message;
        return result;
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
        result.report =
                TableConverter::convert(tableRef, spec, resolver, [&](const Observation &o) {
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
    const QByteArray basis = spec.basis.toUtf8();
    const QByteArray perimeter = spec.perimeter.toUtf8();
    QHash<QByteArray, QByteArray> unitByMeasure; // what each measure counts, as stated
    for (auto it = spec.unitsCounted.cbegin(); it != spec.unitsCounted.cend(); ++it)
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
    if (writeError) {
        result.end = PipelineResult::End::WriteFailed;
        result.message = writeError->message;
    } else if (watch->cancelled() || (cancel && cancel->load())) {
        result.end = PipelineResult::End::Cancelled;
    }
    return result;
}

} // namespace core::import
