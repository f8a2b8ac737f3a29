// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <atomic>
#include <cstddef>
#include <memory>
#include <vector>

namespace core::sirene {

/// One block of file content with free room before it, so a parser can glue the unfinished
/// record of the previous block in front without copying the block.
struct ChunkBuffer
{
    static constexpr std::size_t kHeadroom = 1 << 20;
    static constexpr std::size_t kBlock = 4 << 20;
    static constexpr std::size_t kPadding = 64;

    explicit ChunkBuffer(std::size_t blockSize)
        : storage(kHeadroom + blockSize + kPadding)
        , capacity(blockSize)
    {
    }
    std::vector<char> storage;
    std::size_t capacity; ///< block size
    std::size_t size = 0; ///< content bytes at data()
    bool eof = false; ///< no content follows this block
    char *data() { return storage.data() + kHeadroom; }
};

/// Streams the content of a CSV file, plain or as the single CSV entry of a ZIP (libzip, read
/// with zip_fread: nothing is extracted to disk), in 4 MiB blocks read on a background thread.
/// Memory: a fixed pool of 4 blocks. Owned and consumed by one thread; the reader thread is
/// private.
class ChunkReader final
{
public:
    ~ChunkReader();
    ChunkReader(const ChunkReader &) = delete;
    ChunkReader &operator=(const ChunkReader &) = delete;

    /// Opens \a path; a file starting with the ZIP signature is read as a ZIP.
    /// \a blockSize other than kBlock is for tests (records split across blocks).
    [[nodiscard]] static Result<std::unique_ptr<ChunkReader>>
    open(const QString &path, std::size_t blockSize = ChunkBuffer::kBlock);

    [[nodiscard]] bool isZip() const { return m_isZip; }
    [[nodiscard]] const QString &entryName() const { return m_entryName; }
    [[nodiscard]] qint64 fileSize() const { return m_fileSize; }
    /// Bytes of CSV content (uncompressed size for a ZIP entry).
    [[nodiscard]] qint64 contentSize() const { return m_contentSize; }
    /// Modification time of the ZIP entry, else of the file.
    [[nodiscard]] const QDateTime &modified() const { return m_modified; }

    /// Reads the first block on the calling thread (for header checks); do not mix with start().
    [[nodiscard]] Result<ChunkBuffer *> readFirstBlock();

    /// Starts the background reader; \a cancel (may be null) stops it early.
    void start(const std::atomic<bool> *cancel);
    /// Next filled block, in order; the last one has eof set. Give it back with release().
    [[nodiscard]] Result<ChunkBuffer *> next();
    void release(ChunkBuffer *buffer);

private:
    ChunkReader();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::size_t m_blockSize = ChunkBuffer::kBlock;
    bool m_isZip = false;
    QString m_entryName;
    qint64 m_fileSize = 0;
    qint64 m_contentSize = 0;
    QDateTime m_modified;
};

} // namespace core::sirene
