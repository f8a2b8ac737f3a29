// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/charts/chartspec.h"
#include "core/render/chartscene.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace core::render {

enum class FileFormat { Png, Svg, Pdf };

/// "png", "svg", "pdf" -> format; empty on anything else.
[[nodiscard]] std::optional<FileFormat> fileFormatFromName(const QString &name);
/// "png", "svg", "pdf".
[[nodiscard]] QString fileFormatName(FileFormat format);

/// A named output size: `social` 1200 × 675 at scale 2 (PNG 2400 × 1350), `square` 2160 × 2160,
/// `slide` 1920 × 1080, `print` A4 landscape (vector PDF page, PNG at 300 dpi).
struct Preset
{
    QString name;
    QSizeF size; ///< logical size in pixels (1/96 inch in SVG and PDF)
    qreal scale = 1.0; ///< PNG pixels per logical pixel
    bool a4Page = false; ///< PDF on an A4 landscape page, PNG tagged 300 dpi
    /// Smallest text as a share of the width (Datawrapper-like relative legibility); print:
    /// 7 pt (9.33 px at 96 px per inch) of the page.
    qreal minTextShare = 0;
};

/// Every preset, in the order of the kit: social, square, slide, print.
[[nodiscard]] const QList<Preset> &presets();
[[nodiscard]] std::optional<Preset> presetByName(const QString &name);
/// `options` sized for `preset` (size, scale, minimum text size), other fields kept.
[[nodiscard]] RenderOptions withPreset(RenderOptions options, const Preset &preset);

/// What files carry besides the drawing: author, creation time (never the clock).
struct FileMetadata
{
    QString author; ///< the byline (core::Defaults::byline unless the user chose one)
    QDateTime creationTime; ///< UTC; invalid: 1 January 1970 (never the clock)
    QStringList keywords; ///< besides the chart id, territory and year
    bool a4Page = false; ///< PDF page A4 landscape instead of the logical size
};

/// What the XMP packet of a file says (Dublin Core, Photoshop and IPTC Core properties).
struct XmpFields
{
    QString title;
    QString creator;
    QString description;
    QString altText; ///< Iptc4xmpCore:AltTextAccessibility
    QString rights;
    QString credit; ///< photoshop:Credit
    QString source; ///< photoshop:Source and dc:source
    QString date; ///< ISO 8601, the edition date
    QStringList keywords;
};

/// "© PHARE 2026. Figures: Sources : …" for dc:rights and the PNG Copyright chunk.
[[nodiscard]] QString copyrightNotice(const charts::ChartSpec &spec, const FileMetadata &meta);
/// The XMP fields of a chart file.
[[nodiscard]] XmpFields xmpFields(const charts::ChartSpec &spec, const FileMetadata &meta);
/// An x:xmpmeta element (UTF-8, without the xpacket wrapper).
[[nodiscard]] QByteArray xmpPacket(const XmpFields &fields);

/// The edition time: SOURCE_DATE_EPOCH when set, else the newest date among `dataDates`
/// ("2025", "2024-05-23"), else 1 January 1970; always UTC, never the clock.
[[nodiscard]] QDateTime editionTime(const QStringList &dataDates);

/// Renders a chart to an image of size × scale pixels.
[[nodiscard]] QImage renderImage(const charts::ChartSpec &spec, const RenderOptions &options);
/// Renders an already composed chart (one scene serves the PNG, SVG and PDF of a preset).
[[nodiscard]] QImage renderImage(const ChartScene &chart);
/// Encodes an image as PNG with text chunks (Title, Author, Source, Description, Creation
/// Time, Software); `dpi` > 0 sets the physical resolution.
[[nodiscard]] Result<QByteArray> encodePng(const QImage &image, const charts::ChartSpec &spec,
                                           const FileMetadata &meta, int dpi = 0);
/// Encodes a chart in memory: PNG with text chunks, SVG with <title>, <desc> and <metadata>,
/// PDF with a completed info dictionary, fixed dates and deterministic IDs.
[[nodiscard]] Result<QByteArray> encodeChart(const charts::ChartSpec &spec,
                                             const RenderOptions &options, FileFormat format,
                                             const FileMetadata &meta = {});
/// As encodeChart(), from an already composed chart with its spec and options.
[[nodiscard]] Result<QByteArray> encodeScene(const ChartScene &chart, FileFormat format,
                                             const FileMetadata &meta = {});
/// Draws `chart` into `target` of a PDF `painter` as QGraphicsScene::render() does, with the
/// halos of a map's names opaque: Qt's PDF writer turns translucent strokes into filled outlines.
void renderForPdf(const ChartScene &chart, QPainter *painter, const QRectF &target);
/// Completes a PDF made by QPdfWriter with qpdf: Title, Author, Subject, Keywords, Creator,
/// fixed /CreationDate and /ModDate, the XMP packet of `fields`, /Lang fr-FR, subset-tagged
/// font names (ABCDEF+Lato-Regular), spaces mapped to U+0020 in ToUnicode; deterministic /ID.
[[nodiscard]] Result<QByteArray> finishPdf(const QByteArray &pdf, const XmpFields &fields,
                                           const FileMetadata &meta);
/// Writes a chart file atomically (QSaveFile): a failure leaves no partial file.
[[nodiscard]] Status exportChart(const charts::ChartSpec &spec, const RenderOptions &options,
                                 FileFormat format, const QString &path,
                                 const FileMetadata &meta = {});
/// Writes bytes atomically.
[[nodiscard]] Status writeFileAtomically(const QString &path, const QByteArray &bytes);
/// Reads a logo for the top right of charts (PNG, JPEG or SVG, at most 8000 px a side);
/// the error names the file and what was expected.
[[nodiscard]] Result<QImage> loadLogo(const QString &path);
/// Makes Qt's hashing (and so the PDF font subset names) the same in every process.
void pinHashSeed();

} // namespace core::render
