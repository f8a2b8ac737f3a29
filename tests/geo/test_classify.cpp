// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/classify.h"

#include <catch2/catch.hpp>

using namespace core::geo;

TEST_CASE("quantile breaks put equal numbers of values in each class", "[geo][classes]")
{
    // 9 values, 2 classes: ranks 0..3 and 4..8 (floor(9/2) = 4), upper bounds 4
    // and 100.
    CHECK(quantileBreaks({ 100, 1, 2, 3, 4, 5, 6, 7, 8 }, 2) == QList<double> { 4, 100 });
    // 10 values, 5 classes: two per class.
    CHECK(quantileBreaks({ 10, 9, 8, 7, 6, 5, 4, 3, 2, 1 }, 5) == QList<double> { 2, 4, 6, 8, 10 });
    SECTION("ties never give two classes with the same bound")
    {
        // ranks 0-1, 2-3, 4-5: bounds 1, 1 (merged), 3.
        CHECK(quantileBreaks({ 1, 1, 1, 1, 2, 3 }, 3) == QList<double> { 1, 3 });
    }
    SECTION("fewer distinct values than classes")
    {
        CHECK(quantileBreaks({ 5, 5, 7 }, 5) == QList<double> { 5, 7 });
        CHECK(quantileBreaks({}, 5).isEmpty());
    }
}

TEST_CASE("natural breaks minimise the squared deviation within classes", "[geo][classes]")
{
    // {1..8} and {100}: SSD 42 + 0; any other cut leaves 100 with smaller values
    // (far more).
    CHECK(naturalBreaks({ 100, 1, 2, 3, 4, 5, 6, 7, 8 }, 2) == QList<double> { 8, 100 });
    // {1,1,2} SSD 0.667, {5,6,7} SSD 2, {15,16} SSD 0.5: total 3.17, the optimum
    // by hand.
    CHECK(naturalBreaks({ 16, 1, 5, 15, 1, 7, 2, 6 }, 3) == QList<double> { 2, 7, 16 });
    CHECK(naturalBreaks({ 1, 2, 3, 10, 11, 12, 20, 21, 22 }, 3) == QList<double> { 3, 12, 22 });
    CHECK(naturalBreaks({ 4, 4, 4 }, 5) == QList<double> { 4 });
}

TEST_CASE("a value belongs to the first class whose upper bound it does not exceed",
          "[geo][classes]")
{
    const QList<double> bounds { 2, 7, 16 };
    CHECK(classIndex(1, bounds) == 0);
    CHECK(classIndex(2, bounds) == 0);
    CHECK(classIndex(2.5, bounds) == 1);
    CHECK(classIndex(16, bounds) == 2);
}
