// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/kitfolder.h"

#include "core/io/safefile.h"
#include "core/render/kitplan.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>

namespace core::render {

namespace {
Q_LOGGING_CATEGORY(lcKitFolder, "core.render.presskit")
} // namespace

Result<KitFolder> KitFolder::create(const QString &directory)
{
    KitFolder folder;
    folder.m_final = QDir::cleanPath(QDir(directory).absolutePath());
    const QFileInfo finalInfo(folder.m_final);
    if (!QDir().mkpath(finalInfo.absolutePath()))
        return makeError(Error::Code::Io,
                         tr("Cannot create the folder %1.")
                                 .arg(QDir::toNativeSeparators(finalInfo.absolutePath())));
    const QString hidden = finalInfo.absolutePath() + QStringLiteral("/.") + finalInfo.fileName();
    // A kit killed on its way (kill -9, power cut) left its private build folder.
    for (const QString &orphan : io::removeOrphanedBuildFolders(folder.m_final))
        qCInfo(lcKitFolder) << "Removed the unfinished press kit" << orphan;
    const QString suffix =
            QStringLiteral("-%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    folder.m_staging = hidden + QStringLiteral(".new") + suffix;
    folder.m_aside = hidden + QStringLiteral(".old") + suffix;
    if (auto st = io::createPrivateFolder(folder.m_staging); !st)
        return st.error();
    return folder;
}

Result<QString> KitFolder::target(const QString &relative) const
{
    // Every name is made of slugs and our own stems; the check keeps it inside the folder.
    const QString path = QDir::cleanPath(m_staging + u'/' + relative);
    if (!path.startsWith(m_staging + u'/'))
        return makeError(Error::Code::InvalidArgument,
                         tr("Refusing to write outside the kit folder: %1").arg(relative));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(Error::Code::Io,
                         tr("Cannot create the folder %1.").arg(QFileInfo(path).absolutePath()));
    return path;
}

Status KitFolder::write(const QString &relative, const QByteArray &bytes) const
{
    auto path = target(relative);
    if (!path)
        return path.error();
    return io::writeFileAtomically(path.value(), bytes);
}

void KitFolder::discard() const
{
    io::removeTree(m_staging);
}

QByteArray KitFolder::manifest(const QStringList &files)
{
    // The next kit written here with --force removes the files listed that it does not write
    // again, and nothing else.
    QByteArray text = "# "
            + tr("Files written by ess-dashboard export --kit; --force removes "
                 "only these (when a new kit does not write them again).")
                      .toUtf8()
            + '\n';
    for (const QString &f : files)
        text += f.toUtf8() + '\n';
    return text;
}

QSet<QString> KitFolder::readManifest(const QString &path)
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

/// The entries the old and the new kit own: their files and the folders on their paths.
struct KitFolder::Owned
{
    QSet<QString> previous; ///< the old kit's files (its manifest)
    QSet<QString> files; ///< the new kit's files
    QSet<QString> folders; ///< the folders on the paths of both
};

Status KitFolder::swapIn(const QStringList &files) const
{
    if (auto st = io::publishFolder(m_staging); !st)
        return st;
    if (!QFileInfo::exists(m_final) && !io::isSymLink(m_final))
        return io::renameNoReplace(m_staging, m_final);
    if (io::isSymLink(m_final) || !QFileInfo(m_final).isDir())
        return makeError(Error::Code::Io,
                         tr("%1 is a symbolic link or not a folder: the press kit is not "
                            "written through it.")
                                 .arg(QDir::toNativeSeparators(m_final)));
    // The previous kit's manifest names the files it wrote: those go with the old folder.
    // Everything else in it (the user's notes, a kit written before manifests existed) is
    // carried over into the new one, at the same place.
    Owned owned;
    owned.previous = readManifest(m_final + u'/' + kitnames::kManifest);
    owned.files = QSet<QString>(files.cbegin(), files.cend());
    const auto addFolders = [&owned](const QString &file) {
        for (qsizetype i = file.indexOf(u'/'); i > 0; i = file.indexOf(u'/', i + 1))
            owned.folders.insert(file.left(i));
    };
    for (const QString &f : files)
        addFolders(f);
    for (const QString &f : std::as_const(owned.previous))
        addFolders(f);
    if (auto st = io::swapFolders(m_staging, m_final, m_aside); !st)
        return st;
    if (auto st = carryOver(QString(), owned); !st)
        return st;
    io::removeTree(m_aside);
    return Ok {};
}

Status KitFolder::carryOver(const QString &relative, const Owned &owned) const
{
    const QFileInfoList entries = QDir(m_aside + u'/' + relative)
                                          .entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                         | QDir::Hidden | QDir::System);
    for (const QFileInfo &info : entries) {
        const QString name = relative + info.fileName();
        if (info.isDir() && !info.isSymLink() && owned.folders.contains(name)) {
            if (auto st = carryOver(name + u'/', owned); !st)
                return st;
            continue;
        }
        // A file of the old kit (stale or written again), or an entry where the new kit has a
        // file or folder of its own (a link there is replaced, never followed).
        if (owned.previous.contains(name) || owned.files.contains(name)
            || owned.folders.contains(name))
            continue;
        if (!QDir().mkpath(m_final + u'/' + relative))
            return makeError(Error::Code::Io,
                             tr("Cannot create the folder %1.")
                                     .arg(QDir::toNativeSeparators(m_final + u'/' + relative)));
        if (auto st = io::renameNoReplace(m_aside + u'/' + name, m_final + u'/' + name); !st)
            return makeError(
                    Error::Code::Io,
                    tr("The press kit is written, but %1 stayed in %2: %3")
                            .arg(name, QDir::toNativeSeparators(m_aside), st.error().message));
    }
    return Ok {};
}

} // namespace core::render
