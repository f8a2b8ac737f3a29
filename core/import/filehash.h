// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace core::import {

struct FileHashOptions
{
    /// Also count the file's '\n' bytes (the CSV import's progress total).
    bool countNewlines = false;
    /// When it becomes true, hashing stops with Error::Code::Cancelled.
    const std::atomic<bool> *cancel = nullptr;
};

struct FileHash
{
    QByteArray sha256; ///< lower-case hex, 64 characters
    qint64 newlines = 0; ///< '\n' bytes; 0 unless FileHashOptions::countNewlines
};

/// SHA-256 of a file's bytes, the identity of every imported file (tables and SIRENE stocks).
/// OpenSSL's EVP: Qt 6.4's QCryptographicHash is about ten times slower on the stock files.
/// Reads in 4 MiB blocks on the calling thread; errors name the file (Code::Io).
[[nodiscard]] Result<FileHash> hashFile(const QString &path, const FileHashOptions &options = {});

} // namespace core::import
