// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/chartexporter.h"

#include "core/charts/chartbuilder.h"
#include "core/io/safefile.h"
#include "core/render/mapscene.h"
#include "core/render/pngwriter.h"
#include "core/render/textblock.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QHashSeed>
#include <QImageReader>
#include <QLocale>
#include <QMutex>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSvgGenerator>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <list>
#include <map>
#include <new>
#include <vector>

namespace core::render {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
};

QDateTime fixedTime(const FileMetadata &meta)
{
    return meta.creationTime.isValid() ? meta.creationTime.toUTC()
                                       : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
}

QString xmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

QStringList keywordsOf(const charts::ChartSpec &spec, const FileMetadata &meta)
{
    QStringList words { QStringLiteral("ESS") };
    if (!spec.territoryName.isEmpty())
        words << spec.territoryName;
    if (!spec.territoryCode.isEmpty())
        words << spec.territoryCode;
    if (!spec.id.isEmpty())
        words << spec.id;
    if (spec.latestYear > 0)
        words << QString::number(spec.latestYear);
    words << meta.keywords;
    return words;
}

/// Text for PNG tEXt chunks, which are Latin-1: typographic characters outside it get their
/// nearest Latin-1 form (’ -> ', U+202F -> space, – -> -, … -> ...).
QByteArray latin1(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x2018:
        case 0x2019:
            out += u'\'';
            break;
        case 0x201C:
        case 0x201D:
            out += u'"';
            break;
        case 0x202F:
        case 0x2009:
        case 0x00A0:
            out += u' ';
            break;
        case 0x2013:
        case 0x2014:
        case 0x2212:
        case 0x2011:
            out += u'-';
            break;
        case 0x2026:
            out += QStringLiteral("...");
            break;
        case 0x0153:
            out += QStringLiteral("oe");
            break;
        case 0x0152:
            out += QStringLiteral("OE");
            break;
        default:
            out += c.unicode() < 0x100 ? c : QChar(u'?');
        }
    }
    return out.toLatin1();
}

QString langAlt(const QString &text)
{
    return QStringLiteral("<rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt>")
            .arg(xmlEscape(text));
}
} // namespace

QString copyrightNotice(const charts::ChartSpec &spec, const FileMetadata &meta)
{
    const int year = fixedTime(meta).date().year();
    return spec.sourceLine.isEmpty()
            ? Tr::tr("© %1 %2").arg(meta.author).arg(year)
            : Tr::tr("© %1 %2. Figures: %3").arg(meta.author).arg(year).arg(spec.sourceLine);
}

QByteArray xmpPacket(const XmpFields &fields)
{
    QString body;
    body += QStringLiteral("<dc:title>%1</dc:title>\n").arg(langAlt(fields.title));
    body += QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n")
                    .arg(xmlEscape(fields.creator));
    body += QStringLiteral("<dc:description>%1</dc:description>\n")
                    .arg(langAlt(fields.description));
    body += QStringLiteral("<dc:rights>%1</dc:rights>\n").arg(langAlt(fields.rights));
    body += QStringLiteral("<dc:source>%1</dc:source>\n").arg(xmlEscape(fields.source));
    body += QStringLiteral("<dc:date><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:date>\n")
                    .arg(fields.date);
    body += QStringLiteral(
            "<dc:language><rdf:Bag><rdf:li>fr-FR</rdf:li></rdf:Bag></dc:language>\n");
    if (!fields.keywords.isEmpty()) {
        body += QStringLiteral("<dc:subject><rdf:Bag>");
        for (const QString &k : fields.keywords)
            body += QStringLiteral("<rdf:li>%1</rdf:li>").arg(xmlEscape(k));
        body += QStringLiteral("</rdf:Bag></dc:subject>\n");
        body += QStringLiteral("<pdf:Keywords>%1</pdf:Keywords>\n")
                        .arg(xmlEscape(fields.keywords.join(QStringLiteral("; "))));
    }
    body += QStringLiteral("<photoshop:Credit>%1</photoshop:Credit>\n")
                    .arg(xmlEscape(fields.credit));
    body += QStringLiteral("<photoshop:Source>%1</photoshop:Source>\n")
                    .arg(xmlEscape(fields.source));
    body += QStringLiteral("<photoshop:DateCreated>%1</photoshop:DateCreated>\n").arg(fields.date);
    body += QStringLiteral(
                    "<Iptc4xmpCore:AltTextAccessibility>%1</Iptc4xmpCore:AltTextAccessibility>\n")
                    .arg(langAlt(fields.altText));
    body += QStringLiteral(
                    "<xmp:CreateDate>%1</xmp:CreateDate>\n<xmp:ModifyDate>%1</xmp:ModifyDate>\n"
                    "<xmp:MetadataDate>%1</xmp:MetadataDate>\n")
                    .arg(fields.date);
    body += QStringLiteral("<xmp:CreatorTool>ESS dashboard (PHARE)</xmp:CreatorTool>\n");
    // No packet wrapper here: PNG and PDF add one, SVG nests the x:xmpmeta in <metadata>.
    const QString xmp =
            QStringLiteral("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                           "<rdf:Description rdf:about=\"\" "
                           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                           "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
                           "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
                           "xmlns:photoshop=\"http://ns.adobe.com/photoshop/1.0/\" "
                           "xmlns:Iptc4xmpCore=\"http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/\">\n"
                           "%1</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>")
                    .arg(body);
    return xmp.toUtf8();
}

XmpFields xmpFields(const charts::ChartSpec &spec, const FileMetadata &meta)
{
    XmpFields f;
    f.title = spec.title;
    f.creator = meta.author;
    f.description = charts::altText(spec);
    f.altText = f.description;
    f.rights = copyrightNotice(spec, meta);
    f.credit = meta.author;
    f.source = spec.sourceLine;
    f.date = fixedTime(meta).toString(Qt::ISODate);
    f.keywords = keywordsOf(spec, meta);
    return f;
}

namespace {
QByteArray xpacket(const QByteArray &xmp)
{
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + xmp
            + "\n<?xpacket end=\"r\"?>";
}

QByteArray svgMetadata(const charts::ChartSpec &spec, const FileMetadata &meta)
{
    return "<metadata>\n" + xmpPacket(xmpFields(spec, meta)) + "\n</metadata>\n";
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}
} // namespace

std::optional<FileFormat> fileFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"png")
        return FileFormat::Png;
    if (n == u"svg")
        return FileFormat::Svg;
    if (n == u"pdf")
        return FileFormat::Pdf;
    return std::nullopt;
}

QString fileFormatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Png:
        return QStringLiteral("png");
    case FileFormat::Svg:
        return QStringLiteral("svg");
    case FileFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

const QList<Preset> &presets()
{
    // print: A4 landscape at 96 px per inch, so that 300 dpi gives 3508 × 2480 pixels.
    // Smallest text: 1.5 % of the width on social and square images (6 px on a 400 px phone
    // screen, three quarters of Datawrapper's notes), 1.1 % on slides, 7 pt on paper.
    static const QList<Preset> list {
        { QStringLiteral("social"), QSizeF(1200, 675), 2.0, false, 0.015 },
        { QStringLiteral("square"), QSizeF(1080, 1080), 2.0, false, 0.015 },
        { QStringLiteral("slide"), QSizeF(1280, 720), 1.5, false, 0.011 },
        { QStringLiteral("print"), QSizeF(297.0 / 25.4 * 96, 210.0 / 25.4 * 96), 300.0 / 96, true,
          (7.0 / 0.75) / (297.0 / 25.4 * 96) },
    };
    return list;
}

std::optional<Preset> presetByName(const QString &name)
{
    for (const Preset &p : presets())
        if (p.name == name)
            return p;
    return std::nullopt;
}

RenderOptions withPreset(RenderOptions options, const Preset &preset)
{
    options.size = preset.size;
    options.scale = preset.scale;
    options.minTextSize = preset.minTextShare * preset.size.width();
    return options;
}

QDateTime editionTime(const QStringList &dataDates)
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").trimmed().toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
    QDate newest;
    for (const QString &text : dataDates) {
        QDate d = QDate::fromString(text.left(10), Qt::ISODate);
        if (!d.isValid() && text.size() >= 4 && text.left(4).toInt() > 0)
            d = QDate(text.left(4).toInt(), 1, 1);
        if (d.isValid() && (!newest.isValid() || d > newest))
            newest = d;
    }
    if (newest.isValid())
        return QDateTime(newest, QTime(0, 0), Qt::UTC);
    return QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
}

void pinHashSeed()
{
    // Qt's PDF engine numbers embedded font subsets in QHash order: one seed, same bytes.
    QHashSeed::setDeterministicGlobalSeed();
}

QImage renderImage(const charts::ChartSpec &spec, const RenderOptions &options)
{
    return renderImage(ChartScene(spec, options));
}

namespace {
/// Paints the scene's visible items on `image` as renderImage() does.
void paintScene(const ChartScene &chart, QImage &image)
{
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    chart.scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())),
                          QRectF(QPointF(0, 0), chart.options().size));
}

/// Sets the visibility of `items`, and back to what it was on destruction.
class Visibility
{
public:
    Visibility(const QList<QGraphicsItem *> &items, bool visible)
        : m_visible(visible)
    {
        for (QGraphicsItem *item : items)
            if (item->isVisible() != visible) {
                item->setVisible(visible);
                m_changed << item;
            }
    }
    ~Visibility()
    {
        for (QGraphicsItem *item : std::as_const(m_changed))
            item->setVisible(!m_visible);
    }
    Visibility(const Visibility &) = delete;
    Visibility &operator=(const Visibility &) = delete;

private:
    bool m_visible;
    QList<QGraphicsItem *> m_changed;
};

/// The pixels of map grounds (mapGroundItems()) already drawn in this process, keyed by
/// mapGroundKey() and the image's size: the communes of a territory share one ground per
/// preset and indicator, drawn once instead of once per commune. At most kBudget bytes,
/// the least recently used go first.
class GroundCache
{
public:
    static constexpr qsizetype kBudget = qsizetype(192) << 20;

    QImage find(const QByteArray &key)
    {
        const QMutexLocker lock(&m_mutex);
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it->first == key) {
                m_entries.splice(m_entries.begin(), m_entries, it);
                return m_entries.front().second;
            }
        return {};
    }
    void insert(const QByteArray &key, const QImage &image)
    {
        const QMutexLocker lock(&m_mutex);
        for (const auto &entry : m_entries)
            if (entry.first == key)
                return; // drawn meanwhile on another thread: the same pixels
        m_entries.emplace_front(key, image);
        m_bytes += image.sizeInBytes();
        while (m_bytes > kBudget && m_entries.size() > 1) {
            m_bytes -= m_entries.back().second.sizeInBytes();
            m_entries.pop_back();
        }
    }

private:
    QMutex m_mutex;
    std::list<std::pair<QByteArray, QImage>> m_entries; ///< most recently used first
    qsizetype m_bytes = 0;
};

GroundCache &groundCache()
{
    static GroundCache cache;
    return cache;
}

/// Pixel buffers of rendered images, used again: a new 13 MB image costs as many page faults
/// and the kernel's zeroing of its pages each time (a tenth of a press kit's time). A buffer
/// comes back when the last QImage on it is destroyed, on any thread; at most kKeep bytes wait.
class PixelPool
{
public:
    static constexpr qsizetype kKeep = qsizetype(96) << 20;

    /// A `size` image of `format` (32 bits a pixel), its pixels undefined; null if out of memory.
    QImage image(QSize size, QImage::Format format)
    {
        const qsizetype bytesPerLine = qsizetype(size.width()) * 4;
        const qsizetype bytes = bytesPerLine * size.height();
        Buffer *buffer = nullptr;
        {
            const QMutexLocker lock(&m_mutex);
            for (auto it = m_free.begin(); it != m_free.end(); ++it)
                if ((*it)->bytes == bytes) {
                    buffer = *it;
                    m_free.erase(it);
                    m_waiting -= bytes;
                    break;
                }
        }
        if (!buffer) {
            void *memory = std::malloc(sizeof(Buffer) + size_t(bytes));
            if (!memory)
                return {};
            buffer = new (memory) Buffer { this, bytes };
        }
        return QImage(buffer->pixels(), size.width(), size.height(), bytesPerLine, format,
                      &PixelPool::release, buffer);
    }

private:
    struct Buffer
    {
        PixelPool *pool;
        qsizetype bytes;
        uchar *pixels() { return reinterpret_cast<uchar *>(this + 1); }
    };

    static void release(void *info)
    {
        auto *buffer = static_cast<Buffer *>(info);
        PixelPool *pool = buffer->pool;
        {
            const QMutexLocker lock(&pool->m_mutex);
            if (pool->m_waiting + buffer->bytes <= kKeep) {
                pool->m_free.push_back(buffer);
                pool->m_waiting += buffer->bytes;
                return;
            }
        }
        std::free(buffer);
    }

    QMutex m_mutex;
    std::vector<Buffer *> m_free;
    qsizetype m_waiting = 0;
};

PixelPool &pixelPool()
{
    static auto *pool = new PixelPool; // never destroyed: images may outlive static objects
    return *pool;
}
} // namespace

namespace {
/// The pixels `item` may touch in an image of the scene at `sx` × `sy` pixels a unit: its
/// bounding rectangle, and the pixels antialiasing may reach beyond it.
QRect deviceBox(const QGraphicsItem *item, qreal sx, qreal sy)
{
    const QRectF r = item->sceneBoundingRect();
    return QRectF(r.left() * sx, r.top() * sy, r.width() * sx, r.height() * sy)
            .toAlignedRect()
            .adjusted(-2, -2, 2, 2);
}

/// Copies the `box` pixels of `from` into `to` (same size and format).
void copyPixels(const QImage &from, QImage &to, QRect box)
{
    box &= to.rect();
    if (box.isEmpty())
        return;
    const int depth = to.depth() / 8;
    for (int y = box.top(); y <= box.bottom(); ++y)
        std::memcpy(to.scanLine(y) + box.left() * depth, from.constScanLine(y) + box.left() * depth,
                    size_t(box.width() * depth));
}
} // namespace

QImage renderImage(const ChartScene &chart)
{
    const RenderOptions &options = chart.options();
    const QSize pixels = (options.size * options.scale).toSize();
    const QColor clear = options.transparent ? Qt::transparent : Qt::white;
    QImage image = pixelPool().image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    // A map's ground (the communes), the same for every commune of a territory, is drawn
    // once and its pixels copied under the rest: nothing painted before it overlaps it
    // (mapGroundItems() checks), so the result is the same as painting every item in order.
    const QList<QGraphicsItem *> ground = mapGroundItems(chart);
    QByteArray key = ground.isEmpty() ? QByteArray() : mapGroundKey(ground);
    if (key.isEmpty()) {
        image.fill(clear);
        paintScene(chart, image);
        return image;
    }
    key += QByteArray::number(pixels.width()) + 'x' + QByteArray::number(pixels.height())
            + (options.transparent ? "t" : "o");
    const QList<QGraphicsItem *> items = chart.scene()->items(Qt::AscendingOrder);
    const auto drawnAlone = [&](const QList<QGraphicsItem *> &drawn, const QByteArray &cacheKey) {
        QImage cached = groundCache().find(cacheKey);
        if (cached.isNull()) {
            QList<QGraphicsItem *> rest = items;
            for (QGraphicsItem *item : drawn)
                rest.removeOne(item);
            cached = pixelPool().image(pixels, QImage::Format_ARGB32_Premultiplied);
            if (cached.isNull())
                return cached;
            cached.fill(clear);
            const Visibility hidden(rest, false);
            paintScene(chart, cached);
            groundCache().insert(cacheKey, cached);
        }
        return cached;
    };
    const QImage groundPixels = drawnAlone(ground, key);
    if (groundPixels.isNull())
        return groundPixels;
    std::memcpy(image.bits(), groundPixels.constBits(), size_t(image.sizeInBytes()));

    // The commune names with their halos (stroked outlines of their glyphs, the costliest
    // items) are the same for every commune too. Names whose pixels nothing else touches (the
    // selected commune's outline often does) are copied from the ground drawn with every name,
    // in groups that touch one another: the same pixels as painting in order.
    const qreal sx = pixels.width() / options.size.width();
    const qreal sy = pixels.height() / options.size.height();
    const QList<QGraphicsItem *> labels = mapLabelItems(chart);
    const QByteArray labelKey = labels.isEmpty() ? QByteArray() : mapLabelKey(labels);
    struct Group
    {
        QRect box;
        QList<QGraphicsItem *> items;
    };
    QList<Group> groups;
    if (!labelKey.isEmpty())
        for (QGraphicsItem *label : labels) {
            Group group { deviceBox(label, sx, sy), { label } };
            for (qsizetype i = 0; i < groups.size();) {
                if (groups.at(i).box.intersects(group.box)) {
                    group.box |= groups.at(i).box;
                    group.items += groups.at(i).items;
                    groups.removeAt(i);
                    i = 0; // the larger box may meet a group already passed
                } else {
                    ++i;
                }
            }
            groups << group;
        }
    QList<QGraphicsItem *> copied = ground;
    QList<QRect> boxes;
    for (const Group &group : std::as_const(groups)) {
        const bool alone = std::none_of(items.cbegin(), items.cend(), [&](QGraphicsItem *item) {
            return item->isVisible() && !ground.contains(item) && !group.items.contains(item)
                    && deviceBox(item, sx, sy).intersects(group.box);
        });
        if (alone) {
            copied += group.items;
            boxes << group.box;
        }
    }
    QImage named;
    if (!boxes.isEmpty()) {
        named = drawnAlone(ground + labels, key + labelKey);
        if (named.isNull())
            return named;
    }
    {
        const Visibility hidden(copied, false);
        paintScene(chart, image);
    }
    for (const QRect &box : std::as_const(boxes))
        copyPixels(named, image, box);
    return image;
}

Result<QByteArray> encodePng(const QImage &source, const charts::ChartSpec &spec,
                             const FileMetadata &meta, int dpi)
{
    // writePng() rather than QImageWriter (adaptive filters, zlib 6) or zlib's fastest level: the
    // kit's large PNGs are written several times faster; RGB without alpha when the background
    // is opaque.
    const bool alpha = source.hasAlphaChannel() && !source.isNull() && [&] {
        const bool direct = source.format() == QImage::Format_ARGB32
                || source.format() == QImage::Format_ARGB32_Premultiplied;
        const QImage probe = direct ? source : source.convertToFormat(QImage::Format_ARGB32);
        for (int y = 0; y < probe.height(); y += 7) {
            const auto *line = reinterpret_cast<const QRgb *>(probe.constScanLine(y));
            for (int x = 0; x < probe.width(); x += 7)
                if (qAlpha(line[x]) != 255)
                    return true;
        }
        return false;
    }();
    // Latin-1 tEXt chunks that every reader shows (exiftool, ImageMagick), then the full UTF-8
    // text in the XMP packet that DAMs and CMSs read.
    const QList<PngText> texts {
        { "Title", latin1(spec.title) },
        { "Author", latin1(meta.author) },
        { "Description", latin1(charts::altText(spec)) },
        { "Copyright", latin1(copyrightNotice(spec, meta)) },
        { "Source", latin1(spec.sourceLine) },
        { "Creation Time", fixedTime(meta).toString(Qt::ISODate).toLatin1() },
        { "Software", QByteArrayLiteral("ESS dashboard (PHARE)") },
        { "XML:com.adobe.xmp", xpacket(xmpPacket(xmpFields(spec, meta))), true },
    };
    QByteArray bytes = writePng(source, alpha, texts, dpi);
    if (bytes.isEmpty()) // a null image: QImage could not allocate its pixels
        return makeError(Error::Code::Io, Tr::tr("Cannot encode the PNG image: out of memory"));
    return bytes;
}

namespace {
/// "ABCDEF": six capitals from a hash, the PDF convention for a subset font's tag.
std::string subsetTag(const std::string &seed)
{
    const QByteArray hash =
            QCryptographicHash::hash(QByteArray::fromStdString(seed), QCryptographicHash::Sha1);
    std::string tag;
    for (int i = 0; i < 6; ++i)
        tag += char('A' + uchar(hash.at(i)) % 26);
    return tag;
}

/// Tags every embedded font name as a subset and maps the space glyph to U+0020 (Qt maps it to
/// the first code point of Lato's cmap using it, U+0009, so copied text had tabs).
void fixFonts(QPDF &doc)
{
    std::map<std::string, std::string> renamed;
    const auto tagged = [&](const std::string &name, const std::string &seed) {
        if (name.size() > 8 && name[7] == '+')
            return name;
        auto it = renamed.find(seed);
        if (it == renamed.end())
            it = renamed.emplace(seed, "/" + subsetTag(seed) + "+" + name.substr(1)).first;
        return it->second;
    };
    for (QPDFObjectHandle obj : doc.getAllObjects()) {
        if (!obj.isDictionary())
            continue;
        QPDFObjectHandle type = obj.getKey("/Type");
        if (!type.isName())
            continue;
        if (type.getName() == "/Font") {
            if (obj.getKey("/BaseFont").isName()) {
                const std::string name = obj.getKey("/BaseFont").getName();
                obj.replaceKey("/BaseFont", QPDFObjectHandle::newName(tagged(name, name)));
            }
            QPDFObjectHandle toUnicode = obj.getKey("/ToUnicode");
            if (toUnicode.isStream()) {
                std::shared_ptr<Buffer> data = toUnicode.getStreamData(qpdf_dl_generalized);
                QByteArray cmap(reinterpret_cast<const char *>(data->getBuffer()),
                                qsizetype(data->getSize()));
                static const QRegularExpression tab(QStringLiteral("(<[0-9A-Fa-f]{4}> )<0009>"));
                const QString fixed =
                        QString::fromLatin1(cmap).replace(tab, QStringLiteral("\\1<0020>"));
                toUnicode.replaceStreamData(fixed.toLatin1().toStdString(),
                                            QPDFObjectHandle::newNull(),
                                            QPDFObjectHandle::newNull());
            }
        } else if (type.getName() == "/FontDescriptor" && obj.getKey("/FontName").isName()) {
            const std::string name = obj.getKey("/FontName").getName();
            obj.replaceKey("/FontName", QPDFObjectHandle::newName(tagged(name, name)));
        }
    }
}
} // namespace

Result<QByteArray> finishPdf(const QByteArray &pdf, const XmpFields &fields,
                             const FileMetadata &meta)
{
    const QDateTime when = fixedTime(meta);
    const std::string pdfDate = "D:" + utf8(when.toString(QStringLiteral("yyyyMMddHHmmss"))) + "Z";
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("chart.pdf", pdf.constData(), size_t(pdf.size()));
        QPDFObjectHandle trailer = doc.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = doc.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(utf8(fields.title)));
        info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(utf8(fields.creator)));
        info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(utf8(fields.description)));
        info.replaceKey("/Keywords",
                        QPDFObjectHandle::newUnicodeString(
                                utf8(fields.keywords.join(QStringLiteral("; ")))));
        info.replaceKey("/Creator", QPDFObjectHandle::newUnicodeString("ESS dashboard (PHARE)"));
        info.replaceKey("/CreationDate", QPDFObjectHandle::newString(pdfDate));
        info.replaceKey("/ModDate", QPDFObjectHandle::newString(pdfDate));
        // Qt's XMP packet carries the clock and a random document id: replace it.
        QPDFObjectHandle stream =
                QPDFObjectHandle::newStream(&doc, xpacket(xmpPacket(fields)).toStdString());
        stream.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
        stream.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
        doc.getRoot().replaceKey("/Metadata", stream);
        doc.getRoot().replaceKey("/Lang", QPDFObjectHandle::newUnicodeString("fr-FR"));
        fixFonts(doc);

        QPDFWriter writer(doc);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        return makeError(
                Error::Code::Io,
                Tr::tr("Cannot complete the PDF: %1").arg(QString::fromLocal8Bit(e.what())));
    }
}

void renderForPdf(const ChartScene &chart, QPainter *painter, const QRectF &target)
{
    // Qt's PDF writer turns a translucent stroke into a filled outline of its curves: the 86 %
    // white halos of a map's labels were two thirds of its page. Opaque, they are plain strokes
    // (PNG and SVG keep the translucent halo).
    QList<std::pair<QGraphicsPathItem *, QPen>> halos;
    for (QGraphicsItem *item : chart.scene()->items(Qt::AscendingOrder))
        if (auto *halo = qgraphicsitem_cast<QGraphicsPathItem *>(item);
            halo && item->data(kMapLayerKey).toString() == u"label") {
            halos.append({ halo, halo->pen() });
            QPen opaque = halo->pen();
            QColor colour = opaque.color();
            colour.setAlpha(255);
            opaque.setColor(colour);
            halo->setPen(opaque);
        }
    const auto restore = qScopeGuard([&halos] {
        for (const auto &[halo, pen] : std::as_const(halos))
            halo->setPen(pen);
    });
    chart.scene()->render(painter, target, QRectF(QPointF(0, 0), chart.options().size));
}

Result<QByteArray> encodeChart(const charts::ChartSpec &spec, const RenderOptions &options,
                               FileFormat format, const FileMetadata &meta)
{
    return encodeScene(ChartScene(spec, options), format, meta);
}

Result<QByteArray> encodeScene(const ChartScene &chart, FileFormat format, const FileMetadata &meta)
{
    const charts::ChartSpec &spec = chart.spec();
    const RenderOptions &options = chart.options();
    switch (format) {
    case FileFormat::Png:
        return encodePng(renderImage(chart), spec, meta, meta.a4Page ? 300 : 0);
    case FileFormat::Svg: {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setResolution(96); // width and height in mm map back to the preset's pixels
        generator.setSize((options.size * options.scale).toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), options.size));
        generator.setTitle(spec.title);
        generator.setDescription(charts::altText(spec));
        // Glyph outlines (so a viewer without Lato draws the same shapes) go last, over the
        // invisible text the generator writes for search, copy and screen readers.
        SvgGlyphSink glyphs;
        // A map's communes are written by svgCommuneLayer(), each a <path> with its <title>
        // (QSvgGenerator cannot title a path): hidden here, inserted below the rest.
        const QList<QGraphicsItem *> communes = spec.kind == charts::ChartKind::Map
                ? communeLayerItems(chart)
                : QList<QGraphicsItem *>();
        for (QGraphicsItem *item : communes)
            item->setVisible(false);
        QPainter painter(&generator);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        chart.scene()->render(&painter, QRectF(QPointF(0, 0), options.size),
                              QRectF(QPointF(0, 0), options.size));
        painter.end();
        for (QGraphicsItem *item : communes)
            item->setVisible(true);
        if (!communes.isEmpty()) {
            const qsizetype at = bytes.indexOf("<g ");
            if (at >= 0)
                bytes.insert(at, svgCommuneLayer(chart));
        }
        const qsizetype close = bytes.lastIndexOf("</svg>");
        if (close >= 0)
            bytes.insert(close, glyphs.svg());
        // Lato is named first; viewers without it fall back to a close sans serif, not a serif.
        bytes.replace("font-family=\"Lato\"",
                      "font-family=\"Lato, 'Helvetica Neue', Arial, sans-serif\"");
        if (meta.a4Page) {
            // Print: an A4 landscape page in millimetres, not 3508 px at 96 dpi.
            static const QRegularExpression size(
                    QStringLiteral("<svg width=\"[0-9.]+mm\" height=\"[0-9.]+mm\""));
            bytes = QString::fromUtf8(bytes)
                            .replace(size, QStringLiteral("<svg width=\"297mm\" height=\"210mm\""))
                            .toUtf8();
        }
        const qsizetype end = bytes.indexOf("</desc>");
        if (end >= 0)
            bytes.insert(end + 7, "\n" + svgMetadata(spec, meta));
        return bytes;
    }
    case FileFormat::Pdf: {
        pinHashSeed();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            QPdfWriter writer(&buffer);
            writer.setTitle(spec.title);
            writer.setCreator(QStringLiteral("ESS dashboard (PHARE)"));
            writer.setResolution(96);
            if (meta.a4Page)
                writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                                 QMarginsF(0, 0, 0, 0)));
            else
                writer.setPageLayout(QPageLayout(QPageSize(options.size * 0.75, QPageSize::Point,
                                                           QString(), QPageSize::ExactMatch),
                                                 QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
            QPainter painter(&writer);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            renderForPdf(chart, &painter, QRectF(painter.viewport()));
            painter.end();
        }
        return finishPdf(bytes, xmpFields(spec, meta), meta);
    }
    }
    return makeError(Error::Code::InvalidArgument, Tr::tr("Unknown file format."));
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    return io::writeFileAtomically(path, bytes);
}

Status exportChart(const charts::ChartSpec &spec, const RenderOptions &options, FileFormat format,
                   const QString &path, const FileMetadata &meta)
{
    auto bytes = encodeChart(spec, options, format, meta);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, bytes.value());
}

Result<QImage> loadLogo(const QString &path)
{
    const auto expected = [&](const QString &why) {
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("Cannot use %1 as a logo: %2. Expected a PNG, JPEG or SVG image "
                                "of at most 8000 pixels a side.")
                                 .arg(QDir::toNativeSeparators(path), why));
    };
    if (!QFileInfo(path).isFile())
        return expected(Tr::tr("no such file"));
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > 8000 || size.height() > 8000))
        return expected(Tr::tr("%1 × %2 pixels").arg(size.width()).arg(size.height()));
    QImage image = reader.read();
    if (image.isNull())
        return expected(reader.errorString());
    if (image.width() > 8000 || image.height() > 8000)
        return expected(Tr::tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace core::render
