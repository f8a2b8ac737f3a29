// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/mappingeditor.h"

#include "app/dialogs/importpreviewmodel.h"
#include "app/widgets/vocabularycombo.h"
#include "core/import/mappingguess.h"
#include "core/import/valueparser.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>

namespace app {

namespace {
using core::import::ColumnRef;

/// The value of a column for spec columns: "#3" for the third.
QString columnRef(int column)
{
    return QStringLiteral("#%1").arg(column + 1);
}
} // namespace

MappingEditor::MappingEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_territoryBox = new QComboBox(this);
    m_territoryBox->setObjectName(QStringLiteral("territoryColumn"));
    m_form->addRow(tr("&Territory column:"), m_territoryBox);
    m_yearColumnRadio = new QRadioButton(tr("Year column:"), this);
    m_fixedYearRadio = new QRadioButton(tr("Fixed year:"), this);
    auto *yearGroup = new QButtonGroup(this);
    yearGroup->addButton(m_yearColumnRadio);
    yearGroup->addButton(m_fixedYearRadio);
    m_yearColumnBox = new QComboBox(this);
    m_yearSpin = new QSpinBox(this);
    m_yearSpin->setObjectName(QStringLiteral("fixedYear"));
    m_yearSpin->setRange(core::import::ValueParser::kMinYear, core::import::ValueParser::kMaxYear);
    m_yearSpin->setValue(QDate::currentDate().year() - 2);
    m_form->addRow(m_yearColumnRadio, m_yearColumnBox);
    m_form->addRow(m_fixedYearRadio, m_yearSpin);
    m_fixedYearRadio->setChecked(true);
    connect(m_yearColumnRadio, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    layout->addLayout(m_form, 2);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setHorizontalHeaderLabels({ tr("Column"), tr("Measure"), tr("Scope"), tr("Sector") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setToolTip(tr("Each value column becomes a measure:scope:sector; leave \"not "
                           "imported\" for the others"));
    layout->addWidget(m_table, 3);
    updateEnabled();
}

void MappingEditor::setColumns(const QStringList &columns)
{
    m_columns = columns;
    const auto fill = [this](QComboBox *box) {
        const QString before = box->currentData().toString();
        box->clear();
        for (int i = 0; i < m_columns.size(); ++i)
            box->addItem(ImportPreviewModel::columnLabel(m_columns, i), columnRef(i));
        if (const int i = box->findData(before); i >= 0)
            box->setCurrentIndex(i);
    };
    fill(m_territoryBox);
    fill(m_yearColumnBox);
    m_table->setRowCount(int(m_columns.size()));
    for (int i = 0; i < m_columns.size(); ++i) {
        auto *name = new QTableWidgetItem(ImportPreviewModel::columnLabel(m_columns, i));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(i, 0, name);
        auto *measure = new QComboBox(m_table);
        measure->addItem(tr("(not imported)"), QString());
        vocabularycombo::addMeasures(measure);
        auto *scope = new QComboBox(m_table);
        vocabularycombo::addScopes(scope);
        auto *sector = new QComboBox(m_table);
        vocabularycombo::addSectors(sector);
        m_table->setCellWidget(i, 1, measure);
        m_table->setCellWidget(i, 2, scope);
        m_table->setCellWidget(i, 3, sector);
        connect(measure, &QComboBox::currentIndexChanged, this, &MappingEditor::changed);
    }
    emit changed();
}

void MappingEditor::apply(const core::import::MappingGuess &guess)
{
    if (m_columns.isEmpty())
        return;
    m_territoryBox->setCurrentIndex(guess.territoryColumn);
    setUseFixedYear(guess.yearColumn < 0);
    if (guess.yearColumn >= 0)
        m_yearColumnBox->setCurrentIndex(guess.yearColumn);
    for (const core::import::MappingGuess::Value &v : guess.values)
        setMapping(v.column, v.guess.measure, v.guess.scope);
}

void MappingEditor::setMapping(int column, const QString &measure, const QString &scope,
                               const QString &sector)
{
    const auto select = [this, column](int col, const QString &value) {
        if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(column, col)))
            box->setCurrentIndex(std::max(0, box->findData(value)));
    };
    select(1, measure);
    select(2, scope);
    select(3, sector);
}

void MappingEditor::setUseFixedYear(bool fixed)
{
    (fixed ? m_fixedYearRadio : m_yearColumnRadio)->setChecked(true);
    updateEnabled();
    emit changed();
}

void MappingEditor::fillSpec(core::import::ImportSpec &spec) const
{
    spec.territoryColumn = ColumnRef::fromString(m_territoryBox->currentData().toString());
    if (m_yearColumnRadio->isChecked())
        spec.yearColumn = ColumnRef::fromString(m_yearColumnBox->currentData().toString());
    else
        spec.year = m_yearSpin->value();
    for (int c = 0; c < m_table->rowCount(); ++c) {
        const auto value = [this, c](int col) {
            const auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(c, col));
            return box ? box->currentData().toString() : QString();
        };
        if (value(1).isEmpty())
            continue;
        core::import::ValueMapping m;
        m.column = ColumnRef::fromString(columnRef(c));
        m.measure = value(1);
        m.scope = value(2);
        m.sector = value(3);
        spec.mappings.append(m);
    }
}

void MappingEditor::updateEnabled()
{
    m_yearColumnBox->setEnabled(m_yearColumnRadio->isChecked());
    m_yearSpin->setEnabled(m_fixedYearRadio->isChecked());
}

} // namespace app
