// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/datasetscommand.h"

#include "app/application.h"
#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace app::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetsCommand)
};
} // namespace

int runDatasets(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments a;
    if (!a.parse(args, { { QStringLiteral("--format") }, { QStringLiteral("--db") } }, 0)) {
        err << a.error() << Qt::endl;
        return UsageError;
    }
    const QString formatName = a.value(QStringLiteral("--format"), QStringLiteral("text"));
    if (formatName != u"json" && formatName != u"text") {
        err << Tr::tr("Unknown format \"%1\": expected json or text.").arg(formatName) << Qt::endl;
        return UsageError;
    }
    auto workspace = openWorkspace(a.value(QStringLiteral("--db"), defaultDatabasePath()), err,
                                   core::Workspace::Access::ReadOnly);
    if (!workspace)
        return Failure;
    auto list = workspace->datasets();
    if (!list) {
        err << list.error().message << Qt::endl;
        return Failure;
    }
    if (formatName == u"json") {
        QJsonArray array;
        for (const core::Dataset &d : list.value()) {
            const core::Source s = workspace->source(d.sourceId);
            array.append(QJsonObject {
                    { QStringLiteral("id"), d.id },
                    { QStringLiteral("kind"), core::datasetKindKey(d.kind) },
                    { QStringLiteral("file"), d.fileName },
                    { QStringLiteral("sha256"),
                      d.sha256.isEmpty() ? QJsonValue() : QJsonValue(d.sha256) },
                    { QStringLiteral("loaded_at"), d.loadedAt.toString(Qt::ISODate) },
                    { QStringLiteral("source"),
                      s.title.isEmpty() ? QJsonValue() : QJsonValue(s.title) },
                    { QStringLiteral("observations"), d.observationCount },
                    { QStringLiteral("note"), d.note },
            });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const core::Dataset &d : list.value()) {
        const core::Source s = workspace->source(d.sourceId);
        out << Tr::tr("%1\t%2\t%3\t%4\t%n observation(s)\t%5", nullptr, int(d.observationCount))
                        .arg(d.id)
                        .arg(core::datasetKindKey(d.kind), d.loadedAt.toString(Qt::ISODate),
                             d.fileName.isEmpty() ? QStringLiteral("-") : d.fileName,
                             s.title.isEmpty() ? d.note : s.title)
            << Qt::endl;
    }
    return Success;
}

int runRemoveDataset(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments a;
    if (!a.parse(args, { { QStringLiteral("--db") } }, 1) || a.positionals().size() != 1) {
        err << (a.error().isEmpty() ? Tr::tr("remove-dataset needs the dataset number (see "
                                             "\"ess-dashboard datasets\").")
                                    : a.error())
            << Qt::endl;
        return UsageError;
    }
    bool ok = false;
    const qint64 id = a.positionals().first().toLongLong(&ok);
    if (!ok || id <= 0) {
        err << Tr::tr("\"%1\" is not a dataset number.").arg(a.positionals().first()) << Qt::endl;
        return UsageError;
    }
    const QString dbPath = a.value(QStringLiteral("--db"), defaultDatabasePath());
    if (!QFileInfo::exists(dbPath)) {
        err << Tr::tr("The database %1 does not exist.").arg(dbPath) << Qt::endl;
        return Failure;
    }
    auto workspace = openWorkspace(dbPath, err);
    if (!workspace)
        return Failure;
    if (auto st = workspace->removeDataset(id); !st) {
        err << st.error().message << Qt::endl;
        return Failure;
    }
    out << Tr::tr("Dataset %1 removed with its observations.").arg(id) << Qt::endl;
    return Success;
}

} // namespace app::cli
