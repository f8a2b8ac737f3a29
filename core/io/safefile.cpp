// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/safefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace core::io {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)
};

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

Error ioError(const QString &what, int errnum)
{
    return makeError(Error::Code::Io, Tr::tr("%1: %2").arg(what, systemErrorText(errnum)));
}

mode_t currentUmask()
{
    // umask can only be read by setting it: read once (thread-safe static), put
    // back at once.
    static const mode_t mask = [] {
        const mode_t m = ::umask(022);
        ::umask(m);
        return m;
    }();
    return mask;
}

/// Removes every entry of the open folder `dirFd`, never following a link.
bool clearFolder(int dirFd)
{
    DIR *dir = ::fdopendir(dirFd);
    if (!dir) {
        ::close(dirFd);
        return false;
    }
    bool ok = true;
    while (dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
            continue;
        struct stat st;
        if (::fstatat(::dirfd(dir), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            ok = false;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            const int child =
                    ::openat(::dirfd(dir), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child < 0 || !clearFolder(child)
                || ::unlinkat(::dirfd(dir), name, AT_REMOVEDIR) != 0)
                ok = false;
        } else if (::unlinkat(::dirfd(dir), name, 0) != 0) {
            ok = false;
        }
    }
    ::closedir(dir);
    return ok;
}
} // namespace

QString systemErrorText(int errnum)
{
    switch (errnum) {
    case ENOSPC:
        return Tr::tr("the disk is full (no space left on the device)");
    case EDQUOT:
        return Tr::tr("your disk quota is exhausted");
    case EFBIG:
        return Tr::tr("the file would exceed the maximum file size allowed");
    case EACCES:
    case EPERM:
        return Tr::tr("permission denied");
    case EROFS:
        return Tr::tr("the file system is read-only");
    case ELOOP:
        return Tr::tr("the path is a symbolic link, which is refused");
    case ENOENT:
        return Tr::tr("no such file or folder");
    case ENOTDIR:
        return Tr::tr("a part of the path is not a folder");
    case EEXIST:
        return Tr::tr("something already exists there");
    case EIO:
        return Tr::tr("input/output error (damaged disk or medium)");
    case ENOMEM:
        return Tr::tr("out of memory");
    default:
        return Tr::tr("system error %1 (%2)")
                .arg(errnum)
                .arg(QString::fromLocal8Bit(std::strerror(errnum)));
    }
}

bool isSymLink(const QString &path)
{
    struct stat st;
    return ::lstat(native(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    if (isSymLink(path))
        return makeError(Error::Code::Io,
                         Tr::tr("Cannot write %1: it is a symbolic link, which exports never "
                                "follow. Remove the link or choose another name.")
                                 .arg(path));
    const QFileInfo info(path);
    QByteArray tmp = native(info.absolutePath() + QStringLiteral("/.") + info.fileName().left(100)
                            + QStringLiteral(".XXXXXX"));
    const int fd = ::mkostemp(tmp.data(), O_CLOEXEC); // O_CREAT | O_EXCL: never a link
    if (fd < 0)
        return ioError(Tr::tr("Cannot write %1").arg(path), errno);
    const auto fail = [&](int errnum) -> Status {
        ::close(fd);
        ::unlink(tmp.constData());
        return ioError(Tr::tr("Cannot write %1").arg(path), errnum);
    };
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errno);
        }
        data += n;
        left -= n;
    }
    if (::fchmod(fd, 0666 & ~currentUmask()) != 0)
        return fail(errno);
    if (::close(fd) != 0) {
        const int errnum = errno;
        ::unlink(tmp.constData());
        return ioError(Tr::tr("Cannot write %1").arg(path), errnum);
    }
    // rename() replaces a link at `path` by the file; it never writes through it.
    if (::rename(tmp.constData(), native(path).constData()) != 0) {
        const int errnum = errno;
        ::unlink(tmp.constData());
        return ioError(Tr::tr("Cannot write %1").arg(path), errnum);
    }
    return Ok {};
}

Status createPrivateFolder(const QString &path)
{
    if (::mkdir(native(path).constData(), 0700) != 0)
        return ioError(Tr::tr("Cannot create the folder %1").arg(path), errno);
    return Ok {};
}

Status publishFolder(const QString &path)
{
    if (::chmod(native(path).constData(), 0777 & ~currentUmask()) != 0)
        return ioError(Tr::tr("Cannot set the permissions of %1").arg(path), errno);
    return Ok {};
}

Status swapFolders(const QString &replacement, const QString &current, const QString &aside)
{
    const QByteArray from = native(replacement);
    const QByteArray to = native(current);
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) == 0) {
        if (::rename(from.constData(), native(aside).constData()) != 0)
            return ioError(Tr::tr("Cannot move %1 aside").arg(replacement), errno);
        return Ok {};
    }
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return ioError(Tr::tr("Cannot replace %1").arg(current), errno);
    // No atomic exchange here: two renames, the old folder put back if the second
    // fails.
    if (auto st = renameNoReplace(current, aside); !st)
        return st;
    if (::rename(from.constData(), to.constData()) != 0) {
        const int errnum = errno;
        ::rename(native(aside).constData(), to.constData());
        return ioError(Tr::tr("Cannot replace %1").arg(current), errnum);
    }
    return Ok {};
}

Status renameNoReplace(const QString &from, const QString &to)
{
    if (::renameat2(AT_FDCWD, native(from).constData(), AT_FDCWD, native(to).constData(),
                    RENAME_NOREPLACE)
        == 0)
        return Ok {};
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return ioError(Tr::tr("Cannot rename %1").arg(from), errno);
    if (::access(native(to).constData(), F_OK) == 0 || isSymLink(to))
        return ioError(Tr::tr("Cannot rename %1").arg(from), EEXIST);
    if (::rename(native(from).constData(), native(to).constData()) != 0)
        return ioError(Tr::tr("Cannot rename %1").arg(from), errno);
    return Ok {};
}

bool removeTree(const QString &path)
{
    const QByteArray name = native(path);
    struct stat st;
    if (::lstat(name.constData(), &st) != 0)
        return errno == ENOENT;
    if (!S_ISDIR(st.st_mode))
        return ::unlink(name.constData()) == 0;
    const int fd = ::open(name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool cleared = clearFolder(fd);
    return ::rmdir(name.constData()) == 0 && cleared;
}

bool processIsGone(qint64 pid)
{
    return pid > 0 && pid <= std::numeric_limits<pid_t>::max() && pid != ::getpid()
            && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QStringList removeOrphanedBuildFolders(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    const QDir parent = info.absoluteDir();
    const QString prefix = u'.' + info.fileName() + u'.';
    static const QRegularExpression build(QStringLiteral("^(new|old)-(\\d+)-([0-9a-f]+)$"));
    const bool finalExists = QFileInfo::exists(finalPath) || isSymLink(finalPath);
    QStringList removed;
    for (const QString &name :
         parent.entryList({ prefix + u'*' },
                          QDir::Dirs | QDir::Hidden | QDir::NoSymLinks | QDir::NoDotAndDotDot)) {
        const auto m = build.match(QStringView(name).mid(prefix.size()));
        if (!m.hasMatch())
            continue;
        if (!processIsGone(m.captured(2).toLongLong()))
            continue; // a live process (or one we may not signal) may still be writing
        const QString path = parent.filePath(name);
        struct stat st;
        if (::lstat(native(path).constData(), &st) != 0 || !S_ISDIR(st.st_mode)
            || st.st_uid != ::getuid())
            continue;
        // Killed between "old kit aside" and "new kit in place": the kit is in one of them.
        const QString rest = QStringLiteral("-%1-%2").arg(m.captured(2), m.captured(3));
        if (!finalExists
            && (m.captured(1) == u"old" || parent.exists(prefix + QStringLiteral("old") + rest)))
            continue;
        if (removeTree(path))
            removed << path;
    }
    return removed;
}

} // namespace core::io
