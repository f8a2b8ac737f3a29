// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvreader.h"

#include "support/qtprinters.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace core;
using namespace core::import;

namespace {
QString data(const char *name)
{
    return QStringLiteral(ESS_TEST_DATA "/import/") + QLatin1String(name);
}

std::vector<RawRow> readAll(CsvReader &reader)
{
    std::vector<RawRow> rows;
    RawRow row;
    for (;;) {
        auto more = reader.next(row);
        REQUIRE(more.ok());
        if (!*more)
            break;
        rows.push_back(row);
    }
    return rows;
}
} // namespace

TEST_CASE("CSV encodings: UTF-8, UTF-8 with BOM and CRLF, Windows-1252", "[import]")
{
    SECTION("UTF-8")
    {
        auto reader = CsvReader::open(data("utf8.csv"));
        REQUIRE(reader.ok());
        CHECK(reader.value()->encoding() == QStringLiteral("UTF-8"));
        const auto rows = readAll(*reader.value());
        REQUIRE(rows.size() == 3);
        CHECK(rows[1].cells
              == QStringList { QStringLiteral("59606"), QStringLiteral("Valenciennes"),
                               QStringLiteral("1 234") });
    }
    SECTION("BOM and CRLF: the BOM is not part of the first cell, CR not part of the last")
    {
        auto reader = CsvReader::open(data("utf8_bom_crlf.csv"));
        REQUIRE(reader.ok());
        CHECK(reader.value()->encodingKind() == CsvReader::Encoding::Utf8Bom);
        const auto rows = readAll(*reader.value());
        REQUIRE(rows.size() == 3);
        CHECK(rows[0].cells.first() == QStringLiteral("Code"));
        CHECK(rows[0].cells.last() == QStringLiteral("Effectifs"));
        CHECK(rows[2].line == 3);
    }
    SECTION("Windows-1252: é, É, en dash and no-break space")
    {
        auto reader = CsvReader::open(data("phare_cp1252.csv"));
        REQUIRE(reader.ok());
        CHECK(reader.value()->encoding() == QStringLiteral("windows-1252"));
        CHECK(reader.value()->separator() == QStringLiteral(";"));
        const auto rows = readAll(*reader.value());
        REQUIRE(rows.size() == 10);
        CHECK(rows[0].cells.first()
              == QStringLiteral("Tableau 3 \u2013 Emploi salari\u00e9 dans l'ESS par EPCI"));
        CHECK(rows[3].cells.at(3) == QStringLiteral("\u00c9tablissements ESS"));
        CHECK(rows[4].cells.at(2) == QStringLiteral("12\u00a0345"));
    }
    SECTION("the Windows-1252 table maps 0x80 to the euro sign")
    {
        CHECK(CsvReader::fromWindows1252("\x80\x92\xe9", 3)
              == QStringLiteral("\u20ac\u2019\u00e9"));
    }
}

TEST_CASE("CSV separators are detected from the first lines", "[import]")
{
    auto comma = CsvReader::open(data("comma.csv"));
    REQUIRE(comma.ok());
    CHECK(comma.value()->separator() == QStringLiteral(","));
    auto rows = readAll(*comma.value());
    CHECK(rows[1].cells.at(2) == QStringLiteral("1,5"));

    auto tab = CsvReader::open(data("tab.csv"));
    REQUIRE(tab.ok());
    CHECK(tab.value()->separator() == QStringLiteral("\t"));
    rows = readAll(*tab.value());
    CHECK(rows[1].cells.at(2) == QStringLiteral("1234,5"));

    // Decimal commas vary from line to line; semicolons do not.
    CHECK(CsvReader::detectSeparator("titre\na;b;c\n1,5;2,25;3\n4;5,5;6\n") == ';');
    CHECK(CsvReader::detectSeparator("just text\n") == 0);
}

TEST_CASE("CSV quoting: separator, doubled quote and newline inside fields", "[import]")
{
    auto reader = CsvReader::open(data("quoting.csv"));
    REQUIRE(reader.ok());
    const auto rows = readAll(*reader.value());
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].cells.at(1) == QStringLiteral("Valenciennes; ville"));
    CHECK(rows[1].cells.at(2) == QStringLiteral("dit \"la belle\""));
    // Quoted fields keep their bytes: the file writes CRLF, so the cell holds CRLF.
    CHECK(rows[2].cells.at(2) == QStringLiteral("ligne 1\r\nligne 2"));
    // Physical lines: the record on line 3 spans two lines, so the next starts on line 5.
    CHECK(rows[2].line == 3);
    CHECK(rows[3].line == 5);
    CHECK(rows[3].cells.at(1).isEmpty());
}

TEST_CASE("CSV files that are not tables are refused with a clear error", "[import]")
{
    auto empty = CsvReader::open(data("empty.csv"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(QStringLiteral("empty")));

    auto binary = CsvReader::open(data("binary.csv"));
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().message.contains(QStringLiteral("binary")));

    auto utf16 = CsvReader::open(data("utf16.csv"));
    REQUIRE_FALSE(utf16.ok());
    CHECK(utf16.error().message.contains(QStringLiteral("UTF-16")));

    auto truncated = CsvReader::open(data("truncated.csv"));
    REQUIRE(truncated.ok());
    RawRow row;
    REQUIRE(truncated.value()->next(row).ok());
    auto broken = truncated.value()->next(row);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(QStringLiteral("line 2")));
    CHECK(broken.error().message.contains(QStringLiteral("truncated")));
}

TEST_CASE("CSV encoding: the UTF-8 check is strict and sees sequences cut between reads",
          "[import]")
{
    QTemporaryDir dir;
    const auto encodingOf = [&dir](const QByteArray &bytes) {
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(f.write(bytes) == bytes.size());
        f.close();
        auto reader = CsvReader::open(path);
        REQUIRE(reader.ok());
        return reader.value()->encoding();
    };
    const QByteArray head = "code;nom\n59606;";
    // The reader decides the encoding in 1 MiB reads: put a sequence across the first boundary.
    const QByteArray pad(((1 << 20) - head.size()) - 1, 'a');
    for (const QByteArray &across :
         { QByteArray("\xC3\xA9"), QByteArray("\xE2\x82\xAC"), QByteArray("\xF0\x9F\x98\x80") }) {
        for (qsizetype shift = 0; shift < across.size(); ++shift) {
            INFO("sequence " << across.toHex().constData() << ", " << shift << " byte(s) later");
            CHECK(encodingOf(head + pad.first(pad.size() - shift) + across + "\n")
                  == QStringLiteral("UTF-8"));
            // The same cut sequence with a wrong continuation byte is not UTF-8.
            QByteArray broken = across;
            broken[broken.size() - 1] = 'x';
            CHECK(encodingOf(head + pad.first(pad.size() - shift) + broken + "\n")
                  == QStringLiteral("windows-1252"));
        }
    }
    // RFC 3629: overlong forms, surrogates, code points above U+10FFFF, a truncated sequence
    // at the end of the file.
    for (const QByteArray &bad :
         { QByteArray("\xC0\xAF"), QByteArray("\xE0\x80\xAF"), QByteArray("\xED\xA0\x80"),
           QByteArray("\xF4\x90\x80\x80"), QByteArray("\xF8\x88\x80\x80\x80") }) {
        INFO("bytes " << bad.toHex().constData());
        CHECK(encodingOf(head + "Valenciennes" + bad + "\n") == QStringLiteral("windows-1252"));
    }
    CHECK(encodingOf(head + "Valenciennes\xC3") == QStringLiteral("windows-1252"));
    CHECK(encodingOf(head + "Cond\xC3\xA9\n") == QStringLiteral("UTF-8"));
}
