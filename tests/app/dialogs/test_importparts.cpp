// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/importpreviewmodel.h"
#include "app/dialogs/mappingeditor.h"
#include "core/import/mappingguess.h"
#include "support/qtprinters.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFont>
#include <QSignalSpy>
#include <QSpinBox>

#include <catch2/catch.hpp>

namespace {
core::import::RawRow row(int line, QStringList cells)
{
    core::import::RawRow r;
    r.line = line;
    r.cells = std::move(cells);
    return r;
}
} // namespace

TEST_CASE("the import preview model shows cells as read, numbers and missing values",
          "[importcli][gui]")
{
    app::ImportPreviewModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setTable(
            { QStringLiteral("Code"), QString(), QStringLiteral("Effectifs") },
            { row(5,
                  { QStringLiteral("59606"), QStringLiteral("x"), QStringLiteral("12\u00a0345") }),
              row(7, { QStringLiteral("59014"), QString(), QStringLiteral("s") }) });
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 3);
    CHECK(model.headerData(0, Qt::Horizontal).toString() == QStringLiteral("Code (#1)"));
    CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("#2"));
    CHECK(model.headerData(1, Qt::Vertical).toString() == QStringLiteral("7"));
    CHECK(model.index(0, 2).data().toString() == QStringLiteral("12\u00a0345 → 12345"));
    CHECK(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("12345")));
    CHECK(model.index(0, 2).data(Qt::TextAlignmentRole).toInt()
          == int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("59606")); // same text as read
    CHECK(model.index(0, 1).data(Qt::TextAlignmentRole).isNull());
    // "s" is a secrecy marker: grey italics, never a number.
    const QModelIndex secret = model.index(1, 2);
    CHECK(secret.data().toString() == QStringLiteral("s"));
    CHECK(secret.data(Qt::ToolTipRole).toString().contains(QStringLiteral("never zero")));
    CHECK(secret.data(Qt::FontRole).value<QFont>().italic());
    CHECK(secret.data(Qt::ForegroundRole).value<QColor>() == QColor(Qt::gray));
    CHECK(secret.data(app::ImportPreviewModel::LineRole).toInt() == 7);
    CHECK(model.rowOfLine(7) == 1);
    CHECK(model.rowOfLine(6) == -1);
    CHECK(model.rawRow(1)
          == QStringList { QStringLiteral("59014"), QString(), QStringLiteral("s") });
    CHECK(model.rawRow(2).isEmpty());
    model.clear();
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == 0);
}

TEST_CASE("the mapping editor writes the spec the user chose", "[importcli][gui]")
{
    app::MappingEditor editor;
    QSignalSpy changed(&editor, &app::MappingEditor::changed);
    const QStringList columns { QStringLiteral("Code"), QStringLiteral("Année"),
                                QStringLiteral("Salariés ESS") };
    editor.setColumns(columns);
    CHECK_FALSE(changed.isEmpty());

    SECTION("a guess selects the territory, the year column and the measures")
    {
        editor.apply(core::import::guessMapping(
                columns, { QStringLiteral("59606"), QStringLiteral("2021"), QStringLiteral("3") }));
        core::import::ImportSpec spec;
        editor.fillSpec(spec);
        CHECK(spec.territoryColumn.number == 1);
        CHECK(spec.yearColumn.number == 2);
        REQUIRE(spec.mappings.size() == 1);
        CHECK(spec.mappings[0].column.number == 3);
        CHECK(spec.mappings[0].measure == QStringLiteral("employees"));
        CHECK(spec.mappings[0].scope == QStringLiteral("ess"));
        CHECK(spec.validate().ok());
    }
    SECTION("a fixed year and a mapping set by hand")
    {
        editor.setUseFixedYear(true);
        editor.findChild<QSpinBox *>(QStringLiteral("fixedYear"))->setValue(2019);
        editor.setMapping(2, QStringLiteral("establishments"), QStringLiteral("associations"));
        core::import::ImportSpec spec;
        editor.fillSpec(spec);
        CHECK(spec.year == 2019);
        REQUIRE(spec.mappings.size() == 1);
        CHECK(spec.mappings[0].measure == QStringLiteral("establishments"));
        CHECK(spec.mappings[0].scope == QStringLiteral("associations"));
        CHECK(spec.mappings[0].sector == QStringLiteral("all"));
    }
    SECTION("new columns keep the territory choice when its column stays")
    {
        auto *territory = editor.findChild<QComboBox *>(QStringLiteral("territoryColumn"));
        REQUIRE(territory);
        territory->setCurrentIndex(1);
        editor.setColumns(columns + QStringList { QStringLiteral("Autre") });
        CHECK(territory->currentIndex() == 1);
        CHECK(territory->count() == 4);
    }
}
