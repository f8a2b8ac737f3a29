// SPDX-License-Identifier: GPL-3.0-or-later
// Input that used to lose data silently: merged records, ambiguous counts, implausible values,
// footers holding the separator, and the limits that keep hostile files cheap to refuse.
#include "core/import/xlsxreader.h"
#include "support/clirun.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using testsupport::runCli;

namespace {
QString writeCsv(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

testsupport::CliRun dryImport(const QTemporaryDir &dir, const QString &file,
                              const QString &map = QStringLiteral("Salariés ESS=employees:ess"))
{
    return runCli({ QStringLiteral("import"), file, QStringLiteral("--territory-column"),
                    QStringLiteral("Code"), QStringLiteral("--year"), QStringLiteral("2021"),
                    QStringLiteral("--map"), map, QStringLiteral("--source-title"),
                    QStringLiteral("Essai"), QStringLiteral("--dry-run"), QStringLiteral("--db"),
                    dir.filePath(QStringLiteral("db.sqlite")) });
}
} // namespace

TEST_CASE("a record with more cells than the header is refused with its line",
          "[importcli][hardening]")
{
    QTemporaryDir dir;
    // Two records merged (a line end lost): the second establishment used to vanish.
    const auto r = dryImport(dir,
                             writeCsv(dir, QStringLiteral("merged.csv"),
                                      "Code;Salariés ESS\n59606;120\n59014;80;59178;40\n"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("line 3 has 4 cells")));
    CHECK(r.err.contains(QStringLiteral("2 columns")));
}

TEST_CASE("a count written 1,234 or 1.234 is refused with both readings", "[importcli][hardening]")
{
    QTemporaryDir dir;
    for (const char *value : { "1,234", "1.234" }) {
        INFO(value);
        const auto r = dryImport(dir,
                                 writeCsv(dir, QStringLiteral("count.csv"),
                                          QByteArray("Code;Salariés ESS\n59606;") + value + "\n"));
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("line 2, column 2")));
        CHECK(r.err.contains(QStringLiteral("ambiguous")));
        CHECK(r.err.contains(QStringLiteral("1,234 (decimal)")));
        CHECK(r.err.contains(QStringLiteral("1 234 (thousands)")));
    }
    SECTION("a fraction of a person is refused too")
    {
        const auto r = dryImport(
                dir, writeCsv(dir, QStringLiteral("half.csv"), "Code;Salariés ESS\n59606;12,5\n"));
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("not a whole number")));
    }
    SECTION("unambiguous thousands and decimals where they belong are accepted")
    {
        const auto counts = dryImport(dir,
                                      writeCsv(dir, QStringLiteral("ok.csv"),
                                               "Code;Salariés ESS\n59606;1.234.567\n"
                                               "59014;12 345\nARR:596;1234\n"));
        INFO(counts.err.toStdString());
        CHECK(counts.code == 0);
        const auto share = dryImport(
                dir, writeCsv(dir, QStringLiteral("share.csv"), "Code;Part ESS\n59606;1,234\n"),
                QStringLiteral("Part ESS=employment_share:ess"));
        INFO(share.err.toStdString());
        CHECK(share.code == 0);
    }
    SECTION("a value no French territory can have is refused")
    {
        const auto r = dryImport(
                dir, writeCsv(dir, QStringLiteral("huge.csv"), "Code;Salariés ESS\n59606;1e308\n"));
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("plausible")));
    }
}

TEST_CASE("footer lines holding the separator are notes, not data", "[importcli][hardening]")
{
    QTemporaryDir dir;
    const QString file = writeCsv(dir, QStringLiteral("footer.csv"),
                                  "Code;Salariés ESS\n59606;120\n59014;80\n"
                                  "Source : Insee, Flores ; valeurs arrondies\n"
                                  "Champ : salariés ; hors agriculture\n© Insee ; 2024\n");
    const auto r = dryImport(dir, file);
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    const auto inspect = runCli({ QStringLiteral("inspect"), file });
    REQUIRE(inspect.code == 0);
    CHECK(inspect.out.contains(QStringLiteral("Source : Insee, Flores; valeurs arrondies")));
    CHECK(inspect.out.contains(QStringLiteral("© Insee; 2024")));
}

TEST_CASE("hostile sizes are refused early with a clear error", "[importcli][hardening]")
{
    QTemporaryDir dir;
    SECTION("a line of more cells than a spreadsheet has columns")
    {
        QByteArray wide = "Code;Salariés ESS\n59606";
        for (int i = 0; i < 20000; ++i)
            wide += ";1";
        const auto r = dryImport(dir, writeCsv(dir, QStringLiteral("wide.csv"), wide + '\n'));
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("more than 16384 cells")));
    }
    SECTION("a cell over 1 MiB")
    {
        const QByteArray big = "Code;Salariés ESS\n\"" + QByteArray(2 << 20, 'x') + "\";1\n";
        const auto r = dryImport(dir, writeCsv(dir, QStringLiteral("big.csv"), big));
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("longer than 1 MiB")));
    }
    SECTION("an XLSX sheet holding too many cells")
    {
        core::import::XlsxLimits limits;
        limits.maxCells = 2;
        auto reader = core::import::XlsxReader::open(
                QStringLiteral(ESS_TEST_DATA "/import/features.xlsx"),
                QStringLiteral("Donn\u00e9es"), limits);
        REQUIRE(reader.ok());
        core::import::RawRow row;
        QString error;
        for (int i = 0; i < 100 && error.isEmpty(); ++i) {
            auto more = reader.value()->next(row);
            if (!more)
                error = more.error().message;
            else if (!*more)
                break;
        }
        CHECK(error.contains(QStringLiteral("more than 2 cells")));
    }
}
