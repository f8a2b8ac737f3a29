// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace core {

/// Where figures come from: a publication, a register extract, an analyst's file.
struct Source
{
    qint64 id = 0;
    QString key;            ///< stable key of reference sources ("phare-manifeste-2025"); empty for imports
    QString title;
    QString publisher;      ///< the publication we read it in (press relay, blog, the producer itself)
    QString url;
    QString published;      ///< publication date as given: "2025", "2024-05-23"
    QString licence;
    QString note;
    QString producer;       ///< who made the statistic (Insee, CRESS…); empty: the publisher
    bool titleInferred = false;     ///< title reconstructed (from the address, a description)
    bool publishedInferred = false; ///< publication date inferred, not read in the source

    /// Year of publication when the date starts with one, else 0.
    [[nodiscard]] int publicationYear() const { return published.left(4).toInt(); }
};

/// One load into the database: the embedded reference data, an import, a register run.
struct Dataset
{
    qint64 id = 0;
    QString kind;           ///< "reference", "import", "figure", "sirene"
    QString fileName;
    QString sha256;
    QDateTime loadedAt;
    qint64 sourceId = 0;
    QString note;
    qint64 observationCount = 0;
};

} // namespace core
