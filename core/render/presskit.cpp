// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/presskit.h"

#include "core/charts/chartbuilder.h"
#include "core/charts/chartnames.h"
#include "core/charts/communemap.h"
#include "core/domain/vocabulary.h"
#include "core/format/french.h"
#include "core/indicators/wording.h"
#include "core/io/safefile.h"
#include "core/render/textblock.h"
#include "core/workspace.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLoggingCategory>
#include <QMutex>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QRunnable>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <zip.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <set>

namespace core::render {

namespace {
Q_LOGGING_CATEGORY(lcPressKit, "core.render.presskit")

const QColor kInk(0x1f, 0x23, 0x28);
const QColor kMuted(0x5b, 0x63, 0x6e);
const QColor kAccent(0x00, 0x72, 0xB2);

QFont sheetFont(qreal pixelSize, bool bold = false)
{
    return textFont(chartFontFamily(), pixelSize, bold);
}

/// Collects the results of PNG encodings running on the thread pool.
struct Jobs
{
    QMutex mutex;
    QStringList errors;
};

} // namespace

PressKit::PressKit(const Workspace &workspace, PressKitOptions options)
    : m_workspace(workspace)
    , m_options(std::move(options))
{
    if (m_options.presets.isEmpty())
        for (const Preset &p : presets())
            m_options.presets << p.name;
    m_edition = m_options.edition;
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
    return QStringLiteral("commun");
}

QList<Preset> PressKit::selectedPresets() const
{
    QList<Preset> list;
    for (const Preset &p : presets())
        if (m_options.presets.contains(p.name))
            list << p;
    return list;
}

const charts::ChartSpec &PressKit::chart(const QString &territory, const QString &id) const
{
    const auto key = std::make_pair(territory, id);
    auto it = m_charts.find(key);
    if (it == m_charts.end() && id.startsWith(charts::kCommuneMapId + u':'))
        it = m_charts.emplace(key,
                              charts::CommuneMapBuilder(m_workspace)
                                      .build(territory, id.mid(charts::kCommuneMapId.size() + 1)))
                     .first;
    if (it == m_charts.end())
        it = m_charts.emplace(key,
                              charts::ChartBuilder(m_workspace)
                                      .build(id, territory, m_options.reference))
                     .first;
    return it->second;
}

QStringList PressKit::kitChartIds() const
{
    // The commune map once per indicator with commune data: "commune-map:density", ...
    if (m_mapIndicators.isEmpty())
        for (const charts::MapIndicator &i : charts::CommuneMapBuilder(m_workspace).indicators())
            m_mapIndicators << i.id;
    const auto chosen = [this](const QString &id) {
        return m_options.charts.isEmpty() || m_options.charts.contains(id);
    };
    QStringList ids;
    for (const QString &id : charts::ChartBuilder::chartIds())
        if (id != charts::kCommuneMapId && chosen(id))
            ids << id;
    if (chosen(charts::kCommuneMapId))
        for (const QString &indicator : std::as_const(m_mapIndicators))
            ids << charts::kCommuneMapId + u':' + indicator;
    return ids;
}

bool PressKit::isConditional(const QString &id)
{
    return charts::ChartBuilder::isConditional(id) || id.startsWith(charts::kCommuneMapId);
}

Status PressKit::validate() const
{
    if (m_options.directory.isEmpty())
        return makeError(Error::Code::InvalidArgument, tr("No folder given for the press kit."));
    for (const QString &name : m_options.presets)
        if (!presetByName(name))
            return makeError(Error::Code::InvalidArgument,
                             tr("Unknown preset \"%1\" (social, square, slide, print).").arg(name));
    for (const QString &code : m_options.territories)
        if (!m_workspace.territories().find(code))
            return makeError(Error::Code::NotFound, tr("Unknown territory \"%1\".").arg(code));
    const QString cleanPath = QDir::cleanPath(QDir(m_options.directory).absolutePath());
    if (io::isSymLink(cleanPath))
        return makeError(Error::Code::InvalidArgument,
                         tr("%1 is a symbolic link: the press kit is never written through a "
                            "link. Give the real folder.")
                                 .arg(QDir::toNativeSeparators(cleanPath)));
    const QDir dir(m_options.directory);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
        && !m_options.force)
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
    base.byline = m_options.byline;
    base.logo = m_options.logo;
    for (const PressKitChart &c : plan().charts) {
        const charts::ChartSpec &spec = chart(c.territory, c.id);
        for (const Preset &p : selectedPresets()) {
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

QString PressKit::manifestName()
{
    return QStringLiteral("manifeste.txt");
}

QString PressKit::zipName()
{
    return QStringLiteral("dossier-de-presse.zip");
}

QString PressKit::folderOf(const QString &code) const
{
    auto it = m_folders.find(code);
    if (it == m_folders.end())
        it = m_folders.emplace(code, charts::territoryFolder(m_workspace.territories(), code))
                     .first;
    return it->second;
}

void PressKit::setSelection(const QStringList &territories, const QStringList &presetNames,
                            const QStringList &chartIds)
{
    m_options.territories = territories;
    m_options.presets = presetNames;
    m_options.charts = chartIds;
}

PressKitPlan PressKit::plan() const
{
    PressKitPlan plan;
    // Charts drawn from a wider level's figures (the region's families for a commune) are the
    // same for every territory: written once, in commun/, built for that level itself.
    std::set<std::pair<QString, QString>> shared;
    for (const QString &code : m_options.territories) {
        for (const QString &id : kitChartIds()) {
            const charts::ChartSpec &spec = chart(code, id);
            if (isConditional(id) && !spec.hasData()) {
                plan.skipped << QStringLiteral("%1 %2").arg(code, id);
                continue;
            }
            if (!spec.levelCode.isEmpty()) {
                shared.insert({ id, spec.levelCode });
                continue;
            }
            plan.charts.append({ code, id, folderOf(code) + u'/' + charts::chartFileStem(id) });
        }
        plan.factSheets << code;
    }
    for (const auto &[id, level] : shared)
        plan.charts.append(
                { level, id,
                  QStringLiteral("%1/%2-%3")
                          .arg(sharedFolder(), charts::chartFileStem(id), folderOf(level)) });
    const QList<Preset> chosen = selectedPresets();
    for (const PressKitChart &c : std::as_const(plan.charts)) {
        plan.files << c.stem + QStringLiteral(".csv") << c.stem + QStringLiteral(".alt.txt");
        for (const Preset &p : chosen)
            for (const FileFormat f : { FileFormat::Png, FileFormat::Svg, FileFormat::Pdf })
                plan.files << c.stem + u'-' + charts::presetFileStem(p.name) + u'.'
                                + fileFormatName(f);
    }
    for (const QString &code : std::as_const(plan.factSheets))
        plan.files << folderOf(code) + QStringLiteral("/fiche-territoire.pdf");
    plan.files << QStringLiteral("methodologie.md") << QStringLiteral("README.md")
               << manifestName();
    if (m_options.zip)
        plan.files << zipName();
    std::sort(plan.files.begin(), plan.files.end());
    return plan;
}

int PressKit::stepCount() const
{
    const PressKitPlan p = plan();
    return int(p.charts.size() * selectedPresets().size() + p.factSheets.size()) + 2
            + (m_options.zip ? 1 : 0);
}

Result<PressKitReport> PressKit::write(const Progress &progress)
{
    if (auto st = validate(); !st)
        return st.error();
    // The kit is built in a new private folder beside the final one and swapped in at the end:
    // the old kit (ZIP included) stays whole until then, and nothing in the new folder can be a
    // link planted by someone else.
    const QString finalPath = QDir::cleanPath(QDir(m_options.directory).absolutePath());
    const QFileInfo finalInfo(finalPath);
    if (!QDir().mkpath(finalInfo.absolutePath()))
        return makeError(Error::Code::Io,
                         tr("Cannot create the folder %1.")
                                 .arg(QDir::toNativeSeparators(finalInfo.absolutePath())));
    const QString hidden = finalInfo.absolutePath() + QStringLiteral("/.") + finalInfo.fileName();
    // A kit killed on its way (kill -9, power cut) left its private build folder.
    for (const QString &orphan : io::removeOrphanedBuildFolders(finalPath))
        qCInfo(lcPressKit) << "Removed the unfinished press kit" << orphan;
    const QString suffix =
            QStringLiteral("-%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    const QString rootPath = hidden + QStringLiteral(".new") + suffix;
    if (auto st = io::createPrivateFolder(rootPath); !st)
        return st.error();

    // Building the charts reads the database: on this thread, before any drawing starts.
    const PressKitPlan plan = this->plan();
    const QList<Preset> chosen = selectedPresets();
    PressKitReport report;
    report.skipped = plan.skipped;

    Jobs jobs;
    std::atomic<bool> failed { false };
    std::atomic<int> drawn { 0 };
    QThreadPool pool; // owned: every task it runs ends before write() returns
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    struct Cleanup
    {
        QThreadPool &pool;
        std::atomic<bool> &failed;
        QString staging;
        bool committed = false;
        ~Cleanup()
        {
            if (!committed)
                failed = true; // tasks still queued or running write nothing more
            pool.clear();
            pool.waitForDone();
            if (!committed)
                io::removeTree(staging);
        }
    } cleanup { pool, failed, rootPath };

    // Every name is made of slugs and our own stems; the check keeps it inside the folder.
    // Folders are made here, before the drawing threads write into them.
    const auto target = [&](const QString &relative) -> Result<QString> {
        const QString path = QDir::cleanPath(rootPath + u'/' + relative);
        if (!path.startsWith(rootPath + u'/'))
            return makeError(Error::Code::InvalidArgument,
                             tr("Refusing to write outside the kit folder: %1").arg(relative));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return makeError(
                    Error::Code::Io,
                    tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
        return path;
    };
    const auto writeNow = [&](const QString &relative, const QByteArray &bytes) -> Status {
        auto path = target(relative);
        if (!path)
            return path.error();
        return writeFileAtomically(path.value(), bytes);
    };

    int done = 0;
    const int total = int(plan.charts.size() * chosen.size() + plan.factSheets.size()) + 2
            + (m_options.zip ? 1 : 0);
    const auto step = [&](const QString &what) {
        return !progress || progress(done + drawn, total, what);
    };
    const auto cancelled = [&]() -> Error {
        return makeError(Error::Code::Cancelled, tr("Press kit cancelled."));
    };

    FileMetadata baseMeta;
    baseMeta.author = m_options.byline;
    baseMeta.creationTime = m_edition;
    RenderOptions base;
    base.byline = m_options.byline;
    base.logo = m_options.logo;
    base.editionDate = format::longDate(m_edition.date());

    // Each chart at each preset is one task of the pool: one composition for its PNG, SVG and
    // PDF. Tasks stop between files once the kit failed or was cancelled.
    std::vector<QList<Finding>> findings(size_t(plan.charts.size() * chosen.size()));
    size_t slot = 0;
    for (const PressKitChart &c : plan.charts) {
        const charts::ChartSpec &spec = chart(c.territory, c.id);
        if (auto st = writeNow(c.stem + QStringLiteral(".csv"), charts::toCsv(spec)); !st)
            return st.error();
        if (auto st = writeNow(c.stem + QStringLiteral(".alt.txt"),
                               charts::altText(spec).toUtf8() + '\n');
            !st)
            return st.error();
        for (const Preset &preset : chosen) {
            FileMetadata meta = baseMeta;
            meta.a4Page = preset.a4Page;
            meta.keywords << preset.name;
            auto path = target(c.stem + u'-' + charts::presetFileStem(preset.name));
            if (!path)
                return path.error();
            pool.start([&jobs, &failed, &drawn, &out = findings[slot++], spec,
                        options = withPreset(base, preset), meta, name = path.value(),
                        label = QStringLiteral("%1 · %2: ").arg(c.territory, preset.name),
                        dpi = preset.a4Page ? 300 : 0] {
                const auto fail = [&](const Error &error) {
                    QMutexLocker lock(&jobs.mutex);
                    jobs.errors << error.message;
                    failed = true;
                };
                if (failed)
                    return;
                // Both cores compose and draw: ChartScene makes and destroys its scene under a
                // process-wide lock (the one step of QGraphicsScene that is not thread-safe).
                QImage image;
                QList<std::pair<FileFormat, QByteArray>> vectors;
                {
                    const ChartScene scene(spec, options);
                    for (Finding finding : checkScene(scene, FileFormat::Png)) {
                        finding.message.prepend(label);
                        out.append(finding);
                    }
                    for (const FileFormat format : { FileFormat::Svg, FileFormat::Pdf }) {
                        if (failed)
                            return;
                        auto bytes = encodeScene(scene, format, meta);
                        if (!bytes)
                            return fail(bytes.error());
                        vectors.append({ format, bytes.value() });
                    }
                    if (failed)
                        return;
                    image = renderImage(scene);
                }
                for (const auto &[format, bytes] : vectors) {
                    if (failed)
                        return;
                    if (Status st =
                                writeFileAtomically(name + u'.' + fileFormatName(format), bytes);
                        !st)
                        return fail(st.error());
                }
                if (failed)
                    return;
                auto bytes = encodePng(image, spec, meta, dpi);
                Status st = bytes
                        ? writeFileAtomically(name + QStringLiteral(".png"), bytes.value())
                        : Status(bytes.error());
                if (!st)
                    return fail(st.error());
                ++drawn;
            });
        }
    }

    // Meanwhile this thread, which owns the database connection, writes the fact sheets.
    for (const QString &code : plan.factSheets) {
        if (failed)
            break;
        if (!step(tr("Fact sheet of %1").arg(code)))
            return cancelled();
        if (auto st = writeNow(folderOf(code) + QStringLiteral("/fiche-territoire.pdf"),
                               factSheet(code, baseMeta));
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
    for (const QList<Finding> &list : findings)
        report.findings += list;

    if (auto st = writeNow(QStringLiteral("methodologie.md"), methodology()); !st)
        return st.error();
    ++done;
    if (!step(tr("Methodology note")))
        return cancelled();
    if (auto st = writeNow(QStringLiteral("README.md"), readme(plan)); !st)
        return st.error();
    // The manifest lists every file of this kit: the next kit written here with --force removes
    // those it does not write again, and nothing else.
    QByteArray manifest = "# "
            + tr("Files written by ess-dashboard export --kit; --force removes "
                 "only these (when a new kit does not write them again).")
                      .toUtf8()
            + '\n';
    for (const QString &f : plan.files)
        manifest += f.toUtf8() + '\n';
    if (auto st = writeNow(manifestName(), manifest); !st)
        return st.error();
    ++done;
    if (!step(QStringLiteral("README")))
        return cancelled();
    QStringList files = plan.files;
    files.removeAll(zipName());
    if (m_options.zip) {
        if (auto st = writeZip(rootPath, files); !st)
            return st.error();
        ++done;
        step(QStringLiteral("ZIP"));
    }
    // What the plan (the count the dialog showed, the manifest) says is what was written.
    for (const QString &f : plan.files)
        if (!QFileInfo::exists(rootPath + u'/' + f))
            return makeError(Error::Code::Io, tr("The press kit lacks %1.").arg(f));
    // A chart that says "not available" because a read failed must not replace the old kit.
    if (auto st = m_workspace.readStatus(); !st)
        return st.error();
    if (auto st = swapIn(rootPath, finalPath, hidden + QStringLiteral(".old") + suffix, plan.files);
        !st)
        return st.error();
    cleanup.committed = true;
    report.files = plan.files;
    return report;
}

QSet<QString> PressKit::readManifest(const QString &path)
{
    QSet<QString> files;
    if (io::isSymLink(path))
        return files;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return files;
    // Only plain relative names: a line naming "../x" or "/x" can never match an entry of the
    // folder, so it can remove nothing.
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u'/')
            || QDir::cleanPath(line) != line || line.startsWith(QStringLiteral("..")))
            continue;
        files.insert(line);
    }
    return files;
}

Status PressKit::swapIn(const QString &staging, const QString &finalPath, const QString &aside,
                        const QStringList &files) const
{
    if (auto st = io::publishFolder(staging); !st)
        return st;
    if (!QFileInfo::exists(finalPath) && !io::isSymLink(finalPath))
        return io::renameNoReplace(staging, finalPath);
    if (io::isSymLink(finalPath) || !QFileInfo(finalPath).isDir())
        return makeError(Error::Code::Io,
                         tr("%1 is a symbolic link or not a folder: the press kit is not "
                            "written through it.")
                                 .arg(QDir::toNativeSeparators(finalPath)));
    // The previous kit's manifest names the files it wrote: those go with the old folder.
    // Everything else in it (the user's notes, a kit written before manifests existed) is
    // carried over into the new one, at the same place.
    const QSet<QString> previous = readManifest(finalPath + u'/' + manifestName());
    const QSet<QString> kitFiles(files.cbegin(), files.cend());
    QSet<QString> kitFolders;
    const auto addFolders = [&kitFolders](const QString &file) {
        for (qsizetype i = file.indexOf(u'/'); i > 0; i = file.indexOf(u'/', i + 1))
            kitFolders.insert(file.left(i));
    };
    for (const QString &f : files)
        addFolders(f);
    for (const QString &f : previous)
        addFolders(f);
    if (auto st = io::swapFolders(staging, finalPath, aside); !st)
        return st;
    const std::function<Status(const QString &)> carry = [&](const QString &relative) -> Status {
        const QFileInfoList entries = QDir(aside + u'/' + relative)
                                              .entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                             | QDir::Hidden | QDir::System);
        for (const QFileInfo &info : entries) {
            const QString name = relative + info.fileName();
            if (info.isDir() && !info.isSymLink() && kitFolders.contains(name)) {
                if (auto st = carry(name + u'/'); !st)
                    return st;
                continue;
            }
            // A file of the old kit (stale or written again), or an entry where the new kit
            // has a file or folder of its own (a link there is replaced, never followed).
            if (previous.contains(name) || kitFiles.contains(name) || kitFolders.contains(name))
                continue;
            if (!QDir().mkpath(finalPath + u'/' + relative))
                return makeError(
                        Error::Code::Io,
                        tr("Cannot create the folder %1.")
                                .arg(QDir::toNativeSeparators(finalPath + u'/' + relative)));
            if (auto st = io::renameNoReplace(aside + u'/' + name, finalPath + u'/' + name); !st)
                return makeError(
                        Error::Code::Io,
                        tr("The press kit is written, but %1 stayed in %2: %3")
                                .arg(name, QDir::toNativeSeparators(aside), st.error().message));
        }
        return Ok {};
    };
    if (auto st = carry(QString()); !st)
        return st;
    io::removeTree(aside);
    return Ok {};
}

QByteArray PressKit::factSheet(const QString &code, const FileMetadata &meta) const
{
    pinHashSeed();
    const TerritoryIndex &index = m_workspace.territories();
    const charts::ChartBuilder builder(m_workspace);
    const QString name = index.nameOf(code);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QStringList sourcesBlock; // one list of every source the page quotes, in order
    const auto cite = [&](const QString &citation) {
        if (!citation.isEmpty() && !sourcesBlock.contains(citation))
            sourcesBlock << citation;
    };
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(
                tr("The ESS %1: fact sheet", "%1: the territory with its preposition (in Nord)")
                        .arg(format::locative(code, name)));
        writer.setCreator(QStringLiteral("ESS dashboard (PHARE)"));
        writer.setResolution(96);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        QPainter p(&writer);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        const QRectF page(QPointF(0, 0), QSizeF(210.0 / 25.4 * 96, 297.0 / 25.4 * 96));
        const qreal m = 40;
        const qreal width = page.width() - 2 * m;
        // Text blocks hold their ink (accents are not clipped) and wrap at spaces only.
        const auto draw = [&p](const QString &text, const QFont &font, const QColor &color, qreal x,
                               qreal top, qreal w) {
            TextBlock block(format::typography(text), font, color, w);
            p.save();
            p.translate(x, top);
            block.paint(&p, nullptr, nullptr);
            p.restore();
            return block.height();
        };
        p.fillRect(QRectF(0, 0, page.width(), 8), kAccent);
        qreal y = 34;
        // The logo as on the charts: top right at the title's height, never wider than a
        // quarter of the text width; embedded at 300 dpi at most, not at its file's size.
        qreal headWidth = width;
        qreal logoBottom = y;
        if (!m_options.logo.isNull()) {
            const QSizeF box = QSizeF(m_options.logo.size())
                                       .scaled(QSizeF(width / 4, 56), Qt::KeepAspectRatio);
            const QSize pixels = (box * 300.0 / 96).toSize().boundedTo(m_options.logo.size());
            p.save();
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(
                    QRectF(QPointF(m + width - box.width(), y), box),
                    m_options.logo.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            p.restore();
            headWidth -= box.width() + 24;
            logoBottom = y + box.height() + 16;
        }
        y += draw(tr("The ESS %1", "%1: the territory with its preposition (in Nord)")
                          .arg(format::locative(code, name)),
                  sheetFont(28, true), kInk, m, y, headWidth)
                + 4;
        y += draw(tr("Fact sheet · %1 · edition of %2")
                          .arg(m_options.byline, format::longDate(m_edition.date())),
                  sheetFont(14), kMuted, m, y, headWidth)
                + 16;
        y = std::max(y, logoBottom);

        // Key figures: the number, what it is, year, method and (below) the source.
        struct Key
        {
            QString id;
            QString scope;
            QString label;
        };
        const QList<Key> keys {
            { QStringLiteral("employment_share"), QStringLiteral("ess"), tr("of salaried jobs") },
            { QStringLiteral("establishment_share"), QStringLiteral("ess"),
              tr("of establishments") },
            { QStringLiteral("avg_employees"), QStringLiteral("ess"),
              tr("employees per ESS structure") },
        };
        const qreal boxWidth = (width - 2 * 16) / 3;
        qreal boxBottom = y;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const KeyFigure key = m_workspace.keyFigure(code, keys.at(i).id, keys.at(i).scope);
            const qreal x = m + i * (boxWidth + 16);
            qreal by = y;
            if (!key.indicator) {
                by += draw(tr("%1: not available").arg(keys.at(i).label), sheetFont(14), kMuted,
                           x + 12, by, boxWidth - 12);
                p.fillRect(QRectF(x, y, 4, by - y), kAccent);
                boxBottom = std::max(boxBottom, by);
                continue;
            }
            const indicators::Indicator &ind = *key.indicator;
            // An inherited figure names its territory on the same line as the number, in grey.
            QString number = indicators::valueText(ind);
            QFont numberFont = sheetFont(40, true);
            QColor numberColour = kAccent;
            if (key.inherited) {
                const Territory *owner = index.find(ind.territoryCode);
                number = tr("%1: %2").arg(owner ? owner->displayName() : ind.territoryCode, number);
                numberFont = sheetFont(24, true);
                numberColour = kMuted;
            }
            by += draw(number, numberFont, numberColour, x + 12, by, boxWidth - 12);
            // What the number counts, as published ("de l'emploi", "salariés par structure").
            QString label = indicators::statement(ind);
            label.remove(0, indicators::valueText(ind).size());
            by += draw(label.trimmed().isEmpty() ? keys.at(i).label : label.trimmed(),
                       sheetFont(14, true), kInk, x + 12, by, boxWidth - 12)
                    + 2;
            const QString citation =
                    ind.sources.isEmpty() ? QString() : builder.citation(ind.sources.first().id);
            cite(citation);
            QString detail = indicators::yearAndMethod(ind);
            if (!citation.isEmpty())
                detail += QStringLiteral(" · ") + citation;
            if (key.inherited)
                detail += u'\n'
                        + tr("Level: %1 (no figure of its own for %2)")
                                  .arg(index.nameOf(ind.territoryCode), name);
            if (ind.comparison) {
                const QString regionalCitation = builder.citation(ind.comparison->source.id);
                detail += u'\n'
                        + tr("Beside it, %1 (%2)")
                                  .arg(indicators::comparisonText(
                                               ind, index.nameOf(ind.comparison->territoryCode)),
                                       regionalCitation);
                cite(regionalCitation);
            }
            by += draw(detail, sheetFont(12), kMuted, x + 12, by, boxWidth - 12);
            p.fillRect(QRectF(x, y, 4, by - y), kAccent);
            boxBottom = std::max(boxBottom, by);
        }
        y = boxBottom + 18;

        // Two charts, drawn by the same scene as every file, without their own source lines:
        // the page has one sources block. They share the height the sources leave.
        // The commune map takes the second place when there is one: an ESS indicator per
        // commune when an import gives one, else the population density.
        QString second = QStringLiteral("ess-vs-rest");
        QString density;
        for (const QString &id : kitChartIds()) {
            if (!id.startsWith(charts::kCommuneMapId) || !chart(code, id).hasData())
                continue;
            if (id.endsWith(u":density"))
                density = id;
            else if (!id.endsWith(u":population") && second == u"ess-vs-rest")
                second = id;
        }
        if (second == u"ess-vs-rest" && !density.isEmpty())
            second = density;
        const QStringList chartIds { QStringLiteral("jobs-share"), second };
        for (const QString &id : chartIds)
            for (const QString &c : chart(code, id).sourceCitations)
                cite(c);
        const QString sourcesText = sourcesBlock.join(u'\n') + u'\n'
                + tr("Method, licences and disagreements between sources: "
                     "methodologie.md in this press kit.");
        const qreal sourcesHeight = QFontMetricsF(sheetFont(13, true)).lineSpacing() + 4
                + TextBlock(sourcesText, sheetFont(12), kMuted, width).height();
        const qreal bottomMargin = 34;
        const qreal chartHeight = std::max<qreal>(
                240, (page.height() - bottomMargin - sourcesHeight - 12 - y) / 2 - 10);
        RenderOptions options;
        options.byline = QString();
        options.showSource = false;
        options.minTextSize = 7.5 / 0.75; // 7.5 pt on the page: nothing under 7 pt
        for (const QString &id : chartIds) {
            options.size = QSizeF(width, chartHeight);
            const ChartScene scene(chart(code, id), options);
            scene.scene()->render(&p, QRectF(m, y, width, chartHeight),
                                  QRectF(QPointF(0, 0), options.size));
            y += chartHeight + 10;
        }
        y += 2;
        y += draw(tr("Sources"), sheetFont(13, true), kInk, m, y, width) + 4;
        draw(sourcesText, sheetFont(12), kMuted, m, y, width);
        p.end();
    }
    XmpFields fields;
    fields.title = tr("The ESS %1: fact sheet", "%1: the territory with its preposition (in Nord)")
                           .arg(format::locative(code, name));
    fields.creator = meta.author;
    fields.description = tr("Key figures, charts and sources of the social and solidarity "
                            "economy in %1")
                                 .arg(name);
    fields.altText = fields.description;
    fields.credit = meta.author;
    fields.source = format::semicolonList(sourcesBlock);
    fields.rights = tr("© %1 %2. Figures: %3")
                            .arg(meta.author)
                            .arg(m_edition.date().year())
                            .arg(fields.source);
    fields.date = m_edition.toString(Qt::ISODate);
    fields.keywords = QStringList { QStringLiteral("ESS"), name, code, tr("fact sheet") };
    auto finished = finishPdf(bytes, fields, meta);
    return finished ? finished.value() : bytes;
}

QByteArray PressKit::methodology() const
{
    const TerritoryIndex &index = m_workspace.territories();
    QString md;
    md += QStringLiteral("# ") + tr("Methodology note") + QStringLiteral("\n\n");
    QStringList names;
    for (const QString &code : m_options.territories)
        names << index.nameOf(code);
    md += tr("Press kit on the social and solidarity economy (ESS): %1. Edition of %2, by %3.")
                    .arg(format::semicolonList(names), format::longDate(m_edition.date()),
                         m_options.byline)
            + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + tr("ESS perimeter and families") + QStringLiteral("\n\n");
    md += tr("The ESS is defined by the law of 31 July 2014: associations, cooperatives, mutual "
             "societies and foundations, plus commercial companies that follow its principles. "
             "The charts break ESS jobs into these four families: %1. Each source uses its own "
             "perimeter (Insee's \"social economy\" counted four families up to the 2017 data "
             "and counts five since the 2018 data, adding \"other private non-profit "
             "organisations\"; it does not count the ESS commercial companies; regional "
             "observatories add some companies; some local figures do not state theirs), so "
             "figures from different sources are never added together.")
                    .arg(QStringList { vocabulary::scopeLabel(QStringLiteral("associations")),
                                       vocabulary::scopeLabel(QStringLiteral("cooperatives")),
                                       vocabulary::scopeLabel(QStringLiteral("mutuelles")),
                                       vocabulary::scopeLabel(QStringLiteral("fondations")) }
                                 .join(QStringLiteral(", ")))
            + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + tr("Sources") + QStringLiteral("\n\n");
    QList<Source> sources = m_workspace.sources().values();
    std::sort(sources.begin(), sources.end(), [](const Source &a, const Source &b) {
        return a.key == b.key ? a.id < b.id : a.key < b.key;
    });
    for (const Source &s : std::as_const(sources)) {
        // Who made the statistic, then the publication it was read in; reconstructed titles and
        // inferred dates say so.
        const QString title =
                s.titleInferred ? tr("%1 (title reconstructed)").arg(s.title) : s.title;
        const QString date =
                s.publishedInferred ? tr("%1, date inferred").arg(s.published) : s.published;
        const QString by = !s.producer.isEmpty() && s.producer != s.publisher
                ? tr("%1, via %2").arg(s.producer, s.publisher)
                : s.publisher;
        md += QStringLiteral("- **%1**, %2 (%3). ").arg(title, by, date);
        md += tr("Licence: %1.").arg(s.licence.isEmpty() ? tr("not stated") : s.licence);
        if (!s.url.isEmpty())
            md += u' ' + s.url;
        if (!s.note.isEmpty())
            md += QStringLiteral("  \n  ") + s.note;
        md += u'\n';
    }
    md += u'\n';

    md += QStringLiteral("## ") + tr("Published, computed, estimated") + QStringLiteral("\n\n");
    md += QStringLiteral("- **") + methodLabel(Method::Published) + QStringLiteral("**: ")
            + tr("the figure as the source prints it (a published range such as \"8–9 %\" stays a "
                 "range).")
            + u'\n';
    md += QStringLiteral("- **") + methodLabel(Method::Computed) + QStringLiteral("**: ")
            + tr("computed by the dashboard from two counts of the same source, territory and "
                 "data year whose counting units are stated and compatible, e.g. ESS share of "
                 "jobs = 100 × ESS employees / all employees. Counts of unstated unit "
                 "(\"emplois\", \"structures\") or unstated year give nothing. A published value "
                 "always wins over a computed one; a value computed from rounded counts is "
                 "rounded (\"environ\").")
            + u'\n';
    md += QStringLiteral("- **") + methodLabel(Method::Estimated) + QStringLiteral("**: ")
            + tr("estimated with bounds (low–high) when a source gives only size bands.")
            + QStringLiteral("\n\n");
    md += tr("Each chart says which of the three a value is, in its CSV file (column \"method\") "
             "and next to each computed or estimated value in the image. Every figure is given "
             "with the unit its source counts (posts, employees, jobs, establishments, "
             "structures…), its precision (\"environ\", \"plus de\") and its data year, or "
             "\"published in …, data year not stated\" when the source does not give it. A figure "
             "of a larger area names that area; the regional value is given beside a local one "
             "that differs from it by more than 30 %, saying when the units differ.")
            + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + tr("Where sources disagree") + QStringLiteral("\n\n");
    QStringList seen;
    QStringList lines;
    for (const QString &code : m_options.territories) {
        for (const Territory &t : index.ancestry(code)) {
            if (seen.contains(t.code))
                continue;
            seen << t.code;
            auto figures = m_workspace.figures(t.code);
            if (!figures)
                continue;
            for (const indicators::Indicator &ind : figures->indicators)
                if (!ind.disagreement.isEmpty()) {
                    const QString line = QStringLiteral("- %1, %2 (%3), %4: %5")
                                                 .arg(t.name, ind.id, ind.scope,
                                                      indicators::yearText(ind), ind.disagreement);
                    if (!lines.contains(line))
                        lines << line;
                }
        }
    }
    if (lines.isEmpty())
        md += tr("No disagreement above the thresholds (10 % relative, 1 point for shares) between "
                 "sources for the same year.")
                + QStringLiteral("\n\n");
    else
        md += lines.join(u'\n') + QStringLiteral("\n\n");

    // The same indicator from several sources (any year): the spread a reader should know.
    QStringList spreads;
    const charts::ChartBuilder builder(m_workspace);
    for (const QString &code : std::as_const(seen)) {
        auto figures = m_workspace.figures(code);
        if (!figures)
            continue;
        std::map<std::pair<QString, QString>, QList<const indicators::Indicator *>> groups;
        for (const indicators::Indicator &ind : figures->indicators)
            if (ind.centralValue() && !ind.sources.isEmpty())
                groups[{ ind.id, ind.scope }].append(&ind);
        for (const auto &[key, list] : groups) {
            QSet<qint64> sourceIds;
            for (const indicators::Indicator *ind : list)
                sourceIds.insert(ind->sources.first().id);
            if (sourceIds.size() < 2)
                continue;
            QStringList parts;
            double low = 1e300, high = -1e300;
            for (const indicators::Indicator *ind : list) {
                parts << QStringLiteral("%1 (%2, %3)")
                                 .arg(indicators::statement(*ind),
                                      builder.citation(ind->sources.first().id),
                                      indicators::yearText(*ind));
                low = std::min(low, *ind->centralValue());
                high = std::max(high, *ind->centralValue());
            }
            const bool share = list.first()->unit == u"percent";
            spreads << QStringLiteral("- %1, %2 (%3): %4. %5")
                               .arg(index.nameOf(code), vocabulary::measureLabel(key.first),
                                    vocabulary::scopeLabel(key.second),
                                    format::semicolonList(parts),
                                    share ? tr("Spread: %1%2pt.")
                                                    .arg(format::compact(high - low))
                                                    .arg(format::kNarrowNbsp)
                                          : tr("Spread: %1 to %2.")
                                                    .arg(format::compact(low),
                                                         format::compact(high)));
        }
    }
    if (!spreads.isEmpty())
        md += tr("The same indicator from several sources, all years:") + QStringLiteral("\n\n")
                + spreads.join(u'\n') + QStringLiteral("\n\n");
    md += tr("The \"sources-compared\" chart, when present, shows the same indicator from each "
             "source side by side. Local figures (CAVM, CAPH) come from few sources, often press "
             "relays whose reference year is not stated: they are labelled so.")
            + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + tr("Reproducibility") + QStringLiteral("\n\n");
    md += tr("Every file of this kit is produced by `ess-dashboard export --kit`; with the same "
             "database and options, and SOURCE_DATE_EPOCH set, two runs give identical bytes.")
            + u'\n';
    return md.toUtf8();
}

QByteArray PressKit::readme(const PressKitPlan &plan) const
{
    const QStringList &files = plan.files;
    const QStringList &skipped = plan.skipped;
    QString md;
    md += QStringLiteral("# ") + tr("ESS press kit") + QStringLiteral("\n\n");
    md += tr("Edition of %1, by %2. Made with the ESS dashboard.")
                    .arg(format::longDate(m_edition.date()), m_options.byline)
            + QStringLiteral("\n\n");
    md += QStringLiteral("## ") + tr("Contents") + QStringLiteral("\n\n");
    QStringList presetNames;
    for (const Preset &p : selectedPresets())
        presetNames << QStringLiteral("`%1` (%2, %3 × %4)")
                               .arg(charts::presetFileStem(p.name), charts::presetLabel(p.name))
                               .arg(qRound(p.size.width() * p.scale))
                               .arg(qRound(p.size.height() * p.scale));
    md += tr("For each chart: PNG, SVG and PDF at each format (%1; the file name ends with the "
             "format), the data as CSV (\";\", decimal comma, UTF-8 with BOM) and an alternative "
             "text (.alt.txt). fiche-territoire.pdf is a one-page fact sheet of the territory.")
                    .arg(presetNames.join(QStringLiteral(", ")))
            + QStringLiteral("\n\n");
    // What is where: one folder per territory with what is about it, commun/ for the rest.
    const TerritoryIndex &index = m_workspace.territories();
    QStringList folders;
    for (const QString &code : m_options.territories)
        folders << QStringLiteral("- `%1/`: %2 (%3)").arg(folderOf(code), index.nameOf(code), code);
    QStringList sharedLevels;
    for (const PressKitChart &c : plan.charts)
        if (c.stem.startsWith(sharedFolder() + u'/')
            && !sharedLevels.contains(index.nameOf(c.territory)))
            sharedLevels << index.nameOf(c.territory);
    if (!sharedLevels.isEmpty())
        folders << QStringLiteral("- `%1/`: ").arg(sharedFolder())
                        + tr("charts that are the same for every territory of this kit, drawn "
                             "from the figures of a wider level (%1) because the territories "
                             "have none of their own; the file name ends with that level.")
                                  .arg(sharedLevels.join(QStringLiteral(", ")));
    md += tr("Where things are:") + QStringLiteral("\n\n") + folders.join(u'\n')
            + QStringLiteral("\n\n");
    QStringList names;
    for (const QString &id : kitChartIds())
        names << QStringLiteral("`%1`: %2").arg(charts::chartFileStem(id), charts::chartLabel(id));
    md += tr("File names are stable from one edition to the next: folder, chart, format "
             "(%1).")
                    .arg(names.join(QStringLiteral(" ; ")))
            + QStringLiteral("\n\n");
    md += QStringLiteral("| ") + tr("File") + QStringLiteral(" | ") + tr("What it is")
            + QStringLiteral(" |\n|---|---|\n");
    for (const QString &f : files) {
        QString what;
        if (f.endsWith(QStringLiteral(".csv")))
            what = tr("data of the chart");
        else if (f.endsWith(QStringLiteral(".alt.txt")))
            what = tr("alternative text");
        else if (f.endsWith(QStringLiteral("fiche-territoire.pdf")))
            what = tr("fact sheet");
        else if (f == QStringLiteral("methodologie.md"))
            what = tr("methodology note");
        else if (f == QStringLiteral("README.md"))
            what = tr("this file");
        else if (f == manifestName())
            what = tr("list of the files of this kit (a new kit written here with --force "
                      "removes those it does not write again, nothing else)");
        else if (f == zipName())
            what = tr("every file of this kit in one archive");
        else
            what = tr("chart");
        md += QStringLiteral("| `%1` | %2 |\n").arg(f, what);
    }
    md += u'\n';
    if (!skipped.isEmpty())
        md += tr("Not drawn, for lack of data: %1.").arg(skipped.join(QStringLiteral(", ")))
                + QStringLiteral("\n\n");
    md += QStringLiteral("## ") + tr("Credits") + QStringLiteral("\n\n");
    md += QStringLiteral("- ")
            + tr("Figures: the sources listed in methodologie.md, quoted with attribution; "
                 "each chart carries its source line.")
            + u'\n';
    md += QStringLiteral("- ")
            + tr("Territories: Insee (COG 2026, legal populations 2023), DGCL; Licence "
                 "Ouverte / Etalab 2.0.")
            + u'\n';
    md += QStringLiteral("- ")
            + tr("Charts and texts: %1, with the ESS dashboard (GNU GPL 3 or later).")
                      .arg(m_options.byline)
            + u'\n';
    md += QStringLiteral("- ")
            + tr("Font: Lato, by Łukasz Dziedzic (SIL Open Font Licence 1.1), embedded in "
                 "the PDF files; the SVG files name it.")
            + u'\n';
    md += QStringLiteral("- ") + tr("Colours: Okabe–Ito palette, safe for colour-blind readers.")
            + u'\n';
    return md.toUtf8();
}

Status PressKit::writeZip(const QString &rootPath, const QStringList &files) const
{
    const QString zipPath = rootPath + u'/' + zipName();
    int error = 0;
    // libzip writes a temporary file and renames it on close: no partial archive.
    zip_t *archive =
            zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return makeError(Error::Code::Io, tr("Cannot create %1.").arg(zipPath));
    const time_t mtime = time_t(m_edition.toSecsSinceEpoch());
    QList<QByteArray> keep; // libzip reads the buffers at zip_close()
    for (const QString &f : files) {
        QFile file(rootPath + u'/' + f);
        if (!file.open(QIODevice::ReadOnly)) {
            zip_discard(archive);
            return makeError(Error::Code::Io, tr("Cannot read %1.").arg(f));
        }
        keep << file.readAll();
        zip_source_t *src = zip_source_buffer(archive, keep.last().constData(),
                                              zip_uint64_t(keep.last().size()), 0);
        const zip_int64_t index = src ? zip_file_add(archive, f.toUtf8().constData(), src,
                                                     ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                      : -1;
        if (index < 0) {
            if (src)
                zip_source_free(src);
            zip_discard(archive);
            return makeError(Error::Code::Io, tr("Cannot add %1 to the ZIP file.").arg(f));
        }
        zip_file_set_mtime(archive, zip_uint64_t(index), mtime, 0);
    }
    if (zip_close(archive) != 0) {
        zip_error_t *zipError = zip_get_error(archive);
        const QString message = zip_error_system_type(zipError) == ZIP_ET_SYS
                ? io::systemErrorText(zip_error_code_system(zipError))
                : QString::fromLocal8Bit(zip_strerror(archive));
        zip_discard(archive);
        return makeError(Error::Code::Io, tr("Cannot write %1: %2").arg(zipPath, message));
    }
    return Ok {};
}

} // namespace core::render
