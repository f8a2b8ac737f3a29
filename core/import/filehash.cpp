// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/filehash.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <algorithm>
#include <memory>

namespace core::import {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FileHash)
};

constexpr qint64 kBlock = 4 << 20;
} // namespace

Result<FileHash> hashFile(const QString &path, const FileHashOptions &options)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(Error::Code::Io,
                         Tr::tr("%1: cannot open the file: %2").arg(name, file.errorString()));
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                      &EVP_MD_CTX_free);
    const auto digestError = [&name] {
        return makeError(Error::Code::Io, Tr::tr("Cannot compute the SHA-256 of %1.").arg(name));
    };
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return digestError();
    QByteArray buffer(kBlock, Qt::Uninitialized);
    FileHash hash;
    for (;;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return makeError(Error::Code::Cancelled, Tr::tr("Import cancelled"));
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(Error::Code::Io,
                             Tr::tr("%1: cannot read the file: %2").arg(name, file.errorString()));
        if (n == 0)
            break;
        if (EVP_DigestUpdate(ctx.get(), buffer.constData(), std::size_t(n)) != 1)
            return digestError();
        if (options.countNewlines)
            hash.newlines += std::count(buffer.constData(), buffer.constData() + n, '\n');
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_DigestFinal_ex(ctx.get(), digest, &size) != 1)
        return digestError();
    hash.sha256 = QByteArray(reinterpret_cast<const char *>(digest), int(size)).toHex();
    return hash;
}

} // namespace core::import
