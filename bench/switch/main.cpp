// SPDX-License-Identifier: GPL-3.0-or-later
// Territory switch benchmark (#12): time from the selection to the end of the repaint of the
// main window, offscreen, median of N switches, on the chart tab and on the Communes tab,
// optionally with a SIRENE register import loaded. Run on demand (bench/switch/run.sh), never
// by ctest.
#include "app/application.h"
#include "app/cli/cli.h"
#include "app/mainwindow.h"
#include "core/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty()
            ? 0
            : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

struct Timing
{
    double median = 0; ///< wall-clock ms
    double max = 0;
    double cpuMedian = 0; ///< CPU ms of this process (less sensitive to a loaded machine)
};

/// Wall-clock and CPU milliseconds of `runs` switches between the territories of `codes`;
/// `cold`: the workspace's figure cache is dropped before each switch (the code before #12).
Timing measure(app::MainWindow &window, core::Workspace &workspace, const QStringList &codes,
               int runs, bool cold)
{
    std::vector<double> times;
    std::vector<double> cpu;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        const QString &code = codes.at(i % codes.size());
        if (cold)
            workspace.clearCache();
        const std::clock_t c0 = std::clock();
        timer.start();
        window.selectTerritory(code);
        window.repaint(); // synchronous: every visible widget painted
        QApplication::processEvents();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(1000.0 * double(std::clock() - c0) / CLOCKS_PER_SEC);
    }
    return { median(times), *std::max_element(times.begin(), times.end()), median(cpu) };
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PHARE-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("ess-dashboard-switch-bench"));
    QStringList args = QCoreApplication::arguments().mid(1);
    int runs = 50;
    QString units, establishments;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--runs")
            runs = args.at(i + 1).toInt();
        else if (args.at(i) == u"--unites-legales")
            units = args.at(i + 1);
        else if (args.at(i) == u"--etablissements")
            establishments = args.at(i + 1);
    }
    app::installTranslations(application, QStringLiteral("fr"));
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    QTextStream out(stdout);
    if (!units.isEmpty()) {
        QString log;
        QTextStream sink(&log);
        const int rc = app::cli::run(
                { QStringLiteral("import-sirene"), QStringLiteral("--unites-legales"), units,
                  QStringLiteral("--etablissements"), establishments, QStringLiteral("--db"), db },
                sink, sink);
        if (rc != 0) {
            out << "import-sirene failed:\n" << log << Qt::endl;
            return 1;
        }
    }
    core::Workspace workspace;
    if (!workspace.open(db, app::referenceDataDir())) {
        out << "cannot open the database" << Qt::endl;
        return 1;
    }
    app::MainWindow window(workspace);
    window.resize(1360, 900);
    window.show();
    QApplication::processEvents();

    // Aggregates and communes alternately, as a user browsing would.
    const QStringList codes { QStringLiteral("ARR:596"),        QStringLiteral("COM:59606"),
                              QStringLiteral("EPCI:245901160"), QStringLiteral("COM:59526"),
                              QStringLiteral("EPCI:200042190"), QStringLiteral("COM:59153") };
    out << "territory switch, selection to end of repaint, median of " << runs << " (ms)"
        << (units.isEmpty() ? " — reference data only" : " — with a SIRENE import") << Qt::endl;
    // Every tab, as the target is "under 100 ms whatever tab is visible".
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        window.tabs()->setCurrentIndex(tab);
        const QString name = window.tabs()->tabText(tab).remove(u'&');
        for (const bool cold : { true, false }) {
            measure(window, workspace, codes, 4, cold); // warm-up
            const Timing t = measure(window, workspace, codes, runs, cold);
            out << QStringLiteral("  %1 tab, %2: median %3 ms, max %4 ms; CPU median %5 ms")
                            .arg(name, cold ? QStringLiteral("no cache") : QStringLiteral("cached"))
                            .arg(t.median, 0, 'f', 1)
                            .arg(t.max, 0, 'f', 1)
                            .arg(t.cpuMedian, 0, 'f', 1)
                << Qt::endl;
        }
    }
    return 0;
}
