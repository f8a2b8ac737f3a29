// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/kitfolder.h"

#include "core/io/safefile.h"
#include "core/render/kitplan.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <functional>

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

Status KitFolder::swapIn(const QStringList &files) const
{
    const QString &staging = m_staging;
    const QString &finalPath = m_final;
    const QString &aside = m_aside;
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
    const QSet<QString> previous = readManifest(finalPath + u'/' + kitnames::kManifest);
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

} // namespace core::render
