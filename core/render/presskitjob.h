// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/render/presskit.h"

#include <QObject>
#include <QString>

namespace core {
class Job;
class Workspace;
} // namespace core

namespace core::render {

/// Starts writing a press kit as a job of `workspace` (Workspace::startReadingJob), owned by
/// `parent`. The job's own Workspace opens the same database with the reference data of
/// `referenceDataDir`. Progress counts steps out of the kit's file count; the result is a
/// PressKitReport; a cancel stops between two files, removes the half kit, keeps the previous
/// one, and fails with Error::Code::Cancelled.
[[nodiscard]] Job *startPressKit(const Workspace &workspace, const QString &referenceDataDir,
                                 PressKitOptions options, QObject *parent);

} // namespace core::render
