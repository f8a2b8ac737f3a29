// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace core {

/// Rows of a table model as tab-separated text (header line first), as spreadsheets paste it:
/// the displayed texts, tabs and line breaks inside a cell turned into spaces.
[[nodiscard]] QString rowsToTsv(const QAbstractItemModel &model, const QList<int> &rows);

/// The whole model as CSV for French spreadsheets: ";" separator, RFC 4180 quoting, numbers
/// (cells whose `numberRole` holds a number) with a decimal comma and no grouping, UTF-8 with
/// BOM, CRLF line ends.
[[nodiscard]] QByteArray modelToCsv(const QAbstractItemModel &model, int numberRole);

} // namespace core
