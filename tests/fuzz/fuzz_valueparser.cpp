// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ValueParser on any UTF-8 text (numbers, years, markers).
#include "core/import/valueparser.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto number = core::import::ValueParser::parseNumber(text);
    if (number && number->value && !std::isfinite(*number->value))
        std::abort(); // a parsed value is always finite
    (void)core::import::ValueParser::parseYear(text);
    (void)core::import::ValueParser::isMissingMarker(text);
    return 0;
}
