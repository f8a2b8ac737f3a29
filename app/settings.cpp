// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settings.h"

#include <QSettings>

namespace app::settings {

namespace {
QVariant get(const char *key, const QVariant &fallback = {})
{
    return QSettings().value(QLatin1String(key), fallback);
}
void set(const char *key, const QVariant &value)
{
    QSettings().setValue(QLatin1String(key), value);
}
} // namespace

QString lastTerritory(const QString &fallback)
{
    return get("dashboard/territory", fallback).toString();
}
void setLastTerritory(const QString &code)
{
    set("dashboard/territory", code);
}
QString referenceTerritory(const QString &fallback)
{
    return get("dashboard/reference", fallback).toString();
}
void setReferenceTerritory(const QString &code)
{
    set("dashboard/reference", code);
}
QByteArray windowGeometry()
{
    return get("window/geometry").toByteArray();
}
void setWindowGeometry(const QByteArray &geometry)
{
    set("window/geometry", geometry);
}
QByteArray windowState()
{
    return get("window/state").toByteArray();
}
void setWindowState(const QByteArray &state)
{
    set("window/state", state);
}
int currentTab()
{
    return get("window/tab", 0).toInt();
}
void setCurrentTab(int index)
{
    set("window/tab", index);
}
QString language()
{
    return get("ui/language", QStringLiteral("fr")).toString();
}
void setLanguage(const QString &language)
{
    set("ui/language", language);
}
QString lastExportDir()
{
    return get("export/dir").toString();
}
void setLastExportDir(const QString &dir)
{
    set("export/dir", dir);
}
QString kitByline(const QString &fallback)
{
    return get("export/byline", fallback).toString();
}
void setKitByline(const QString &byline)
{
    set("export/byline", byline);
}
QString kitLogo()
{
    return get("export/logo").toString();
}
void setKitLogo(const QString &path)
{
    set("export/logo", path);
}

} // namespace app::settings
