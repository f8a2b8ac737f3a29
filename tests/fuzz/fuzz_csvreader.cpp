// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CsvReader (encoding and separator detection, RFC 4180 records, limits).
#include "core/import/csvreader.h"
#include "fuzz_filereader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto reader = core::import::CsvReader::open(fuzzInputFile(data, size, ".csv"));
    if (reader)
        drainRows(*reader.value());
    return 0;
}
