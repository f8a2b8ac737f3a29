// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/pngwriter.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QtEndian>

#include <zlib.h>

using namespace core;

namespace {
/// The chunks of a PNG file, each checked against its CRC-32; the IDAT data joined.
struct Chunks
{
    QList<QByteArray> types;
    QByteArray idat;
    bool crcOk = true;
};

Chunks chunksOf(const QByteArray &png)
{
    Chunks c;
    REQUIRE(png.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
    qsizetype at = 8;
    while (at + 12 <= png.size()) {
        const auto length = qsizetype(qFromBigEndian<quint32>(png.constData() + at));
        REQUIRE(at + 12 + length <= png.size());
        const QByteArray type = png.mid(at + 4, 4);
        const QByteArray data = png.mid(at + 8, length);
        const quint32 crc = qFromBigEndian<quint32>(png.constData() + at + 8 + length);
        const QByteArray typed = type + data;
        c.crcOk = c.crcOk
                && crc
                        == crc32(0, reinterpret_cast<const Bytef *>(typed.constData()),
                                 uInt(typed.size()));
        c.types << type;
        if (type == "IDAT")
            c.idat += data;
        at += 12 + length;
    }
    CHECK(at == png.size());
    return c;
}

/// zlib's inflate of a zlib stream (it checks the Adler-32), given the expected size.
QByteArray inflated(const QByteArray &stream, qsizetype size)
{
    QByteArray sized(4, '\0');
    qToBigEndian(quint32(size), sized.data());
    return qUncompress(sized + stream);
}

/// What the IDAT stream must hold: each row as filter byte 0 then R G B (A) bytes.
QByteArray rawRows(const QImage &image, bool alpha)
{
    const QImage rgb =
            image.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    QByteArray raw;
    for (int y = 0; y < rgb.height(); ++y)
        raw += '\0'
                + QByteArray(reinterpret_cast<const char *>(rgb.constScanLine(y)),
                             rgb.width() * (alpha ? 4 : 3));
    return raw;
}

QImage chartLike(int width, int height)
{
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(0, 0, width, 8), QColor(0x00, 0x72, 0xB2));
    for (int i = 0; i < 6; ++i)
        p.fillRect(QRectF(40, 30 + i * 40, (i + 1) * width / 8.0, 24), QColor(0xD5, 0x5E, 0x00));
    p.setBrush(QBrush(QColor(0x8a, 0x93, 0x9e), Qt::BDiagPattern));
    p.drawEllipse(QRectF(width / 2.0, height / 3.0, width / 3.0, height / 2.0));
    p.setFont(QFont(QStringLiteral("Sans"), 14));
    for (int i = 0; i < 8; ++i)
        p.drawText(QPointF(12, 30 + i * 37),
                   QStringLiteral("Économie sociale et solidaire %1").arg(i));
    return image;
}

QImage noise(int width, int height, QImage::Format format)
{
    QImage image(width, height, format);
    QRandomGenerator random(42);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < image.bytesPerLine() / 4; ++x)
            line[x] = random.generate();
    }
    return image;
}
} // namespace

TEST_CASE("writePng files decode to the pixels they were given, rows unfiltered", "[render]")
{
    struct Case
    {
        const char *name;
        QImage image;
        bool alpha;
    };
    QImage transparent = chartLike(333, 201);
    {
        QPainter p(&transparent);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.fillRect(QRect(100, 0, 120, 201), QColor(20, 40, 60, 90));
        p.fillRect(QRect(250, 0, 83, 201), Qt::transparent);
    }
    const QList<Case> cases {
        { "a chart-like image", chartLike(1200, 675), false },
        { "a width that is not a multiple of four", chartLike(1201, 37), false },
        { "one pixel", chartLike(1, 1), false },
        { "one row", chartLike(500, 1), false },
        { "rows longer than the 32 KiB window", chartLike(12000, 9), false },
        { "noise: literals only", noise(640, 480, QImage::Format_RGB32), false },
        { "RGB888 rows", chartLike(321, 123).convertToFormat(QImage::Format_RGB888), false },
        { "transparent pixels", transparent, true },
        { "transparent noise", noise(300, 200, QImage::Format_ARGB32), true },
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QByteArray png = render::writePng(
                c.image, c.alpha,
                { { "Title", "Economie sociale" },
                  { "XML:com.adobe.xmp", QStringLiteral("<x>É</x>").toUtf8(), true } },
                300);
        const Chunks chunks = chunksOf(png);
        CHECK(chunks.crcOk);
        CHECK(chunks.types.first() == "IHDR");
        CHECK(chunks.types.last() == "IEND");
        CHECK(chunks.types.contains("pHYs"));
        CHECK(chunks.types.count("tEXt") == 1);
        CHECK(chunks.types.count("iTXt") == 1);
        const QByteArray raw = rawRows(c.image, c.alpha);
        CHECK(inflated(chunks.idat, raw.size()) == raw);

        QImage decoded;
        REQUIRE(decoded.loadFromData(png, "png"));
        CHECK(decoded.hasAlphaChannel() == c.alpha);
        const QImage::Format f = c.alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32;
        CHECK(decoded.convertToFormat(f) == c.image.convertToFormat(f));
        CHECK(render::writePng(c.image, c.alpha, {}, 0)
              == render::writePng(c.image, c.alpha, {}, 0));
    }
    // Flat areas cost next to nothing; noise cannot be compressed (stored at most ~1 % larger).
    const qsizetype rawChart = 1200 * 675 * 3;
    CHECK(render::writePng(chartLike(1200, 675), false, {}, 0).size() < rawChart / 20);
    CHECK(render::writePng(noise(640, 480, QImage::Format_RGB32), false, {}, 0).size()
          < 640 * 480 * 3 * 101 / 100);
    CHECK(render::writePng(QImage(), false, {}, 0).isEmpty());
}

TEST_CASE("the deflate coder of writePng makes streams zlib inflates", "[render]")
{
    QRandomGenerator random(7);
    QByteArray randomBytes(700000, '\0');
    for (char &c : randomBytes)
        c = char(random.bounded(256));
    QByteArray periodic;
    for (int i = 0; i < 200000; ++i)
        periodic += char(i % 97 < 50 ? 'a' + i % 7 : 0);
    QByteArray mixed = QByteArray(300000, '\0') + randomBytes.left(5000) + QByteArray(70000, 'x')
            + periodic.left(50000) + "end";
    const QList<std::pair<const char *, QByteArray>> inputs {
        { "one byte", QByteArray("z") },
        { "random bytes over several blocks", randomBytes },
        { "a period of 97 bytes", periodic },
        { "runs, noise and repeats", mixed },
        { "zeros longer than a block", QByteArray(600000, '\0') },
    };
    for (const auto &[name, data] : inputs) {
        INFO(name);
        const QByteArray z = render::deflateRuns(data);
        CHECK(inflated(z, data.size()) == data);
    }
    CHECK(render::deflateRuns(QByteArray(600000, '\0')).size() < 10000);
    CHECK(render::deflateRuns(periodic).size() < periodic.size() / 20);
}
