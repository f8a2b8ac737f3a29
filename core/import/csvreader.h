// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/rowsource.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace core::import {

/// Streaming CSV reader: detects encoding (UTF-8 with or without BOM, else Windows-1252) and
/// separator (';', ',' or tab), then yields RFC 4180 records one at a time with the physical
/// line where each starts. Memory does not grow with the file. Owned by its caller; one thread.
class CsvReader final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    enum class Encoding { Utf8, Utf8Bom, Windows1252 };
    /// Limits that keep a hostile file from taking memory and time: a record of more cells than
    /// a spreadsheet has columns, or a cell over 1 MiB, is an error with its line.
    static constexpr qsizetype kMaxCellsPerLine = 16384;
    static constexpr qsizetype kMaxFieldBytes = qsizetype(1) << 20;

    /// Opens and checks the file: an Error with Code::Parse when it is not a text table (empty,
    /// binary, UTF-16, no separator), Code::Io when it cannot be read.
    [[nodiscard]] static Result<std::unique_ptr<CsvReader>> open(const QString &path);
    ~CsvReader() override;

    [[nodiscard]] Result<bool> next(RawRow &row) override;
    [[nodiscard]] QString encoding() const override;
    [[nodiscard]] QString separator() const override { return QString(QLatin1Char(m_separator)); }
    [[nodiscard]] QString fileName() const override { return m_fileName; }
    [[nodiscard]] Encoding encodingKind() const { return m_encoding; }

    /// Separator found in a sample of the first lines, or 0 when none of ';', ',', tab appears
    /// consistently. Exposed for tests.
    [[nodiscard]] static char detectSeparator(const QByteArray &sample);
    /// Windows-1252 bytes to text (0x80–0x9F through the Windows table, the rest as Latin-1).
    [[nodiscard]] static QString fromWindows1252(const char *data, qsizetype size);

private:
    CsvReader() = default;
    [[nodiscard]] bool fill();
    [[nodiscard]] int peek();
    void decodeInto(QString &out) const;
    [[nodiscard]] Error fieldTooLong(int line) const;

    QFile m_file;
    QString m_fileName;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    int m_line = 1;
    char m_separator = ';';
    Encoding m_encoding = Encoding::Utf8;
    QByteArray m_field;
};

} // namespace core::import
