// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/rowsource.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace core::import {

/// Limits against zip bombs, checked from the ZIP directory and again while inflating.
struct XlsxLimits
{
    qint64 maxEntrySize = 200LL * 1024 * 1024; ///< uncompressed bytes per ZIP entry
    double maxRatio = 100.0; ///< uncompressed / compressed
    /// Entries smaller than this are not ratio-checked (small XML compresses very well and
    /// cannot hurt).
    qint64 ratioFloor = 1024 * 1024;
    /// Cells of the sheet, counting the empty ones left of each value (memory and time).
    qint64 maxCells = 20'000'000;
};

/// Streaming reader of one XLSX sheet: rows in order with their spreadsheet row numbers, cells
/// at their column (A1 references), shared and inline strings, numbers, booleans, dates (as
/// ISO text when the cell's number format is a date) and cached formula results. libzip
/// reads the archive, QXmlStreamReader the XML. Owned by its caller; one thread.
class XlsxReader final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    /// Opens the sheet called sheet (the first one when empty). Errors: Code::Io, Code::Parse
    /// (not an XLSX file, damaged XML, zip bomb), Code::NotFound (no such sheet).
    [[nodiscard]] static Result<std::unique_ptr<XlsxReader>>
    open(const QString &path, const QString &sheet = {}, const XlsxLimits &limits = {});
    ~XlsxReader() override;

    [[nodiscard]] Result<bool> next(RawRow &row) override;
    [[nodiscard]] QString encoding() const override { return QStringLiteral("xlsx"); }
    [[nodiscard]] QString separator() const override { return {}; }
    [[nodiscard]] QString fileName() const override;
    /// Sheet names in workbook order.
    [[nodiscard]] QStringList sheetNames() const;
    [[nodiscard]] QString sheetName() const;

    /// 0-based column of an A1 reference ("C7" -> 2), or -1.
    [[nodiscard]] static int columnOfReference(QStringView reference);
    /// Excel serial date to ISO text: "2021-12-31", with " HH:MM:SS" when there is a time.
    [[nodiscard]] static QString serialToIso(double serial, bool date1904);

private:
    XlsxReader();
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace core::import
