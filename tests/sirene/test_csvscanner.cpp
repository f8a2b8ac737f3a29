// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/sirene/csvscanner.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using core::sirene::CsvScanner;

namespace {

struct Collect
{
    std::vector<std::vector<std::string>> rows;
    std::string reject;      ///< filter value to skip
    std::string scratch;
    int wanted = 0;
    bool accept(std::string_view v) { return v != reject; }
    bool record(const std::string_view *values, std::size_t)
    {
        std::vector<std::string> row;
        for (int i = 0; i < wanted; ++i)
            row.emplace_back(CsvScanner::unquote(values[i], scratch));
        rows.push_back(row);
        return true;
    }
};

CsvScanner::Outcome scan(const std::string &text, const std::vector<int> &wanted, int columns,
                         Collect &c, bool eof = true, int filterSlot = -1)
{
    std::string padded = text;
    padded.append(CsvScanner::kPadding, '\0');
    c.wanted = int(wanted.size());
    return CsvScanner(columns, wanted, filterSlot).scan(padded.data(), text.size(), eof, c);
}

} // namespace

TEST_CASE("the scanner follows RFC 4180 quoting across 64-byte blocks", "[sirene]")
{
    Collect c;
    // A quoted field with commas, doubled quotes and a CRLF, longer than one 64-byte block.
    const std::string longQuoted = "\"" + std::string(70, 'x') + ",\"\"y\"\"\r\nz\"";
    const std::string text = "a," + longQuoted + ",c\r\n\"d\",e,\"f,g\"\n";
    const auto out = scan(text, { 2, 1, 0 }, 3, c);
    CHECK(out.stop == CsvScanner::Stop::Done);
    CHECK(out.consumed == text.size());
    CHECK(out.records == 2);
    CHECK(out.newlines == 3);
    REQUIRE(c.rows.size() == 2);
    CHECK(c.rows[0] == std::vector<std::string>{ "c", std::string(70, 'x') + ",\"y\"\r\nz", "a" });
    CHECK(c.rows[1] == std::vector<std::string>{ "f,g", "e", "d" });
}

TEST_CASE("the scanner stops at the last complete record unless at the end", "[sirene]")
{
    Collect c;
    const std::string text = "1,2\n3,\"4\n";
    auto out = scan(text, { 0, 1 }, 2, c, false);
    CHECK(out.stop == CsvScanner::Stop::Done);
    CHECK(out.consumed == 4);
    CHECK(c.rows.size() == 1);
    out = scan(text, { 0, 1 }, 2, c, true);
    CHECK(out.stop == CsvScanner::Stop::UnterminatedQuote);
    CHECK(out.consumed == 4);
    CHECK(out.newlines == 1);
}

TEST_CASE("the scanner reads a last record without line end and skips blank lines", "[sirene]")
{
    Collect c;
    const auto out = scan("1,2\n\n3,4", { 1 }, 2, c);
    CHECK(out.stop == CsvScanner::Stop::Done);
    CHECK(out.records == 2);
    REQUIRE(c.rows.size() == 2);
    CHECK(c.rows[1][0] == "4");
}

TEST_CASE("rejected records are skipped to their end, others field-counted", "[sirene]")
{
    Collect c;
    c.reject = "no";
    auto out = scan("no,x,\"a\nb\",1\nyes,y,z,2\n", { 0, 3 }, 4, c, true, 0);
    CHECK(out.stop == CsvScanner::Stop::Done);
    REQUIRE(c.rows.size() == 1);
    CHECK(c.rows[0] == std::vector<std::string>{ "yes", "2" });
    out = scan("yes,1\n", { 0 }, 4, c, true, 0);
    CHECK(out.stop == CsvScanner::Stop::FieldCount);
    CHECK(out.fieldCount == 2);
}
