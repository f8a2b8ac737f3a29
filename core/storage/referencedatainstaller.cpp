// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/referencedatainstaller.h"

#include "core/referencedata.h"
#include "core/storage/bulkwriter.h"
#include "core/storage/database.h"
#include "core/storage/datasetrepository.h"
#include "core/storage/territoryrepository.h"

#include <QCoreApplication>
#include <QHash>

namespace core::storage {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};
} // namespace

Result<int> installedReferenceDataVersion(const Database &database)
{
    if (database.schemaVersion() == 0)
        return 0; // a new, empty file: no meta table yet
    const auto value = database.meta(QString::fromLatin1(kReferenceDataVersionKey));
    if (!value)
        return value.error();
    return value->toInt();
}

Status installReferenceData(Database &database, const ReferenceData &data)
{
    auto begun = BulkWriter::begin(database);
    if (!begun)
        return begun.error();
    BulkWriter &writer = *begun.value();
    if (auto st = TerritoryRepository(database.db()).upsert(data.territories); !st)
        return st;
    QHash<QString, qint64> sourceIds;
    for (const Source &s : data.sources) {
        auto id = writer.addSource(s);
        if (!id)
            return id.error();
        sourceIds.insert(s.key, *id);
    }
    if (auto st = DatasetRepository(database.db()).removeReference(); !st)
        return st;
    Dataset ds;
    ds.kind = DatasetKind::Reference;
    ds.fileName = QStringLiteral("data/");
    ds.note = Tr::tr("Embedded reference data, version %1").arg(data.version);
    if (auto id = writer.beginDataset(ds); !id)
        return id.error();
    for (const ReferenceFigure &f : data.figures) {
        Observation o = f.observation;
        o.sourceId = sourceIds.value(f.sourceKey);
        if (auto st = writer.add(o); !st)
            return st;
    }
    if (auto st = database.setMeta(QString::fromLatin1(kReferenceDataVersionKey),
                                   QString::number(data.version));
        !st)
        return st;
    return writer.commit();
}

} // namespace core::storage
