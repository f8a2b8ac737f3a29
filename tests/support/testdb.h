// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace testsupport {

/// The shipped reference data folder of this checkout.
inline QString referenceDataDir()
{
    return QStringLiteral(ESS_SOURCE_DIR "/data");
}

/// A fixture folder under tests/data.
inline QString fixture(const QString &relative)
{
    return QStringLiteral(ESS_TEST_DATA "/") + relative;
}

/// SHA-256 of a file's bytes, to prove a database file was left untouched.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace testsupport
