// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace app {

/// Folder of the embedded reference data (a Qt resource path).
[[nodiscard]] QString referenceDataDir();
/// Default database: <user data folder>/ess-dashboard.sqlite (created on first use).
[[nodiscard]] QString defaultDatabasePath();
/// Installs the French translation (default) or none for English, with Qt's own strings.
void installTranslations(QCoreApplication &app, const QString &language);
/// The whole program: command-line commands without a display, else the main window.
[[nodiscard]] int run(int argc, char *argv[]);

} // namespace app
