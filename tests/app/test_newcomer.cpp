// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard as a newcomer meets it (#12): territory picker, reference comparison, restored
// state, small screens, exports from anywhere, the Communes tab before and after an import.
#include "app/application.h"
#include "app/dialogs/aboutdialog.h"
#include "app/dialogs/addfiguredialog.h"
#include "app/dialogs/datasetsdialog.h"
#include "app/dialogs/exportdialog.h"
#include "app/dialogs/importdialog.h"
#include "app/dialogs/sireneimportdialog.h"
#include "app/mainwindow.h"
#include "app/widgets/chartview.h"
#include "app/widgets/communeview.h"
#include "app/widgets/keyfigurecard.h"
#include "app/widgets/territorypicker.h"
#include "core/charts/chartbuilder.h"
#include "core/models/communeregistermodel.h"
#include "core/models/observationtablemodel.h"
#include "core/models/tabletext.h"
#include "core/workspace.h"
#include "support/clirun.h"
#include "support/qtprinters.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QFocusEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <algorithm>
#include <optional>

namespace {
struct Fixture
{
    // Settings of their own: ctest runs test cases in parallel processes.
    Fixture()
        : application(QCoreApplication::applicationName())
    {
        QCoreApplication::setApplicationName(application + u'-' + QFileInfo(dir.path()).fileName());
        QSettings().clear();
        REQUIRE(workspace.open(dbPath(), app::referenceDataDir()).ok());
    }
    ~Fixture()
    {
        QSettings().clear();
        QCoreApplication::setApplicationName(application);
    }
    QString dbPath() const { return dir.filePath(QStringLiteral("gui.sqlite")); }

    QString application;
    QTemporaryDir dir;
    core::Workspace workspace;
};

void type(app::TerritoryPicker *picker, const QString &text)
{
    picker->setFocus();
    picker->selectAll();
    QTest::keyClick(picker, Qt::Key_Backspace);
    QTest::keyClicks(picker, text);
}

/// The French catalogue for the scope of a test (the users' language).
struct French
{
    French()
    {
        REQUIRE(translator.load(QLocale(QLocale::French), QStringLiteral("ess-dashboard"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
    }
    ~French() { QCoreApplication::removeTranslator(&translator); }
    QTranslator translator;
};

/// The English interface for the scope of a test: English locale (numbers, dates) and the
/// English catalogue (plural forms only), as the app sets them for --lang en.
struct English
{
    English()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        REQUIRE(translator.load(QLocale(QLocale::English), QStringLiteral("ess-dashboard"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
    }
    ~English()
    {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(previous);
    }
    QLocale previous;
    QTranslator translator;
};

/// Every text a reader sees in `w`: labels, tab titles, the window title.
QString visibleText(QWidget &w)
{
    QStringList texts { w.windowTitle() };
    for (const QLabel *label : w.findChildren<QLabel *>())
        if (label->isVisibleTo(&w))
            texts << label->text();
    for (const QTabWidget *tabs : w.findChildren<QTabWidget *>())
        for (int i = 0; i < tabs->count(); ++i)
            texts << tabs->tabText(i);
    return texts.join(u'\n');
}

void screenshot(QWidget &w, const QString &name)
{
    const QString dir = QStringLiteral(ESS_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QImage shot = w.grab().toImage();
    REQUIRE_FALSE(shot.isNull());
    CHECK(shot.save(dir + u'/' + name));
}

const core::charts::ChartValue *referenceBar(const core::charts::ChartSpec &spec)
{
    for (const core::charts::ChartValue &v : spec.values)
        if (v.reference)
            return &v;
    return nullptr;
}
} // namespace

TEST_CASE("the territory picker finds communes by name or code, best match first, Enter picks",
          "[app][gui][picker]")
{
    Fixture f;
    app::MainWindow window(f.workspace);
    window.show();
    app::TerritoryPicker *picker = window.territoryPicker();
    REQUIRE(picker != nullptr);
    CHECK(picker->text() == QStringLiteral("CAVM + CAPH (arrondissement de Valenciennes)"));

    type(picker, QStringLiteral("conde"));
    REQUIRE_FALSE(picker->matchCodes().isEmpty());
    CHECK(picker->matchCodes().first() == QStringLiteral("COM:59153"));
    // Communes show their EPCI and population.
    CHECK(picker->rowTexts().first().startsWith(QString::fromUtf8("Condé-sur-l'Escaut · CAVM · ")));

    type(picker, QStringLiteral("saint amand"));
    REQUIRE_FALSE(picker->matchCodes().isEmpty());
    CHECK(picker->rowTexts().first().startsWith(QStringLiteral("Saint-Amand-les-Eaux")));

    // "Valenciennes" + Enter: Valenciennes itself, not Aulnoy-lez-Valenciennes.
    type(picker, QStringLiteral("Valenciennes"));
    QTest::keyClick(picker, Qt::Key_Return);
    CHECK(f.workspace.currentTerritory() == QStringLiteral("COM:59606"));
    CHECK(picker->text() == QStringLiteral("Valenciennes"));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Valenciennes")));

    // An INSEE code, then a SIREN.
    type(picker, QStringLiteral("59014"));
    QTest::keyClick(picker, Qt::Key_Enter);
    CHECK(f.workspace.currentTerritory() == QStringLiteral("COM:59014"));
    type(picker, QStringLiteral("200042190"));
    QTest::keyClick(picker, Qt::Key_Return);
    CHECK(f.workspace.currentTerritory() == QStringLiteral("EPCI:200042190"));

    // Nothing matches: the list says so, Enter changes nothing, and once the field is left it
    // shows the page's territory again.
    type(picker, QStringLiteral("zzzz"));
    CHECK(picker->matchCodes().isEmpty());
    CHECK(picker->rowTexts() == QStringList { QStringLiteral("No result") });
    QTest::keyClick(picker, Qt::Key_Return);
    CHECK(f.workspace.currentTerritory() == QStringLiteral("EPCI:200042190"));
    // A click elsewhere: the list closes, then the field loses the focus.
    CHECK(picker->list()->isVisible());
    picker->list()->hide();
    QFocusEvent leave(QEvent::FocusOut, Qt::MouseFocusReason);
    QApplication::sendEvent(picker, &leave);
    CHECK(picker->text() == f.workspace.territories().find(QStringLiteral("EPCI:200042190"))->name);
}

TEST_CASE("the reference territory drives the comparison bars and the cards",
          "[app][gui][reference]")
{
    Fixture f;
    app::MainWindow window(f.workspace);
    window.show();
    REQUIRE(window.selectTerritory(QStringLiteral("ARR:596")));
    window.tabs()->setCurrentIndex(1);

    const auto chooseReference = [&window](const char *code) {
        QComboBox *box = window.referenceBox();
        const int i = box->findData(QString::fromLatin1(code));
        REQUIRE(i >= 0);
        box->setCurrentIndex(i);
        emit box->activated(i);
        QApplication::processEvents();
    };
    chooseReference("DEP:59");
    const core::charts::ChartSpec nord = window.currentChart()->spec();
    const core::charts::ChartValue *nordBar = referenceBar(nord);
    REQUIRE(nordBar != nullptr);
    CHECK(nordBar->category.startsWith(QStringLiteral("Nord")));
    CHECK(window.card(0)->referenceText().contains(QStringLiteral("Nord")));

    chooseReference("FR");
    const core::charts::ChartSpec france = window.currentChart()->spec();
    const core::charts::ChartValue *franceBar = referenceBar(france);
    REQUIRE(franceBar != nullptr);
    CHECK(franceBar->category.startsWith(QStringLiteral("France")));
    // The reference bar carries its value and source.
    CHECK(franceBar->value.has_value());
    CHECK_FALSE(franceBar->detail.isEmpty());
    CHECK(window.card(0)->referenceText().contains(QStringLiteral("France")));
    CHECK(window.card(0)->referenceText() != QString());
    CHECK(std::count_if(france.values.cbegin(), france.values.cend(),
                        [](const auto &v) { return v.reference; })
          == 1);
    // Every chart of the dashboard shows the reference when it has a figure.
    const core::charts::ChartBuilder builder(f.workspace);
    // The average size lists the reference's figures (unmarked: its long labels need the room).
    const auto size = builder.build(QStringLiteral("average-size"), QStringLiteral("ARR:596"),
                                    QStringLiteral("FR"));
    CHECK(std::any_of(size.values.cbegin(), size.values.cend(), [](const auto &v) {
        return v.category.startsWith(QStringLiteral("France"));
    }));
    CHECK(referenceBar(builder.build(QStringLiteral("establishments-share"),
                                     QStringLiteral("ARR:596"), QStringLiteral("FR")))
          != nullptr);

    // The card's provenance record is one click away.
    CHECK(window.card(0)->recordText().contains(QStringLiteral("PHARE")));
    CHECK(window.card(0)->recordText().contains(QStringLiteral("2025")));
}

TEST_CASE("territory, reference, tab and window state are restored at start", "[app][gui][state]")
{
    Fixture f;
    {
        app::MainWindow window(f.workspace);
        window.show();
        QComboBox *box = window.referenceBox();
        const int i = box->findData(QStringLiteral("FR"));
        box->setCurrentIndex(i);
        emit box->activated(i);
        REQUIRE(window.selectTerritory(QStringLiteral("COM:59606")));
        window.tabs()->setCurrentIndex(3);
        window.resize(1100, 700);
        window.close();
    }
    core::Workspace fresh;
    REQUIRE(fresh.open(f.dbPath(), app::referenceDataDir()).ok());
    app::MainWindow again(fresh);
    again.show();
    // A non-default reference used to overwrite the last territory with CAVM + CAPH.
    CHECK(fresh.currentTerritory() == QStringLiteral("COM:59606"));
    CHECK(fresh.referenceTerritory() == QStringLiteral("FR"));
    CHECK(again.referenceBox()->currentData().toString() == QStringLiteral("FR"));
    CHECK(again.territoryPicker()->text() == QStringLiteral("Valenciennes"));
    CHECK(again.tabs()->currentIndex() == 3);
    CHECK(again.size() == QSize(1100, 700));
}

namespace {
/// Resizes a dialog to 1024 × 600 and checks that it fits and that every visible button is
/// inside it.
void checkFits(QDialog &dialog, const char *name)
{
    INFO(name);
    dialog.show();
    dialog.resize(1024, 600);
    QApplication::processEvents();
    CHECK(dialog.width() <= 1024);
    CHECK(dialog.height() <= 600);
    const QRect inside(0, 0, std::min(dialog.width(), 1024), std::min(dialog.height(), 600));
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (!button->isVisibleTo(&dialog) || button->size().isEmpty())
            continue;
        const QRect r(button->mapTo(&dialog, QPoint(0, 0)), button->size());
        INFO("button \"" << button->text().toStdString() << "\" "
                         << button->objectName().toStdString() << " at " << r.x() << "," << r.y()
                         << " " << r.width() << "x" << r.height() << " in " << dialog.width() << "x"
                         << dialog.height());
        CHECK(inside.contains(r));
    }
    dialog.close();
}
} // namespace

TEST_CASE("every dialog is usable at 1024 x 600", "[app][gui][small]")
{
    Fixture f;
    French french;
    app::MainWindow window(f.workspace);
    window.resize(1024, 600);
    window.show();
    QApplication::processEvents();
    CHECK(window.height() <= 600);
    screenshot(window, QStringLiteral("small-1024x600-fr.png"));
    {
        app::ImportDialog d(f.workspace, &window);
        checkFits(d, "import");
    }
    {
        app::AddFigureDialog d(f.workspace, &window);
        checkFits(d, "add figure");
    }
    {
        app::DatasetsDialog d(f.workspace, &window);
        checkFits(d, "datasets");
    }
    {
        app::SireneImportDialog d(f.workspace, &window);
        checkFits(d, "sirene");
    }
    {
        app::AboutDialog d(f.workspace, &window);
        checkFits(d, "about");
    }
    {
        window.tabs()->setCurrentIndex(1);
        app::ExportDialog d(f.workspace, window.currentChart()->spec(), &window);
        checkFits(d, "export");
    }
}

TEST_CASE("Ctrl+E exports from the territory field, the chart zooms", "[app][gui][export]")
{
    Fixture f;
    app::MainWindow window(f.workspace);
    window.show();
    QApplication::setActiveWindow(&window);
    window.tabs()->setCurrentIndex(1);
    app::TerritoryPicker *picker = window.territoryPicker();
    type(picker, QStringLiteral("59606"));
    QTest::keyClick(picker, Qt::Key_Return);
    REQUIRE(picker->hasFocus());
    QString opened;
    QTimer::singleShot(0, &window, [&opened] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            modal->close();
        }
    });
    QTest::keyClick(picker, Qt::Key_E, Qt::ControlModifier);
    CHECK(opened == QStringLiteral("app::ExportDialog"));

    app::ChartView *chart = window.currentChart();
    REQUIRE(chart != nullptr);
    CHECK(chart->isFitted());
    chart->actualSize();
    CHECK(chart->zoom() == Approx(1.0));
    chart->zoomIn();
    CHECK(chart->zoom() == Approx(1.25));
    chart->fit();
    CHECK(chart->isFitted());

    window.showExported(QStringLiteral("/tmp/somewhere/chart.png"));
    CHECK(window.statusText().contains(QStringLiteral("chart.png")));
    CHECK(window.findChild<QAbstractButton *>(QStringLiteral("openFolderButton"))->isVisible());
}

TEST_CASE("the Communes tab lists the communes before an import and the register after",
          "[app][gui][communes]")
{
    Fixture f;
    app::MainWindow window(f.workspace);
    window.show();
    REQUIRE(window.selectTerritory(QStringLiteral("ARR:596")));
    window.tabs()->setCurrentWidget(window.communeView());
    QApplication::processEvents();
    app::CommuneView *view = window.communeView();
    core::CommuneRegisterModel *model = view->model();
    CHECK(model->rowCount() == 82);
    bool populated = true;
    for (int r = 0; r < model->rowCount(); ++r)
        populated = populated
                && !model->index(r, core::CommuneRegisterModel::Population)
                            .data()
                            .toString()
                            .isEmpty();
    CHECK(populated);
    CHECK(view->findChild<QAbstractButton *>(QStringLiteral("sireneImportButton"))->isVisible());
    CHECK(window.currentChart() == nullptr); // nothing to rank yet
    screenshot(window, QStringLiteral("communes-before-import.png"));

    // Imported as the tab's button does: a job of the workspace, which reloads itself and
    // announces the dataset to the views.
    app::SireneImportDialog import(f.workspace, &window);
    import.setFiles(QStringLiteral(ESS_TEST_DATA "/sirene/gen/StockUniteLegale_utf8.csv"),
                    QStringLiteral(ESS_TEST_DATA "/sirene/gen/StockEtablissement_utf8.csv"));
    REQUIRE(import.start());
    QDeadlineTimer deadline(30000);
    while (import.isRunning() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    INFO(import.statusText().toStdString());
    REQUIRE(import.importedDatasetId() > 0);
    QApplication::processEvents();
    CHECK(model->rowCount() == 82);
    CHECK_FALSE(model->figures().isEmpty());
    CHECK_FALSE(
            view->findChild<QAbstractButton *>(QStringLiteral("sireneImportButton"))->isVisible());
    REQUIRE(window.currentChart() == view->chart()); // the ranking is exportable
    CHECK(view->chart()->spec().hasData());
    // Small counts are flagged.
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex share = model->index(r, core::CommuneRegisterModel::EssShare);
        if (share.data(core::CommuneRegisterModel::SmallCountRole).toBool())
            CHECK(share.data().toString().contains(QStringLiteral("small count")));
    }
    screenshot(window, QStringLiteral("communes-after-import.png"));

    // Double-click (activation) opens the commune.
    QTableView *table = view->table();
    const QModelIndex first = table->model()->index(0, 0);
    const QString code = first.data(core::CommuneRegisterModel::TerritoryCodeRole).toString();
    emit table->activated(first);
    CHECK(f.workspace.currentTerritory() == code);
    CHECK(window.tabs()->currentIndex() == 0);
}

TEST_CASE("screenshots at 1024 x 600 and 1920 x 1080, in French and in English",
          "[app][gui][screenshots]")
{
    Fixture f;
    for (const bool inFrench : { true, false }) {
        std::optional<French> french;
        std::optional<English> english;
        if (inFrench)
            french.emplace();
        else
            english.emplace();
        app::MainWindow window(f.workspace);
        window.show();
        REQUIRE(window.selectTerritory(QStringLiteral("COM:59606")));
        QComboBox *box = window.referenceBox();
        box->setCurrentIndex(box->findData(QStringLiteral("DEP:59")));
        emit box->activated(box->currentIndex());
        window.tabs()->setCurrentIndex(0);
        for (const QSize size : { QSize(1024, 600), QSize(1920, 1080) }) {
            window.resize(size);
            QApplication::processEvents();
            CHECK(window.size() == size);
            screenshot(window,
                       QStringLiteral("dashboard-%1x%2-%3.png")
                               .arg(size.width())
                               .arg(size.height())
                               .arg(inFrench ? QStringLiteral("fr") : QStringLiteral("en")));
        }
        // Each language's words and numbers only.
        const QString text = visibleText(window);
        INFO(text.toStdString());
        const QString nnbsp(QChar(0x202F));
        if (inFrench) {
            CHECK(text.contains(QStringLiteral(" habitants")));
            CHECK_FALSE(text.contains(QStringLiteral("inhabitants")));
            CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d\\.\\d+%"))));
        } else {
            CHECK(text.contains(QRegularExpression(QStringLiteral("\\d,\\d{3} inhabitants"))));
            CHECK_FALSE(text.contains(QStringLiteral(" habitants")));
            CHECK_FALSE(text.contains(QStringLiteral("comparé")));
            CHECK_FALSE(text.contains(nnbsp + u'%'));
            CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("\\d,\\d+ ?%"))));
        }
    }
}

TEST_CASE("English plural forms: 1 commune, 82 communes", "[app][wording]")
{
    {
        English english;
        CHECK(QCoreApplication::translate("app::MainWindow", "%n commune(s)", nullptr, 1)
              == QStringLiteral("1 commune"));
        CHECK(QCoreApplication::translate("app::MainWindow", "%n commune(s)", nullptr, 82)
              == QStringLiteral("82 communes"));
    }
    French french;
    CHECK(QCoreApplication::translate("app::MainWindow", "%n commune(s)", nullptr, 1)
          == QStringLiteral("1 commune"));
    CHECK(QCoreApplication::translate("app::MainWindow", "%n commune(s)", nullptr, 82)
          == QStringLiteral("82 communes"));
}

TEST_CASE("observations: chosen territory first, text filter, whole rows copied, CSV",
          "[app][gui][observations]")
{
    Fixture f;
    app::MainWindow window(f.workspace);
    window.show();
    REQUIRE(window.selectTerritory(QStringLiteral("EPCI:200042190")));
    auto *view = window.findChild<QTableView *>(QStringLiteral("observationView"));
    REQUIRE(view != nullptr);
    window.tabs()->setCurrentWidget(view->parentWidget());
    QApplication::processEvents();
    QAbstractItemModel *rows = view->model();
    REQUIRE(rows->rowCount() > 1);
    CHECK(rows->index(0, 0).data().toString() == QStringLiteral("CAPH"));
    CHECK(rows->index(rows->rowCount() - 1, 0).data().toString() != QStringLiteral("CAPH"));

    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("observationFilter"));
    REQUIRE(filter != nullptr);
    const int all = rows->rowCount();
    filter->setText(QStringLiteral("hauts-de"));
    CHECK(rows->rowCount() > 0);
    CHECK(rows->rowCount() < all);

    filter->clear();
    REQUIRE(rows->rowCount() == all);
    view->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2); // header and the row
    CHECK(lines.at(1).split(u'\t').size() == rows->columnCount());
    CHECK(lines.at(1).startsWith(QStringLiteral("CAPH\t")));

    const QByteArray csv = core::modelToCsv(*rows, core::ObservationTableModel::SortRole);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.count("\r\n") == rows->rowCount() + 1);
}
