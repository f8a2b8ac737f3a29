// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/fileformat.h"

#include <QFile>

namespace core::import {

bool hasZipSignature(QByteArrayView head)
{
    return head.startsWith(QByteArrayView("PK\x03\x04", 4));
}

bool isZipFile(const QString &path)
{
    QFile probe(path);
    return probe.open(QIODevice::ReadOnly) && hasZipSignature(probe.read(4));
}

} // namespace core::import
