// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace core::sirene {

/// tr() for the reader's messages, in the one context lupdate records for all its files.
struct SireneReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(core::sirene::SireneReader)
};

// Required columns. Whichever way round the files are given, these tell them apart.
inline constexpr const char *kSiren = "siren";
inline constexpr const char *kCommune = "codeCommuneEtablissement";
inline constexpr const char *kEtat = "etatAdministratifEtablissement";
inline constexpr const char *kBand = "trancheEffectifsEtablissement";
inline constexpr const char *kEmployer = "caractereEmployeurEtablissement";
inline constexpr const char *kNaf = "activitePrincipaleEtablissement";
inline constexpr const char *kCategory = "categorieJuridiqueUniteLegale";
inline constexpr const char *kFlag = "economieSocialeSolidaireUniteLegale";

inline QString fromView(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

inline bool isValidUtf8(std::string_view s)
{
    // The one UTF-8 check of the imports (the CSV reader's too); the callers skip it for
    // ASCII with hasHighBytes(), which the hot path does first.
    return QByteArrayView(s.data(), qsizetype(s.size())).isValidUtf8();
}

inline bool hasHighBytes(std::string_view s)
{
    unsigned char any = 0;
    for (const char ch : s)
        any |= static_cast<unsigned char>(ch);
    return any & 0x80;
}

/// SIREN as a number; nullopt when not 1 to 18 ASCII digits.
inline std::optional<std::uint64_t> parseSiren(std::string_view s)
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

} // namespace core::sirene
