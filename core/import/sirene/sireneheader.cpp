// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/sireneheader.h"

#include "core/import/sirene/classification.h"
#include "core/import/sirene/sirenefields.h"

#include <QFileInfo>

#include <algorithm>
#include <string_view>

namespace core::sirene {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

static Error missingColumn(const QString &fileName, const char *column)
{
    // translate(), not SireneReaderTr::tr(): lupdate does not resolve the context here.
    return makeError(Error::Code::Parse,
                     QCoreApplication::translate("core::sirene::SireneReader",
                                                 "%1, line 1: the required column \"%2\" is "
                                                 "missing")
                             .arg(fileName, QString::fromLatin1(column)));
}

Result<Header> parseHeader(const char *data, std::size_t size, bool eof, const QString &fileName)
{
    Header h;
    std::size_t i = 0;
    if (std::string_view(data, std::min(size, kBom.size())) == kBom)
        i = kBom.size();
    std::string field;
    bool inQuotes = false;
    bool done = false;
    for (; i < size && !done; ++i) {
        const char ch = data[i];
        if (inQuotes) {
            if (ch == '"') {
                if (i + 1 < size && data[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (ch == '\n')
                    ++h.lines;
                field.push_back(ch);
            }
        } else if (ch == '"') {
            inQuotes = true;
        } else if (ch == ',') {
            h.names.push_back(std::move(field));
            field.clear();
        } else if (ch == '\n') {
            done = true;
        } else {
            field.push_back(ch);
        }
    }
    if (!done && !(eof && !inQuotes))
        return makeError(Error::Code::Parse,
                         SireneReaderTr::tr("%1, line 1: the header line is incomplete or too long")
                                 .arg(fileName));
    if (!field.empty() && field.back() == '\r')
        field.pop_back();
    h.names.push_back(std::move(field));
    h.bytes = i;
    if (h.names.size() == 1 && h.names[0].empty())
        return makeError(Error::Code::Parse,
                         SireneReaderTr::tr("%1 is empty: no header line").arg(fileName));
    for (const std::string &n : h.names) {
        if (!isValidUtf8(n))
            return makeError(
                    Error::Code::Parse,
                    SireneReaderTr::tr(
                            "%1, line 1: the header is not valid UTF-8 (the stock files are "
                            "the _utf8 ones)")
                            .arg(fileName));
    }
    return h;
}

int columnOf(const Header &h, const char *name)
{
    for (std::size_t i = 0; i < h.names.size(); ++i) {
        if (h.names[i] == name)
            return int(i);
    }
    return -1;
}

FileKind kindOf(const Header &h)
{
    if (columnOf(h, kCommune) >= 0 || columnOf(h, "siret") >= 0)
        return FileKind::Establishments;
    if (columnOf(h, kCategory) >= 0 || columnOf(h, "etatAdministratifUniteLegale") >= 0)
        return FileKind::Units;
    return FileKind::Unknown;
}

Result<OpenedFile> openAndReadHeader(const QString &path)
{
    auto reader = ChunkReader::open(path); // header probe: always one full block
    if (!reader)
        return reader.error();
    OpenedFile f;
    f.reader = std::move(reader.value());
    f.fileName = QFileInfo(path).fileName();
    auto first = f.reader->readFirstBlock();
    if (!first)
        return first.error();
    ChunkBuffer *b = first.value();
    if (b->size == 0)
        return makeError(Error::Code::Parse, SireneReaderTr::tr("%1 is empty").arg(f.fileName));
    auto header = parseHeader(b->data(), b->size, b->eof, f.fileName);
    if (!header)
        return header.error();
    f.header = std::move(header.value());
    return f;
}

Status reopenForStreaming(OpenedFile &file, const QString &path, std::size_t blockSize)
{
    auto reader = ChunkReader::open(path, blockSize);
    if (!reader)
        return reader.error();
    file.reader = std::move(reader.value());
    return Ok {};
}

SireneFileProvenance describeFile(const OpenedFile &file, const QString &path)
{
    SireneFileProvenance p;
    p.path = path;
    p.fileName = file.fileName;
    p.zipEntry = file.reader->entryName();
    p.size = file.reader->fileSize();
    p.contentSize = file.reader->contentSize();
    p.modified = file.reader->modified();
    return p;
}

Status checkFileKinds(const OpenedFile &units, const OpenedFile &establishments)
{
    const FileKind unitsKind = kindOf(units.header);
    const FileKind etabKind = kindOf(establishments.header);
    if (unitsKind == FileKind::Establishments && etabKind == FileKind::Units)
        return makeError(Error::Code::InvalidArgument,
                         SireneReaderTr::tr(
                                 "The two files are swapped: %1 is an establishment file "
                                 "(StockEtablissement) and %2 a legal-unit file (StockUniteLegale)")
                                 .arg(units.fileName, establishments.fileName));
    if (unitsKind == FileKind::Establishments)
        return makeError(
                Error::Code::InvalidArgument,
                SireneReaderTr::tr(
                        "%1 is an establishment file (StockEtablissement), not a legal-unit "
                        "file (StockUniteLegale)")
                        .arg(units.fileName));
    if (etabKind == FileKind::Units)
        return makeError(Error::Code::InvalidArgument,
                         SireneReaderTr::tr(
                                 "%1 is a legal-unit file (StockUniteLegale), not an establishment "
                                 "file (StockEtablissement)")
                                 .arg(establishments.fileName));

    return Ok {};
}

Result<StockColumns> stockColumns(const OpenedFile &units, const OpenedFile &establishments,
                                  const Classification &classification)
{
    StockColumns columns;
    columns.useNaf = !classification.nafExclusions().isEmpty();
    const bool useNaf = columns.useNaf;
    for (const char *name : { kSiren, kCommune, kEtat, kBand, kEmployer, kNaf }) {
        if (name == kNaf && !useNaf)
            break;
        const int column = columnOf(establishments.header, name);
        if (column < 0)
            return missingColumn(establishments.fileName, name);
        columns.establishments.push_back(column);
    }
    for (const char *name : { kSiren, kCategory, kFlag }) {
        const int column = columnOf(units.header, name);
        if (column < 0)
            return missingColumn(units.fileName, name);
        columns.units.push_back(column);
    }
    return columns;
}

} // namespace core::sirene
