// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

namespace core {
struct ReferenceData;
}

namespace core::storage {
class Database;

/// Key of the meta table that holds the installed reference data's version.
inline constexpr char kReferenceDataVersionKey[] = "reference_data_version";

/// The version of the reference data installed (manifest.json "version"), 0 when none; an
/// Error when the meta table cannot be read (never taken for "none": that would reinstall).
[[nodiscard]] Result<int> installedReferenceDataVersion(const Database &database);

/// Replaces the reference data in one transaction: territories upserted, sources upserted by
/// key, the reference dataset rewritten; imported datasets are untouched.
[[nodiscard]] Status installReferenceData(Database &database, const ReferenceData &data);

} // namespace core::storage
