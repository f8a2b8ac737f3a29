// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

class QImage;

namespace core::render {

/// A text chunk of a PNG file: tEXt (Latin-1) or, when `international`, iTXt without compression
/// or language tag (UTF-8, as XMP requires).
struct PngText
{
    QByteArray key;
    QByteArray text;
    bool international = false;
};

/// The PNG file of `image`: 8-bit RGB, or RGBA (not premultiplied) when `alpha`; pHYs when
/// `dpi` > 0. Rows are stored unfiltered and deflated by a coder made for charts (large flat
/// areas, antialiased edges): matches are looked for at the pixel on the left, the pixel above
/// and one hashed position only, with Huffman codes made for each band of rows. zlib (CRC and
/// checks) stays the packaged library; the deflate coder is our own because the packaged ones
/// were measured too slow for the press kit on the kit's own 2400 × 1350 images: 9–10 ms per
/// image here, 29–34 ms with libpng at zlib level 1, libdeflate 1.14 level 1 no faster than
/// zlib (see bench/presskit and issue #13's notes), for files about 13 % smaller than zlib
/// level 1's. Any thread. Empty for a null image.
[[nodiscard]] QByteArray writePng(const QImage &image, bool alpha, const QList<PngText> &texts,
                                  int dpi);

/// A zlib stream (RFC 1950) of `data` made by the same deflate coder as writePng(); for tests.
[[nodiscard]] QByteArray deflateRuns(const QByteArray &data);

} // namespace core::render
