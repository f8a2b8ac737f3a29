// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace app {

/// Event filter that lets a window accept table files dropped on it (.csv, .txt, .xlsx) and
/// announces them, so the window itself needs no drag-and-drop overrides. GUI thread.
class FileDropFilter final : public QObject
{
    Q_OBJECT
public:
    /// Installs itself on `window` and turns on its drops.
    explicit FileDropFilter(QWidget *window);

    [[nodiscard]] static bool isTableFile(const QString &path);

signals:
    void fileDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace app
