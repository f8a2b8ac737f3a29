// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QFileInfo>
#include <QString>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace testsupport {

/// Makes a file unwritable for this process until destroyed: mode 0444, and for root (whom
/// permissions do not stop) the file system's immutable flag. ok() is false when neither holds
/// (root on a file system without the flag): the caller then cannot test a refused write.
/// A folder is made read-only the same way (mode 0555): nothing can be created in it, as on a
/// read-only disk.
class WriteProtect final
{
public:
    explicit WriteProtect(const QString &path)
        : m_path(path)
    {
        m_mode = QFile::permissions(path);
        const bool folder = QFileInfo(path).isDir();
        QFile::Permissions readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        if (folder)
            readOnly |= QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QFile::setPermissions(path, readOnly);
        if (::geteuid() == 0)
            m_immutable = setImmutable(true);
        if (folder) {
            const QByteArray probe = QFile::encodeName(path + QStringLiteral("/.write-probe"));
            const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
            m_ok = fd < 0;
            if (fd >= 0) {
                ::close(fd);
                ::unlink(probe.constData());
            }
            return;
        }
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
        m_ok = fd < 0;
        if (fd >= 0)
            ::close(fd);
    }
    ~WriteProtect()
    {
        if (m_immutable)
            setImmutable(false);
        QFile::setPermissions(m_path, m_mode);
    }
    WriteProtect(const WriteProtect &) = delete;
    WriteProtect &operator=(const WriteProtect &) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }

private:
    bool setImmutable(bool on)
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY);
        if (fd < 0)
            return false;
        int flags = 0;
        bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (done) {
            flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return done;
    }

    QString m_path;
    QFile::Permissions m_mode;
    bool m_immutable = false;
    bool m_ok = false;
};

} // namespace testsupport
