// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/sirenereader.h"

#include "core/import/filehash.h"
#include "core/import/sirene/chunkreader.h"
#include "core/import/sirene/csvscanner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <chrono>
#include <cstring>
#include <optional>
#include <thread>
#include <tuple>
#include <unordered_map>

namespace core::sirene {

namespace {

/// tr() for the free functions and helper classes of this file, in one context lupdate records.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::sirene::SireneReader)
};

constexpr std::string_view kBom = "\xEF\xBB\xBF";
/// A record longer than this is taken for an unterminated quote rather than buffered forever.
constexpr std::size_t kMaxRecordBytes = 16u << 20;

// Required columns. Whichever way round the files are given, these tell them apart.
constexpr const char *kSiren = "siren";
constexpr const char *kCommune = "codeCommuneEtablissement";
constexpr const char *kEtat = "etatAdministratifEtablissement";
constexpr const char *kBand = "trancheEffectifsEtablissement";
constexpr const char *kEmployer = "caractereEmployeurEtablissement";
constexpr const char *kNaf = "activitePrincipaleEtablissement";
constexpr const char *kCategory = "categorieJuridiqueUniteLegale";
constexpr const char *kFlag = "economieSocialeSolidaireUniteLegale";

QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

bool isValidUtf8(std::string_view s)
{
    return QByteArrayView(s.data(), qsizetype(s.size())).isValidUtf8();
}

bool hasHighBytes(std::string_view s)
{
    unsigned char any = 0;
    for (const char ch : s)
        any |= static_cast<unsigned char>(ch);
    return any & 0x80;
}

/// SIREN as a number; nullopt when not 1 to 18 ASCII digits.
std::optional<std::uint64_t> parseSiren(std::string_view s)
{
    if (s.empty() || s.size() > 18)
        return std::nullopt;
    std::uint64_t v = 0;
    for (const char ch : s) {
        if (ch < '0' || ch > '9')
            return std::nullopt;
        v = v * 10 + std::uint64_t(ch - '0');
    }
    return v;
}

/// Open-addressing map from short codes (commune codes, up to 8 bytes) to a small index:
/// several times faster than std::unordered_map on the per-row commune test.
class CodeTable
{
public:
    void insert(std::string_view code, int value)
    {
        const std::uint64_t key = pack(code);
        std::size_t i = slot(key);
        while (m_keys[i] != 0 && m_keys[i] != key)
            i = (i + 1) & kMask;
        m_keys[i] = key;
        m_values[i] = value;
    }
    [[nodiscard]] int find(std::string_view code) const
    {
        if (code.empty() || code.size() > 7)
            return -1;
        const std::uint64_t key = pack(code);
        for (std::size_t i = slot(key);; i = (i + 1) & kMask) {
            if (m_keys[i] == key)
                return m_values[i];
            if (m_keys[i] == 0)
                return -1;
        }
    }
    static constexpr std::size_t kCapacity = 1 << 16; ///< far above any territory's communes

private:
    static constexpr std::size_t kMask = kCapacity - 1;
    static std::uint64_t pack(std::string_view code)
    {
        std::uint64_t key = 0;
        std::memcpy(&key, code.data(), code.size());
        return key | (std::uint64_t(code.size()) << 56); // never 0, length-distinct
    }
    static std::size_t slot(std::uint64_t key)
    {
        return std::size_t((key * 0x9E3779B97F4A7C15ull) >> 48) & kMask;
    }
    std::vector<std::uint64_t> m_keys = std::vector<std::uint64_t>(kCapacity, 0);
    std::vector<int> m_values = std::vector<int>(kCapacity, -1);
};

/// Open-addressing map SIREN -> family for the units the kept establishments need.
class SirenTable
{
public:
    static constexpr std::int8_t kMissing = -2;
    explicit SirenTable(std::size_t expected)
    {
        std::size_t cap = 16;
        while (cap < expected * 2 + 16)
            cap <<= 1;
        m_mask = cap - 1;
        m_keys.assign(cap, 0);
        m_values.assign(cap, kMissing);
    }
    void insert(std::uint64_t siren)
    {
        std::size_t i = find(siren + 1);
        m_keys[i] = siren + 1;
    }
    /// Pointer to the family of a wanted SIREN, or null.
    std::int8_t *lookup(std::uint64_t siren)
    {
        const std::size_t i = find(siren + 1);
        return m_keys[i] == siren + 1 ? &m_values[i] : nullptr;
    }

private:
    std::size_t find(std::uint64_t key) const
    {
        std::size_t i = std::size_t((key * 0x9E3779B97F4A7C15ull) >> 20) & m_mask;
        while (m_keys[i] != 0 && m_keys[i] != key)
            i = (i + 1) & m_mask;
        return i;
    }
    std::size_t m_mask = 0;
    std::vector<std::uint64_t> m_keys;
    std::vector<std::int8_t> m_values;
};

struct KeptEstablishment
{
    std::uint64_t siren;
    std::int32_t commune;
    std::int16_t band;
    bool employer;
    bool excluded;
};

struct Header
{
    std::vector<std::string> names;
    std::size_t bytes = 0; ///< BOM + header record + line end
    qint64 lines = 1;      ///< physical lines of the header (quoted newlines)
};

/// Parses the header record at the start of \a data (scalar: it runs once per file).
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
        return makeError(
                Error::Code::Parse,
                Tr::tr("%1, line 1: the header line is incomplete or too long").arg(fileName));
    if (!field.empty() && field.back() == '\r')
        field.pop_back();
    h.names.push_back(std::move(field));
    h.bytes = i;
    if (h.names.size() == 1 && h.names[0].empty())
        return makeError(Error::Code::Parse, Tr::tr("%1 is empty: no header line").arg(fileName));
    for (const std::string &n : h.names) {
        if (!isValidUtf8(n))
            return makeError(
                    Error::Code::Parse,
                    Tr::tr("%1, line 1: the header is not valid UTF-8 (the stock files are "
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

enum class FileKind { Units, Establishments, Unknown };

FileKind kindOf(const Header &h)
{
    if (columnOf(h, kCommune) >= 0 || columnOf(h, "siret") >= 0)
        return FileKind::Establishments;
    if (columnOf(h, kCategory) >= 0 || columnOf(h, "etatAdministratifUniteLegale") >= 0)
        return FileKind::Units;
    return FileKind::Unknown;
}

struct OpenedFile
{
    std::unique_ptr<ChunkReader> reader;
    Header header;
    QString fileName;
};

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
        return makeError(Error::Code::Parse, Tr::tr("%1 is empty").arg(f.fileName));
    auto header = parseHeader(b->data(), b->size, b->eof, f.fileName);
    if (!header)
        return header.error();
    f.header = std::move(header.value());
    return f;
}

Error missingColumn(const QString &fileName, const char *column)
{
    return makeError(Error::Code::Parse,
                     Tr::tr("%1, line 1: the required column \"%2\" is missing")
                             .arg(fileName, QString::fromLatin1(column)));
}

Error lineError(const QString &fileName, qint64 line, const QString &what)
{
    return makeError(Error::Code::Parse,
                     Tr::tr("%1, line %2: %3").arg(fileName).arg(line).arg(what));
}

/// Shared state of one streaming pass, so both handlers report errors the same way.
struct HandlerError
{
    bool set = false;
    QString message;
    void fail(QString text)
    {
        set = true;
        message = std::move(text);
    }
};

/// Checks a used field: it must be valid UTF-8 (the stock files are the _utf8 ones).
bool checkUtf8(std::string_view value, const char *column, HandlerError &error)
{
    if (!hasHighBytes(value) || isValidUtf8(value))
        return true;
    error.fail(Tr::tr("the column \"%1\" holds bytes that are not UTF-8 (the stock files are the "
                      "_utf8 ones)")
                       .arg(QString::fromLatin1(column)));
    return false;
}

struct EstablishmentHandler
{
    const CodeTable &communes;
    const Classification &classification;
    bool useNaf;
    std::vector<KeptEstablishment> &kept;
    HandlerError error;
    std::string scratch;
    std::string scratch2;

    bool accept(std::string_view raw)
    {
        const std::string_view commune = CsvScanner::unquote(raw, scratch);
        if (communes.find(commune) >= 0)
            return true;
        // A non-UTF-8 commune code must still stop the import: let record() report it.
        return hasHighBytes(commune) && !isValidUtf8(commune);
    }

    bool record(const std::string_view *values, std::size_t)
    {
        const std::string_view commune = CsvScanner::unquote(values[1], scratch);
        if (!checkUtf8(commune, kCommune, error))
            return false;
        const int communeIndex = communes.find(commune);
        if (communeIndex < 0)
            return true;
        const std::string_view etat = CsvScanner::unquote(values[2], scratch2);
        if (!checkUtf8(etat, kEtat, error))
            return false;
        if (etat != "A")
            return true;
        const std::string_view sirenText = CsvScanner::unquote(values[0], scratch2);
        const auto siren = parseSiren(sirenText);
        if (!siren) {
            error.fail(Tr::tr("invalid SIREN \"%1\"").arg(fromView(sirenText)));
            return false;
        }
        KeptEstablishment k{ *siren, communeIndex, -1, false, false };
        const std::string_view band = CsvScanner::unquote(values[3], scratch2);
        if (!checkUtf8(band, kBand, error))
            return false;
        k.band = std::int16_t(classification.bandOf(band));
        const std::string_view employer = CsvScanner::unquote(values[4], scratch2);
        if (!checkUtf8(employer, kEmployer, error))
            return false;
        k.employer = employer == "O";
        if (useNaf) {
            const std::string_view naf = CsvScanner::unquote(values[5], scratch2);
            if (!checkUtf8(naf, kNaf, error))
                return false;
            k.excluded = classification.isExcludedActivity(naf);
        }
        kept.push_back(k);
        return true;
    }
};

struct UnitHandler
{
    SirenTable &wanted;
    const Classification &classification;
    HandlerError error;
    std::string scratch;
    std::string scratch2;

    bool accept(std::string_view raw)
    {
        const std::string_view text = CsvScanner::unquote(raw, scratch);
        const auto siren = parseSiren(text);
        return !siren || wanted.lookup(*siren) != nullptr; // a bad SIREN goes to record()
    }

    bool record(const std::string_view *values, std::size_t)
    {
        const std::string_view text = CsvScanner::unquote(values[0], scratch);
        const auto siren = parseSiren(text);
        if (!siren) {
            if (!checkUtf8(text, kSiren, error))
                return false;
            error.fail(Tr::tr("invalid SIREN \"%1\"").arg(fromView(text)));
            return false;
        }
        std::int8_t *family = wanted.lookup(*siren);
        if (!family)
            return true;
        const std::string_view category = CsvScanner::unquote(values[1], scratch);
        if (!checkUtf8(category, kCategory, error))
            return false;
        const std::string_view flag = CsvScanner::unquote(values[2], scratch2);
        if (!checkUtf8(flag, kFlag, error))
            return false;
        *family = std::int8_t(classification.familyOf(category, flag));
        return true;
    }
};

/// Progress throttled to about ten calls a second.
struct ProgressSink
{
    const SireneRequest &request;
    SireneProgress state;
    std::chrono::steady_clock::time_point last{};

    void report(bool force)
    {
        if (!request.progress)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (!force && now - last < std::chrono::milliseconds(100))
            return;
        last = now;
        request.progress(state);
    }
};

/// Streams one file through \a scanner; returns data rows. Errors carry file and line.
template<typename Handler>
Result<qint64> streamFile(OpenedFile &file, const CsvScanner &scanner, Handler &handler,
                          const SireneRequest &request, ProgressSink &progress)
{
    ChunkReader &reader = *file.reader;
    reader.start(request.cancel);
    std::string carry;
    std::vector<char> big; // only for a record longer than the headroom
    qint64 line = 1 + file.header.lines; // physical line of the first byte after the carry
    qint64 rows = 0;
    std::size_t headerLeft = file.header.bytes;
    for (;;) {
        if (request.cancel && request.cancel->load(std::memory_order_relaxed))
            return makeError(Error::Code::Cancelled, Tr::tr("Import cancelled"));
        auto next = reader.next();
        if (!next) {
            Error e = next.error();
            if (e.code != Error::Code::Cancelled)
                e.message = Tr::tr("%1 (after line %2)").arg(e.message).arg(line);
            return e;
        }
        ChunkBuffer *b = next.value();
        char *start = b->data();
        std::size_t n = b->size;
        if (headerLeft > 0) { // the header probe already parsed it; small blocks split it
            const std::size_t skip = std::min(n, headerLeft);
            start += skip;
            n -= skip;
            headerLeft -= skip;
        }
        progress.state.bytesRead += qint64(n);
        if (!carry.empty()) {
            if (carry.size() <= ChunkBuffer::kHeadroom) {
                start -= carry.size();
                std::memcpy(start, carry.data(), carry.size());
            } else {
                big.assign(carry.begin(), carry.end());
                big.insert(big.end(), start, start + n);
                big.resize(big.size() + CsvScanner::kPadding, '\0');
                start = big.data();
            }
            n += carry.size();
        }
        const CsvScanner::Outcome out = scanner.scan(start, n, b->eof, handler);
        const qint64 recordLine = line + qint64(out.newlines);
        switch (out.stop) {
        case CsvScanner::Stop::Done:
            break;
        case CsvScanner::Stop::FieldCount:
            reader.release(b);
            // Too many fields is usually a comma in an unquoted value: its columns are shifted,
            // so even a record of a commune nobody asked for is refused, never dropped.
            return lineError(file.fileName, recordLine,
                             (std::size_t(out.fieldCount) > file.header.names.size()
                                      ? Tr::tr("%1 fields instead of %2 (a comma in a value that is "
                                           "not between quotes?)")
                                      : Tr::tr("%1 fields instead of %2 (truncated file or broken "
                                           "quoting?)"))
                                     .arg(out.fieldCount)
                                     .arg(file.header.names.size()));
        case CsvScanner::Stop::UnterminatedQuote:
            reader.release(b);
            return lineError(file.fileName, recordLine,
                             Tr::tr("a quoted field is never closed (truncated file?)"));
        case CsvScanner::Stop::Handler:
            reader.release(b);
            return lineError(file.fileName, recordLine, handler.error.message);
        }
        rows += qint64(out.records);
        progress.state.rows += qint64(out.records);
        line = recordLine;
        carry.assign(start + out.consumed, n - out.consumed);
        const bool eof = b->eof;
        reader.release(b);
        big.clear();
        progress.report(eof);
        if (eof)
            break;
        if (carry.size() > kMaxRecordBytes)
            return lineError(file.fileName, line,
                             Tr::tr("a record is longer than %1 MiB: a quoted field is probably "
                                    "never closed")
                                     .arg(kMaxRecordBytes >> 20));
    }
    return rows;
}

/// Stock date from a file name such as StockEtablissement_utf8_2025-11-01.zip.
QDate dateInName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("(20\\d\\d)-?([01]\\d)(?:-?([0-3]\\d))?"));
    const auto m = re.match(name);
    if (!m.hasMatch())
        return {};
    const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), day);
}

void addBand(EmployeeEstimate &e, const HeadcountBand *band)
{
    if (!band)
        return;
    e.low += band->low;
    e.high += band->high;
    e.lowPlusHigh += band->low + band->high;
}

} // namespace

void SireneMetrics::add(const SireneMetrics &o)
{
    activeEstablishments += o.activeEstablishments;
    activeEssEstablishments += o.activeEssEstablishments;
    if (essByFamily.size() < o.essByFamily.size())
        essByFamily.resize(o.essByFamily.size(), 0);
    for (std::size_t i = 0; i < o.essByFamily.size(); ++i)
        essByFamily[i] += o.essByFamily[i];
    activeEmployerEstablishments += o.activeEmployerEstablishments;
    activeEmployerEssEstablishments += o.activeEmployerEssEstablishments;
    if (employerEssByFamily.size() < o.employerEssByFamily.size())
        employerEssByFamily.resize(o.employerEssByFamily.size(), 0);
    for (std::size_t i = 0; i < o.employerEssByFamily.size(); ++i)
        employerEssByFamily[i] += o.employerEssByFamily[i];
    if (employeesByFamily.size() < o.employeesByFamily.size())
        employeesByFamily.resize(o.employeesByFamily.size());
    for (std::size_t i = 0; i < o.employeesByFamily.size(); ++i) {
        employeesByFamily[i].low += o.employeesByFamily[i].low;
        employeesByFamily[i].high += o.employeesByFamily[i].high;
        employeesByFamily[i].lowPlusHigh += o.employeesByFamily[i].lowPlusHigh;
    }
    for (auto [mine, theirs] : { std::pair{ &employeesAll, &o.employeesAll },
                                 std::pair{ &employeesEss, &o.employeesEss } }) {
        mine->low += theirs->low;
        mine->high += theirs->high;
        mine->lowPlusHigh += theirs->lowPlusHigh;
    }
}

SireneReader::SireneReader(const Classification &classification)
    : m_classification(classification)
{
}

Result<SireneReport> SireneReader::run(const SireneRequest &request) const
{
    const Classification &cls = m_classification;
    if (request.territories.empty())
        return makeError(Error::Code::InvalidArgument, Tr::tr("No territory to compute"));

    // Communes: one index per distinct code, whatever territories share them.
    CodeTable communeTable;
    std::vector<QString> communeCodes;
    {
        std::unordered_map<std::string, int> seen;
        for (const SireneTerritory &t : request.territories) {
            if (t.communes.isEmpty())
                return makeError(Error::Code::InvalidArgument,
                                 Tr::tr("The territory %1 has no commune").arg(t.code));
            for (const QString &c : t.communes) {
                const std::string code = c.toStdString();
                if (code.empty() || code.size() > 7)
                    return makeError(Error::Code::InvalidArgument,
                                     Tr::tr("Invalid commune code \"%1\" in %2").arg(c, t.code));
                if (seen.emplace(code, int(communeCodes.size())).second) {
                    communeTable.insert(code, int(communeCodes.size()));
                    communeCodes.push_back(c);
                }
            }
        }
    }

    // Headers of both files first, so a swapped or wrong file fails before any long work.
    auto unitsFile = openAndReadHeader(request.unitsPath);
    if (!unitsFile)
        return unitsFile.error();
    auto etabFile = openAndReadHeader(request.establishmentsPath);
    if (!etabFile)
        return etabFile.error();
    const FileKind unitsKind = kindOf(unitsFile->header);
    const FileKind etabKind = kindOf(etabFile->header);
    if (unitsKind == FileKind::Establishments && etabKind == FileKind::Units)
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("The two files are swapped: %1 is an establishment file "
                                "(StockEtablissement) and %2 a legal-unit file (StockUniteLegale)")
                                 .arg(unitsFile->fileName, etabFile->fileName));
    if (unitsKind == FileKind::Establishments)
        return makeError(
                Error::Code::InvalidArgument,
                Tr::tr("%1 is an establishment file (StockEtablissement), not a legal-unit "
                       "file (StockUniteLegale)")
                        .arg(unitsFile->fileName));
    if (etabKind == FileKind::Units)
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("%1 is a legal-unit file (StockUniteLegale), not an establishment "
                                "file (StockEtablissement)")
                                 .arg(etabFile->fileName));

    const bool useNaf = !cls.nafExclusions().isEmpty();
    std::vector<int> etabColumns;
    for (const char *name : { kSiren, kCommune, kEtat, kBand, kEmployer, kNaf }) {
        if (name == kNaf && !useNaf)
            break;
        const int column = columnOf(etabFile->header, name);
        if (column < 0)
            return missingColumn(etabFile->fileName, name);
        etabColumns.push_back(column);
    }
    std::vector<int> unitColumns;
    for (const char *name : { kSiren, kCategory, kFlag }) {
        const int column = columnOf(unitsFile->header, name);
        if (column < 0)
            return missingColumn(unitsFile->fileName, name);
        unitColumns.push_back(column);
    }
    // Reopen for streaming: the header probe consumed the first block.
    {
        auto u = ChunkReader::open(request.unitsPath, request.blockSize);
        if (!u)
            return u.error();
        unitsFile->reader = std::move(u.value());
        auto e = ChunkReader::open(request.establishmentsPath, request.blockSize);
        if (!e)
            return e.error();
        etabFile->reader = std::move(e.value());
    }

    SireneReport report;
    SireneProvenance &prov = report.provenance;
    prov.classificationId = cls.id();
    for (auto [fp, file, path] :
         { std::tuple{ &prov.units, &unitsFile.value(), &request.unitsPath },
           std::tuple{ &prov.establishments, &etabFile.value(), &request.establishmentsPath } }) {
        fp->path = *path;
        fp->fileName = file->fileName;
        fp->zipEntry = file->reader->entryName();
        fp->size = file->reader->fileSize();
        fp->contentSize = file->reader->contentSize();
        fp->modified = file->reader->modified();
    }

    // SHA-256 of both files on their own threads, beside parsing: hashing (~1.5 GB/s with the
    // SHA extensions) would otherwise be the longest step of a single pipeline.
    std::atomic<bool> stopHashing{ false };
    struct HashJob
    {
        std::optional<Result<import::FileHash>> result;
        std::thread thread;
    };
    HashJob hashes[2];
    const QString hashPaths[2] = { request.establishmentsPath, request.unitsPath };
    for (int i = 0; i < 2; ++i) {
        hashes[i].thread = std::thread([&job = hashes[i], path = hashPaths[i], &stopHashing] {
            import::FileHashOptions options;
            options.cancel = &stopHashing;
            job.result = import::hashFile(path, options);
        });
    }
    auto joinHashes = [&] {
        for (HashJob &h : hashes) {
            if (h.thread.joinable())
                h.thread.join();
        }
    };
    auto fail = [&](Error e) -> Result<SireneReport> {
        stopHashing = true;
        joinHashes();
        return e;
    };
    // Let the hash threads stop with the import when cancelled.
    const std::atomic<bool> *userCancel = request.cancel;

    ProgressSink progress{ request, {}, {} };
    progress.state.totalBytes = prov.units.contentSize + prov.establishments.contentSize;

    // Pass 1: establishments of the wanted communes; the commune is the filter column, so
    // every other row is skipped to its line end without looking at its fields.
    std::vector<KeptEstablishment> kept;
    {
        CsvScanner scanner(int(etabFile->header.names.size()), etabColumns, 1);
        EstablishmentHandler handler{ communeTable, cls, useNaf, kept, {}, {}, {} };
        auto rows = streamFile(etabFile.value(), scanner, handler, request, progress);
        if (!rows)
            return fail(rows.error());
        prov.establishments.rows = rows.value();
        etabFile->reader.reset();
        // A header alone would store zero "estimates" for every commune.
        if (prov.establishments.rows == 0)
            return fail(makeError(Error::Code::Parse,
                                  Tr::tr("%1 has a header but no establishment row; expected the "
                                         "StockEtablissement file of the SIRENE register")
                                          .arg(prov.establishments.fileName)));
    }

    // Pass 2: only the legal units of the kept establishments.
    SirenTable units(kept.size());
    for (const KeptEstablishment &k : kept)
        units.insert(k.siren);
    {
        CsvScanner scanner(int(unitsFile->header.names.size()), unitColumns, 0);
        UnitHandler handler{ units, cls, {}, {}, {} };
        auto rows = streamFile(unitsFile.value(), scanner, handler, request, progress);
        if (!rows)
            return fail(rows.error());
        prov.units.rows = rows.value();
        unitsFile->reader.reset();
    }

    if (userCancel && userCancel->load())
        return fail(makeError(Error::Code::Cancelled, Tr::tr("Import cancelled")));
    joinHashes();
    for (auto [fp, job] : { std::pair{ &prov.establishments, &hashes[0] },
                            std::pair{ &prov.units, &hashes[1] } }) {
        if (!job->result->ok())
            return job->result->error();
        fp->sha256 = job->result->value().sha256;
    }

    // Aggregate per commune.
    const std::size_t familyCount = cls.families().size();
    std::vector<SireneMetrics> perCommune(communeCodes.size());
    for (SireneMetrics &m : perCommune) {
        m.essByFamily.assign(familyCount, 0);
        m.employerEssByFamily.assign(familyCount, 0);
        m.employeesByFamily.assign(familyCount, {});
    }
    for (const KeptEstablishment &k : kept) {
        SireneMetrics &m = perCommune[std::size_t(k.commune)];
        const int family = k.excluded ? Classification::kNotEss : *units.lookup(k.siren);
        const HeadcountBand *band = k.band >= 0 ? &cls.bands()[std::size_t(k.band)] : nullptr;
        ++m.activeEstablishments;
        addBand(m.employeesAll, band);
        if (k.employer)
            ++m.activeEmployerEstablishments;
        if (family >= 0) {
            ++m.activeEssEstablishments;
            ++m.essByFamily[std::size_t(family)];
            addBand(m.employeesEss, band);
            addBand(m.employeesByFamily[std::size_t(family)], band);
            if (k.employer) {
                ++m.activeEmployerEssEstablishments;
                ++m.employerEssByFamily[std::size_t(family)];
            }
        }
    }
    report.allTerritories.essByFamily.assign(familyCount, 0);
    report.allTerritories.employerEssByFamily.assign(familyCount, 0);
    report.allTerritories.employeesByFamily.assign(familyCount, {});
    for (const SireneMetrics &m : perCommune)
        report.allTerritories.add(m);
    for (const SireneTerritory &t : request.territories) {
        SireneTerritoryFigures figures;
        figures.territory = t;
        figures.total.essByFamily.assign(familyCount, 0);
        figures.total.employerEssByFamily.assign(familyCount, 0);
        figures.total.employeesByFamily.assign(familyCount, {});
        QSet<QString> done;
        for (const QString &c : t.communes) {
            if (done.contains(c))
                continue;
            done.insert(c);
            const SireneMetrics &m = perCommune[std::size_t(communeTable.find(c.toStdString()))];
            figures.total.add(m);
            figures.communes.push_back({ c, m });
        }
        report.territories.push_back(std::move(figures));
    }

    // Stock date: from a dated file name when there is one, else the older modification time.
    for (const QString &name : { prov.establishments.fileName, prov.units.fileName,
                                 prov.establishments.zipEntry, prov.units.zipEntry }) {
        const QDate d = dateInName(name);
        if (d.isValid()) {
            prov.stockDate = d;
            prov.stockDateOrigin = QStringLiteral("file-name");
            break;
        }
    }
    if (!prov.stockDate.isValid()) {
        prov.stockDate = std::min(prov.establishments.modified, prov.units.modified).date();
        prov.stockDateOrigin = QStringLiteral("file-modified");
    }
    return report;
}

} // namespace core::sirene
