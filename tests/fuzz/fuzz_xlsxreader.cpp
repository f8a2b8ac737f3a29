// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: XlsxReader (ZIP container, shared strings, styles, sheet XML, limits).
#include "core/import/xlsxreader.h"
#include "fuzz_filereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto reader = core::import::XlsxReader::open(fuzzInputFile(data, size, ".xlsx"));
    if (reader)
        drainRows(*reader.value());
    return 0;
}
