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
    std::string reject; ///< filter value to skip
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
    CHECK(c.rows[0] == std::vector<std::string> { "c", std::string(70, 'x') + ",\"y\"\r\nz", "a" });
    CHECK(c.rows[1] == std::vector<std::string> { "f,g", "e", "d" });
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

TEST_CASE("rejected records are skipped to their end, all field-counted", "[sirene]")
{
    Collect c;
    c.reject = "no";
    auto out = scan("no,x,\"a\nb\",1\nyes,y,z,2\n", { 0, 3 }, 4, c, true, 0);
    CHECK(out.stop == CsvScanner::Stop::Done);
    REQUIRE(c.rows.size() == 1);
    CHECK(c.rows[0] == std::vector<std::string> { "yes", "2" });
    out = scan("yes,1\n", { 0 }, 4, c, true, 0);
    CHECK(out.stop == CsvScanner::Stop::FieldCount);
    CHECK(out.fieldCount == 2);
}

TEST_CASE("a rejected record with a stray comma is a field-count error", "[sirene]")
{
    Collect c;
    c.reject = "no";
    // The filter column is the second one: a comma too many in the first field shifts it, so
    // the record reads as another commune's; it must not vanish silently.
    const std::string longField(150, 'x'); // makes the skipped part span 64-byte blocks
    const std::string good = "a,yes,1,\"q,\"\"q\"\"\"\n";
    SECTION("extra field after the filter column, across blocks, with quoted commas")
    {
        const std::string text =
                good + "b,no," + longField + ",\"1,2\"," + longField + ",3\n" + good;
        const auto out = scan(text, { 0, 1 }, 4, c, true, 1);
        CHECK(out.stop == CsvScanner::Stop::FieldCount);
        CHECK(out.fieldCount == 6);
        CHECK(out.consumed == good.size());
        CHECK(out.newlines == 1);
        CHECK(c.rows.size() == 1);
    }
    SECTION("missing field in a rejected record, with or without line end")
    {
        auto out = scan(good + "b,no,1\n" + good, { 0, 1 }, 4, c, true, 1);
        CHECK(out.stop == CsvScanner::Stop::FieldCount);
        CHECK(out.fieldCount == 3);
        out = scan(good + "b,no,1", { 0, 1 }, 4, c, true, 1);
        CHECK(out.stop == CsvScanner::Stop::FieldCount);
        CHECK(out.fieldCount == 3);
    }
    SECTION("rejected records with the right count pass, quoted newlines included")
    {
        std::string text;
        for (int i = 0; i < 20; ++i)
            text += "b,no," + longField + ",\"1,\n2\"\n" + good;
        const auto out = scan(text, { 0, 1 }, 4, c, true, 1);
        CHECK(out.stop == CsvScanner::Stop::Done);
        CHECK(out.records == 40);
        CHECK(c.rows.size() == 20);
    }
    SECTION("the filter column is the last one")
    {
        auto out = scan("1,2,no\n1,2,yes\n", { 2 }, 3, c, true, 0);
        CHECK(out.stop == CsvScanner::Stop::Done);
        CHECK(c.rows.size() == 1);
        out = scan("1,2,no,3\n", { 2 }, 3, c, true, 0);
        CHECK(out.stop == CsvScanner::Stop::FieldCount);
        CHECK(out.fieldCount == 4);
    }
}
