// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/xlsxreader.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QTime>
#include <QXmlStreamReader>

#include <zip.h>

#include <cmath>
#include <vector>

namespace core::import {

namespace {

/// One ZIP entry as a sequential QIODevice, counting what it inflates: the declared sizes
/// can lie, so the limits are checked again on the bytes actually produced.
class ZipEntryDevice final : public QIODevice
{
public:
    ZipEntryDevice(zip_file_t *file, qint64 compressedSize, qint64 declaredSize,
                   const XlsxLimits &limits)
        : m_file(file)
        , m_compressed(std::max<qint64>(compressedSize, 1))
        , m_declared(declaredSize)
        , m_limits(limits)
    {
        QIODevice::open(QIODevice::ReadOnly);
    }
    ~ZipEntryDevice() override
    {
        if (m_file)
            zip_fclose(m_file);
    }
    bool isSequential() const override { return true; }
    [[nodiscard]] bool limitExceeded() const { return m_exceeded; }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_exceeded || m_failed)
            return -1;
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
        if (n < 0) {
            m_failed = true;
            return -1;
        }
        m_produced += n;
        if (m_produced > m_limits.maxEntrySize || m_produced > m_declared
            || (m_produced > m_limits.ratioFloor
                && double(m_produced) / double(m_compressed) > m_limits.maxRatio)) {
            m_exceeded = true;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    zip_file_t *m_file;
    qint64 m_compressed;
    qint64 m_declared;
    XlsxLimits m_limits;
    qint64 m_produced = 0;
    bool m_exceeded = false;
    bool m_failed = false;
};

const QString kRelNs =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

QStringView attributeId(const QXmlStreamAttributes &attributes)
{
    // r:id, whatever the prefix (transitional and strict OOXML use different namespaces).
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value();
    }
    return {};
}

bool isDateFormatCode(const QString &code)
{
    // Drop quoted text, [colours]/[$-locales] and escaped characters, then look for date parts.
    bool quoted = false;
    int bracket = 0;
    bool escaped = false;
    bool sawNumberPart = false;
    bool sawDatePart = false;
    for (QChar ch : code) {
        if (escaped) {
            escaped = false;
            continue;
        }
        const char16_t c = ch.toLower().unicode();
        if (c == u'\\') {
            escaped = true;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'[') {
            ++bracket;
        } else if (c == u']') {
            --bracket;
        } else if (bracket > 0) {
            continue;
        } else if (c == u'd' || c == u'y' || c == u'm' || c == u'h') {
            sawDatePart = true;
        } else if (c == u'0' || c == u'#' || c == u'?') {
            sawNumberPart = true;
        }
    }
    return sawDatePart && !sawNumberPart;
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
            || (id >= 50 && id <= 58);
}

} // namespace

struct XlsxReader::Impl
{
    QString fileName;
    XlsxLimits limits;
    zip_t *zip = nullptr;
    QStringList sheetNames;
    QString sheetName;
    QStringList sharedStrings;
    std::vector<bool> dateStyles; // by cellXfs index
    bool date1904 = false;
    std::unique_ptr<ZipEntryDevice> sheetDevice;
    QXmlStreamReader sheet;
    QString entryName;
    int lastRow = 0;
    qint64 cells = 0; // cells held so far, empty ones before a value included
    bool done = false;

    ~Impl()
    {
        sheet.setDevice(nullptr);
        sheetDevice.reset();
        if (zip)
            zip_discard(zip);
    }

    [[nodiscard]] Result<std::unique_ptr<ZipEntryDevice>> openEntry(const QString &name) const;
    [[nodiscard]] Error xmlError(const QXmlStreamReader &xml, const ZipEntryDevice &device,
                                 const QString &entry) const;
    [[nodiscard]] Result<QHash<QString, QString>>
    readRelationships(const QString &relsPath, const QString &baseDir,
                      QHash<QString, QString> *byType) const;
    [[nodiscard]] Status readSharedStrings(const QString &entry);
    [[nodiscard]] Status readStyles(const QString &entry);
};

Result<std::unique_ptr<ZipEntryDevice>> XlsxReader::Impl::openEntry(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(zip, utf8.constData(), 0, &st) != 0)
        return makeError(Error::Code::Parse,
                         tr("%1: damaged XLSX file: the part %2 is missing").arg(fileName, name));
    if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
        return makeError(
                Error::Code::Parse,
                tr("%1: damaged XLSX file: the size of part %2 is unknown").arg(fileName, name));
    const qint64 size = qint64(st.size);
    const qint64 compressed = std::max<qint64>(qint64(st.comp_size), 1);
    if (size > limits.maxEntrySize
        || (size > limits.ratioFloor && double(size) / double(compressed) > limits.maxRatio))
        return makeError(Error::Code::Parse,
                         tr("%1: refused: the part %2 would inflate from %3 to %4 bytes (ratio "
                            "%5:1); expected at most %6 bytes and a ratio of at most %7:1 "
                            "(possible zip bomb)")
                                 .arg(fileName, name)
                                 .arg(compressed)
                                 .arg(size)
                                 .arg(qRound64(double(size) / double(compressed)))
                                 .arg(limits.maxEntrySize)
                                 .arg(limits.maxRatio));
    zip_file_t *file = zip_fopen(zip, utf8.constData(), 0);
    if (!file)
        return makeError(Error::Code::Parse,
                         tr("%1: cannot read the part %2: %3")
                                 .arg(fileName, name, QString::fromUtf8(zip_strerror(zip))));
    return std::make_unique<ZipEntryDevice>(file, compressed, size, limits);
}

Error XlsxReader::Impl::xmlError(const QXmlStreamReader &xml, const ZipEntryDevice &device,
                                 const QString &entry) const
{
    if (device.limitExceeded())
        return makeError(Error::Code::Parse,
                         tr("%1: refused: the part %2 inflates beyond its declared size or the "
                            "limits (%3 bytes, ratio %4:1) (possible zip bomb)")
                                 .arg(fileName, entry)
                                 .arg(limits.maxEntrySize)
                                 .arg(limits.maxRatio));
    if (device.failed())
        return makeError(
                Error::Code::Parse,
                tr("%1: damaged XLSX file: cannot inflate the part %2").arg(fileName, entry));
    return makeError(Error::Code::Parse,
                     tr("%1: damaged XLSX file: %2, line %3: %4")
                             .arg(fileName, entry)
                             .arg(xml.lineNumber())
                             .arg(xml.errorString()));
}

Result<QHash<QString, QString>>
XlsxReader::Impl::readRelationships(const QString &relsPath, const QString &baseDir,
                                    QHash<QString, QString> *byType) const
{
    QHash<QString, QString> targets;
    auto device = openEntry(relsPath);
    if (!device)
        return device.error();
    QXmlStreamReader xml(device.value().get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            const QXmlStreamAttributes a = xml.attributes();
            QString target = a.value(QLatin1String("Target")).toString();
            if (target.startsWith(u'/'))
                target = target.mid(1);
            else
                target = baseDir + target;
            targets.insert(a.value(QLatin1String("Id")).toString(), target);
            if (byType) {
                const QStringView type = a.value(QLatin1String("Type"));
                byType->insert(type.mid(type.lastIndexOf(u'/') + 1).toString(), target);
            }
        }
    }
    if (xml.hasError())
        return xmlError(xml, *device.value(), relsPath);
    return targets;
}

Status XlsxReader::Impl::readSharedStrings(const QString &entry)
{
    auto device = openEntry(entry);
    if (!device)
        return device.error();
    QXmlStreamReader xml(device.value().get());
    QString current;
    int depthInPhonetic = 0;
    bool inItem = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"si") {
                inItem = true;
                current.clear();
            } else if (xml.name() == u"rPh") {
                ++depthInPhonetic; // phonetic guides are not part of the text
            } else if (xml.name() == u"t" && inItem && depthInPhonetic == 0) {
                current += xml.readElementText();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"si") {
                sharedStrings.append(current);
                inItem = false;
            } else if (xml.name() == u"rPh") {
                --depthInPhonetic;
            }
        }
    }
    if (xml.hasError())
        return xmlError(xml, *device.value(), entry);
    return Ok {};
}

Status XlsxReader::Impl::readStyles(const QString &entry)
{
    auto device = openEntry(entry);
    if (!device)
        return device.error();
    QXmlStreamReader xml(device.value().get());
    QHash<int, bool> customDate;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt") {
                const QXmlStreamAttributes a = xml.attributes();
                customDate.insert(
                        a.value(QLatin1String("numFmtId")).toInt(),
                        isDateFormatCode(a.value(QLatin1String("formatCode")).toString()));
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == u"xf" && inCellXfs) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                dateStyles.push_back(customDate.contains(id) ? customDate.value(id)
                                                             : isBuiltinDateFormat(id));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return xmlError(xml, *device.value(), entry);
    return Ok {};
}

XlsxReader::XlsxReader()
    : m_impl(std::make_unique<Impl>())
{
}

XlsxReader::~XlsxReader() = default;

QString XlsxReader::fileName() const
{
    return m_impl->fileName;
}

QStringList XlsxReader::sheetNames() const
{
    return m_impl->sheetNames;
}

QString XlsxReader::sheetName() const
{
    return m_impl->sheetName;
}

int XlsxReader::columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size(); ++i) {
        const char16_t c = reference[i].unicode();
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c - u'a' + 1);
        else
            break;
        if (column > 16384)
            return -1;
    }
    return i == 0 ? -1 : column - 1;
}

QString XlsxReader::serialToIso(double serial, bool date1904)
{
    // Excel's dates run from serial 0 to 2958465 (9999-12-31); anything else (NaN, huge or
    // negative numbers in a date-formatted cell) stays the number it is, as converting it to
    // an integer would be undefined behaviour.
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466.0)
        return QString::number(serial, 'g', 15);
    double days = std::floor(serial);
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(qint64(days));
    } else {
        // Excel counts 1900-02-29, which did not exist: serials from 61 on are one day ahead.
        date = days < 61 ? QDate(1899, 12, 31).addDays(qint64(days))
                         : QDate(1899, 12, 30).addDays(qint64(days));
    }
    QString text = date.toString(Qt::ISODate);
    const qint64 seconds = qRound64((serial - days) * 86400.0);
    if (seconds > 0 && seconds < 86400)
        text += u' ' + QTime(0, 0).addSecs(int(seconds)).toString(Qt::ISODate);
    return text;
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const QString &sheet,
                                                     const XlsxLimits &limits)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    Impl &d = *reader->m_impl;
    d.fileName = QFileInfo(path).fileName();
    d.limits = limits;
    int errorCode = 0;
    d.zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &errorCode);
    if (!d.zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return makeError(errorCode == ZIP_ER_NOENT || errorCode == ZIP_ER_OPEN ? Error::Code::Io
                                                                               : Error::Code::Parse,
                         tr("%1: not a table: cannot open it as an XLSX workbook (%2); expected "
                            "an Excel 2007+ .xlsx file")
                                 .arg(d.fileName, why));
    }

    QString workbook = QStringLiteral("xl/workbook.xml");
    if (zip_name_locate(d.zip, "_rels/.rels", 0) >= 0) {
        QHash<QString, QString> byType;
        auto root = d.readRelationships(QStringLiteral("_rels/.rels"), QString(), &byType);
        if (!root)
            return root.error();
        if (byType.contains(QStringLiteral("officeDocument")))
            workbook = byType.value(QStringLiteral("officeDocument"));
    }
    const qsizetype slash = workbook.lastIndexOf(u'/');
    const QString baseDir = workbook.left(slash + 1);
    const QString relsPath =
            baseDir + QStringLiteral("_rels/") + workbook.mid(slash + 1) + QStringLiteral(".rels");
    QHash<QString, QString> parts;
    auto rels = d.readRelationships(relsPath, baseDir, &parts);
    if (!rels)
        return rels.error();

    // Sheet names and their parts, in workbook order.
    QStringList sheetTargets;
    {
        auto device = d.openEntry(workbook);
        if (!device)
            return device.error();
        QXmlStreamReader xml(device.value().get());
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr") {
                const QStringView v = xml.attributes().value(QLatin1String("date1904"));
                d.date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet") {
                const QXmlStreamAttributes a = xml.attributes();
                d.sheetNames.append(a.value(QLatin1String("name")).toString());
                sheetTargets.append(rels.value().value(attributeId(a).toString()));
            }
        }
        if (xml.hasError())
            return d.xmlError(xml, *device.value(), workbook);
    }
    if (d.sheetNames.isEmpty())
        return makeError(Error::Code::Parse,
                         tr("%1: not a table: the workbook has no sheet").arg(d.fileName));
    const qsizetype index = sheet.isEmpty() ? 0 : d.sheetNames.indexOf(sheet);
    if (index < 0)
        return makeError(Error::Code::NotFound,
                         tr("%1: no sheet named \"%2\"; expected one of: %3")
                                 .arg(d.fileName, sheet, d.sheetNames.join(QStringLiteral(", "))));
    d.sheetName = d.sheetNames.at(index);
    d.entryName = sheetTargets.at(index);

    if (parts.contains(QStringLiteral("sharedStrings"))) {
        const Status s = d.readSharedStrings(parts.value(QStringLiteral("sharedStrings")));
        if (!s)
            return s.error();
    }
    if (parts.contains(QStringLiteral("styles"))) {
        const Status s = d.readStyles(parts.value(QStringLiteral("styles")));
        if (!s)
            return s.error();
    }

    auto device = d.openEntry(d.entryName);
    if (!device)
        return device.error();
    d.sheetDevice = std::move(device).value();
    d.sheet.setDevice(d.sheetDevice.get());
    return reader;
}

Result<bool> XlsxReader::next(RawRow &row)
{
    Impl &d = *m_impl;
    if (d.done)
        return false;
    QXmlStreamReader &xml = d.sheet;
    qsizetype cellCount = 0;
    bool inRow = false;
    int nextColumn = 0;
    QString value;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"row") {
                inRow = true;
                cellCount = 0;
                nextColumn = 0;
                const int r = xml.attributes().value(QLatin1String("r")).toInt();
                row.line = r > 0 ? r : d.lastRow + 1;
                d.lastRow = row.line;
            } else if (inRow && xml.name() == u"c") {
                const QXmlStreamAttributes a = xml.attributes();
                int column = columnOfReference(a.value(QLatin1String("r")));
                if (column < 0)
                    column = nextColumn;
                nextColumn = column + 1;
                const QStringView type = a.value(QLatin1String("t"));
                const int style = a.value(QLatin1String("s")).toInt();
                value.clear();
                bool hasValue = false;
                // Children: <v> (value or cached formula result), <is> (inline string), <f>.
                while (!xml.atEnd()) {
                    const auto t = xml.readNext();
                    if (t == QXmlStreamReader::EndElement && xml.name() == u"c")
                        break;
                    if (t != QXmlStreamReader::StartElement)
                        continue;
                    if (xml.name() == u"v") {
                        value = xml.readElementText();
                        hasValue = true;
                    } else if (xml.name() == u"t") {
                        value += xml.readElementText(); // inline string run
                        hasValue = true;
                    } else if (xml.name() == u"rPh" || xml.name() == u"f") {
                        xml.skipCurrentElement();
                    }
                }
                if (xml.hasError())
                    break;
                if (hasValue) {
                    if (type == u"s") {
                        bool ok = false;
                        const int i = value.toInt(&ok);
                        if (!ok || i < 0 || i >= d.sharedStrings.size())
                            return makeError(Error::Code::Parse,
                                             tr("%1: damaged XLSX file: row %2 refers to shared "
                                                "string %3, which does not exist")
                                                     .arg(d.fileName)
                                                     .arg(row.line)
                                                     .arg(value));
                        value = d.sharedStrings.at(i);
                    } else if (type == u"b") {
                        value = value.trimmed() == u"1" ? QStringLiteral("TRUE")
                                                        : QStringLiteral("FALSE");
                    } else if (type.isEmpty() || type == u"n") {
                        bool ok = false;
                        const double number = value.toDouble(&ok);
                        if (ok) {
                            if (style >= 0 && std::size_t(style) < d.dateStyles.size()
                                && d.dateStyles[std::size_t(style)])
                                value = serialToIso(number, d.date1904);
                            else if (number == std::floor(number) && std::fabs(number) < 1e15)
                                value = QString::number(qint64(number));
                            else
                                value = QString::number(number, 'g', 15);
                        }
                    }
                    // "str" (formula text), "inlineStr", "e" (error such as #N/A), "d" (ISO
                    // date) are kept as written.
                    if (column >= 16384)
                        continue;
                    // Every cell up to the last one is held: bound the sheet (a value in
                    // column XFD makes 16 384 cells of each row).
                    d.cells += std::max(0, column + 1 - int(cellCount));
                    if (d.cells > d.limits.maxCells)
                        return makeError(Error::Code::Parse,
                                         tr("%1: the sheet holds more than %2 cells by row %3 "
                                            "(values far to the right, up to column number %4?); "
                                            "expected a statistics table")
                                                 .arg(d.fileName)
                                                 .arg(d.limits.maxCells)
                                                 .arg(row.line)
                                                 .arg(column + 1));
                    while (cellCount <= column) {
                        if (cellCount < row.cells.size())
                            row.cells[cellCount].clear();
                        else
                            row.cells.append(QString());
                        ++cellCount;
                    }
                    row.cells[column] = value;
                }
            }
        } else if (token == QXmlStreamReader::EndElement && inRow && xml.name() == u"row") {
            if (row.cells.size() > cellCount)
                row.cells.resize(cellCount);
            return true;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData") {
            d.done = true;
            return false;
        }
    }
    if (xml.hasError())
        return d.xmlError(xml, *d.sheetDevice, d.entryName);
    d.done = true;
    return false;
}

} // namespace core::import
