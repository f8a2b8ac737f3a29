// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/chunkreader.h"

#include "core/import/fileformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>

namespace core::sirene {

namespace {

/// tr() for the free functions and helper classes of this file, in one context lupdate records.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::sirene::ChunkReader)
};

constexpr int kPoolSize = 4;

} // namespace

struct ChunkReader::Impl
{
    QString path;
    QString fileName;
    std::FILE *file = nullptr;
    zip_t *archive = nullptr;
    zip_file_t *entry = nullptr;
    bool sourceEof = false;

    std::vector<std::unique_ptr<ChunkBuffer>> pool;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<ChunkBuffer *> freeBuffers;
    std::deque<ChunkBuffer *> filled;
    bool failed = false;
    bool stopping = false;
    Error error;
    std::thread thread;

    ~Impl()
    {
        {
            std::lock_guard lock(mutex);
            stopping = true;
        }
        changed.notify_all();
        if (thread.joinable())
            thread.join();
        if (entry)
            zip_fclose(entry);
        if (archive)
            zip_discard(archive);
        if (file)
            std::fclose(file);
    }

    /// Fills \a b with the next block; false with error set on a read failure.
    bool fill(ChunkBuffer &b, Error &err)
    {
        b.size = 0;
        b.eof = false;
        char *out = b.data();
        while (b.size < b.capacity && !sourceEof) {
            const std::size_t want = b.capacity - b.size;
            if (entry) {
                const zip_int64_t got = zip_fread(entry, out + b.size, want);
                if (got < 0) {
                    err = makeError(
                            Error::Code::Io,
                            Tr::tr("Cannot read %1 inside the ZIP file (damaged or "
                                   "truncated?): %2")
                                    .arg(fileName, QString::fromUtf8(zip_file_strerror(entry))));
                    return false;
                }
                if (got == 0)
                    sourceEof = true;
                b.size += std::size_t(got);
            } else {
                const std::size_t got = std::fread(out + b.size, 1, want, file);
                if (got < want) {
                    if (std::ferror(file)) {
                        err = makeError(Error::Code::Io,
                                        Tr::tr("Cannot read %1: input/output error").arg(fileName));
                        return false;
                    }
                    sourceEof = true;
                }
                b.size += got;
            }
        }
        b.eof = sourceEof;
        std::fill_n(out + b.size, ChunkBuffer::kPadding, '\0');
        return true;
    }

    void run(const std::atomic<bool> *cancel)
    {
        for (;;) {
            ChunkBuffer *b = nullptr;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stopping || !freeBuffers.empty(); });
                if (stopping)
                    return;
                b = freeBuffers.front();
                freeBuffers.pop_front();
            }
            Error err;
            bool ok = true;
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                err = makeError(Error::Code::Cancelled, Tr::tr("Import cancelled"));
                ok = false;
            } else {
                ok = fill(*b, err);
            }
            {
                std::lock_guard lock(mutex);
                if (!ok) {
                    failed = true;
                    error = err;
                } else {
                    filled.push_back(b);
                }
            }
            changed.notify_all();
            if (!ok || b->eof)
                return;
        }
    }
};

ChunkReader::ChunkReader()
    : m_impl(std::make_unique<Impl>())
{
}

ChunkReader::~ChunkReader() = default;

Result<std::unique_ptr<ChunkReader>> ChunkReader::open(const QString &path, std::size_t blockSize)
{
    std::unique_ptr<ChunkReader> r(new ChunkReader);
    r->m_blockSize = std::max<std::size_t>(blockSize, 1);
    Impl &d = *r->m_impl;
    const QFileInfo info(path);
    d.path = path;
    d.fileName = info.fileName();
    if (!info.exists() || !info.isFile())
        return makeError(Error::Code::NotFound, Tr::tr("File not found: %1").arg(path));
    r->m_fileSize = info.size();
    r->m_contentSize = info.size();
    r->m_modified = info.lastModified();
    if (r->m_fileSize == 0)
        return makeError(Error::Code::Parse, Tr::tr("%1 is empty").arg(d.fileName));

    d.file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!d.file)
        return makeError(Error::Code::Io, Tr::tr("Cannot open %1").arg(path));
    char magic[4] = {};
    const std::size_t got = std::fread(magic, 1, sizeof magic, d.file);
    const bool isZip = import::hasZipSignature(QByteArrayView(magic, qsizetype(got)));
    std::rewind(d.file);
    if (!isZip)
        return r;

    std::fclose(d.file);
    d.file = nullptr;
    r->m_isZip = true;
    int zipError = 0;
    d.archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &zipError);
    if (!d.archive) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, zipError);
        const QString why = QString::fromUtf8(zip_error_strerror(&ze));
        zip_error_fini(&ze);
        return makeError(Error::Code::Io,
                         Tr::tr("Cannot open the ZIP file %1 (damaged or truncated?): %2")
                                 .arg(d.fileName, why));
    }
    // The official stock ZIPs hold one CSV; refuse to guess among several.
    zip_int64_t chosen = -1;
    const zip_int64_t count = zip_get_num_entries(d.archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(zip_get_name(d.archive, zip_uint64_t(i), 0));
        if (!name.endsWith(u".csv", Qt::CaseInsensitive))
            continue;
        if (chosen >= 0)
            return makeError(Error::Code::Ambiguous,
                             Tr::tr("The ZIP file %1 holds several CSV files; expected one")
                                     .arg(d.fileName));
        chosen = i;
        r->m_entryName = name;
    }
    if (chosen < 0)
        return makeError(Error::Code::NotFound,
                         Tr::tr("The ZIP file %1 holds no CSV file").arg(d.fileName));
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(d.archive, zip_uint64_t(chosen), 0, &st) == 0) {
        if (st.valid & ZIP_STAT_SIZE)
            r->m_contentSize = qint64(st.size);
        if (st.valid & ZIP_STAT_MTIME)
            r->m_modified = QDateTime::fromSecsSinceEpoch(qint64(st.mtime));
    }
    d.entry = zip_fopen_index(d.archive, zip_uint64_t(chosen), 0);
    if (!d.entry)
        return makeError(Error::Code::Io,
                         Tr::tr("Cannot read %1 inside the ZIP file %2: %3")
                                 .arg(r->m_entryName, d.fileName,
                                      QString::fromUtf8(zip_strerror(d.archive))));
    d.fileName = QStringLiteral("%1 (%2)").arg(d.fileName, r->m_entryName);
    return r;
}

Result<ChunkBuffer *> ChunkReader::readFirstBlock()
{
    Impl &d = *m_impl;
    d.pool.push_back(std::make_unique<ChunkBuffer>(m_blockSize));
    Error err;
    if (!d.fill(*d.pool.back(), err))
        return err;
    return d.pool.back().get();
}

void ChunkReader::start(const std::atomic<bool> *cancel)
{
    Impl &d = *m_impl;
    for (int i = 0; i < kPoolSize; ++i) {
        d.pool.push_back(std::make_unique<ChunkBuffer>(m_blockSize));
        d.freeBuffers.push_back(d.pool.back().get());
    }
    d.thread = std::thread([&d, cancel] { d.run(cancel); });
}

Result<ChunkBuffer *> ChunkReader::next()
{
    Impl &d = *m_impl;
    std::unique_lock lock(d.mutex);
    d.changed.wait(lock, [&] { return d.failed || !d.filled.empty(); });
    if (!d.filled.empty()) {
        ChunkBuffer *b = d.filled.front();
        d.filled.pop_front();
        return b;
    }
    return d.error;
}

void ChunkReader::release(ChunkBuffer *buffer)
{
    {
        std::lock_guard lock(m_impl->mutex);
        m_impl->freeBuffers.push_back(buffer);
    }
    m_impl->changed.notify_all();
}

} // namespace core::sirene
