// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace app {

/// Resizes a window to `preferred`, or less on a screen too small for it (1024 × 600 netbooks).
inline void fitToScreen(QWidget *window, const QSize &preferred)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    QSize size = preferred;
    if (screen)
        size = size.boundedTo(screen->availableGeometry().size() - QSize(16, 48));
    window->resize(size.expandedTo(window->minimumSizeHint()).boundedTo(preferred));
}

} // namespace app
