// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace core::sirene {

/// Employee range of one headcount band; mid is (low + high) / 2, kept exact as low + high.
struct HeadcountBand
{
    QString code;
    qint64 low = 0;
    qint64 high = 0;
};

/// One ESS family: matched by legal category, or (when essFlag is set) by the unit's ESS flag.
struct EssFamily
{
    QString key; ///< "associations", used as JSON key
    QString label;
    QStringList legalCategories;
    QString essFlag; ///< non-empty: the family takes units with this flag, whatever the category
};

/// An ESS classification of SIRENE units loaded from data/classification/*.json: families in
/// rule order, NAF exclusions and headcount bands. An application convention, not INSEE's list.
/// Immutable after load; safe to share between threads.
class Classification final
{
public:
    static constexpr int kNotEss = -1;
    static constexpr int kNoBand = -1;

    [[nodiscard]] static Result<Classification> load(const QString &path);
    [[nodiscard]] static Result<Classification> fromJson(const QByteArray &json,
                                                         const QString &fileName);

    [[nodiscard]] const QString &id() const { return m_id; }
    [[nodiscard]] const QString &label() const { return m_label; }
    [[nodiscard]] const QString &note() const { return m_note; }
    [[nodiscard]] const std::vector<EssFamily> &families() const { return m_families; }
    [[nodiscard]] const std::vector<HeadcountBand> &bands() const { return m_bands; }
    [[nodiscard]] const QStringList &nafExclusions() const { return m_nafExclusions; }

    /// Family index (rule order) of a unit, or kNotEss. Exact byte comparison, no trimming.
    [[nodiscard]] int familyOf(std::string_view legalCategory, std::string_view essFlag) const;
    /// Index into bands() or kNoBand (counts 0 employees).
    [[nodiscard]] int bandOf(std::string_view code) const;
    /// True when an establishment activity code starts with one of the NAF exclusions.
    [[nodiscard]] bool isExcludedActivity(std::string_view naf) const;

private:
    QString m_id;
    QString m_label;
    QString m_note;
    std::vector<EssFamily> m_families;
    std::vector<HeadcountBand> m_bands;
    QStringList m_nafExclusions;
    // Lookups on raw UTF-8 bytes so the reader never builds a QString per field.
    std::unordered_map<std::string, int> m_categoryFamily;
    std::vector<std::pair<std::string, int>> m_flagFamilies; // (flag, family), rule order
    std::unordered_map<std::string, int> m_bandIndex;
    std::vector<std::string> m_nafPrefixes;
};

} // namespace core::sirene
