// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace app {

/// Folder of the embedded reference data (a Qt resource path).
[[nodiscard]] QString referenceDataDir();
/// Path of a file of the shipped data/ folder ("classification/sirene-ess-1.json"):
/// $ESS_DATA_DIR, then data/ beside or above the executable, then the embedded copy; empty
/// when not found.
[[nodiscard]] QString findReferenceDataFile(const QString &relativePath);
/// The shipped ESS classification of the register, relative to data/.
[[nodiscard]] QString sireneClassificationFile();
/// The default ESS classification of the register (convention sirene-ess-bench/1).
[[nodiscard]] QString defaultSireneClassificationPath();
/// Default database: <user data folder>/ess-dashboard.sqlite (created on first use).
[[nodiscard]] QString defaultDatabasePath();
/// Installs the French translation (default) or none for English, with Qt's own strings.
void installTranslations(QCoreApplication &app, const QString &language);
/// The whole program: command-line commands without a display, else the main window.
[[nodiscard]] int run(int argc, char *argv[]);

} // namespace app
