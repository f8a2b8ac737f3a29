// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/source.h"

#include <QCoreApplication>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Dataset)
};

const struct
{
    DatasetKind kind;
    const char *key;
} kKinds[] = { { DatasetKind::Reference, "reference" },
               { DatasetKind::Import, "import" },
               { DatasetKind::Figure, "figure" },
               { DatasetKind::Sirene, "sirene" } };
} // namespace

QString datasetKindKey(DatasetKind kind)
{
    for (const auto &k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<DatasetKind> datasetKindFromKey(const QString &key)
{
    for (const auto &k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString datasetKindLabel(DatasetKind kind)
{
    switch (kind) {
    case DatasetKind::Reference:
        return Tr::tr("reference data");
    case DatasetKind::Import:
        return Tr::tr("imported table");
    case DatasetKind::Figure:
        return Tr::tr("typed figure");
    case DatasetKind::Sirene:
        return Tr::tr("SIRENE register");
    }
    return {};
}

} // namespace core
