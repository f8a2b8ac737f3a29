// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/arguments.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

using app::cli::Arguments;
using app::cli::OptionSpec;

namespace {
const QList<OptionSpec> kSpecs {
    { QStringLiteral("--db") },
    { QStringLiteral("--territory"), true, true },
    { QStringLiteral("--value") },
    { QStringLiteral("--json"), false },
};

Arguments parsed(const QStringList &args, int maxPositionals = 1)
{
    Arguments a;
    const bool ok = a.parse(args, kSpecs, maxPositionals);
    CHECK(ok == a.error().isEmpty());
    return a;
}
} // namespace

TEST_CASE("command options: values, flags, repeats and positionals", "[app][cli]")
{
    const Arguments a = parsed({ QStringLiteral("file.csv"), QStringLiteral("--db=x.sqlite"),
                                 QStringLiteral("--territory"), QStringLiteral("COM:59606"),
                                 QStringLiteral("--territory=ARR:596"), QStringLiteral("--json"),
                                 QStringLiteral("--value"), QStringLiteral("-5") });
    REQUIRE(a.error().isEmpty());
    CHECK(a.positionals() == QStringList { QStringLiteral("file.csv") });
    CHECK(a.value(QStringLiteral("--db")) == QStringLiteral("x.sqlite"));
    CHECK(a.values(QStringLiteral("--territory"))
          == QStringList { QStringLiteral("COM:59606"), QStringLiteral("ARR:596") });
    CHECK(a.has(QStringLiteral("--json")));
    CHECK(a.value(QStringLiteral("--value")) == QStringLiteral("-5")); // a value, not an option
    CHECK_FALSE(a.has(QStringLiteral("--missing")));
    CHECK(a.value(QStringLiteral("--missing"), QStringLiteral("d")) == QStringLiteral("d"));
}

TEST_CASE("command options: each mistake is named in the message", "[app][cli]")
{
    CHECK(parsed({ QStringLiteral("--dbb"), QStringLiteral("x") }).error()
          == QStringLiteral("Unknown option \"--dbb\". Accepted options: --db, --territory, "
                            "--value, --json."));
    CHECK(parsed({ QStringLiteral("-x") })
                  .error()
                  .startsWith(QStringLiteral("Unknown option \"-x\".")));
    CHECK(parsed({ QStringLiteral("--db"), QStringLiteral("a"), QStringLiteral("--db=b") }).error()
          == QStringLiteral("The option --db is given twice."));
    CHECK(parsed({ QStringLiteral("--json"), QStringLiteral("--json") }).error()
          == QStringLiteral("The option --json is given twice."));
    CHECK(parsed({ QStringLiteral("--json=yes") }).error()
          == QStringLiteral("The option --json takes no value."));
    CHECK(parsed({ QStringLiteral("--territory") }).error()
          == QStringLiteral("The option --territory needs a value."));
    CHECK(parsed({ QStringLiteral("a"), QStringLiteral("b") }).error()
          == QStringLiteral("Unexpected argument \"b\"."));
    CHECK(parsed({ QStringLiteral("a") }, 0).error()
          == QStringLiteral("Unexpected argument \"a\"."));
}
