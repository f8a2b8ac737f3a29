// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace core::import {

/// True when \a head starts with a ZIP local file header ("PK\3\4"): an XLSX workbook or a
/// zipped SIRENE stock file.
[[nodiscard]] bool hasZipSignature(QByteArrayView head);
/// hasZipSignature() of the file's first bytes; false when it cannot be read.
[[nodiscard]] bool isZipFile(const QString &path);

} // namespace core::import
