// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/sirene/classification.h"
#include "core/import/sirene/sirenereader.h"

#include <QByteArray>
#include <QJsonObject>

namespace core::sirene {

/// The figures in the exact shape of the bench's EXPECTED.json (classification.md §4): only
/// the keys listed there, so employer counts and provenance are left out on purpose.
[[nodiscard]] QJsonObject benchJsonObject(const SireneReport &report,
                                          const Classification &classification);
/// benchJsonObject() as indented UTF-8 text with a final newline.
[[nodiscard]] QByteArray benchJson(const SireneReport &report,
                                   const Classification &classification);

} // namespace core::sirene
