// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace core::io {

/// A translated text for a system error number, naming disk-full, quota and
/// file-size limits as such (never "Unknown error").
[[nodiscard]] QString systemErrorText(int errnum);

/// True when `path` itself is a symbolic link (lstat: the link is not
/// followed).
[[nodiscard]] bool isSymLink(const QString &path);

/// Writes `bytes` to `path` through a temporary file in the same folder and a
/// rename, so that readers see the old file or the new one, never a part. Never
/// follows a symbolic link: a link at `path` is refused, the temporary file is
/// created with O_EXCL. Errors name the file and the cause (disk full, quota,
/// file too large).
[[nodiscard]] Status writeFileAtomically(const QString &path, const QByteArray &bytes);

/// Creates `path` as a new, private (0700) folder; fails if anything exists
/// there, so that no one else's file or link can be inside it while it is
/// filled.
[[nodiscard]] Status createPrivateFolder(const QString &path);

/// Gives a folder made by createPrivateFolder the permissions a new folder
/// would have (umask).
[[nodiscard]] Status publishFolder(const QString &path);

/// Exchanges two paths atomically (renameat2 RENAME_EXCHANGE); where the file
/// system cannot, moves `current` aside to `aside` and `replacement` in its
/// place, restoring on failure. Afterwards `current` holds what was
/// `replacement`, and `aside` the old `current`.
[[nodiscard]] Status swapFolders(const QString &replacement, const QString &current,
                                 const QString &aside);

/// Renames `from` to `to`, never replacing an existing `to`.
[[nodiscard]] Status renameNoReplace(const QString &from, const QString &to);

/// Removes a folder and everything in it without following symbolic links (a
/// link is removed, never what it points to).
bool removeTree(const QString &path);

/// True when no process has this id any more (kill(pid, 0) says ESRCH): the
/// files it was building are orphans. False for this process and for any doubt.
[[nodiscard]] bool processIsGone(qint64 pid);

/// Removes the build folders ".NAME.new-PID-HEX" and ".NAME.old-PID-HEX" that a
/// process killed while writing `finalPath` (NAME) left beside it: only ours,
/// only when that process is gone, and never the last copy (a swap cut between
/// its two renames while `finalPath` is missing). Returns the folders removed.
QStringList removeOrphanedBuildFolders(const QString &finalPath);

} // namespace core::io
