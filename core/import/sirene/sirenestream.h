// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sirene/csvscanner.h"
#include "core/import/sirene/sireneheader.h"
#include "core/import/sirene/sirenereader.h"
#include "core/result.h"

#include <chrono>

namespace core::sirene {

/// Progress throttled to about ten calls a second.
struct ProgressSink
{
    const SireneRequest &request;
    SireneProgress state;
    std::chrono::steady_clock::time_point last {};

    void report(bool force)
    {
        if (!request.progress)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (!force && now - last < std::chrono::milliseconds(100))
            return;
        last = now;
        request.progress(state);
    }
};

/// Streams one file through \a scanner into \a handler (EstablishmentHandler or UnitHandler),
/// after its header; returns the data rows. Errors carry the file and the physical line.
template <typename Handler>
[[nodiscard]] Result<qint64> streamFile(OpenedFile &file, const CsvScanner &scanner,
                                        Handler &handler, const SireneRequest &request,
                                        ProgressSink &progress);

} // namespace core::sirene
