// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/dialogs/exportdialog.h"
#include "app/mainwindow.h"
#include "core/charts/chartbuilder.h"
#include "core/workspace.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QToolBar>

TEST_CASE("the export dialog previews the chosen preset and lists findings", "[app][export][gui]")
{
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("gui.sqlite")), app::referenceDataDir())
                    .ok());
    const core::charts::ChartBuilder builder(workspace);
    app::ExportDialog dialog(workspace,
                             builder.build(QStringLiteral("jobs-share"), QStringLiteral("ARR:596"),
                                           QStringLiteral("REG:32")));
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.outputPixels() == QSize(2400, 1350));
    REQUIRE(dialog.preview()->pixmap().width() > 0);
    const double socialRatio =
            double(dialog.preview()->pixmap().width()) / dialog.preview()->pixmap().height();
    CHECK(socialRatio == Approx(16.0 / 9).epsilon(0.02));
    dialog.setPreset(QStringLiteral("square"));
    CHECK(dialog.outputPixels() == QSize(2160, 2160));
    CHECK(dialog.preview()->pixmap().width() == dialog.preview()->pixmap().height());
    dialog.setPreset(QStringLiteral("print"));
    CHECK(dialog.outputPixels() == QSize(3508, 2480));
    CHECK(dialog.findings().size() == 1); // "no problem found"
    const QString shots = QStringLiteral(ESS_SCREENSHOT_DIR);
    QDir().mkpath(shots);
    CHECK(dialog.grab().save(shots + QStringLiteral("/export-dialog.png")));
}

TEST_CASE("the press kit is in the File menu and on the toolbar", "[app][export][gui]")
{
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("gui.sqlite")), app::referenceDataDir())
                    .ok());
    app::MainWindow window(workspace);
    auto *action = window.findChild<QAction *>(QStringLiteral("pressKitAction"));
    REQUIRE(action != nullptr);
    bool inMenu = false;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(action))
            inMenu = true;
    CHECK(inMenu);
    bool onToolbar = false;
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        onToolbar = onToolbar || bar->actions().contains(action);
    CHECK(onToolbar);
}
