// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/addfiguredialog.h"

#include "app/widgets/vocabularycombo.h"
#include "core/domain/observation.h"
#include "core/domain/vocabulary.h"
#include "core/import/valueparser.h"
#include "core/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace app {

namespace {
/// "about (environ, près de, rounded millions)": the qualifier as the form offers it.
QString qualifierLabel(const QString &qualifier)
{
    if (qualifier == u"approximately")
        return AddFigureDialog::tr("approximately (\"environ\", \"près de\", rounded)");
    if (qualifier == u"at_least")
        return AddFigureDialog::tr("at least (\"plus de\")");
    if (qualifier == u"at_most")
        return AddFigureDialog::tr("at most (\"au plus\", \"moins de\")");
    return AddFigureDialog::tr("exact, as written");
}
} // namespace

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
    m_year->setToolTip(tr("The year the data describe, as the source states it (not the year it "
                          "was published)."));
    m_yearUnknown = new QCheckBox(tr("not stated by the source"), this);
    m_yearUnknown->setToolTip(tr("Tick when the source does not say which year its figure "
                                 "describes; the dashboard then writes \"published in …, data "
                                 "year not stated\" and never uses the figure in a computation."));
    connect(m_yearUnknown, &QCheckBox::toggled, m_year, &QWidget::setDisabled);
    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_year);
    yearRow->addWidget(m_yearUnknown, 1);
    m_published = new QSpinBox(this);
    // The minimum stands for "not given": a known data year does not need it.
    m_published->setRange(core::import::ValueParser::kMinYear - 1,
                          core::import::ValueParser::kMaxYear);
    m_published->setSpecialValueText(tr("not given"));
    m_published->setValue(m_published->minimum());
    m_published->setToolTip(tr("The year the source was published. Required when the data year "
                               "is not stated."));
    m_qualifier = new QComboBox(this);
    for (const QString &q : core::qualifiers())
        m_qualifier->addItem(qualifierLabel(q), q);
    m_qualifier->setToolTip(tr("How precise the source is: \"environ\", \"près de\" or rounded "
                               "millions are approximate; \"plus de\" is at least."));
    m_unitCounted = new QComboBox(this);
    m_unitCounted->setEditable(true);
    m_unitCounted->setInsertPolicy(QComboBox::NoInsert);
    m_unitCounted->addItem(tr("not stated by the source"), QString());
    for (const QString &u : core::vocabulary::countUnits())
        vocabularycombo::addUnitCounted(m_unitCounted, u);
    for (const char *ratio :
         { "employees_per_establishment", "employees_per_employer_establishment",
           "employees_per_employer_unit", "employees_per_structure",
           "establishments_per_1000_inhabitants" }) {
        const QString u = QString::fromLatin1(ratio);
        vocabularycombo::addUnitCounted(m_unitCounted, u);
    }
    m_unitCounted->setToolTip(tr("What the source counts, in its own words: salaried posts, "
                                 "employees, full-time equivalents, jobs (unit not said), "
                                 "establishments, structures… A ratio names both sides. Shares and "
                                 "averages are computed only from counts whose unit is stated."));
    m_measure = new QComboBox(this);
    vocabularycombo::addMeasures(m_measure);
    m_scope = new QComboBox(this);
    vocabularycombo::addScopes(m_scope);
    m_scope->setCurrentIndex(m_scope->findData(QStringLiteral("ess")));
    m_sector = new QComboBox(this);
    vocabularycombo::addSectors(m_sector);
    m_value = new QLineEdit(this);
    m_value->setPlaceholderText(tr("e.g. 12 345 or 10,5"));
    m_low = new QLineEdit(this);
    m_high = new QLineEdit(this);
    m_low->setPlaceholderText(tr("optional"));
    m_high->setPlaceholderText(tr("optional"));
    m_sourceTitle = new QLineEdit(this);
    m_sourceTitle->setPlaceholderText(tr("Publication, page or table"));
    m_sourceTitle->setToolTip(tr("Title of the publication the figure is read in. Figures typed "
                                 "with the same title and address share one source."));
    m_sourceUrl = new QLineEdit(this);
    m_producer = new QLineEdit(this);
    m_producer->setPlaceholderText(tr("optional, e.g. Insee, CRESS Hauts-de-France"));
    m_producer->setToolTip(tr("Who made the statistic, when it is not the publication it is read "
                              "in (a press article relaying the CRESS): cited as \"producer, via "
                              "publication\"."));
    m_note = new QLineEdit(this);
    form->addRow(tr("&Territory:"), m_territory);
    auto *yearLabel = new QLabel(tr("Data &year:"), this);
    yearLabel->setBuddy(m_year); // a row of two widgets: the label needs its buddy named
    form->addRow(yearLabel, yearRow);
    form->addRow(tr("&Published in:"), m_published);
    form->addRow(tr("&Measure:"), m_measure);
    form->addRow(tr("S&cope:"), m_scope);
    form->addRow(tr("Sec&tor:"), m_sector);
    form->addRow(tr("&Value:"), m_value);
    form->addRow(tr("&Low bound:"), m_low);
    form->addRow(tr("&High bound:"), m_high);
    form->addRow(tr("&Qualifier:"), m_qualifier);
    form->addRow(tr("&Unit counted:"), m_unitCounted);
    form->addRow(tr("&Source title:"), m_sourceTitle);
    form->addRow(tr("Source &address:"), m_sourceUrl);
    form->addRow(tr("P&roducer:"), m_producer);
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
    figure.year = m_yearUnknown->isChecked() ? core::kUnknownYear : m_year->value();
    if (m_published->value() != m_published->minimum())
        figure.publishedYear = m_published->value();
    if (figure.year == core::kUnknownYear && figure.publishedYear == 0) {
        m_error->setText(tr("The data year is not stated: give the year the source was "
                            "published."));
        return false;
    }
    figure.qualifier = m_qualifier->currentData().toString();
    // A unit picked from the list carries its id; a typed one (a ratio) is taken as typed.
    figure.unitCounted =
            m_unitCounted->currentText() == m_unitCounted->itemText(m_unitCounted->currentIndex())
            ? m_unitCounted->currentData().toString()
            : m_unitCounted->currentText().trimmed();
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
    source.producer = m_producer->text().trimmed();
    if (figure.publishedYear > 0)
        source.published = QString::number(figure.publishedYear);
    auto id = m_workspace.addFigure(figure, source); // reloads and announces the dataset
    if (!id) {
        m_error->setText(id.error().message);
        return false;
    }
    m_datasetId = id.value();
    return true;
}

} // namespace app
