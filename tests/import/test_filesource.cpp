// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/fileformat.h"
#include "core/import/filehash.h"
#include "core/import/rowsource.h"

#include "support/qtprinters.h"
#include "support/testdb.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <atomic>

using namespace core;
using namespace core::import;

namespace {
QString data(const char *name)
{
    return testsupport::fixture(QStringLiteral("import/") + QLatin1String(name));
}
} // namespace

TEST_CASE("a file's SHA-256 and line count come from one read", "[import]")
{
    // utf8.csv: a header and two data lines, each ending with '\n'.
    auto plain = hashFile(data("utf8.csv"));
    REQUIRE(plain.ok());
    CHECK(plain->sha256 == testsupport::fileHash(data("utf8.csv")));
    CHECK(plain->newlines == 0); // not asked

    FileHashOptions counting;
    counting.countNewlines = true;
    auto counted = hashFile(data("utf8.csv"), counting);
    REQUIRE(counted.ok());
    CHECK(counted->sha256 == plain->sha256);
    CHECK(counted->newlines == 3);

    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QFile(empty).open(QIODevice::WriteOnly);
    auto none = hashFile(empty, counting);
    REQUIRE(none.ok());
    // sha256sum < /dev/null
    CHECK(none->sha256 == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(none->newlines == 0);
}

TEST_CASE("hashing a missing file or a cancelled one fails with its reason", "[import]")
{
    auto missing = hashFile(data("no-such-file.csv"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == Error::Code::Io);
    CHECK(missing.error().message.contains(QStringLiteral("no-such-file.csv")));

    const std::atomic<bool> cancel { true };
    FileHashOptions options;
    options.cancel = &cancel;
    auto cancelled = hashFile(data("utf8.csv"), options);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == Error::Code::Cancelled);
}

TEST_CASE("a ZIP is told by its first four bytes, whatever its name", "[import]")
{
    CHECK(hasZipSignature(QByteArrayView("PK\x03\x04rest", 8)));
    CHECK_FALSE(hasZipSignature(QByteArrayView("PK\x05\x06", 4))); // an empty archive's end
    CHECK_FALSE(hasZipSignature("PK"));
    CHECK_FALSE(hasZipSignature({}));
    CHECK(isZipFile(data("phare.xlsx")));
    CHECK_FALSE(isZipFile(data("utf8.csv")));
    CHECK_FALSE(isZipFile(data("no-such-file.csv")));

    QTemporaryDir dir;
    const QString renamed = dir.filePath(QStringLiteral("table.csv"));
    REQUIRE(QFile::copy(data("phare.xlsx"), renamed));
    CHECK(isZipFile(renamed));
}

TEST_CASE("openRowSource reads a workbook as XLSX and anything else as CSV", "[import]")
{
    auto csv = openRowSource(data("utf8.csv"));
    REQUIRE(csv.ok());
    CHECK(csv.value()->encoding() == QStringLiteral("UTF-8"));
    CHECK(csv.value()->separator() == QStringLiteral(";"));

    auto xlsx = openRowSource(data("features.xlsx"), QStringLiteral("Donn\u00e9es"));
    REQUIRE(xlsx.ok());
    CHECK(xlsx.value()->encoding() == QStringLiteral("xlsx"));
    RawRow row;
    REQUIRE(*xlsx.value()->next(row));
    CHECK(row.cells.at(6) == QStringLiteral("Bool\u00e9en"));

    auto unknownSheet = openRowSource(data("features.xlsx"), QStringLiteral("Nope"));
    REQUIRE_FALSE(unknownSheet.ok());
    CHECK(unknownSheet.error().code == Error::Code::NotFound);

    auto binary = openRowSource(data("binary.csv"));
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().message.contains(QStringLiteral("binary.csv")));
}
