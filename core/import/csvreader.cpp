// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvreader.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>
#include <cstring>

namespace core::import {

namespace {

constexpr qsizetype kChunkSize = 1 << 20;
constexpr qsizetype kSniffSize = 64 * 1024;

// Qt 6.4's QStringConverter::Encoding has no Windows-1252 and encodingForName("windows-1252")
// returns nothing. Debian's build happens to link ICU, so QStringDecoder("windows-1252") works
// there, but Qt builds without ICU (and the macOS/Windows packages) give an invalid decoder.
// The 32 code points that differ from Latin-1 fit in a table, decode per field without state,
// and behave the same everywhere.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

inline char16_t cp1252(unsigned char c)
{
    return c >= 0x80 && c < 0xA0 ? kCp1252High[c - 0x80] : char16_t(c);
}

/// Bytes of the UTF-8 sequence a lead byte starts; 1 for ASCII and for bytes that cannot start one.
qsizetype sequenceLength(char lead)
{
    const auto c = static_cast<unsigned char>(lead);
    return (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
}

/// Checks a file chunk by chunk with QByteArrayView::isValidUtf8 (RFC 3629: no overlongs, no
/// surrogates, at most U+10FFFF); a sequence cut by the end of a chunk is checked once the next
/// chunk completes it.
class Utf8Check
{
public:
    bool feed(QByteArrayView chunk)
    {
        if (!m_cut.isEmpty()) {
            const qsizetype need = sequenceLength(m_cut.front()) - m_cut.size();
            if (chunk.size() < need) {
                m_cut += chunk;
                return true;
            }
            m_cut += chunk.first(need);
            if (!QByteArrayView(m_cut).isValidUtf8())
                return false;
            m_cut.clear();
            chunk = chunk.sliced(need);
        }
        const qsizetype whole = wholeSequences(chunk);
        m_cut = chunk.sliced(whole).toByteArray();
        return chunk.first(whole).isValidUtf8();
    }
    /// False when the file ends inside a sequence.
    [[nodiscard]] bool complete() const { return m_cut.isEmpty(); }

private:
    /// Length of the prefix of \a chunk that does not end inside a multi-byte sequence.
    static qsizetype wholeSequences(QByteArrayView chunk)
    {
        for (qsizetype k = 1; k <= std::min<qsizetype>(3, chunk.size()); ++k) {
            const char c = chunk[chunk.size() - k];
            if ((static_cast<unsigned char>(c) & 0xC0) == 0x80)
                continue; // a continuation byte: look further back for its lead
            return sequenceLength(c) > k ? chunk.size() - k : chunk.size();
        }
        return chunk.size();
    }
    QByteArray m_cut;
};

} // namespace

CsvReader::~CsvReader() = default;

QString CsvReader::fromWindows1252(const char *data, qsizetype size)
{
    QString out(size, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < size; ++i)
        d[i] = cp1252(static_cast<unsigned char>(data[i]));
    return out;
}

char CsvReader::detectSeparator(const QByteArray &sample)
{
    // Count each candidate per line outside quotes; the separator is the candidate whose most
    // frequent non-zero count occurs on the most lines (title lines have none, decimal commas
    // vary from line to line). Ties go to ';' then tab then ',' (French files).
    static constexpr std::array<char, 3> candidates = { ';', '\t', ',' };
    std::array<QList<int>, 3> perLine;
    std::array<int, 3> counts = { 0, 0, 0 };
    bool quoted = false;
    int lineCount = 0;
    auto endLine = [&] {
        for (int c = 0; c < 3; ++c)
            perLine[c].append(counts[c]);
        counts = { 0, 0, 0 };
        ++lineCount;
    };
    for (qsizetype i = 0; i < sample.size() && lineCount < 200; ++i) {
        const char ch = sample.at(i);
        if (ch == '"') {
            quoted = !quoted;
        } else if (!quoted && ch == '\n') {
            endLine();
        } else if (!quoted) {
            for (int c = 0; c < 3; ++c)
                counts[c] += ch == candidates[c];
        }
    }
    if (counts != std::array<int, 3> { 0, 0, 0 })
        endLine();

    char best = 0;
    int bestLines = 0;
    for (int c = 0; c < 3; ++c) {
        QHash<int, int> frequency;
        int lines = 0;
        for (int n : std::as_const(perLine[c])) {
            if (n > 0)
                lines = std::max(lines, ++frequency[n]);
        }
        if (lines > bestLines) {
            best = candidates[c];
            bestLines = lines;
        }
    }
    return best;
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString &path)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_fileName = QFileInfo(path).fileName();
    reader->m_file.setFileName(path);
    const QString name = reader->m_fileName;
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return makeError(
                Error::Code::Io,
                tr("%1: cannot open the file: %2").arg(name, reader->m_file.errorString()));

    // One pass over the whole file decides the encoding before any text is decoded, so that
    // a single invalid byte on line 900 000 switches the whole file to Windows-1252. It reads
    // in fixed chunks: memory stays constant.
    Utf8Check utf8;
    bool validUtf8 = true;
    bool anyText = false;
    QByteArray head;
    QByteArray chunk;
    qint64 offset = 0;
    for (;;) {
        chunk = reader->m_file.read(kChunkSize);
        if (chunk.isEmpty())
            break;
        if (head.size() < kSniffSize)
            head += chunk.left(kSniffSize - head.size());
        if (offset == 0 && (chunk.startsWith("\xFF\xFE") || chunk.startsWith("\xFE\xFF")))
            return makeError(Error::Code::Parse,
                             tr("%1: the file is encoded in UTF-16; expected a text table in "
                                "UTF-8 or Windows-1252 (save it again as CSV UTF-8)")
                                     .arg(name));
        if (const char *nul = static_cast<const char *>(
                    std::memchr(chunk.constData(), 0, size_t(chunk.size()))))
            return makeError(Error::Code::Parse,
                             tr("%1: not a table: the file contains binary data (a NUL byte at "
                                "offset %2); expected a CSV text file")
                                     .arg(name)
                                     .arg(offset + (nul - chunk.constData())));
        if (!anyText) {
            for (char c : std::as_const(chunk)) {
                if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ';' && c != ',') {
                    anyText = true;
                    break;
                }
            }
        }
        if (validUtf8)
            validUtf8 = utf8.feed(chunk);
        offset += chunk.size();
    }
    if (reader->m_file.error() != QFileDevice::NoError)
        return makeError(
                Error::Code::Io,
                tr("%1: cannot read the file: %2").arg(name, reader->m_file.errorString()));
    if (offset == 0 || !anyText)
        return makeError(Error::Code::Parse,
                         tr("%1: not a table: the file is empty; expected a header line and data "
                            "lines")
                                 .arg(name));
    validUtf8 = validUtf8 && utf8.complete();
    const bool bom = head.startsWith("\xEF\xBB\xBF");
    reader->m_encoding =
            !validUtf8 ? Encoding::Windows1252 : (bom ? Encoding::Utf8Bom : Encoding::Utf8);

    const char separator = detectSeparator(bom ? head.mid(3) : head);
    if (separator == 0)
        return makeError(Error::Code::Parse,
                         tr("%1: not a table: no column separator found in the first lines; "
                            "expected columns separated by semicolons, commas or tabs")
                                 .arg(name));
    reader->m_separator = separator;

    if (!reader->m_file.seek(bom ? 3 : 0))
        return makeError(
                Error::Code::Io,
                tr("%1: cannot read the file: %2").arg(name, reader->m_file.errorString()));
    reader->m_buffer.reserve(kChunkSize);
    return reader;
}

QString CsvReader::encoding() const
{
    switch (m_encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    m_buffer.resize(kChunkSize);
    const qint64 n = m_file.read(m_buffer.data(), kChunkSize);
    if (n <= 0) {
        m_buffer.clear();
        m_pos = 0;
        m_atEnd = true;
        return false;
    }
    m_buffer.resize(n);
    m_pos = 0;
    return true;
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

void CsvReader::decodeInto(QString &out) const
{
    const char *p = m_field.constData();
    const qsizetype n = m_field.size();
    if (m_encoding == Encoding::Windows1252) {
        // Reuse the string's buffer when it is not shared: no allocation per cell.
        out.resize(n);
        char16_t *d = reinterpret_cast<char16_t *>(out.data());
        for (qsizetype i = 0; i < n; ++i)
            d[i] = cp1252(static_cast<unsigned char>(p[i]));
        return;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (static_cast<unsigned char>(p[i]) >= 0x80) {
            out = QString::fromUtf8(p, n);
            return;
        }
    }
    out.resize(n);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < n; ++i)
        d[i] = char16_t(p[i]);
}

Error CsvReader::fieldTooLong(int line) const
{
    return makeError(Error::Code::Parse,
                     tr("%1: line %2: a cell is longer than %3 MiB; expected cells of a "
                        "statistics table (a quote left open, or not a table?)")
                             .arg(m_fileName)
                             .arg(line)
                             .arg(kMaxFieldBytes >> 20));
}

Result<bool> CsvReader::next(RawRow &row)
{
    if (peek() < 0)
        return false;
    row.line = m_line;
    qsizetype cellCount = 0;
    const char sep = m_separator;
    for (;;) {
        m_field.resize(0); // clear() would free the buffer
        int terminator = -1; // the byte that ended the field: separator, '\r', '\n' or -1 (EOF)
        if (peek() == '"') {
            const int openedAt = m_line;
            ++m_pos;
            bool closed = false;
            while (!closed) {
                if (m_pos >= m_buffer.size() && !fill())
                    return makeError(Error::Code::Parse,
                                     tr("%1: line %2: a quoted field opened on this line is never "
                                        "closed; the file looks truncated (expected a closing "
                                        "double quote)")
                                             .arg(m_fileName)
                                             .arg(openedAt));
                const char *begin = m_buffer.constData() + m_pos;
                const char *end = m_buffer.constData() + m_buffer.size();
                const char *quote =
                        static_cast<const char *>(std::memchr(begin, '"', size_t(end - begin)));
                const char *stop = quote ? quote : end;
                for (const char *q = begin; q < stop; ++q) {
                    if (*q == '\n')
                        ++m_line;
                }
                m_field.append(begin, stop - begin);
                m_pos += stop - begin;
                if (m_field.size() > kMaxFieldBytes)
                    return fieldTooLong(openedAt);
                if (!quote)
                    continue;
                ++m_pos; // the quote
                if (peek() == '"') {
                    m_field.append('"');
                    ++m_pos;
                } else {
                    closed = true;
                }
            }
            // Quoted fields keep their bytes: a CRLF inside stays a CRLF.
        }
        // Unquoted field, or text after a closing quote (kept, as spreadsheets do).
        for (;;) {
            if (m_pos >= m_buffer.size() && !fill())
                break;
            const char *begin = m_buffer.constData() + m_pos;
            const char *end = m_buffer.constData() + m_buffer.size();
            const char *q = begin;
            while (q < end && *q != sep && *q != '\n' && *q != '\r')
                ++q;
            m_field.append(begin, q - begin);
            m_pos += q - begin;
            if (m_field.size() > kMaxFieldBytes)
                return fieldTooLong(row.line);
            if (q < end) {
                terminator = static_cast<unsigned char>(*q);
                ++m_pos;
                break;
            }
        }
        if (cellCount < row.cells.size())
            decodeInto(row.cells[cellCount]);
        else {
            row.cells.append(QString());
            decodeInto(row.cells.last());
        }
        ++cellCount;
        if (terminator == static_cast<unsigned char>(sep)) {
            if (cellCount >= kMaxCellsPerLine)
                return makeError(Error::Code::Parse,
                                 tr("%1: line %2 has more than %3 cells; expected a table of at "
                                    "most %3 columns (the limit of spreadsheets)")
                                         .arg(m_fileName)
                                         .arg(row.line)
                                         .arg(kMaxCellsPerLine));
            continue;
        }
        if (terminator == '\r') {
            if (peek() == '\n')
                ++m_pos;
            ++m_line;
        } else if (terminator == '\n') {
            ++m_line;
        }
        break;
    }
    if (row.cells.size() > cellCount)
        row.cells.resize(cellCount);
    return true;
}

} // namespace core::import
