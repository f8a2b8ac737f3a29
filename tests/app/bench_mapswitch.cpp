// SPDX-License-Identifier: GPL-3.0-or-later
// Territory switch time with and without the Map tab visible. Hidden from ctest (tag "[.]"):
// bench/mapswitch/run.sh runs it on demand and prints the medians; nothing here asserts a time.
#include "app/application.h"
#include "app/mainwindow.h"
#include "core/workspace.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
double medianSwitchMs(app::MainWindow &window, int tab, int rounds)
{
    window.tabs()->setCurrentIndex(tab);
    QApplication::processEvents();
    const QStringList codes { QStringLiteral("EPCI:245901160"), QStringLiteral("COM:59606"),
                              QStringLiteral("EPCI:200042190"), QStringLiteral("ARR:596") };
    QList<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        window.selectTerritory(codes.at(i % codes.size()));
        window.repaint(); // the switch ends when the window is painted again
        QApplication::processEvents();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

TEST_CASE("territory switch time with and without the map visible", "[.][bench][map]")
{
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("bench.sqlite")), app::referenceDataDir())
                    .ok());
    app::MainWindow window(workspace);
    window.resize(1440, 960);
    window.show();
    QApplication::processEvents();
    const int rounds = qEnvironmentVariableIntValue("ESS_BENCH_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("ESS_BENCH_ROUNDS")
            : 50;
    medianSwitchMs(window, 1, 8); // warm-up: caches, fonts
    const double chart = medianSwitchMs(window, 1, rounds);
    const double map = medianSwitchMs(window, 0, rounds);
    std::printf("territory switch, median of %d (offscreen, 1440 x 960):\n"
                "  jobs chart tab visible: %.1f ms\n  map tab visible:        %.1f ms\n"
                "  ratio map / chart:      %.2f\n",
                rounds, chart, map, map / chart);
    CHECK(chart > 0);
}
