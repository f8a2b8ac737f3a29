// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/presskit.h"

#include "core/charts/chartbuilder.h"
#include "core/charts/chartnames.h"
#include "core/format/french.h"
#include "core/io/safefile.h"
#include "core/render/factsheet.h"
#include "core/render/kitdocuments.h"
#include "core/render/kitfolder.h"
#include "core/render/zipwriter.h"
#include "core/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace core::render {

namespace {

/// What the drawing tasks on the thread pool share: their errors, a stop flag (a task failed or
/// the kit was cancelled), how many are done, and one slot of findings per task.
struct Jobs
{
    QMutex mutex;
    QStringList errors;
    std::atomic<bool> failed { false };
    std::atomic<int> drawn { 0 };
    std::vector<QList<Finding>> findings;

    void fail(const Error &error)
    {
        QMutexLocker lock(&mutex);
        errors << error.message;
        failed = true;
    }
};

/// One chart at one preset: one composition for its PNG, SVG and PDF.
struct ChartTask
{
    charts::ChartSpec spec;
    RenderOptions options;
    FileMetadata meta;
    QString path; ///< without extension, in the build folder
    QString label; ///< "EPCI:200042190 · social: ", before its findings
    int dpi = 0;
};

/// Draws `task` and writes its three files; stops between files once the kit failed.
void drawChart(const ChartTask &task, Jobs &jobs, QList<Finding> &findings)
{
    if (jobs.failed)
        return;
    // Both cores compose and draw: ChartScene makes and destroys its scene under a process-wide
    // lock (the one step of QGraphicsScene that is not thread-safe).
    QImage image;
    QList<std::pair<FileFormat, QByteArray>> vectors;
    {
        const ChartScene scene(task.spec, task.options);
        for (Finding finding : checkScene(scene, FileFormat::Png)) {
            finding.message.prepend(task.label);
            findings.append(finding);
        }
        for (const FileFormat format : { FileFormat::Svg, FileFormat::Pdf }) {
            if (jobs.failed)
                return;
            auto bytes = encodeScene(scene, format, task.meta);
            if (!bytes)
                return jobs.fail(bytes.error());
            vectors.append({ format, bytes.value() });
        }
        if (jobs.failed)
            return;
        image = renderImage(scene);
    }
    for (const auto &[format, bytes] : vectors) {
        if (jobs.failed)
            return;
        if (Status st = writeFileAtomically(task.path + u'.' + fileFormatName(format), bytes); !st)
            return jobs.fail(st.error());
    }
    if (jobs.failed)
        return;
    auto bytes = encodePng(image, task.spec, task.meta, task.dpi);
    Status st = bytes ? writeFileAtomically(task.path + QStringLiteral(".png"), bytes.value())
                      : Status(bytes.error());
    if (!st)
        return jobs.fail(st.error());
    ++jobs.drawn;
}

/// Ends the drawing tasks when write() returns: on failure or cancellation, the queued and running
/// tasks write nothing more and the build folder is removed.
struct DrawingGuard
{
    QThreadPool &pool;
    Jobs &jobs;
    const KitFolder &folder;
    bool committed = false;

    ~DrawingGuard()
    {
        if (!committed)
            jobs.failed = true;
        pool.clear();
        pool.waitForDone();
        if (!committed)
            folder.discard();
    }
};

/// Progress steps of a kit: each chart at each preset, each fact sheet, the note, the README
/// (with the manifest), the ZIP.
int stepsOf(const PressKitPlan &plan, qsizetype presetCount, bool zip)
{
    return int(plan.charts.size() * presetCount + plan.factSheets.size()) + 2 + (zip ? 1 : 0);
}

/// Writes each chart's data and alternative text, then starts one task of `pool` per chart and
/// preset; each task's folder is made here, before a drawing thread writes into it.
Status startCharts(const KitPlanner &planner, const PressKitPlan &plan, const KitFolder &folder,
                   const RenderOptions &base, const FileMetadata &baseMeta, QThreadPool &pool,
                   Jobs &jobs)
{
    const QList<Preset> chosen = planner.presets();
    jobs.findings.resize(size_t(plan.charts.size() * chosen.size()));
    size_t slot = 0;
    for (const PressKitChart &c : plan.charts) {
        const charts::ChartSpec &spec = planner.chart(c.territory, c.id);
        if (auto st = folder.write(c.stem + QStringLiteral(".csv"), charts::toCsv(spec)); !st)
            return st;
        if (auto st = folder.write(c.stem + QStringLiteral(".alt.txt"),
                                   charts::altText(spec).toUtf8() + '\n');
            !st)
            return st;
        for (const Preset &preset : chosen) {
            FileMetadata meta = baseMeta;
            meta.a4Page = preset.a4Page;
            meta.keywords << preset.name;
            auto path = folder.target(c.stem + u'-' + charts::presetFileStem(preset.name));
            if (!path)
                return path.error();
            pool.start(
                    [&jobs, &out = jobs.findings[slot++],
                     task = ChartTask { spec, withPreset(base, preset), meta, path.value(),
                                        QStringLiteral("%1 · %2: ").arg(c.territory, preset.name),
                                        preset.a4Page ? 300 : 0 }] { drawChart(task, jobs, out); });
        }
    }
    return Ok {};
}

} // namespace

PressKit::PressKit(const Workspace &workspace, PressKitOptions options)
    : m_workspace(workspace)
    , m_planner(workspace, std::move(options))
{
    m_edition = m_planner.options().edition;
    if (!m_edition.isValid()) {
        QStringList dates;
        for (const Source &s : m_workspace.sources())
            dates << s.published;
        m_edition = editionTime(dates);
    }
}

QString PressKit::slug(const QString &text)
{
    return charts::fileSlug(text);
}

QString PressKit::sharedFolder()
{
    return kitnames::kSharedFolder;
}

QString PressKit::manifestName()
{
    return kitnames::kManifest;
}

QString PressKit::zipName()
{
    return kitnames::kZip;
}

QString PressKit::folderOf(const QString &code) const
{
    return m_planner.folderOf(code);
}

PressKitPlan PressKit::plan() const
{
    return m_planner.plan();
}

void PressKit::setSelection(const QStringList &territories, const QStringList &presetNames,
                            const QStringList &chartIds)
{
    m_planner.setSelection(territories, presetNames, chartIds);
}

Status PressKit::validate() const
{
    const PressKitOptions &options = m_planner.options();
    if (options.directory.isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("No folder given for the press kit."));
    for (const QString &name : options.presets)
        if (!presetByName(name))
            return makeError(Error::Code::InvalidArgument,
                             tr("Unknown preset \"%1\" (social, square, slide, print).").arg(name));
    for (const QString &code : options.territories)
        if (!m_workspace.territories().find(code))
            return makeError(Error::Code::NotFound, tr("Unknown territory \"%1\".").arg(code));
    const QString cleanPath = QDir::cleanPath(QDir(options.directory).absolutePath());
    if (io::isSymLink(cleanPath))
        return makeError(Error::Code::InvalidArgument,
                         tr("%1 is a symbolic link: the press kit is never written through a "
                            "link. Give the real folder.")
                                 .arg(QDir::toNativeSeparators(cleanPath)));
    const QDir dir(options.directory);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
        && !options.force)
        return makeError(Error::Code::Duplicate,
                         tr("The folder %1 exists and is not empty: choose another one or "
                            "allow overwriting (--force).")
                                 .arg(QDir::toNativeSeparators(dir.absolutePath())));
    return Ok {};
}

QList<Finding> PressKit::check() const
{
    QList<Finding> findings;
    RenderOptions base;
    base.byline = m_planner.options().byline;
    base.logo = m_planner.options().logo;
    for (const PressKitChart &c : plan().charts) {
        const charts::ChartSpec &spec = m_planner.chart(c.territory, c.id);
        for (const Preset &p : m_planner.presets()) {
            const RenderOptions options = withPreset(base, p);
            for (const FileFormat f : { FileFormat::Png, FileFormat::Pdf })
                for (Finding finding : checkChart(spec, options, f)) {
                    finding.message =
                            QStringLiteral("%1 · %2: %3").arg(c.territory, p.name, finding.message);
                    findings.append(finding);
                }
        }
    }
    return findings;
}

int PressKit::stepCount() const
{
    return stepsOf(plan(), m_planner.presets().size(), m_planner.options().zip);
}

Result<PressKitReport> PressKit::write(const Progress &progress)
{
    if (auto st = validate(); !st)
        return st.error();
    const PressKitOptions &options = m_planner.options();
    auto made = KitFolder::create(options.directory);
    if (!made)
        return made.error();
    const KitFolder &folder = made.value();

    // Building the charts reads the database: on this thread, before any drawing starts.
    const PressKitPlan plan = this->plan();
    PressKitReport report;
    report.skipped = plan.skipped;

    Jobs jobs;
    QThreadPool pool; // owned: every task it runs ends before write() returns
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    DrawingGuard guard { pool, jobs, folder };

    int done = 0;
    const int total = stepsOf(plan, m_planner.presets().size(), options.zip);
    const auto step = [&](const QString &what) {
        return !progress || progress(done + jobs.drawn, total, what);
    };
    const auto cancelled = [&]() -> Error {
        return makeError(Error::Code::Cancelled, tr("Press kit cancelled."));
    };

    FileMetadata baseMeta;
    baseMeta.author = options.byline;
    baseMeta.creationTime = m_edition;
    RenderOptions base;
    base.byline = options.byline;
    base.logo = options.logo;
    base.editionDate = format::longDate(m_edition.date());

    // Each chart at each preset is one task of the pool.
    if (auto st = startCharts(m_planner, plan, folder, base, baseMeta, pool, jobs); !st)
        return st.error();

    // Meanwhile this thread, which owns the database connection, writes the fact sheets.
    const FactSheet factSheet(m_workspace, m_planner, m_edition);
    for (const QString &code : plan.factSheets) {
        if (jobs.failed)
            break;
        if (!step(tr("Fact sheet of %1").arg(code)))
            return cancelled();
        if (auto st = folder.write(folderOf(code) + u'/' + kitnames::kFactSheet,
                                   factSheet.pdf(code, baseMeta));
            !st)
            return st.error();
        ++done;
    }
    while (!pool.waitForDone(50))
        if (!step(tr("Charts")))
            return cancelled();
    {
        QMutexLocker lock(&jobs.mutex);
        if (!jobs.errors.isEmpty())
            return makeError(Error::Code::Io, jobs.errors.join(u'\n'));
    }
    for (const QList<Finding> &list : jobs.findings)
        report.findings += list;

    const KitDocuments documents(m_workspace, m_planner, m_edition);
    if (auto st = folder.write(kitnames::kMethodology, documents.methodology()); !st)
        return st.error();
    ++done;
    if (!step(tr("Methodology note")))
        return cancelled();
    if (auto st = folder.write(kitnames::kReadme, documents.readme(plan)); !st)
        return st.error();
    if (auto st = folder.write(kitnames::kManifest, KitFolder::manifest(plan.files)); !st)
        return st.error();
    ++done;
    if (!step(QStringLiteral("README")))
        return cancelled();
    if (options.zip) {
        QStringList files = plan.files;
        files.removeAll(kitnames::kZip);
        if (auto st = ZipWriter::write(folder.staging() + u'/' + kitnames::kZip, folder.staging(),
                                       files, m_edition);
            !st)
            return st.error();
        ++done;
        step(QStringLiteral("ZIP"));
    }
    // What the plan (the count the dialog showed, the manifest) says is what was written.
    for (const QString &f : plan.files)
        if (!QFileInfo::exists(folder.staging() + u'/' + f))
            return makeError(Error::Code::Io, tr("The press kit lacks %1.").arg(f));
    // A chart that says "not available" because a read failed must not replace the old kit.
    if (auto st = m_workspace.readStatus(); !st)
        return st.error();
    if (auto st = folder.swapIn(plan.files); !st)
        return st.error();
    guard.committed = true;
    report.files = plan.files;
    return report;
}

} // namespace core::render
