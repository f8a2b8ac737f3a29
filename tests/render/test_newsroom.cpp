// SPDX-License-Identifier: GPL-3.0-or-later
// What a graphics desk, a CMS and a screen reader get from every chart file: the text layer, the
// metadata, the relative text size, accents, and the SVG drawn without Lato.
#include "core/charts/chartbuilder.h"
#include "core/format/french.h"
#include "core/render/chartexporter.h"
#include "core/render/chartscene.h"
#include "core/render/preexportcheck.h"
#include "core/render/textblock.h"
#include "core/workspace.h"
#include "support/qtprinters.h"
#include "support/testdb.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace core;

namespace {
bool have(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QByteArray run(const QString &program, const QStringList &args,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(60000);
    return p.readAllStandardOutput();
}

/// Words split at any white space, the narrow and ordinary no-break spaces included, sorted.
QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\x{00A0}\\x{202F}]+"));
    QStringList list = text.split(space, Qt::SkipEmptyParts);
    list.sort();
    return list;
}

/// The words of every <text> element of an SVG (its invisible text layer).
QStringList svgWords(const QByteArray &svg)
{
    static const QRegularExpression text(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    QString all;
    auto it = text.globalMatch(QString::fromUtf8(svg));
    while (it.hasNext()) {
        QString t = it.next().captured(1);
        t.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        all += t + u' ';
    }
    return words(all);
}

struct Exported
{
    QString territory;
    QString id;
    render::Preset preset;
    charts::ChartSpec spec;
    QString stem;
};

int darkPixels(const QImage &image, const QRect &rect)
{
    int n = 0;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("every chart id, preset and format is newsroom-grade", "[render][newsroom]")
{
    QTemporaryDir dir;
    Workspace ws;
    REQUIRE(ws.open(dir.filePath(QStringLiteral("news.sqlite")), testsupport::referenceDataDir())
                    .ok());
    const charts::ChartBuilder builder(ws);
    render::FileMetadata baseMeta;
    baseMeta.author = ws.defaults().byline;
    baseMeta.creationTime = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    render::RenderOptions base;
    base.byline = ws.defaults().byline;
    base.editionDate = format::longDate(baseMeta.creationTime.date());

    // Every id for the arrondissement; the region adds the evolution and sources compared.
    QList<Exported> files;
    for (const QString &territory : { QStringLiteral("ARR:596"), QStringLiteral("REG:32") })
        for (const QString &id : charts::ChartBuilder::chartIds()) {
            const charts::ChartSpec spec = builder.build(id, territory, QStringLiteral("REG:32"));
            if (territory == u"REG:32" && !spec.hasData())
                continue;
            for (const render::Preset &preset : render::presets())
                files.append({ territory, id, preset, spec,
                               dir.filePath(QStringLiteral("%1-%2-%3")
                                                    .arg(QString(territory).replace(u':', u'-'), id,
                                                         preset.name)) });
        }
    REQUIRE(files.size() >= 40);

    for (const Exported &f : std::as_const(files)) {
        INFO(f.territory.toStdString()
             << " " << f.id.toStdString() << " " << f.preset.name.toStdString());
        const render::RenderOptions options = render::withPreset(base, f.preset);
        render::FileMetadata meta = baseMeta;
        meta.a4Page = f.preset.a4Page;
        const render::ChartScene chart(f.spec, options);

        // The pre-export check: no shortened provenance, no text under the relative minimum.
        for (const auto format : { render::FileFormat::Png, render::FileFormat::Pdf }) {
            for (const render::Finding &finding : render::checkChart(f.spec, options, format)) {
                INFO(finding.message.toStdString());
                CHECK(finding.kind != render::Finding::Kind::TruncatedText);
                CHECK(finding.kind != render::Finding::Kind::TextTooSmall);
            }
        }
        CHECK(render::smallestTextSize(chart) + 0.5
              >= f.preset.minTextShare * f.preset.size.width());

        // No two text blocks share ink: nothing overlaps, whatever the font.
        QList<QRectF> inks;
        for (const QGraphicsItem *item : chart.scene()->items())
            if (const auto *t = dynamic_cast<const render::TextBlock *>(item);
                t && !t->text().trimmed().isEmpty())
                inks << t->mapRectToScene(t->inkRect());
        for (qsizetype i = 0; i < inks.size(); ++i)
            for (qsizetype j = i + 1; j < inks.size(); ++j) {
                INFO(i << " " << j);
                CHECK_FALSE(inks.at(i).adjusted(1, 1, -1, -1).intersects(inks.at(j)));
            }

        for (const auto format :
             { render::FileFormat::Png, render::FileFormat::Svg, render::FileFormat::Pdf }) {
            const auto bytes = render::encodeScene(chart, format, meta);
            REQUIRE(bytes.ok());
            QFile out(f.stem + u'.' + render::fileFormatName(format));
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(bytes.value());
        }
        QFile svgFile(f.stem + QStringLiteral(".svg"));
        REQUIRE(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svg = svgFile.readAll();
        CHECK_FALSE(svg.contains("\xE2\x80\xA6")); // no "…" anywhere in the drawing
        if (f.preset.a4Page)
            CHECK(svg.contains("width=\"297mm\" height=\"210mm\""));

        // The PDF text layer says exactly what the SVG says: no ligature glyphs, spaces as
        // spaces, accents intact.
        if (have(QStringLiteral("pdftotext"))) {
            const QString pdfText = QString::fromUtf8(
                    run(QStringLiteral("pdftotext"),
                        { f.stem + QStringLiteral(".pdf"), QStringLiteral("-") }));
            CHECK(words(pdfText) == svgWords(svg));
            CHECK_FALSE(pdfText.contains(u'\t'));
        }
    }

    // Every file's metadata as a newsroom's tools read it.
    if (have(QStringLiteral("exiftool"))) {
        const QByteArray json =
                run(QStringLiteral("exiftool"),
                    { QStringLiteral("-j"), QStringLiteral("-G0"), QStringLiteral("-charset"),
                      QStringLiteral("utf8"), QStringLiteral("-ext"), QStringLiteral("png"),
                      QStringLiteral("-ext"), QStringLiteral("svg"), QStringLiteral("-ext"),
                      QStringLiteral("pdf"), dir.path() });
        const QJsonArray all = QJsonDocument::fromJson(json).array();
        CHECK(all.size() == files.size() * 3);
        for (const QJsonValue &value : all) {
            const QJsonObject o = value.toObject();
            INFO(o.value(QStringLiteral("SourceFile")).toString().toStdString());
            const auto tag = [&](const QString &name) {
                for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                    if (it.key().endsWith(u':' + name) && !it.value().toString().isEmpty())
                        return it.value().toString();
                return QString();
            };
            CHECK_FALSE(tag(QStringLiteral("Title")).isEmpty());
            CHECK_FALSE(tag(QStringLiteral("Credit")).isEmpty());
            CHECK_FALSE(tag(QStringLiteral("AltTextAccessibility")).isEmpty());
            CHECK(o.contains(QStringLiteral("XMP:AltTextAccessibility")));
        }
    } else {
        WARN("exiftool is not installed (scripts/install-deps.sh): metadata not checked");
    }

    // The SVG drawn by librsvg on a machine without any font looks like our own drawing.
    if (have(QStringLiteral("rsvg-convert"))) {
        QFile conf(dir.filePath(QStringLiteral("fonts.conf")));
        REQUIRE(conf.open(QIODevice::WriteOnly));
        conf.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                   "<fontconfig><cachedir>"
                   + dir.filePath(QStringLiteral("fc")).toUtf8() + "</cachedir></fontconfig>\n");
        conf.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FONTCONFIG_FILE"), conf.fileName());
        // Every preset, drawn at its logical size (at most 1200 px wide, to stay fast).
        for (const Exported &f : std::as_const(files)) {
            INFO(f.id.toStdString()
                 << " " << f.territory.toStdString() << " " << f.preset.name.toStdString());
            const QSize size =
                    (f.preset.size * std::min(1.0, 1200.0 / f.preset.size.width())).toSize();
            const QString png = f.stem + QStringLiteral("-rsvg.png");
            run(QStringLiteral("rsvg-convert"),
                { QStringLiteral("-w"), QString::number(size.width()), QStringLiteral("-h"),
                  QString::number(size.height()), QStringLiteral("-o"), png,
                  f.stem + QStringLiteral(".svg") },
                env);
            const QImage theirs = QImage(png).convertToFormat(QImage::Format_RGB32);
            const QImage ours =
                    render::renderImage(
                            render::ChartScene(f.spec, render::withPreset(base, f.preset)))
                            .scaled(theirs.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                            .convertToFormat(QImage::Format_RGB32);
            REQUIRE(theirs.size() == size);
            // Mean difference per channel, out of 255: text drawn in another font (or not at
            // all) moves thousands of pixels; outlines differ by antialiasing only.
            double diff = 0;
            for (int y = 0; y < ours.height(); ++y)
                for (int x = 0; x < ours.width(); ++x) {
                    const QRgb a = ours.pixel(x, y), b = theirs.pixel(x, y);
                    diff += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b))
                            + std::abs(qBlue(a) - qBlue(b));
                }
            diff /= 3.0 * ours.width() * ours.height();
            CHECK(diff < 1.5);
        }
    } else {
        WARN("rsvg-convert is not installed (scripts/install-deps.sh): SVG fallback not checked");
    }
}

TEST_CASE("accented capitals at the top of every text block keep their accents",
          "[render][newsroom]")
{
    // Every text of a bar chart starts with "ÉÀÇ": the pixels between the top of the accent and
    // the cap height must hold ink, in the PNG and in the PDF.
    charts::ChartSpec spec;
    spec.id = QStringLiteral("jobs-share");
    spec.kind = charts::ChartKind::HorizontalBars;
    const QString e = QStringLiteral("ÉÀÇ ");
    spec.title = e + QStringLiteral("Économiques");
    spec.subtitle = e + QStringLiteral("À comparer");
    spec.unit = QStringLiteral("percent");
    spec.sourceLine = e + QStringLiteral("Source : Alternatives Économiques (2022)");
    spec.notes << e + QStringLiteral("Note");
    spec.latestYear = 2022;
    for (int i = 0; i < 3; ++i) {
        charts::ChartValue v;
        v.category = e + QString::number(i);
        v.value = 10 + i;
        v.text = e + QString::number(10 + i);
        v.detail = e + QStringLiteral("Économiques");
        spec.values.append(v);
    }
    render::RenderOptions options;
    options.editionDate = e + QStringLiteral("mars");
    const render::ChartScene chart(spec, options);
    const QImage image = render::renderImage(chart);
    QTemporaryDir dir;
    render::FileMetadata meta;
    const auto pdf = render::encodeScene(chart, render::FileFormat::Pdf, meta);
    REQUIRE(pdf.ok());
    QImage page;
    if (have(QStringLiteral("pdftoppm"))) {
        QFile f(dir.filePath(QStringLiteral("a.pdf")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(pdf.value());
        f.close();
        run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("96"), QStringLiteral("-png"),
              QStringLiteral("-singlefile"), f.fileName(), dir.filePath(QStringLiteral("a")) });
        page = QImage(dir.filePath(QStringLiteral("a.png")));
    }
    int blocks = 0;
    for (const QGraphicsItem *item : chart.scene()->items()) {
        const auto *t = dynamic_cast<const render::TextBlock *>(item);
        if (!t || !t->text().startsWith(u'É'))
            continue;
        ++blocks;
        // The band above the capital's flat top and below the top of its accent, over "É".
        const QFontMetricsF m(t->font());
        const QRectF glyph = m.tightBoundingRect(QStringLiteral("É"));
        const QPointF origin = t->mapToScene(t->lineOrigin(0));
        const QRectF band(origin.x() + glyph.left(), origin.y() + glyph.top(), glyph.width(),
                          -m.capHeight() - glyph.top() - 1);
        INFO(t->text().toStdString());
        REQUIRE(band.height() > 0.5);
        CHECK(darkPixels(image, band.toAlignedRect()) > 0);
        if (!page.isNull())
            CHECK(darkPixels(page, band.toAlignedRect()) > 0);
    }
    CHECK(blocks >= 10);
}

TEST_CASE("names joined by + never break across lines", "[render][newsroom]")
{
    const QFont font = render::chartFont(20);
    const QString title =
            QStringLiteral("L’ESS dans l’arrondissement de Valenciennes (CAVM + CAPH) "
                           "et Valenciennes + Anzin + Denain, A & B");
    const QFontMetricsF metrics(font);
    int wrapped = 0;
    // Every width from one word to the whole title: the sign never ends or starts a line.
    for (qreal width = 40; width <= metrics.horizontalAdvance(title) + 10; width += 3) {
        const QStringList lines = render::wrapText(title, font, width);
        wrapped += lines.size() > 1;
        for (const QString &line : lines) {
            INFO(width << " px: \"" << line.toStdString() << "\"");
            CHECK_FALSE(line.startsWith(u'+'));
            CHECK_FALSE(line.endsWith(u'+'));
            CHECK_FALSE(line.startsWith(u'&'));
            CHECK_FALSE(line.endsWith(u'&'));
            CHECK_FALSE(line.startsWith(QStringLiteral("CAPH")));
            CHECK_FALSE(line.endsWith(QStringLiteral("CAVM")));
        }
        CHECK(lines.join(u' ') == title); // nothing lost, plain spaces kept
    }
    CHECK(wrapped > 50);
}
