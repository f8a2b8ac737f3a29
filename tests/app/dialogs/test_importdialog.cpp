// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/dialogs/addfiguredialog.h"
#include "app/dialogs/datasetsdialog.h"
#include "app/dialogs/importdialog.h"
#include "app/mainwindow.h"
#include "core/job.h"
#include "core/workspace.h"
#include "support/dbdump.h"
#include "support/french.h"
#include "support/qtprinters.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace {
QString fixture(const char *relative)
{
    return QStringLiteral(ESS_TEST_DATA "/") + QLatin1String(relative);
}

void screenshot(QWidget &w, const QString &name)
{
    const QString dir = QStringLiteral(ESS_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    CHECK(w.grab().toImage().save(dir + u'/' + name));
}

template <typename T> T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

QString measureOf(app::ImportDialog &dialog, int column)
{
    const auto specs = dialog.spec().mappings;
    for (const auto &m : specs)
        if (m.column.number == column + 1)
            return m.measure + u':' + m.scope + u':' + m.sector;
    return {};
}
} // namespace

TEST_CASE("the import assistant previews, maps, imports and refreshes the dashboard",
          "[importcli][gui]")
{
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("gui.sqlite")), app::referenceDataDir())
                    .ok());
    app::ImportDialog dialog(workspace);
    dialog.resize(1100, 820);
    dialog.show();
    REQUIRE(dialog.setFile(fixture("import/cli/phare_cp1252.csv")));

    // Preview: the three data rows with their line numbers, numbers as read.
    const QAbstractItemModel *preview = child<QTableView>(dialog, "importPreview")->model();
    REQUIRE(preview->rowCount() == 3);
    CHECK(preview->headerData(0, Qt::Vertical).toString() == QStringLiteral("5"));
    CHECK(preview->index(0, 2).data().toString() == QStringLiteral("12\u00a0345 → 12345"));
    CHECK(preview->index(1, 2)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("never zero")));
    // Guessed mapping, corrected nowhere: the PHARE headers say it all.
    CHECK(child<QComboBox>(dialog, "territoryColumn")->currentIndex() == 0);
    CHECK(measureOf(dialog, 2) == QStringLiteral("employees:ess:all"));
    CHECK(measureOf(dialog, 3) == QStringLiteral("establishments:ess:all"));
    CHECK(measureOf(dialog, 4) == QStringLiteral("employment_share:ess:all"));
    CHECK(measureOf(dialog, 1).isEmpty());
    dialog.setUseFixedYear(true);
    child<QSpinBox>(dialog, "fixedYear")->setValue(2021);
    dialog.setSourceTitle(QStringLiteral("Insee, Flores 2021"));
    screenshot(dialog, QStringLiteral("import-assistant.png"));

    QSignalSpy added(&workspace, &core::Workspace::datasetAdded);
    QSignalSpy finished(&dialog, &app::ImportDialog::importFinished);
    REQUIRE(dialog.startImport(false));
    REQUIRE(finished.wait(20000));
    INFO(dialog.reportText().toStdString());
    CHECK(finished.first().first().toBool());
    CHECK(added.size() == 1);
    auto figures = workspace.figures(QStringLiteral("EPCI:245901160"));
    REQUIRE(figures.ok());
    int imported = 0;
    for (const core::Observation &o : figures->observations)
        imported += o.datasetId == added.first().first().toLongLong() ? 1 : 0;
    CHECK(imported == 3);
}

TEST_CASE("the import assistant links each problem to its row and Cancel changes nothing",
          "[importcli][gui]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("gui.sqlite"));
    core::Workspace workspace;
    REQUIRE(workspace.open(db, app::referenceDataDir()).ok());
    const QString before = testsupport::dumpDatabase(db);
    app::ImportDialog dialog(workspace);
    dialog.show();
    REQUIRE(dialog.setFile(fixture("import/errors.csv")));
    CHECK(measureOf(dialog, 2) == QStringLiteral("employees:all:all"));
    CHECK(measureOf(dialog, 3) == QStringLiteral("employment_share:all:all"));
    QSignalSpy finished(&dialog, &app::ImportDialog::importFinished);
    // No source title: refused before anything starts (every figure cites its source).
    CHECK_FALSE(dialog.startImport(false));
    CHECK(finished.isEmpty());
    dialog.setSourceTitle(QStringLiteral("Test errors"));
    REQUIRE(dialog.startImport(false));
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(finished.first().first().toBool());
    QListWidget *problems = child<QListWidget>(dialog, "importProblems");
    REQUIRE(problems->count() > 3);
    QListWidgetItem *first = problems->item(0);
    CHECK(first->text().contains(QStringLiteral("line 3")));
    problems->itemClicked(first);
    QTableView *previewView = child<QTableView>(dialog, "importPreview");
    CHECK(previewView->currentIndex().row() == 1); // line 3 is the second data row
    CHECK(previewView->model()->headerData(1, Qt::Vertical).toString() == QStringLiteral("3"));
    screenshot(dialog, QStringLiteral("import-assistant-problems.png"));
    CHECK(testsupport::dumpDatabase(db) == before);

    // Cancel: a long table, cancelled as soon as it starts.
    const QString csv = dir.filePath(QStringLiteral("long.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("territory;year;employees\n");
        for (int i = 0; i < 40000; ++i)
            f.write(QStringLiteral("EPCI:245901160;%1;%2\n").arg(1900 + i % 201).arg(i).toUtf8());
    }
    REQUIRE(dialog.setFile(csv));
    dialog.setMapping(2, QStringLiteral("employees"), QStringLiteral("ess"));
    finished.clear();
    REQUIRE(dialog.startImport(false));
    auto *job = child<core::Job>(dialog, "importJob");
    job->cancel();
    REQUIRE(finished.wait(20000));
    CHECK(job->result().value<core::import::ImportOutcome>().status
          == core::import::ImportOutcome::Status::Cancelled);
    CHECK(testsupport::dumpDatabase(db) == before);
}

TEST_CASE("the sourced-figure form and the datasets dialog act through the workspace",
          "[importcli][gui]")
{
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("gui.sqlite")), app::referenceDataDir())
                    .ok());
    app::AddFigureDialog form(workspace);
    form.territoryBox()->setCurrentIndex(
            form.territoryBox()->findData(QStringLiteral("COM:59606")));
    form.yearBox()->setValue(2022);
    form.measureBox()->setCurrentIndex(form.measureBox()->findData(QStringLiteral("employees")));
    form.scopeBox()->setCurrentIndex(form.scopeBox()->findData(QStringLiteral("associations")));
    form.valueEdit()->setText(QStringLiteral("1 234"));
    CHECK_FALSE(form.save()); // no source
    CHECK(form.errorText().contains(QStringLiteral("source")));
    form.sourceTitleEdit()->setText(QStringLiteral("Rapport annuel CRESS 2023, p. 4"));
    QSignalSpy added(&workspace, &core::Workspace::datasetAdded);
    REQUIRE(form.save());
    CHECK(added.size() == 1);

    app::DatasetsDialog datasets(workspace);
    REQUIRE(datasets.table()->rowCount() == 2);
    CHECK(datasets.table()->item(1, app::DatasetsDialog::Source)->text()
          == QStringLiteral("Rapport annuel CRESS 2023, p. 4"));
    datasets.table()->selectRow(0);
    CHECK_FALSE(datasets.removeButton()->isEnabled()); // the reference data stays
    CHECK_FALSE(datasets.removeRow(0, false));
    datasets.table()->selectRow(1);
    CHECK(datasets.removeButton()->isEnabled());
    QSignalSpy removed(&workspace, &core::Workspace::datasetRemoved);
    CHECK(datasets.removeRow(1, false));
    CHECK(removed.size() == 1);
    CHECK(datasets.table()->rowCount() == 1);
}

TEST_CASE("the add-figure form stores what the source states: unknown year, qualifier, unit, "
          "producer",
          "[importcli][gui]")
{
    const testsupport::FrenchTranslation french;
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("gui.sqlite")), app::referenceDataDir())
                    .ok());
    app::AddFigureDialog form(workspace);
    CHECK(form.yearUnknownBox()->text() == QStringLiteral("non précisée par la source"));
    CHECK_FALSE(form.unitCountedBox()->toolTip().isEmpty());
    CHECK_FALSE(form.producerEdit()->toolTip().isEmpty());
    form.territoryBox()->setCurrentIndex(
            form.territoryBox()->findData(QStringLiteral("EPCI:200042190")));
    form.measureBox()->setCurrentIndex(
            form.measureBox()->findData(QStringLiteral("establishments")));
    form.scopeBox()->setCurrentIndex(form.scopeBox()->findData(QStringLiteral("ess")));
    form.valueEdit()->setText(QStringLiteral("1 500"));
    form.sourceTitleEdit()->setText(QStringLiteral("La Voix du Nord, 3 mars 2025"));
    form.yearUnknownBox()->setChecked(true);
    CHECK_FALSE(form.yearBox()->isEnabled());
    // Like `add-figure --year unknown` without --published: refused, nothing written.
    CHECK_FALSE(form.save());
    CHECK(form.errorText().contains(QStringLiteral("publi")));
    form.publishedBox()->setValue(2025);
    form.qualifierBox()->setCurrentIndex(form.qualifierBox()->findData(QStringLiteral("at_least")));
    form.unitCountedBox()->setCurrentIndex(
            form.unitCountedBox()->findData(QStringLiteral("structures")));
    form.producerEdit()->setText(QStringLiteral("CRESS Hauts-de-France"));
    screenshot(form, QStringLiteral("add-figure-dialog.png"));
    REQUIRE(form.save());

    auto figures = workspace.figures(QStringLiteral("EPCI:200042190"));
    REQUIRE(figures);
    const core::Observation *typed = nullptr;
    for (const core::Observation &o : figures->observations)
        if (o.datasetId == form.datasetId())
            typed = &o;
    REQUIRE(typed);
    CHECK(typed->year == core::kUnknownYear);
    CHECK(typed->publishedYear == 2025);
    CHECK(typed->qualifier == QStringLiteral("at_least"));
    CHECK(typed->unitCounted == QStringLiteral("structures"));
    CHECK(*typed->value == 1500.0);
    const core::Source source = workspace.source(typed->sourceId);
    CHECK(source.producer == QStringLiteral("CRESS Hauts-de-France"));
    CHECK(source.published == QStringLiteral("2025"));

    SECTION("a unit typed by hand is checked like --unit-counted")
    {
        app::AddFigureDialog again(workspace);
        again.measureBox()->setCurrentIndex(
                again.measureBox()->findData(QStringLiteral("avg_employees")));
        again.valueEdit()->setText(QStringLiteral("20"));
        again.sourceTitleEdit()->setText(QStringLiteral("La Gazette Nord-Pas-de-Calais"));
        again.unitCountedBox()->setEditText(QStringLiteral("emplois"));
        CHECK_FALSE(again.save());
        CHECK(again.errorText().contains(QStringLiteral("emplois")));
        again.unitCountedBox()->setEditText(QStringLiteral("employees_per_structure"));
        CHECK(again.save());
    }
}

TEST_CASE("the main window has the import actions in its File menu", "[importcli][gui]")
{
    QTemporaryDir dir;
    core::Workspace workspace;
    REQUIRE(workspace.open(dir.filePath(QStringLiteral("gui.sqlite")), app::referenceDataDir())
                    .ok());
    app::MainWindow window(workspace);
    auto *import = window.findChild<QAction *>(QStringLiteral("importAction"));
    REQUIRE(import);
    CHECK(import->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
    CHECK(window.findChild<QAction *>(QStringLiteral("addFigureAction")));
    CHECK(window.findChild<QAction *>(QStringLiteral("datasetsAction")));
    CHECK(window.acceptDrops());
}
