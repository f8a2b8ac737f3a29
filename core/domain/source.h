// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace core {

/// What made a dataset: the embedded reference data, an imported table, a figure typed by the
/// user, a SIRENE register run. Stored by its key ("reference", "import", "figure", "sirene").
enum class DatasetKind { Reference, Import, Figure, Sirene };

[[nodiscard]] QString datasetKindKey(DatasetKind kind);
[[nodiscard]] std::optional<DatasetKind> datasetKindFromKey(const QString &key);
/// "reference data", "imported table", "typed figure", "SIRENE register" (translated).
[[nodiscard]] QString datasetKindLabel(DatasetKind kind);

/// Where figures come from: a publication, a register extract, an analyst's file.
struct Source
{
    qint64 id = 0;
    QString key; ///< stable key of reference sources ("phare-manifeste-2025"); empty for imports
    QString title;
    QString publisher; ///< the publication we read it in (press relay, blog, the producer itself)
    QString url;
    QString published; ///< publication date as given: "2025", "2024-05-23"
    QString licence;
    QString note;
    QString producer; ///< who made the statistic (Insee, CRESS…); empty: the publisher
    bool titleInferred = false; ///< title reconstructed (from the address, a description)
    bool publishedInferred = false; ///< publication date inferred, not read in the source

    /// Year of publication when the date starts with one, else 0.
    [[nodiscard]] int publicationYear() const { return published.left(4).toInt(); }
};

/// One file a dataset was read from: its name and the SHA-256 of its bytes (hexadecimal).
struct DatasetFile
{
    QString name;
    QString sha256;
    friend bool operator==(const DatasetFile &, const DatasetFile &) = default;
};

/// One load into the database: the embedded reference data, an import, a register run.
struct Dataset
{
    qint64 id = 0;
    DatasetKind kind = DatasetKind::Import;
    QString fileName;
    QString sha256;
    QDateTime loadedAt;
    qint64 sourceId = 0;
    QString note;
    qint64 observationCount = 0;
    /// Provenance stated as data, never read back from the note. The classification a register
    /// run applied ("sirene-ess-bench/1"); empty for other datasets.
    QString convention;
    /// The date of the register stock a register run read; invalid for other datasets.
    QDate stockDate;
    /// The files read, one entry per file, in reading order. Left empty when writing a dataset
    /// of one file: `fileName` with `sha256` is then stored as its file.
    QList<DatasetFile> files;
};

} // namespace core
