#include <catch2/catch.hpp>
TEST_CASE("placeholder", "[app]") { CHECK(1 + 1 == 2); }
