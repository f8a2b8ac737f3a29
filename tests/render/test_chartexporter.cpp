// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/charts/chartbuilder.h"
#include "core/format/french.h"
#include "core/render/chartexporter.h"
#include "core/render/chartscene.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QImageReader>
#include <QTemporaryDir>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <csignal>

#include <sys/resource.h>

using namespace core;

namespace {
charts::ChartSpec sampleSpec()
{
    charts::ChartSpec spec;
    spec.id = QStringLiteral("jobs-share");
    spec.kind = charts::ChartKind::HorizontalBars;
    spec.title = QStringLiteral("Part de l'ESS dans l'emploi");
    spec.subtitle = QStringLiteral("En % des emplois salariés");
    spec.unit = QStringLiteral("percent");
    spec.sourceLine = QStringLiteral("Source : Insee (2024)");
    spec.latestYear = 2021;
    spec.territoryCode = QStringLiteral("ARR:596");
    spec.territoryName = QStringLiteral("CAVM + CAPH");
    for (const auto &[name, value] :
         { std::pair { "CAVM + CAPH", 10.7 }, std::pair { "Nord", 12.0 } }) {
        charts::ChartValue v;
        v.category = QString::fromUtf8(name);
        v.value = value;
        v.text = format::value(value, QStringLiteral("percent"));
        v.detail = QStringLiteral("2021 · Insee");
        spec.values.append(v);
    }
    return spec;
}

render::FileMetadata fixedMeta()
{
    render::FileMetadata meta;
    meta.author = QStringLiteral("PHARE");
    meta.creationTime = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    return meta;
}

std::string pdfInfo(const QByteArray &pdf, const char *key)
{
    QPDF doc;
    doc.processMemoryFile("t.pdf", pdf.constData(), size_t(pdf.size()));
    QPDFObjectHandle info = doc.getTrailer().getKey("/Info");
    QPDFObjectHandle value = info.getKey(key);
    return value.isString() ? value.getUTF8Value() : std::string();
}
} // namespace

TEST_CASE("each preset gives its pixel size", "[render]")
{
    const charts::ChartSpec spec = sampleSpec();
    const QList<std::pair<QString, QSize>> expected {
        { QStringLiteral("social"), QSize(2400, 1350) },
        { QStringLiteral("square"), QSize(2160, 2160) },
        { QStringLiteral("slide"), QSize(1920, 1080) },
        { QStringLiteral("print"), QSize(3508, 2480) }, // A4 at 300 dpi
    };
    for (const auto &[name, size] : expected) {
        const auto preset = render::presetByName(name);
        REQUIRE(preset);
        const QImage image = render::renderImage(spec, render::withPreset({}, *preset));
        CHECK(image.size() == size);
    }
    CHECK_FALSE(render::presetByName(QStringLiteral("poster")));
    render::RenderOptions custom;
    custom.size = QSizeF(800, 600);
    custom.scale = 1.5;
    CHECK(render::renderImage(spec, custom).size() == QSize(1200, 900));
}

TEST_CASE("a transparent export keeps the background transparent", "[render]")
{
    render::RenderOptions options;
    options.transparent = true;
    const QImage image = render::renderImage(sampleSpec(), options);
    CHECK(qAlpha(image.pixel(image.width() - 3, image.height() / 2)) == 0);
    options.transparent = false;
    CHECK(qAlpha(render::renderImage(sampleSpec(), options).pixel(5, 300)) == 255);
}

TEST_CASE("a transparent PNG keeps its alpha channel, an opaque one has none", "[render]")
{
    render::RenderOptions options;
    options.transparent = true;
    for (const bool transparent : { true, false }) {
        options.transparent = transparent;
        const auto bytes =
                render::encodeChart(sampleSpec(), options, render::FileFormat::Png, fixedMeta());
        REQUIRE(bytes.ok());
        QImage image;
        REQUIRE(image.loadFromData(bytes.value(), "png"));
        CHECK(image.size() == QSize(1200, 675));
        CHECK(image.hasAlphaChannel() == transparent);
        CHECK(qAlpha(image.pixel(image.width() - 3, image.height() / 2))
              == (transparent ? 0 : 255));
        CHECK(image.pixelColor(3, 3) == render::paletteColor(0)); // the accent band, exact colour
    }
}

TEST_CASE("an optional logo is drawn at the top right", "[render]")
{
    render::RenderOptions options;
    const QImage plain = render::renderImage(sampleSpec(), options);
    QImage logo(200, 100, QImage::Format_ARGB32);
    logo.fill(QColor(0xd5, 0x5e, 0x00));
    options.logo = logo;
    const QImage withLogo = render::renderImage(sampleSpec(), options);
    const QPoint corner(1200 - 40 - 20, 40 + 20);
    CHECK(plain.pixelColor(corner) == QColor(Qt::white));
    CHECK(withLogo.pixelColor(corner) == QColor(0xd5, 0x5e, 0x00));
}

TEST_CASE("PNG files carry title, source, description and creation time", "[render]")
{
    const auto bytes = render::encodeChart(sampleSpec(), {}, render::FileFormat::Png, fixedMeta());
    REQUIRE(bytes.ok());
    QBuffer buffer(const_cast<QByteArray *>(&bytes.value()));
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    const QImage image = reader.read();
    REQUIRE_FALSE(image.isNull());
    CHECK(image.text(QStringLiteral("Title")) == QStringLiteral("Part de l'ESS dans l'emploi"));
    CHECK(image.text(QStringLiteral("Source")) == QStringLiteral("Source : Insee (2024)"));
    CHECK(image.text(QStringLiteral("Description")).contains(QStringLiteral("CAVM + CAPH")));
    CHECK(image.text(QStringLiteral("Creation Time")) == QStringLiteral("2026-03-01T00:00:00Z"));
    CHECK(image.text(QStringLiteral("Author")) == QStringLiteral("PHARE"));
    // The key with a space is a chunk of its own, not folded into the description.
    CHECK(bytes.value().contains(QByteArray("tEXtCreation Time\0", 18)));
}

TEST_CASE("SVG files carry title, description, metadata and French typography", "[render]")
{
    const auto bytes = render::encodeChart(sampleSpec(), {}, render::FileFormat::Svg, fixedMeta());
    REQUIRE(bytes.ok());
    const QString svg = QString::fromUtf8(bytes.value());
    CHECK((svg.contains(QStringLiteral("<title>Part de l&#39;ESS dans l&#39;emploi</title>"))
           || svg.contains(QStringLiteral("<title>Part de l'ESS dans l'emploi</title>"))));
    CHECK(svg.contains(QStringLiteral("<desc>")));
    CHECK(svg.contains(QStringLiteral("<metadata>")));
    CHECK(svg.contains(QStringLiteral("<dc:source>Source : Insee (2024)</dc:source>")));
    CHECK(svg.contains(QStringLiteral("<dc:date><rdf:Seq><rdf:li>2026-03-01T00:00:00Z</rdf:li>")));
    // An XMP packet that DAMs read: credit, source and the alternative text.
    CHECK(svg.contains(QStringLiteral("<photoshop:Credit>PHARE</photoshop:Credit>")));
    CHECK(svg.contains(QStringLiteral("<Iptc4xmpCore:AltTextAccessibility>")));
    // The value is written "10,7 %" with U+202F before the percent sign, in the drawing itself.
    CHECK(svg.contains(QStringLiteral(">10,7") + QChar(0x202F) + QStringLiteral("%<")));
    CHECK_FALSE(svg.contains(QStringLiteral(">10.7")));
    CHECK(svg.contains(
            QStringLiteral("font-family=\"Lato, 'Helvetica Neue', Arial, sans-serif\"")));
}

TEST_CASE("PDF files carry a completed info dictionary with fixed dates", "[render]")
{
    const auto bytes = render::encodeChart(sampleSpec(), {}, render::FileFormat::Pdf, fixedMeta());
    REQUIRE(bytes.ok());
    CHECK(pdfInfo(bytes.value(), "/Title") == "Part de l'ESS dans l'emploi");
    CHECK(pdfInfo(bytes.value(), "/Author") == "PHARE");
    CHECK(QString::fromStdString(pdfInfo(bytes.value(), "/Subject"))
                  .contains(QStringLiteral("CAVM")));
    const QString keywords = QString::fromStdString(pdfInfo(bytes.value(), "/Keywords"));
    CHECK(keywords.contains(QStringLiteral("ARR:596")));
    CHECK(keywords.contains(QStringLiteral("jobs-share")));
    CHECK(keywords.contains(QStringLiteral("2021")));
    CHECK(pdfInfo(bytes.value(), "/CreationDate") == "D:20260301000000Z");
    CHECK(pdfInfo(bytes.value(), "/ModDate") == "D:20260301000000Z");
    // Same input, same bytes: no clock, deterministic /ID.
    const auto again = render::encodeChart(sampleSpec(), {}, render::FileFormat::Pdf, fixedMeta());
    REQUIRE(again.ok());
    CHECK(again.value() == bytes.value());
    CHECK_FALSE(bytes.value().contains("xmpMM:DocumentID"));
}

TEST_CASE("the print preset gives an A4 landscape PDF page", "[render]")
{
    render::FileMetadata meta = fixedMeta();
    meta.a4Page = true;
    const auto bytes = render::encodeChart(
            sampleSpec(), render::withPreset({}, *render::presetByName(QStringLiteral("print"))),
            render::FileFormat::Pdf, meta);
    REQUIRE(bytes.ok());
    QPDF doc;
    doc.processMemoryFile("a4.pdf", bytes.value().constData(), size_t(bytes.value().size()));
    QPDFObjectHandle page = doc.getAllPages().at(0);
    QPDFObjectHandle box = page.getKey("/MediaBox");
    REQUIRE(box.isArray());
    CHECK(box.getArrayItem(2).getNumericValue() == Approx(841.89).margin(0.6)); // 297 mm
    CHECK(box.getArrayItem(3).getNumericValue() == Approx(595.28).margin(0.6)); // 210 mm
}

TEST_CASE("CSV bytes: BOM, semicolons, decimal comma", "[render]")
{
    const QByteArray csv = charts::toCsv(sampleSpec());
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.contains(";10,7;"));
    CHECK(csv.contains("\r\n"));
    CHECK_FALSE(csv.contains("10.7"));
}

TEST_CASE("a failed write leaves no partial file", "[render]")
{
    QTemporaryDir dir;
    SECTION("missing folder")
    {
        const QString path = dir.filePath(QStringLiteral("missing/chart.png"));
        CHECK_FALSE(render::writeFileAtomically(path, QByteArray(1000, 'x')).ok());
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("the target is a folder")
    {
        const QString path = dir.filePath(QStringLiteral("taken"));
        REQUIRE(QDir().mkpath(path));
        CHECK_FALSE(render::writeFileAtomically(path, QByteArray(1000, 'x')).ok());
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty()); // no temporary file left
    }
    SECTION("an existing file stays whole when replacing it fails")
    {
        const QString path = dir.filePath(QStringLiteral("chart.svg"));
        REQUIRE(render::writeFileAtomically(path, "old").ok());
        // A file-size limit stops root as it stops anyone (permissions would not): the new
        // bytes cannot all be written, and the old file must come out of it whole.
        const auto previousSignal = std::signal(SIGXFSZ, SIG_IGN);
        rlimit previous {};
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
        rlimit small = previous;
        small.rlim_cur = 512;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        const Status st = render::writeFileAtomically(path, QByteArray(100000, 'n'));
        ::setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousSignal);
        REQUIRE_FALSE(st.ok());
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == QByteArray("old"));
        CHECK(QDir(dir.path()).entryList(QDir::Files)
              == QStringList { QStringLiteral("chart.svg") });
    }
}

TEST_CASE("charts use the shipped font", "[render]")
{
    CHECK(render::chartFontFamily() == QStringLiteral("Lato"));
    QFont font(render::chartFontFamily());
    CHECK(QFontInfo(font).family() == QStringLiteral("Lato"));
    // Every character the French charts need has a glyph in it (no boxes).
    const QFontMetricsF metrics(font);
    for (const QChar c : QStringLiteral("éèêàçôœÉ–—«»’") + QChar(0x202F) + QChar(0x2212))
        CHECK(metrics.inFontUcs4(c.unicode()));
}

TEST_CASE("the edition time comes from SOURCE_DATE_EPOCH or the data, never the clock", "[render]")
{
    const QByteArray saved = qgetenv("SOURCE_DATE_EPOCH");
    qputenv("SOURCE_DATE_EPOCH", "1767225600"); // 2026-01-01T00:00:00Z
    CHECK(render::editionTime({ QStringLiteral("2019") }).toString(Qt::ISODate)
          == QStringLiteral("2026-01-01T00:00:00Z"));
    qunsetenv("SOURCE_DATE_EPOCH");
    CHECK(render::editionTime({ QStringLiteral("2019"), QStringLiteral("2024-05-23") }).date()
          == QDate(2024, 5, 23));
    CHECK(format::longDate(QDate(2026, 1, 1)) == QStringLiteral("1er janvier 2026"));
    CHECK(format::longDate(QDate(2026, 11, 27)) == QStringLiteral("27 novembre 2026"));
    if (!saved.isNull())
        qputenv("SOURCE_DATE_EPOCH", saved);
}
