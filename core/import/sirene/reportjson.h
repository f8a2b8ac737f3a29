// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sirene/classification.h"
#include "core/import/sirene/sirenereader.h"

#include <QByteArray>
#include <QJsonObject>

namespace core::sirene {

/// The figures in the exact shape of EXPECTED.json of the SIRENE reference kit (classification.md
/// §4), which the benchmark's peers print too: only the keys listed there, so employer counts and
/// provenance are left out on purpose.
[[nodiscard]] QJsonObject reportJsonObject(const SireneReport &report,
                                           const Classification &classification);
/// reportJsonObject() as indented UTF-8 text with a final newline.
[[nodiscard]] QByteArray reportJson(const SireneReport &report,
                                    const Classification &classification);

} // namespace core::sirene
