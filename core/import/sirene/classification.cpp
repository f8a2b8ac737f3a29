// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/classification.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace core::sirene {

namespace {

/// tr() for the free functions and helper classes of this file, in one context lupdate records.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::sirene::Classification)
};

Error invalid(const QString &fileName, const QString &what)
{
    return makeError(Error::Code::Validation,
                     Tr::tr("Invalid ESS classification file %1: %2").arg(fileName, what));
}

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == static_cast<double>(v.toInteger());
}

} // namespace

Result<Classification> Classification::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
                         Tr::tr("Cannot open the ESS classification file %1: %2")
                                 .arg(path, file.errorString()));
    return fromJson(file.readAll(), QFileInfo(path).fileName());
}

Result<Classification> Classification::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Error::Code::Parse,
                         Tr::tr("Invalid ESS classification file %1: JSON error at offset %2: %3")
                                 .arg(fileName)
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
    if (!doc.isObject())
        return invalid(fileName, Tr::tr("the document is not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(u"format").toInt(0) != 1)
        return invalid(fileName, Tr::tr("unsupported \"format\" (expected 1)"));

    Classification c;
    c.m_id = root.value(u"id").toString();
    if (c.m_id.isEmpty())
        return invalid(fileName, Tr::tr("\"id\" is missing or empty"));
    c.m_label = root.value(u"label").toString();
    c.m_note = root.value(u"note").toString();
    if (c.m_label.isEmpty())
        return invalid(fileName, Tr::tr("\"label\" is missing or empty"));

    const QJsonValue families = root.value(u"families");
    if (!families.isArray() || families.toArray().isEmpty())
        return invalid(fileName, Tr::tr("\"families\" must be a non-empty array"));
    QSet<QString> keys;
    for (const QJsonValue &fv : families.toArray()) {
        const QJsonObject fo = fv.toObject();
        EssFamily family;
        family.key = fo.value(u"key").toString();
        family.label = fo.value(u"label").toString();
        const int index = static_cast<int>(c.m_families.size());
        if (family.key.isEmpty())
            return invalid(fileName, Tr::tr("family %1 has no \"key\"").arg(index + 1));
        if (keys.contains(family.key))
            return invalid(fileName, Tr::tr("family \"%1\" appears twice").arg(family.key));
        keys.insert(family.key);
        const bool hasList = fo.contains(u"legal_categories");
        const bool hasFlag = fo.contains(u"ess_flag");
        if (hasList == hasFlag)
            return invalid(fileName,
                           Tr::tr("family \"%1\" needs exactly one of \"legal_categories\" or "
                                  "\"ess_flag\"")
                                   .arg(family.key));
        if (hasFlag) {
            family.essFlag = fo.value(u"ess_flag").toString();
            if (family.essFlag.isEmpty())
                return invalid(fileName,
                               Tr::tr("family \"%1\": \"ess_flag\" must be a non-empty string")
                                       .arg(family.key));
            c.m_flagFamilies.emplace_back(family.essFlag.toStdString(), index);
        } else {
            const QJsonValue list = fo.value(u"legal_categories");
            if (!list.isArray() || list.toArray().isEmpty())
                return invalid(fileName,
                               Tr::tr("family \"%1\": \"legal_categories\" must be a non-empty "
                                      "array")
                                       .arg(family.key));
            for (const QJsonValue &cv : list.toArray()) {
                const QString code = cv.toString();
                if (!cv.isString() || code.size() != 4
                    || !std::all_of(code.begin(), code.end(),
                                    [](QChar ch) { return ch.isDigit() && ch.unicode() < 128; }))
                    return invalid(fileName,
                                   Tr::tr("family \"%1\": legal category %2 is not a 4-digit code")
                                           .arg(family.key,
                                                QString::fromUtf8(
                                                        QJsonDocument(QJsonArray { cv })
                                                                .toJson(QJsonDocument::Compact))));
                const auto [it, inserted] = c.m_categoryFamily.emplace(code.toStdString(), index);
                if (!inserted)
                    return invalid(fileName,
                                   Tr::tr("legal category %1 is in both \"%2\" and \"%3\"")
                                           .arg(code, c.m_families[it->second].key, family.key));
                family.legalCategories.append(code);
            }
        }
        c.m_families.push_back(std::move(family));
    }
    // Category families are tested before flag families in the bench rule order
    // (classification.md §2); a file placing a flag family before a list family would
    // make the rule order ambiguous, so it is refused rather than silently reordered.
    bool seenFlag = false;
    for (const EssFamily &f : c.m_families) {
        if (!f.essFlag.isEmpty())
            seenFlag = true;
        else if (seenFlag)
            return invalid(fileName,
                           Tr::tr("family \"%1\" (legal categories) must come before the ESS flag "
                                  "families")
                                   .arg(f.key));
    }

    const QJsonValue naf = root.value(u"naf_exclusions");
    if (!naf.isUndefined()) {
        if (!naf.isArray())
            return invalid(fileName, Tr::tr("\"naf_exclusions\" must be an array of NAF codes"));
        for (const QJsonValue &nv : naf.toArray()) {
            if (!nv.isString() || nv.toString().isEmpty())
                return invalid(fileName, Tr::tr("\"naf_exclusions\" must hold non-empty strings"));
            c.m_nafExclusions.append(nv.toString());
            c.m_nafPrefixes.push_back(nv.toString().toStdString());
        }
    }

    const QJsonValue bands = root.value(u"headcount_bands").toObject().value(u"bands");
    if (!bands.isArray() || bands.toArray().isEmpty())
        return invalid(fileName, Tr::tr("\"headcount_bands.bands\" must be a non-empty array"));
    for (const QJsonValue &bv : bands.toArray()) {
        const QJsonObject bo = bv.toObject();
        HeadcountBand band;
        band.code = bo.value(u"code").toString();
        if (band.code.isEmpty())
            return invalid(fileName, Tr::tr("a headcount band has no \"code\""));
        if (!isInteger(bo.value(u"low")) || !isInteger(bo.value(u"high")))
            return invalid(
                    fileName,
                    Tr::tr("band %1: \"low\" and \"high\" must be whole numbers").arg(band.code));
        band.low = bo.value(u"low").toInteger();
        band.high = bo.value(u"high").toInteger();
        if (band.low < 0 || band.high < band.low)
            return invalid(fileName, Tr::tr("band %1: need 0 <= low <= high").arg(band.code));
        const auto [it, inserted] =
                c.m_bandIndex.emplace(band.code.toStdString(), static_cast<int>(c.m_bands.size()));
        Q_UNUSED(it);
        if (!inserted)
            return invalid(fileName, Tr::tr("band %1 appears twice").arg(band.code));
        c.m_bands.push_back(std::move(band));
    }
    return c;
}

int Classification::familyOf(std::string_view legalCategory, std::string_view essFlag) const
{
    if (const auto it = m_categoryFamily.find(std::string(legalCategory));
        it != m_categoryFamily.end())
        return it->second;
    for (const auto &[flag, family] : m_flagFamilies) {
        if (essFlag == flag)
            return family;
    }
    return kNotEss;
}

int Classification::bandOf(std::string_view code) const
{
    const auto it = m_bandIndex.find(std::string(code));
    return it == m_bandIndex.end() ? kNoBand : it->second;
}

bool Classification::isExcludedActivity(std::string_view naf) const
{
    for (const std::string &prefix : m_nafPrefixes) {
        if (naf.substr(0, prefix.size()) == prefix)
            return true;
    }
    return false;
}

} // namespace core::sirene
