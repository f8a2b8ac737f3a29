// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/rowsource.h"

#include <QFile>
#include <QString>

#include <cstdint>
#include <unistd.h>

/// The readers open paths: each input goes to one temporary file of this process.
inline QString fuzzInputFile(const uint8_t *data, size_t size, const char *suffix)
{
    const QString path =
            QStringLiteral("/tmp/ess-fuzz-%1%2").arg(::getpid()).arg(QLatin1String(suffix));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    return path;
}

/// Reads every row of a source, as an import would (bounded, so a fuzz run cannot loop).
template <typename Source> void drainRows(Source &source)
{
    core::import::RawRow row;
    for (int i = 0; i < 100000; ++i) {
        auto more = source.next(row);
        if (!more || !*more)
            return;
    }
}
