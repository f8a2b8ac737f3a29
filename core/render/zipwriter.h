// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace core::render {

/// Writes ZIP archives whose bytes depend only on the files given and one time stamp, with
/// libzip (the library the XLSX and SIRENE readers open ZIP files with): no hand-written format
/// code, and what libzip leaves variable is fixed here. Any thread.
class ZipWriter final
{
    // The kit's messages keep one translation context.
    Q_DECLARE_TR_FUNCTIONS(PressKit)
public:
    /// Writes `files` (paths relative to `root`, "/"-separated, stored under those names in
    /// UTF-8) into `zipPath`, in that order, deflated, every entry stamped `mtime` as read on a
    /// UTC clock (whatever the local time zone). libzip writes a temporary file beside `zipPath`
    /// and renames it on success: never a partial archive.
    [[nodiscard]] static Status write(const QString &zipPath, const QString &root,
                                      const QStringList &files, const QDateTime &mtime);
};

} // namespace core::render
