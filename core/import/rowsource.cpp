// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/rowsource.h"

#include "core/import/csvreader.h"
#include "core/import/fileformat.h"
#include "core/import/xlsxreader.h"

namespace core::import {

Result<std::unique_ptr<RowSource>> openRowSource(const QString &path, const QString &sheet)
{
    if (isZipFile(path)) {
        auto xlsx = XlsxReader::open(path, sheet);
        if (!xlsx)
            return xlsx.error();
        return std::unique_ptr<RowSource>(std::move(xlsx).value());
    }
    auto csv = CsvReader::open(path);
    if (!csv)
        return csv.error();
    return std::unique_ptr<RowSource>(std::move(csv).value());
}

} // namespace core::import
