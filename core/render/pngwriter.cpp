// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/pngwriter.h"

#include <QImage>
#include <QtEndian>

#include <zlib.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace core::render {

namespace {
// Deflate (RFC 1951) made for chart images. Rows are stored unfiltered: antialiased text and
// hatchings repeat byte for byte, which row filters would scramble. A match is looked for at
// three distances only: the pixel on the left, the pixel above, and the last position whose
// next four bytes hashed alike. Flat areas become runs of 258-byte matches found in a few word
// compares, and only the edges pay for the hash; each band of rows has its own Huffman codes.

constexpr int kLiteralCodes = 286; // 0-255 bytes, 256 end of block, 257-285 match lengths
constexpr int kDistanceCodes = 30;
constexpr int kEndOfBlock = 256;
constexpr size_t kMinMatch = 4;
constexpr size_t kMaxMatch = 258;
constexpr size_t kWindow = 32768;
constexpr int kHashBits = 16;
constexpr uint32_t kAdlerBase = 65521;
constexpr size_t kAdlerRun = 5552; // bytes summed before b can overflow 32 bits (zlib's NMAX)

struct LengthCode
{
    uint16_t symbol = 0;
    uint8_t extraBits = 0;
    uint16_t extra = 0;
};

/// Deflate's length symbols and extra bits for every match length, 3 to 258.
const std::array<LengthCode, 259> &lengthCodes()
{
    static const std::array<LengthCode, 259> table = [] {
        static constexpr uint16_t base[29] = { 3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                               15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                               67, 83, 99, 115, 131, 163, 195, 227, 258 };
        static constexpr uint8_t bits[29] = { 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                              2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0 };
        std::array<LengthCode, 259> t {};
        for (int code = 0; code < 29; ++code) {
            const int last = code == 28 ? 258 : base[code + 1] - 1;
            for (int length = base[code]; length <= last; ++length)
                t[size_t(length)] = { uint16_t(257 + code), bits[code],
                                      uint16_t(length - base[code]) };
        }
        return t;
    }();
    return table;
}

struct DistanceCode
{
    uint8_t symbol = 0;
    uint8_t extraBits = 0;
    uint16_t extra = 0;
};

/// Deflate's distance symbol and extra bits for a distance of 1 to 32768.
DistanceCode distanceCode(uint32_t distance)
{
    const uint32_t x = distance - 1;
    if (x < 4)
        return { uint8_t(x), 0, 0 };
    const int top = 31 - __builtin_clz(x); // 2 or more
    return { uint8_t(2 * top + ((x >> (top - 1)) & 1)), uint8_t(top - 1),
             uint16_t(x & ((1u << (top - 1)) - 1)) };
}

/// Code lengths of a Huffman code for `freq`, none longer than `limit`. Every symbol with a
/// non-zero count gets a code; at least two symbols have one (a complete code, as inflate wants).
void huffmanLengths(std::vector<uint32_t> freq, int limit, uint8_t *lengths)
{
    const size_t n = freq.size();
    std::fill(lengths, lengths + n, uint8_t(0));
    const auto used =
            size_t(std::count_if(freq.cbegin(), freq.cend(), [](uint32_t f) { return f; }));
    for (size_t s = 0, added = 0; s < n && used + added < 2; ++s)
        if (freq[s] == 0) {
            freq[s] = 1;
            ++added;
        }
    for (;;) {
        std::vector<std::pair<uint32_t, uint16_t>> leaves; // (count, symbol), ascending
        for (size_t s = 0; s < n; ++s)
            if (freq[s])
                leaves.emplace_back(freq[s], uint16_t(s));
        std::sort(leaves.begin(), leaves.end());
        const size_t m = leaves.size();
        // Two queues: the leaves, and the inner nodes, made in ascending weight order.
        std::vector<uint64_t> weight(2 * m - 1);
        std::vector<size_t> parent(2 * m - 1, 0);
        for (size_t i = 0; i < m; ++i)
            weight[i] = leaves[i].first;
        size_t leaf = 0, inner = m, next = m;
        const auto lightest = [&] {
            if (leaf < m && (inner >= next || weight[leaf] <= weight[inner]))
                return leaf++;
            return inner++;
        };
        for (; next < 2 * m - 1; ++next) {
            const size_t a = lightest();
            const size_t b = lightest();
            weight[next] = weight[a] + weight[b];
            parent[a] = parent[b] = next;
        }
        std::vector<uint8_t> depth(2 * m - 1, 0);
        int longest = 0;
        for (size_t i = 2 * m - 2; i-- > 0;) {
            depth[i] = uint8_t(depth[parent[i]] + 1);
            longest = std::max<int>(longest, depth[i]);
        }
        if (longest <= limit) {
            for (size_t i = 0; i < m; ++i)
                lengths[leaves[i].second] = depth[i];
            return;
        }
        for (uint32_t &f : freq) // flatter counts, shorter longest code
            if (f)
                f = (f + 1) / 2;
    }
}

struct HuffmanCode
{
    std::vector<uint8_t> lengths;
    std::vector<uint16_t> codes; ///< bit-reversed: deflate sends codes from their first bit
};

HuffmanCode huffmanCode(const std::vector<uint32_t> &freq, int limit)
{
    HuffmanCode h;
    h.lengths.resize(freq.size());
    h.codes.resize(freq.size());
    huffmanLengths(freq, limit, h.lengths.data());
    // Canonical codes, RFC 1951 section 3.2.2.
    std::array<uint16_t, 16> count {}, next {};
    for (const uint8_t l : h.lengths)
        ++count[l];
    count[0] = 0;
    uint16_t code = 0;
    for (int bits = 1; bits < 16; ++bits) {
        code = uint16_t((code + count[size_t(bits - 1)]) << 1);
        next[size_t(bits)] = code;
    }
    for (size_t s = 0; s < freq.size(); ++s) {
        const int l = h.lengths[s];
        if (!l)
            continue;
        const uint16_t c = next[size_t(l)]++;
        uint16_t reversed = 0;
        for (int i = 0; i < l; ++i)
            reversed = uint16_t(reversed | (((c >> i) & 1) << (l - 1 - i)));
        h.codes[s] = reversed;
    }
    return h;
}

/// Adler-32 (RFC 1950) of `size` bytes, continuing from `adler`.
uint32_t adler32(uint32_t adler, const uint8_t *p, size_t size)
{
    uint32_t a = adler & 0xffff, b = adler >> 16;
    while (size > 0) {
        size_t n = std::min(size, kAdlerRun);
        size -= n;
#if defined(__SSE2__)
        // 16 bytes a step: a += their sum; b += 16 a + (16, 15, ..., 1) · bytes.
        if (n >= 16) {
            const __m128i zero = _mm_setzero_si128();
            const __m128i high = _mm_setr_epi16(16, 15, 14, 13, 12, 11, 10, 9);
            const __m128i low = _mm_setr_epi16(8, 7, 6, 5, 4, 3, 2, 1);
            __m128i va = _mm_cvtsi32_si128(int(a));
            __m128i vb = _mm_cvtsi32_si128(int(b));
            __m128i previous = zero; // the sum of a before each step
            for (; n >= 16; n -= 16, p += 16) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                previous = _mm_add_epi32(previous, va);
                va = _mm_add_epi32(va, _mm_sad_epu8(v, zero));
                vb = _mm_add_epi32(vb, _mm_madd_epi16(_mm_unpacklo_epi8(v, zero), high));
                vb = _mm_add_epi32(vb, _mm_madd_epi16(_mm_unpackhi_epi8(v, zero), low));
            }
            vb = _mm_add_epi32(vb, _mm_slli_epi32(previous, 4));
            const auto sum = [](__m128i x) {
                x = _mm_add_epi32(x, _mm_shuffle_epi32(x, _MM_SHUFFLE(1, 0, 3, 2)));
                x = _mm_add_epi32(x, _mm_shuffle_epi32(x, _MM_SHUFFLE(2, 3, 0, 1)));
                return uint32_t(_mm_cvtsi128_si32(x));
            };
            a = sum(va);
            b = sum(vb);
        }
#endif
        for (; n > 0; --n, ++p) {
            a += *p;
            b += a;
        }
        a %= kAdlerBase;
        b %= kAdlerBase;
    }
    return b << 16 | a;
}

/// Bits from the first: deflate's order. The caller reserves room for what it puts.
class BitWriter
{
public:
    explicit BitWriter(std::vector<uint8_t> &out)
        : m_out(out)
    {
    }
    void reserve(size_t bytes)
    {
        const size_t at = size_t(m_at - m_out.data());
        if (m_out.size() - at < bytes + 8) {
            m_out.resize(std::max(m_out.size() * 2, at + bytes + 8));
            m_at = m_out.data() + at;
        }
    }
    /// Appends the `count` low bits of `bits` (count <= 32).
    void put(uint64_t bits, int count)
    {
        m_bits |= bits << m_count;
        m_count += count;
        if (m_count >= 32) {
            qToLittleEndian(quint32(m_bits), m_at);
            m_at += 4;
            m_bits >>= 32;
            m_count -= 32;
        }
    }
    /// Pads to a byte and returns the bytes written.
    size_t finish()
    {
        reserve(8);
        for (; m_count > 0; m_count -= 8) {
            *m_at++ = uint8_t(m_bits);
            m_bits >>= 8;
        }
        m_count = 0;
        m_bits = 0;
        return size_t(m_at - m_out.data());
    }

private:
    std::vector<uint8_t> &m_out;
    uint8_t *m_at = m_out.data();
    uint64_t m_bits = 0;
    int m_count = 0;
};

/// Length of the common prefix of p and p - distance, at most `limit`; reads up to 15 bytes past
/// p + limit (the caller's buffer has that slack).
size_t matchLength(const uint8_t *p, size_t distance, size_t limit)
{
    size_t n = 0;
#if defined(__SSE2__)
    while (n < limit) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + n));
        const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + n - distance));
        const auto equal = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(x, y)));
        if (equal != 0xffff)
            return std::min(limit, n + size_t(__builtin_ctz(~equal)));
        n += 16;
    }
#else
    while (n < limit) {
        uint64_t x, y;
        std::memcpy(&x, p + n, 8);
        std::memcpy(&y, p + n - distance, 8);
        if (const uint64_t diff = qToLittleEndian(x ^ y))
            return std::min(limit, n + size_t(__builtin_ctzll(diff) / 8));
        n += 8;
    }
#endif
    return limit;
}

/// A zlib stream (RFC 1950), written block by block. `left` and `above` are the distances always
/// tried (0: none).
class Deflater
{
public:
    Deflater(size_t left, size_t above, size_t sizeHint)
        : m_left(left)
        , m_above(above)
        , m_out(sizeHint / 16 + 1024)
        , m_bits(m_out)
        , m_head(size_t(1) << kHashBits, 0)
    {
        m_bits.reserve(2);
        m_bits.put(0x78, 8); // deflate, 32 KiB window
        m_bits.put(0x01, 8); // fastest; 0x7801 is a multiple of 31
    }

    /// The next `size` bytes of the stream, at `data`: the up to 32 KiB of the stream before
    /// them are before `data`, and 16 bytes after them can be read. `last` ends the stream.
    void block(const uint8_t *data, size_t size, bool last)
    {
        tokenize(data, size);
        writeBlock(m_bits, last);
        m_adler = adler32(m_adler, data, size);
        m_position += size;
    }

    /// The whole zlib stream; after the last block.
    std::vector<uint8_t> finish()
    {
        const size_t length = m_bits.finish();
        m_out.resize(length + 4);
        qToBigEndian(m_adler, m_out.data() + length);
        return std::move(m_out);
    }

private:
    static constexpr uint32_t kMatchFlag = 0x80000000u; ///< (length - 3) << 16 | distance

    void tokenize(const uint8_t *data, size_t size)
    {
        const auto &lengths = lengthCodes();
        m_tokens.clear();
        std::fill(m_literalFreq.begin(), m_literalFreq.end(), 0);
        std::fill(m_distanceFreq.begin(), m_distanceFreq.end(), 0);
        const int shift = 32 - kHashBits;
        const size_t history = std::min(m_position, kWindow); // bytes readable before data
        size_t i = 0;
        while (i < size) {
            const size_t limit = std::min(kMaxMatch, size - i);
            size_t best = 0, distance = 0;
            const auto tryDistance = [&](size_t d) {
                if (d == 0 || d > history + i || d > kWindow || d == distance)
                    return;
                const size_t n = matchLength(data + i, d, limit);
                if (n > best) {
                    best = n;
                    distance = d;
                }
            };
            tryDistance(m_left);
            if (best < limit)
                tryDistance(m_above);
            if (limit >= kMinMatch) {
                uint32_t word;
                std::memcpy(&word, data + i, 4);
                uint32_t &head = m_head[(word * 2654435761u) >> shift];
                const size_t here = m_position + i + 1; // 0 in the table: no position
                if (best < limit && head > 0)
                    tryDistance(here - head);
                head = uint32_t(here);
            }
            if (best >= kMinMatch) {
                m_tokens.push_back(kMatchFlag | uint32_t(best - 3) << 16 | uint32_t(distance));
                ++m_literalFreq[lengths[best].symbol];
                ++m_distanceFreq[distanceCode(uint32_t(distance)).symbol];
                i += best;
            } else {
                m_tokens.push_back(data[i]);
                ++m_literalFreq[data[i]];
                ++i;
            }
        }
    }

    void writeBlock(BitWriter &bits, bool last)
    {
        const auto &lengths = lengthCodes();
        m_literalFreq[kEndOfBlock] = 1;
        const HuffmanCode lit = huffmanCode(m_literalFreq, 15);
        const HuffmanCode dist = huffmanCode(m_distanceFreq, 15);

        int literalCount = kLiteralCodes;
        while (literalCount > 257 && lit.lengths[size_t(literalCount - 1)] == 0)
            --literalCount;
        int distanceCount = kDistanceCodes;
        while (distanceCount > 1 && dist.lengths[size_t(distanceCount - 1)] == 0)
            --distanceCount;
        std::vector<uint8_t> all(lit.lengths.begin(), lit.lengths.begin() + literalCount);
        all.insert(all.end(), dist.lengths.begin(), dist.lengths.begin() + distanceCount);

        // The code lengths, run-length coded with symbols 16 (repeat), 17 and 18 (zeros).
        struct Symbol
        {
            uint8_t symbol;
            uint8_t extraBits;
            uint8_t extra;
        };
        std::vector<Symbol> symbols;
        for (size_t i = 0; i < all.size();) {
            const uint8_t value = all[i];
            size_t run = 1;
            while (i + run < all.size() && all[i + run] == value)
                ++run;
            i += run;
            if (value == 0) {
                while (run >= 11) {
                    const size_t r = std::min<size_t>(run, 138);
                    symbols.push_back({ 18, 7, uint8_t(r - 11) });
                    run -= r;
                }
                if (run >= 3) {
                    symbols.push_back({ 17, 3, uint8_t(run - 3) });
                    run = 0;
                }
            } else {
                symbols.push_back({ value, 0, 0 });
                --run;
                while (run >= 3) {
                    const size_t r = std::min<size_t>(run, 6);
                    symbols.push_back({ 16, 2, uint8_t(r - 3) });
                    run -= r;
                }
            }
            for (; run > 0; --run)
                symbols.push_back({ value, 0, 0 });
        }
        std::vector<uint32_t> lengthFreq(19, 0);
        for (const Symbol &s : symbols)
            ++lengthFreq[s.symbol];
        const HuffmanCode lengthCode = huffmanCode(lengthFreq, 7);
        static constexpr uint8_t order[19] = { 16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                               11, 4,  12, 3, 13, 2, 14, 1, 15 };
        int orderCount = 19;
        while (orderCount > 4 && lengthCode.lengths[order[orderCount - 1]] == 0)
            --orderCount;

        // At most 48 bits a token, and the header.
        bits.reserve(m_tokens.size() * 6 + symbols.size() * 2 + 64);
        bits.put(last ? 1 : 0, 1);
        bits.put(2, 2); // dynamic Huffman codes
        bits.put(uint64_t(literalCount - 257), 5);
        bits.put(uint64_t(distanceCount - 1), 5);
        bits.put(uint64_t(orderCount - 4), 4);
        for (int i = 0; i < orderCount; ++i)
            bits.put(lengthCode.lengths[order[i]], 3);
        for (const Symbol &s : symbols)
            bits.put(lengthCode.codes[s.symbol]
                             | (uint64_t(s.extra) << lengthCode.lengths[s.symbol]),
                     lengthCode.lengths[s.symbol] + s.extraBits);

        for (const uint32_t token : m_tokens) {
            if (!(token & kMatchFlag)) {
                bits.put(lit.codes[token], lit.lengths[token]);
                continue;
            }
            const LengthCode &l = lengths[((token >> 16) & 0x1ff) + 3];
            const int n = lit.lengths[l.symbol];
            bits.put(lit.codes[l.symbol] | (uint64_t(l.extra) << n), n + l.extraBits);
            const DistanceCode d = distanceCode(token & 0xffff);
            const int m = dist.lengths[d.symbol];
            bits.put(dist.codes[d.symbol] | (uint64_t(d.extra) << m), m + d.extraBits);
        }
        bits.put(lit.codes[kEndOfBlock], lit.lengths[kEndOfBlock]);
    }

    size_t m_left;
    size_t m_above;
    std::vector<uint8_t> m_out;
    BitWriter m_bits;
    std::vector<uint32_t> m_head; ///< per hash of four bytes: the last position + 1, 0 none
    size_t m_position = 0; ///< of the next block in the stream
    uint32_t m_adler = 1;
    std::vector<uint32_t> m_tokens;
    std::vector<uint32_t> m_literalFreq = std::vector<uint32_t>(kLiteralCodes, 0);
    std::vector<uint32_t> m_distanceFreq = std::vector<uint32_t>(kDistanceCodes, 0);
};

void appendChunk(QByteArray &png, const char type[4], const char *data, size_t size)
{
    char header[8];
    qToBigEndian(quint32(size), header);
    std::memcpy(header + 4, type, 4);
    png.append(header, 8);
    png.append(data, qsizetype(size));
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(type), 4);
    if (size > 0)
        crc = crc32_z(crc, reinterpret_cast<const Bytef *>(data), size);
    char trailer[4];
    qToBigEndian(quint32(crc), trailer);
    png.append(trailer, 4);
}

void appendChunk(QByteArray &png, const char type[4], const QByteArray &data)
{
    appendChunk(png, type, data.constData(), size_t(data.size()));
}
} // namespace

QByteArray deflateRuns(const QByteArray &data)
{
    std::vector<uint8_t> padded(size_t(data.size()) + 16, 0);
    std::memcpy(padded.data(), data.constData(), size_t(data.size()));
    const auto size = size_t(data.size());
    Deflater deflater(1, 0, size);
    constexpr size_t kBlock = size_t(1) << 18;
    size_t at = 0;
    do {
        const size_t n = std::min(kBlock, size - at);
        deflater.block(padded.data() + at, n, at + n == size);
        at += n;
    } while (at < size);
    const std::vector<uint8_t> z = deflater.finish();
    return QByteArray(reinterpret_cast<const char *>(z.data()), qsizetype(z.size()));
}

QByteArray writePng(const QImage &source, bool alpha, const QList<PngText> &texts, int dpi)
{
    // Opaque 32-bit images are read as they are (0xffRRGGBB words), other formats converted.
    const bool words = !alpha
            && (source.format() == QImage::Format_ARGB32_Premultiplied
                || source.format() == QImage::Format_ARGB32
                || source.format() == QImage::Format_RGB32);
    const QImage image = words
            ? source
            : source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    if (image.isNull())
        return {};
    const int width = image.width();
    const int height = image.height();
    const size_t bpp = alpha ? 4 : 3;
    const size_t rowBytes = size_t(width) * bpp;

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    char ihdr[13];
    qToBigEndian(quint32(width), ihdr);
    qToBigEndian(quint32(height), ihdr + 4);
    ihdr[8] = 8; // bits per channel
    ihdr[9] = alpha ? 6 : 2; // RGBA or RGB
    ihdr[10] = ihdr[11] = ihdr[12] = 0; // deflate, adaptive filters, no interlace
    appendChunk(png, "IHDR", ihdr, sizeof ihdr);
    if (dpi > 0) {
        char phys[9];
        const auto dpm = quint32(std::lround(dpi / 0.0254));
        qToBigEndian(dpm, phys);
        qToBigEndian(dpm, phys + 4);
        phys[8] = 1; // per metre
        appendChunk(png, "pHYs", phys, sizeof phys);
    }
    for (const PngText &t : texts) {
        if (t.international)
            // No compression, no language tag, no translated keyword (XMP spec, part 3).
            appendChunk(png, "iTXt", t.key + QByteArray("\0\0\0\0\0", 5) + t.text);
        else
            appendChunk(png, "tEXt", t.key + '\0' + t.text);
    }

    // The rows as PNG stores them (filter byte 0, none, then RGB or RGBA bytes), in bands of
    // at least 32 KiB after the last 32 KiB of the band before: one deflate block each.
    const size_t stride = rowBytes + 1;
    const size_t bandRows =
            std::max<size_t>((std::max(kWindow, size_t(1) << 18) + stride - 1) / stride, 1);
    const size_t total = stride * size_t(height);
    std::vector<uint8_t> buffer(kWindow + bandRows * stride + 16, 0);
    uint8_t *band = buffer.data() + kWindow;
    Deflater deflater(bpp, stride <= kWindow ? stride : 0, total);
    for (int y = 0; y < height;) {
        uint8_t *row = band;
        for (size_t r = 0; r < bandRows && y < height; ++r, ++y, row += stride) {
            row[0] = 0;
            uint8_t *out = row + 1;
            const uchar *line = image.constScanLine(y);
            if (!words) {
                std::memcpy(out, line, rowBytes);
                continue;
            }
            // 0xAARRGGBB words to R G B bytes, four pixels (three words) at a time.
            const auto *pixels = reinterpret_cast<const QRgb *>(line);
            const auto rgb = [](QRgb c) { return qFromBigEndian(quint32(c)) >> 8; }; // 0x00BBGGRR
            int x = 0;
            for (; x + 4 <= width; x += 4, out += 12) {
                const quint32 q0 = rgb(pixels[x]), q1 = rgb(pixels[x + 1]), q2 = rgb(pixels[x + 2]),
                              q3 = rgb(pixels[x + 3]);
                qToLittleEndian(quint32(q0 | q1 << 24), out);
                qToLittleEndian(quint32(q1 >> 8 | q2 << 16), out + 4);
                qToLittleEndian(quint32(q2 >> 16 | q3 << 8), out + 8);
            }
            for (; x < width; ++x, out += 3) {
                const QRgb c = pixels[x];
                out[0] = uint8_t(qRed(c));
                out[1] = uint8_t(qGreen(c));
                out[2] = uint8_t(qBlue(c));
            }
        }
        const auto filled = size_t(row - band);
        deflater.block(band, filled, y == height);
        // The band's last 32 KiB (it has at least that) are the next band's history.
        if (y < height)
            std::memcpy(buffer.data(), band + filled - kWindow, kWindow);
    }
    const std::vector<uint8_t> stream = deflater.finish();
    constexpr size_t kIdat = size_t(1) << 18;
    for (size_t at = 0; at < stream.size(); at += kIdat)
        appendChunk(png, "IDAT", reinterpret_cast<const char *>(stream.data()) + at,
                    std::min(kIdat, stream.size() - at));
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

} // namespace core::render
