// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/presskitjob.h"

#include "core/job.h"
#include "core/render/chartexporter.h"
#include "core/workspace.h"

namespace core::render {

Job *startPressKit(const Workspace &workspace, const QString &referenceDataDir,
                   PressKitOptions options, QObject *parent)
{
    return workspace.startReadingJob(
            [path = workspace.databasePath(), referenceDataDir,
             options = std::move(options)](const JobContext &context) -> Result<QVariant> {
                pinHashSeed();
                // Its own connection, on this thread (STYLE.md §7); the GUI's Workspace keeps
                // its own.
                Workspace own;
                if (auto st = own.open(path, referenceDataDir); !st)
                    return st.error();
                PressKit kit(own, options);
                auto report = kit.write([&context](int done, int total, const QString &file) {
                    context.progress({ done, total, 0, file });
                    return !context.cancelled();
                });
                if (!report)
                    return report.error();
                return QVariant::fromValue(report.value());
            },
            parent);
}

} // namespace core::render
