// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace core::sirene {

/// Incremental RFC 4180 record scanner over raw UTF-8 bytes, keeping only wanted columns.
/// Stateless between calls: every call starts at a record boundary. Used by one thread at a time.
///
/// Why hand-written: no packaged C++ CSV library in Debian streams RFC 4180 (quoted newlines)
/// over caller-owned chunks while skipping unwanted rows without building strings; this one
/// classifies 64 bytes at a time into quote/comma/newline bit masks (SSE2, the x86-64 baseline,
/// with a portable fallback), derives the in-quote mask by prefix XOR and only visits separators.
class CsvScanner final
{
public:
    static constexpr int kMaxSlots = 8;
    /// Bytes that must be readable (any value) after the end of every scanned buffer.
    static constexpr std::size_t kPadding = 64;

    enum class Stop { Done, FieldCount, UnterminatedQuote, Handler };
    struct Outcome
    {
        Stop stop = Stop::Done;
        std::size_t consumed = 0; ///< bytes of complete records handled (Done) / record start
        std::size_t newlines = 0; ///< '\n' bytes (also inside quotes) in the consumed bytes
        std::size_t records = 0; ///< records in the consumed bytes (blank lines excluded)
        int fieldCount = 0; ///< for FieldCount: fields found in the bad record
    };

    /// \a wanted maps slot -> column index; \a filterSlot (or -1) is tested with accept() as soon
    /// as it is read, so rejected records skip their other fields; they are still field-counted
    /// (the comma mask's population count up to the line end), so a stray comma before the
    /// filter column is a FieldCount error, not a silently dropped record.
    CsvScanner(int columnCount, const std::vector<int> &wanted, int filterSlot)
        : m_columnCount(columnCount)
        , m_slotOfColumn(std::size_t(columnCount), -1)
        , m_filterSlot(filterSlot)
    {
        for (std::size_t s = 0; s < wanted.size() && s < kMaxSlots; ++s)
            m_slotOfColumn[std::size_t(wanted[s])] = int(s);
        // m_skipRun[f]: unwanted columns from f on, the last column excluded (its end is a
        // line end, which always goes through the full path).
        m_skipRun.assign(std::size_t(columnCount) + 1, 0);
        for (int f = columnCount - 2; f >= 0; --f) {
            if (m_slotOfColumn[std::size_t(f)] < 0)
                m_skipRun[std::size_t(f)] = m_skipRun[std::size_t(f) + 1] + 1;
        }
    }

    /// Scans complete records of buf[0, n). Handler: bool accept(std::string_view) for the filter
    /// slot, bool record(const std::string_view *values, std::size_t recordStart) (false stops).
    /// At \a eof a last record without line end is handled too. Slots hold raw fields: quoted
    /// ones keep their quotes (see unquote()); a CR before LF is removed.
    template <typename Handler>
    Outcome scan(const char *buf, std::size_t n, bool eof, Handler &handler) const
    {
        Outcome out = scanImpl(buf, n, handler, true);
        if (!eof || out.stop != Stop::Done || out.consumed == n)
            return out;
        // Last record without a final line end: rescan it alone with a LF appended and no
        // skipping, so a record cut short by a truncated file is field-counted.
        std::string tail(buf + out.consumed, n - out.consumed);
        tail.push_back('\n');
        const std::size_t tailSize = tail.size();
        tail.append(kPadding, '\0');
        Outcome last = scanImpl(tail.data(), tailSize, handler, false);
        if (last.stop == Stop::Done && last.consumed != tailSize)
            last.stop = Stop::UnterminatedQuote;
        if (last.stop != Stop::Done) {
            last.consumed += out.consumed;
            last.newlines = out.newlines;
            return last;
        }
        out.consumed = n;
        out.newlines += last.newlines - 1;
        out.records += last.records;
        return out;
    }

    /// Field content without RFC 4180 quoting; \a scratch holds it when quotes were doubled.
    static std::string_view unquote(std::string_view raw, std::string &scratch)
    {
        if (raw.empty() || raw.front() != '"')
            return raw;
        std::string_view inner = raw.substr(1);
        if (!inner.empty() && inner.back() == '"')
            inner.remove_suffix(1);
        if (inner.find('"') == std::string_view::npos)
            return inner;
        scratch.clear();
        for (std::size_t i = 0; i < inner.size(); ++i) {
            scratch.push_back(inner[i]);
            if (inner[i] == '"' && i + 1 < inner.size() && inner[i + 1] == '"')
                ++i;
        }
        return scratch;
    }

private:
    struct Masks
    {
        std::uint64_t quote, comma, newline;
    };

    static Masks classify(const char *p)
    {
#if defined(__SSE2__)
        const __m128i q = _mm_set1_epi8('"');
        const __m128i c = _mm_set1_epi8(',');
        const __m128i l = _mm_set1_epi8('\n');
        Masks m { 0, 0, 0 };
        for (int i = 0; i < 4; ++i) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * i));
            const int shift = 16 * i;
            m.quote |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, q)))) << shift;
            m.comma |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, c)))) << shift;
            m.newline |= std::uint64_t(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, l)))) << shift;
        }
        return m;
#else
        Masks m { 0, 0, 0 };
        for (int i = 0; i < 64; ++i) {
            m.quote |= std::uint64_t(p[i] == '"') << i;
            m.comma |= std::uint64_t(p[i] == ',') << i;
            m.newline |= std::uint64_t(p[i] == '\n') << i;
        }
        return m;
#endif
    }

    /// Bit i set when an odd number of quote bits are at positions <= i.
    static std::uint64_t prefixXor(std::uint64_t x)
    {
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        x ^= x << 32;
        return x;
    }

    /// Inline SWAR popcount: without -mpopcnt (not in the x86-64 baseline) the builtin is a
    /// library call per block.
    static std::size_t popcount(std::uint64_t x)
    {
        x = x - ((x >> 1) & 0x5555555555555555ull);
        x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
        x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
        return std::size_t((x * 0x0101010101010101ull) >> 56);
    }

    static std::uint64_t above(int bit)
    {
        return bit >= 63 ? 0 : ~std::uint64_t(0) << (bit + 1);
    }

    template <typename Handler>
    Outcome scanImpl(const char *buf, std::size_t n, Handler &handler, bool allowSkip) const
    {
        Outcome out;
        std::string_view values[kMaxSlots];
        std::uint64_t inQuoteCarry = 0;
        std::size_t recordStart = 0;
        std::size_t fieldStart = 0;
        std::size_t newlines = 0;
        std::size_t newlinesAtRecordStart = 0;
        std::size_t records = 0;
        int field = 0;
        bool skipping = false;
        for (std::size_t base = 0; base < n; base += 64) {
            // Commas of a skipped record still to count in this block: all of it, unless the
            // skipping starts inside it (then only above the filter field's separator).
            std::uint64_t skipFrom = ~std::uint64_t(0);
            Masks m = classify(buf + base);
            if (n - base < 64) {
                const std::uint64_t valid = (std::uint64_t(1) << (n - base)) - 1;
                m.quote &= valid;
                m.comma &= valid;
                m.newline &= valid;
            }
            const std::uint64_t inside = prefixXor(m.quote) ^ inQuoteCarry;
            inQuoteCarry = std::uint64_t(std::int64_t(inside) >> 63);
            const std::uint64_t lineEnds = m.newline & ~inside;
            const std::uint64_t commas = m.comma & ~inside;
            std::uint64_t seps = skipping ? lineEnds : (lineEnds | commas);
            while (seps) {
                if (!skipping && field < m_columnCount && m_skipRun[std::size_t(field)] > 0) {
                    // Unwanted fields before the next wanted one: drop their separators in a
                    // tight loop; a line end among them ends a short record, handled below.
                    std::uint64_t lastLow = 0;
                    for (int run = m_skipRun[std::size_t(field)]; run > 0 && seps; --run) {
                        const std::uint64_t low = seps & (~seps + 1);
                        if (low & lineEnds)
                            break;
                        lastLow = low;
                        seps ^= low;
                        ++field;
                    }
                    if (lastLow)
                        fieldStart = base + std::size_t(__builtin_ctzll(lastLow)) + 1;
                    if (!seps)
                        break;
                }
                const int bit = __builtin_ctzll(seps);
                seps &= seps - 1;
                const std::size_t pos = base + std::size_t(bit);
                const bool isLineEnd = (lineEnds >> bit) & 1;
                const bool wasSkipping = skipping;
                if (!skipping) {
                    if (field < m_columnCount) {
                        const int slot = m_slotOfColumn[std::size_t(field)];
                        if (slot >= 0) {
                            std::size_t end = pos;
                            if (isLineEnd && end > fieldStart && buf[end - 1] == '\r')
                                --end;
                            values[slot] = std::string_view(buf + fieldStart, end - fieldStart);
                            if (slot == m_filterSlot && allowSkip
                                && !handler.accept(values[slot])) {
                                skipping = true;
                                skipFrom = above(bit);
                                seps &= lineEnds;
                            }
                        }
                    }
                    ++field;
                }
                if (isLineEnd) {
                    if (wasSkipping) // the commas below the line end, then the last field
                        field += int(popcount(commas & skipFrom & ~above(bit))) + 1;
                    const std::size_t lineLength = pos - recordStart;
                    const bool blank = field == 1
                            && (lineLength == 0 || (lineLength == 1 && buf[recordStart] == '\r'));
                    if (!blank && field != m_columnCount) {
                        out.stop = Stop::FieldCount;
                        out.fieldCount = field;
                        out.consumed = recordStart;
                        out.newlines = newlinesAtRecordStart;
                        return out;
                    }
                    if (!skipping && !blank) {
                        if (!handler.record(values, recordStart)) {
                            out.stop = Stop::Handler;
                            out.consumed = recordStart;
                            out.newlines = newlinesAtRecordStart;
                            return out;
                        }
                    }
                    if (!blank)
                        ++records;
                    if (skipping)
                        seps = (lineEnds | commas) & above(bit);
                    skipping = false;
                    field = 0;
                    recordStart = fieldStart = pos + 1;
                    newlinesAtRecordStart = newlines + popcount(m.newline & ~above(bit));
                } else {
                    fieldStart = pos + 1;
                }
            }
            if (skipping) // the record goes on in the next block
                field += int(popcount(commas & skipFrom));
            newlines += popcount(m.newline);
        }
        out.consumed = recordStart;
        out.newlines = newlinesAtRecordStart;
        out.records = records;
        return out;
    }

    int m_columnCount;
    std::vector<int> m_slotOfColumn;
    std::vector<int> m_skipRun;
    int m_filterSlot;
};

} // namespace core::sirene
