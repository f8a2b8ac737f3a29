// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/vocabulary.h"

#include <catch2/catch.hpp>

using namespace core;

TEST_CASE("sectors are all or a NAF section letter", "[domain]")
{
    CHECK(vocabulary::isSector(QStringLiteral("all")));
    CHECK(vocabulary::isSector(QStringLiteral("Q")));
    CHECK_FALSE(vocabulary::isSector(QStringLiteral("V")));
    CHECK_FALSE(vocabulary::isSector(QStringLiteral("q")));
    CHECK(vocabulary::isShare(QStringLiteral("employment_share")));
    CHECK_FALSE(vocabulary::isShare(QStringLiteral("employees")));
    CHECK(vocabulary::unitOf(QStringLiteral("avg_employees")) == QStringLiteral("ratio"));
}
