// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sirene/chunkreader.h"
#include "core/import/sirene/sirenereader.h"
#include "core/result.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace core::sirene {

class Classification;

struct Header
{
    std::vector<std::string> names;
    std::size_t bytes = 0; ///< BOM + header record + line end
    qint64 lines = 1; ///< physical lines of the header (quoted newlines)
};

/// Parses the header record at the start of \a data (scalar: it runs once per file). Errors
/// name the file: incomplete header, empty file, names that are not UTF-8.
[[nodiscard]] Result<Header> parseHeader(const char *data, std::size_t size, bool eof,
                                         const QString &fileName);
/// Index of a column, or -1.
[[nodiscard]] int columnOf(const Header &h, const char *name);

enum class FileKind { Units, Establishments, Unknown };
/// Which stock file a header belongs to, from columns only one of them has.
[[nodiscard]] FileKind kindOf(const Header &h);

struct OpenedFile
{
    std::unique_ptr<ChunkReader> reader;
    Header header;
    QString fileName;
};

/// Opens a stock file (CSV or ZIP) and parses its header from a first block.
[[nodiscard]] Result<OpenedFile> openAndReadHeader(const QString &path);

/// Replaces the reader that probed the header by one that streams the whole file in
/// \a blockSize blocks (the header probe consumed the first block).
[[nodiscard]] Status reopenForStreaming(OpenedFile &file, const QString &path,
                                        std::size_t blockSize);
/// What the provenance keeps of an opened file (its row count and SHA-256 come later).
[[nodiscard]] SireneFileProvenance describeFile(const OpenedFile &file, const QString &path);

/// Refuses swapped files, or a file of the wrong kind, naming them.
[[nodiscard]] Status checkFileKinds(const OpenedFile &units, const OpenedFile &establishments);

/// The columns each pass reads, in the order its handler expects them (the NAF code only when
/// the classification excludes activities).
struct StockColumns
{
    std::vector<int> establishments; ///< siren, commune, state, band, employer[, NAF]
    std::vector<int> units; ///< siren, legal category, ESS flag
    bool useNaf = false;
};
/// Finds the required columns of both headers; the error names the first missing one.
[[nodiscard]] Result<StockColumns> stockColumns(const OpenedFile &units,
                                                const OpenedFile &establishments,
                                                const Classification &classification);

} // namespace core::sirene
