// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the SIRENE record scanner (SIMD masks, quotes, field counts), 6 columns,
// slots 0, 2 and 5, filtering on slot 0 as the establishment pass filters on the commune.
#include "core/import/sirene/csvscanner.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace {
struct Handler
{
    std::size_t seen = 0;
    bool accept(std::string_view v) { return !v.empty() && (v.front() & 1); }
    bool record(const std::string_view *values, std::size_t)
    {
        seen += values[0].size() + values[1].size() + values[2].size();
        return true;
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::string buf(reinterpret_cast<const char *>(data), size);
    buf.append(core::sirene::CsvScanner::kPadding, '\0');
    const core::sirene::CsvScanner scanner(6, { 0, 2, 5 }, 0);
    Handler handler;
    std::size_t pos = 0;
    for (int guard = 0; guard < 1000 && pos <= size; ++guard) {
        const auto out = scanner.scan(buf.data() + pos, size - pos, true, handler);
        if (out.stop != core::sirene::CsvScanner::Stop::Done || out.consumed == 0)
            break;
        pos += out.consumed;
    }
    return 0;
}
