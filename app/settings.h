// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace app::settings {

/// The only place that knows QSettings keys. Values are remembered between sessions; before
/// the first choice, the fallback (the reference data's defaults, core::Defaults).
[[nodiscard]] QString lastTerritory(const QString &fallback);
void setLastTerritory(const QString &code);
[[nodiscard]] QString referenceTerritory(const QString &fallback);
void setReferenceTerritory(const QString &code);
[[nodiscard]] QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
[[nodiscard]] QByteArray windowState();
void setWindowState(const QByteArray &state);
[[nodiscard]] int currentTab();
void setCurrentTab(int index);
/// "fr" (default) or "en".
[[nodiscard]] QString language();
void setLanguage(const QString &language);
[[nodiscard]] QString lastExportDir();
void setLastExportDir(const QString &dir);
/// The signature and logo of exported charts (no logo by default).
[[nodiscard]] QString kitByline(const QString &fallback);
void setKitByline(const QString &byline);
[[nodiscard]] QString kitLogo();
void setKitLogo(const QString &path);

} // namespace app::settings
