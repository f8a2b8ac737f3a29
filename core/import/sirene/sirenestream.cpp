// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/sirenestream.h"

#include "core/import/sirene/sirenehandlers.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace core::sirene {

/// A record longer than this is taken for an unterminated quote rather than buffered forever.
constexpr std::size_t kMaxRecordBytes = 16u << 20;

static Error lineError(const QString &fileName, qint64 line, const QString &what)
{
    // translate(), not SireneReaderTr::tr(): lupdate does not resolve the context here.
    return makeError(Error::Code::Parse,
                     QCoreApplication::translate("core::sirene::SireneReader", "%1, line %2: %3")
                             .arg(fileName)
                             .arg(line)
                             .arg(what));
}

template <typename Handler>
Result<qint64> streamFile(OpenedFile &file, const CsvScanner &scanner, Handler &handler,
                          const SireneRequest &request, ProgressSink &progress)
{
    ChunkReader &reader = *file.reader;
    reader.start(request.cancel);
    std::string carry;
    std::vector<char> big; // only for a record longer than the headroom
    qint64 line = 1 + file.header.lines; // physical line of the first byte after the carry
    qint64 rows = 0;
    std::size_t headerLeft = file.header.bytes;
    for (;;) {
        if (request.cancel && request.cancel->load(std::memory_order_relaxed))
            return makeError(Error::Code::Cancelled, SireneReaderTr::tr("Import cancelled"));
        auto next = reader.next();
        if (!next) {
            Error e = next.error();
            if (e.code != Error::Code::Cancelled)
                e.message = SireneReaderTr::tr("%1 (after line %2)").arg(e.message).arg(line);
            return e;
        }
        ChunkBuffer *b = next.value();
        char *start = b->data();
        std::size_t n = b->size;
        if (headerLeft > 0) { // the header probe already parsed it; small blocks split it
            const std::size_t skip = std::min(n, headerLeft);
            start += skip;
            n -= skip;
            headerLeft -= skip;
        }
        progress.state.bytesRead += qint64(n);
        if (!carry.empty()) {
            if (carry.size() <= ChunkBuffer::kHeadroom) {
                start -= carry.size();
                std::memcpy(start, carry.data(), carry.size());
            } else {
                big.assign(carry.begin(), carry.end());
                big.insert(big.end(), start, start + n);
                big.resize(big.size() + CsvScanner::kPadding, '\0');
                start = big.data();
            }
            n += carry.size();
        }
        const CsvScanner::Outcome out = scanner.scan(start, n, b->eof, handler);
        const qint64 recordLine = line + qint64(out.newlines);
        switch (out.stop) {
        case CsvScanner::Stop::Done:
            break;
        case CsvScanner::Stop::FieldCount:
            reader.release(b);
            // Too many fields is usually a comma in an unquoted value: its columns are shifted,
            // so even a record of a commune nobody asked for is refused, never dropped.
            return lineError(file.fileName, recordLine,
                             (std::size_t(out.fieldCount) > file.header.names.size()
                                      ? SireneReaderTr::tr(
                                              "%1 fields instead of %2 (a comma in a value that is "
                                              "not between quotes?)")
                                      : SireneReaderTr::tr(
                                              "%1 fields instead of %2 (truncated file or broken "
                                              "quoting?)"))
                                     .arg(out.fieldCount)
                                     .arg(file.header.names.size()));
        case CsvScanner::Stop::UnterminatedQuote:
            reader.release(b);
            return lineError(
                    file.fileName, recordLine,
                    SireneReaderTr::tr("a quoted field is never closed (truncated file?)"));
        case CsvScanner::Stop::Handler:
            reader.release(b);
            return lineError(file.fileName, recordLine, handler.error.message);
        }
        rows += qint64(out.records);
        progress.state.rows += qint64(out.records);
        line = recordLine;
        carry.assign(start + out.consumed, n - out.consumed);
        const bool eof = b->eof;
        reader.release(b);
        big.clear();
        progress.report(eof);
        if (eof)
            break;
        if (carry.size() > kMaxRecordBytes)
            return lineError(
                    file.fileName, line,
                    SireneReaderTr::tr("a record is longer than %1 MiB: a quoted field is probably "
                                       "never closed")
                            .arg(kMaxRecordBytes >> 20));
    }
    return rows;
}

// The two passes; the handlers' code inlines here.
template Result<qint64> streamFile<EstablishmentHandler>(OpenedFile &, const CsvScanner &,
                                                         EstablishmentHandler &,
                                                         const SireneRequest &, ProgressSink &);
template Result<qint64> streamFile<UnitHandler>(OpenedFile &, const CsvScanner &, UnitHandler &,
                                                const SireneRequest &, ProgressSink &);

} // namespace core::sirene
