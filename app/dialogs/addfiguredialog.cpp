// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/addfiguredialog.h"

#include "core/domain/vocabulary.h"
#include "core/import/importservice.h"
#include "core/import/valueparser.h"
#include "core/workspace.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace app {

AddFigureDialog::AddFigureDialog(core::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Add a sourced figure"));
    setObjectName(QStringLiteral("addFigureDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_territory = new QComboBox(this);
    m_territory->setEditable(true);
    m_territory->setInsertPolicy(QComboBox::NoInsert);
    for (const core::Territory &t : workspace.territories().all())
        m_territory->addItem(QStringLiteral("%1 — %2").arg(t.code, t.name), t.code);
    if (const int i = m_territory->findData(workspace.currentTerritory()); i >= 0)
        m_territory->setCurrentIndex(i);
    m_year = new QSpinBox(this);
    m_year->setRange(core::import::ValueParser::kMinYear, core::import::ValueParser::kMaxYear);
    m_year->setValue(QDate::currentDate().year() - 2);
    m_measure = new QComboBox(this);
    for (const QString &m : core::vocabulary::measures())
        m_measure->addItem(QStringLiteral("%1 — %2").arg(m, core::vocabulary::measureLabel(m)), m);
    m_scope = new QComboBox(this);
    for (const QString &s : core::vocabulary::scopes())
        m_scope->addItem(s, s);
    m_scope->setCurrentIndex(m_scope->findData(QStringLiteral("ess")));
    m_sector = new QComboBox(this);
    m_sector->addItem(QStringLiteral("all"), QStringLiteral("all"));
    for (char c = 'A'; c <= 'U'; ++c)
        m_sector->addItem(QString(QLatin1Char(c)), QString(QLatin1Char(c)));
    m_value = new QLineEdit(this);
    m_value->setPlaceholderText(tr("e.g. 12 345 or 10,5"));
    m_low = new QLineEdit(this);
    m_high = new QLineEdit(this);
    m_low->setPlaceholderText(tr("optional"));
    m_high->setPlaceholderText(tr("optional"));
    m_sourceTitle = new QLineEdit(this);
    m_sourceTitle->setPlaceholderText(tr("Publication, page or table"));
    m_sourceUrl = new QLineEdit(this);
    m_note = new QLineEdit(this);
    form->addRow(tr("&Territory:"), m_territory);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Measure:"), m_measure);
    form->addRow(tr("S&cope:"), m_scope);
    form->addRow(tr("Sec&tor:"), m_sector);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Low bound:"), m_low);
    form->addRow(tr("&High bound:"), m_high);
    form->addRow(tr("&Source title:"), m_sourceTitle);
    form->addRow(tr("Source &address:"), m_sourceUrl);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b42318;"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

AddFigureDialog::~AddFigureDialog() = default;

QString AddFigureDialog::errorText() const
{
    return m_error->text();
}

bool AddFigureDialog::save()
{
    m_error->clear();
    core::Observation figure;
    figure.territoryCode = m_territory->currentData().toString();
    if (m_territory->currentText() != m_territory->itemText(m_territory->currentIndex()))
        figure.territoryCode = m_territory->currentText().trimmed(); // typed code or name
    figure.year = m_year->value();
    figure.measure = m_measure->currentData().toString();
    figure.scope = m_scope->currentData().toString();
    figure.sector = m_sector->currentData().toString();
    figure.note = m_note->text().trimmed();
    for (const auto &[edit, target, label] :
         { std::tuple { m_value, &figure.value, tr("value") },
           std::tuple { m_low, &figure.low, tr("low bound") },
           std::tuple { m_high, &figure.high, tr("high bound") } }) {
        if (edit->text().trimmed().isEmpty())
            continue;
        auto n = core::import::ValueParser::parseNumber(edit->text());
        if (!n || !n->value) {
            m_error->setText(tr("The %1 \"%2\" is not a number; expected for example 1234, "
                                "12 345,6 or 10,5.")
                                     .arg(label, edit->text()));
            return false;
        }
        *target = n->value;
    }
    if (figure.low.has_value() != figure.high.has_value()) {
        m_error->setText(tr("Give both bounds, or neither."));
        return false;
    }
    core::Source source;
    source.title = m_sourceTitle->text().trimmed();
    source.url = m_sourceUrl->text().trimmed();
    auto id = core::import::ImportService::addFigure(m_workspace.store(), figure, source);
    if (!id) {
        m_error->setText(id.error().message);
        return false;
    }
    m_datasetId = id.value();
    m_workspace.notifyDatasetAdded(m_datasetId);
    return true;
}

} // namespace app
