// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sirene/classification.h"
#include "core/import/sirene/csvscanner.h"
#include "core/import/sirene/sirenefields.h"

#include <QString>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

// The per-row code of the two streaming passes. Header-only on purpose: CsvScanner::scan()
// calls accept() and record() for every row, and they must inline into it.

namespace core::sirene {

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
inline bool checkUtf8(std::string_view value, const char *column, HandlerError &error)
{
    if (!hasHighBytes(value) || isValidUtf8(value))
        return true;
    error.fail(SireneReaderTr::tr(
                       "the column \"%1\" holds bytes that are not UTF-8 (the stock files are the "
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
            error.fail(SireneReaderTr::tr("invalid SIREN \"%1\"").arg(fromView(sirenText)));
            return false;
        }
        KeptEstablishment k { *siren, communeIndex, -1, false, false };
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
            error.fail(SireneReaderTr::tr("invalid SIREN \"%1\"").arg(fromView(text)));
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

} // namespace core::sirene
