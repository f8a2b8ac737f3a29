// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/inspectcommand.h"

#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "core/import/table.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace app::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)
};
} // namespace

int runInspect(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments a;
    if (!a.parse(args,
                 { { QStringLiteral("--sheet") },
                   { QStringLiteral("--header-row") },
                   { QStringLiteral("--rows") } },
                 1)
        || a.positionals().size() != 1) {
        err << (a.error().isEmpty() ? Tr::tr("inspect needs the file to read.") : a.error())
            << Qt::endl;
        return UsageError;
    }
    core::import::InspectOptions options;
    options.table.sheet = a.value(QStringLiteral("--sheet"));
    if (a.has(QStringLiteral("--header-row"))) {
        bool ok = false;
        options.table.headerRow = a.value(QStringLiteral("--header-row")).toInt(&ok);
        if (!ok || options.table.headerRow < 1) {
            err << Tr::tr("--header-row \"%1\": expected a line number from 1.")
                            .arg(a.value(QStringLiteral("--header-row")))
                << Qt::endl;
            return UsageError;
        }
    }
    if (a.has(QStringLiteral("--rows"))) {
        bool ok = false;
        options.rows = a.value(QStringLiteral("--rows")).toInt(&ok);
        if (!ok || options.rows < 0) {
            err << Tr::tr("--rows \"%1\": expected a number of rows from 0.")
                            .arg(a.value(QStringLiteral("--rows")))
                << Qt::endl;
            return UsageError;
        }
    }
    const QString path = a.positionals().first();
    if (!QFileInfo(path).isFile()) {
        err << Tr::tr("%1: no such file.").arg(path) << Qt::endl;
        return UsageError;
    }
    auto json = core::import::inspect(path, options);
    if (!json) {
        err << json.error().message << Qt::endl;
        return Failure;
    }
    out << QString::fromUtf8(QJsonDocument(json.value()).toJson(QJsonDocument::Indented));
    out.flush();
    return Success;
}

} // namespace app::cli
