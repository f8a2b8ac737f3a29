// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace core::storage {

/// One schema step: statements run in order in one transaction, then user_version = version.
struct Migration
{
    int version;
    QStringList statements;
};

/// Every released migration, in order. Never edit a released one: append a new version.
[[nodiscard]] const QList<Migration> &migrations();

} // namespace core::storage
