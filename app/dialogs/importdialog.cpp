// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/importdialog.h"

#include "app/widgets/screenfit.h"
#include "app/widgets/vocabularycombo.h"
#include "core/domain/vocabulary.h"
#include "core/import/importjob.h"
#include "core/import/table.h"
#include "core/import/territoryresolver.h"
#include "core/import/valueparser.h"
#include "core/import/xlsxreader.h"
#include "core/workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace app {

namespace {
using core::import::ColumnRef;
using core::import::ImportOutcome;
using core::import::ValueParser;

constexpr int kLineRole = Qt::UserRole + 1;

QString columnLabel(const QStringList &columns, int i)
{
    const QString name = columns.value(i);
    return name.isEmpty() ? QStringLiteral("#%1").arg(i + 1)
                          : QStringLiteral("%1 (#%2)").arg(name).arg(i + 1);
}

/// "Salariés ESS" -> employees:ess, a guess the user corrects with the drop-downs.
std::optional<std::pair<QString, QString>> guessMeasure(const QString &header)
{
    const QString key = core::import::TerritoryResolver::nameKey(header);
    const QString scope =
            key.contains(QStringLiteral("ess")) ? QStringLiteral("ess") : QStringLiteral("all");
    if (key.contains(QStringLiteral("part")) || header.contains(u'%'))
        return std::pair { key.contains(QStringLiteral("etab"))
                                   ? QStringLiteral("establishment_share")
                                   : QStringLiteral("employment_share"),
                           scope };
    if (key.contains(QStringLiteral("etab")))
        return std::pair { QStringLiteral("establishments"), scope };
    if (key.contains(QStringLiteral("salari")) || key.contains(QStringLiteral("effectif"))
        || key.contains(QStringLiteral("emploi")))
        return std::pair { QStringLiteral("employees"), scope };
    return std::nullopt;
}
} // namespace

ImportDialog::ImportDialog(core::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_job(new core::import::ImportJob(this))
{
    setWindowTitle(tr("Import a table"));
    setObjectName(QStringLiteral("importDialog"));
    fitToScreen(this, QSize(1100, 820));
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("Choose a CSV or XLSX file, or drop it on the main window"));
    auto *browseButton = new QPushButton(tr("&Open a file…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    m_sheetBox = new QComboBox(this);
    m_sheetBox->setEnabled(false);
    m_headerSpin = new QSpinBox(this);
    m_headerSpin->setRange(0, 100000);
    m_headerSpin->setSpecialValueText(tr("detect"));
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browseButton);
    fileRow->addWidget(new QLabel(tr("Sheet:"), this));
    fileRow->addWidget(m_sheetBox);
    fileRow->addWidget(new QLabel(tr("Header line:"), this));
    fileRow->addWidget(m_headerSpin);
    layout->addLayout(fileRow);
    connect(m_sheetBox, &QComboBox::activated, this, [this] { reloadPreview(); });
    connect(m_headerSpin, &QSpinBox::editingFinished, this, [this] { reloadPreview(); });

    m_understood = new QLabel(this);
    m_understood->setWordWrap(true);
    layout->addWidget(m_understood);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_preview = new QTableWidget(splitter);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setToolTip(tr("The first rows as the reader understood them; line numbers on the "
                             "left are the lines of the file"));

    auto *mappingBox = new QGroupBox(tr("Mapping"), splitter);
    auto *mappingLayout = new QHBoxLayout(mappingBox);
    auto *form = new QFormLayout;
    m_territoryBox = new QComboBox(mappingBox);
    form->addRow(tr("&Territory column:"), m_territoryBox);
    m_yearColumnRadio = new QRadioButton(tr("Year column:"), mappingBox);
    m_fixedYearRadio = new QRadioButton(tr("Fixed year:"), mappingBox);
    auto *yearGroup = new QButtonGroup(this);
    yearGroup->addButton(m_yearColumnRadio);
    yearGroup->addButton(m_fixedYearRadio);
    m_yearColumnBox = new QComboBox(mappingBox);
    m_yearSpin = new QSpinBox(mappingBox);
    m_yearSpin->setRange(ValueParser::kMinYear, ValueParser::kMaxYear);
    m_yearSpin->setValue(QDate::currentDate().year() - 2);
    form->addRow(m_yearColumnRadio, m_yearColumnBox);
    form->addRow(m_fixedYearRadio, m_yearSpin);
    m_fixedYearRadio->setChecked(true);
    connect(m_yearColumnRadio, &QRadioButton::toggled, this, [this] { updateButtons(); });
    m_sourceTitle = new QLineEdit(mappingBox);
    m_sourceTitle->setPlaceholderText(tr("e.g. Insee, Flores 2021 (CRESS observatory)"));
    m_sourceTitle->setObjectName(QStringLiteral("sourceTitle"));
    m_sourcePublisher = new QLineEdit(mappingBox);
    m_sourcePublisher->setPlaceholderText(tr("e.g. CRESS Hauts-de-France"));
    m_sourceDate = new QLineEdit(mappingBox);
    m_sourceDate->setPlaceholderText(tr("e.g. 2024 or 2024-05-23"));
    m_sourceUrl = new QLineEdit(mappingBox);
    m_sourceLicence = new QLineEdit(mappingBox);
    m_sourceLicence->setPlaceholderText(tr("e.g. Licence Ouverte 2.0"));
    form->addRow(tr("&Source title (required):"), m_sourceTitle);
    form->addRow(tr("&Publisher:"), m_sourcePublisher);
    form->addRow(tr("Publication &date:"), m_sourceDate);
    form->addRow(tr("Source &address:"), m_sourceUrl);
    form->addRow(tr("Source &licence:"), m_sourceLicence);
    m_replace = new QCheckBox(tr("&Replace an earlier import of the same file"), mappingBox);
    form->addRow(m_replace);
    mappingLayout->addLayout(form, 2);
    m_mapping = new QTableWidget(0, 4, mappingBox);
    m_mapping->setHorizontalHeaderLabels(
            { tr("Column"), tr("Measure"), tr("Scope"), tr("Sector") });
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->setToolTip(tr("Each value column becomes a measure:scope:sector; leave \"not "
                             "imported\" for the others"));
    mappingLayout->addWidget(m_mapping, 3);

    auto *reportBox = new QGroupBox(tr("Validation report"), splitter);
    auto *reportLayout = new QVBoxLayout(reportBox);
    m_summary = new QLabel(reportBox);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QListWidget(reportBox);
    m_problems->setToolTip(tr("Click a problem to see its line in the preview"));
    reportLayout->addWidget(m_summary);
    reportLayout->addWidget(m_problems, 1);
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int line = item->data(kLineRole).toInt();
        if (line > 0 && !showLine(line))
            m_summary->setText(tr("Line %1 is beyond the %2 lines of the preview.")
                                       .arg(line)
                                       .arg(kPreviewRows));
    });
    splitter->addWidget(m_preview);
    splitter->addWidget(mappingBox);
    splitter->addWidget(reportBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_checkButton = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_checkButton->setToolTip(tr("Read and check the whole file without writing anything"));
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_checkButton, &QPushButton::clicked, this, [this] { startImport(true); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { startImport(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_job, &core::import::ImportJob::progressed, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
        } else {
            m_progress->setRange(0, 0);
        }
        m_progress->setLabelText(tr("Line %1 read…").arg(done));
    });
    connect(m_job, &core::import::ImportJob::finished, this, &ImportDialog::onFinished);
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::browse()
{
    const QString dir = m_path.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a table"), dir, tr("Tables (*.csv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

bool ImportDialog::setFile(const QString &path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_sheetBox->clear();
    m_sheetBox->setEnabled(false);
    m_headerSpin->setValue(0);
    if (auto xlsx = core::import::XlsxReader::open(path)) {
        m_sheetBox->addItems(xlsx.value()->sheetNames());
        m_sheetBox->setEnabled(m_sheetBox->count() > 1);
    }
    m_problems->clear();
    m_summary->clear();
    reloadPreview();
    guessMapping();
    updateButtons();
    return !m_columns.isEmpty();
}

void ImportDialog::reloadPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_columns.clear();
    if (m_path.isEmpty())
        return;
    core::import::TableOptions options;
    options.headerRow = m_headerSpin->value();
    options.sheet = m_sheetBox->currentText();
    auto opened = core::import::Table::open(m_path, options);
    if (!opened) {
        m_understood->setText(
                tr("<b>Not a readable table:</b> %1").arg(opened.error().message.toHtmlEscaped()));
        fillMapping();
        updateButtons();
        return;
    }
    core::import::Table &table = *opened.value();
    m_columns = table.columns();
    m_understood->setText(
            table.separator().isEmpty()
                    ? tr("Understood: spreadsheet, header on line %1, %n column(s).", nullptr,
                         int(m_columns.size()))
                              .arg(table.headerRow())
                    : tr("Understood: encoding %1, separator \"%2\", header on line %3, %n "
                         "column(s). Numbers are shown as read (→ value); grey cells are "
                         "missing values (secrecy).",
                         nullptr, int(m_columns.size()))
                              .arg(table.encoding(),
                                   table.separator() == u"\t" ? tr("tab") : table.separator())
                              .arg(table.headerRow()));
    m_preview->setColumnCount(int(m_columns.size()));
    QStringList headers;
    for (int i = 0; i < m_columns.size(); ++i)
        headers << columnLabel(m_columns, i);
    m_preview->setHorizontalHeaderLabels(headers);
    core::import::RawRow row;
    QStringList lines;
    for (int r = 0; r < kPreviewRows; ++r) {
        auto more = table.next(row);
        if (!more) {
            m_understood->setText(m_understood->text() + u' '
                                  + tr("Reading stopped at line %1: %2")
                                            .arg(table.currentLine())
                                            .arg(more.error().message));
            break;
        }
        if (!*more)
            break;
        m_preview->insertRow(r);
        lines << QString::number(row.line);
        for (int c = 0; c < m_columns.size(); ++c) {
            const QString raw = row.cell(c);
            auto *item = new QTableWidgetItem(raw);
            item->setData(kLineRole, row.line);
            const QStringView trimmed = ValueParser::trimmed(raw);
            if (!trimmed.isEmpty() && ValueParser::isMissingMarker(trimmed)) {
                item->setForeground(Qt::gray);
                QFont f = item->font();
                f.setItalic(true);
                item->setFont(f);
                item->setToolTip(tr("Missing value (secrecy or not available), never zero"));
            } else if (auto n = ValueParser::parseNumber(raw); n && n->value) {
                const QString plain = QString::number(*n->value, 'g', 15);
                if (plain != trimmed)
                    item->setText(QStringLiteral("%1 → %2").arg(raw, plain));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(tr("Read as the number %1").arg(plain));
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
    fillMapping();
}

void ImportDialog::fillMapping()
{
    const auto fill = [this](QComboBox *box) {
        const QString before = box->currentData().toString();
        box->clear();
        for (int i = 0; i < m_columns.size(); ++i)
            box->addItem(columnLabel(m_columns, i), QStringLiteral("#%1").arg(i + 1));
        if (const int i = box->findData(before); i >= 0)
            box->setCurrentIndex(i);
    };
    fill(m_territoryBox);
    fill(m_yearColumnBox);
    m_mapping->setRowCount(int(m_columns.size()));
    for (int i = 0; i < m_columns.size(); ++i) {
        auto *name = new QTableWidgetItem(columnLabel(m_columns, i));
        name->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(i, 0, name);
        auto *measure = new QComboBox(m_mapping);
        measure->addItem(tr("(not imported)"), QString());
        vocabularycombo::addMeasures(measure);
        auto *scope = new QComboBox(m_mapping);
        vocabularycombo::addScopes(scope);
        auto *sector = new QComboBox(m_mapping);
        vocabularycombo::addSectors(sector);
        m_mapping->setCellWidget(i, 1, measure);
        m_mapping->setCellWidget(i, 2, scope);
        m_mapping->setCellWidget(i, 3, sector);
        connect(measure, &QComboBox::currentIndexChanged, this, [this] { updateButtons(); });
    }
}

void ImportDialog::guessMapping()
{
    if (m_columns.isEmpty())
        return;
    // Territory: the first column whose preview cells look like territory codes.
    int territory = 0;
    for (int c = 0; c < m_columns.size() && m_preview->rowCount() > 0; ++c) {
        const QTableWidgetItem *item = m_preview->item(0, c);
        const QString raw = item ? item->text().section(QStringLiteral(" → "), 0, 0) : QString();
        if (!core::import::TerritoryResolver::codeFromShape(raw).isEmpty()) {
            territory = c;
            break;
        }
    }
    m_territoryBox->setCurrentIndex(territory);
    int year = -1;
    for (int c = 0; c < m_columns.size(); ++c) {
        const QString key = core::import::TerritoryResolver::nameKey(m_columns.at(c));
        if (key == u"annee" || key == u"year" || key == u"an" || key == u"millesime")
            year = c;
    }
    setUseFixedYear(year < 0);
    if (year >= 0)
        m_yearColumnBox->setCurrentIndex(year);
    for (int c = 0; c < m_columns.size(); ++c) {
        if (c == territory || c == year)
            continue;
        if (auto guess = guessMeasure(m_columns.at(c)))
            setMapping(c, guess->first, guess->second);
    }
}

void ImportDialog::setMapping(int column, const QString &measure, const QString &scope,
                              const QString &sector)
{
    const auto select = [this, column](int col, const QString &value) {
        if (auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(column, col)))
            box->setCurrentIndex(std::max(0, box->findData(value)));
    };
    select(1, measure);
    select(2, scope);
    select(3, sector);
}

void ImportDialog::setUseFixedYear(bool fixed)
{
    (fixed ? m_fixedYearRadio : m_yearColumnRadio)->setChecked(true);
    updateButtons();
}

void ImportDialog::setSourceTitle(const QString &title)
{
    m_sourceTitle->setText(title);
}

void ImportDialog::setReplace(bool replace)
{
    m_replace->setChecked(replace);
}

core::import::ImportSpec ImportDialog::spec() const
{
    core::import::ImportSpec spec;
    spec.sheet = m_sheetBox->currentText();
    spec.headerRow = m_headerSpin->value();
    spec.territoryColumn = ColumnRef::fromString(m_territoryBox->currentData().toString());
    if (m_yearColumnRadio->isChecked())
        spec.yearColumn = ColumnRef::fromString(m_yearColumnBox->currentData().toString());
    else
        spec.year = m_yearSpin->value();
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        const auto value = [this, c](int col) {
            const auto *box = qobject_cast<QComboBox *>(m_mapping->cellWidget(c, col));
            return box ? box->currentData().toString() : QString();
        };
        if (value(1).isEmpty())
            continue;
        core::import::ValueMapping m;
        m.column = ColumnRef::fromString(QStringLiteral("#%1").arg(c + 1));
        m.measure = value(1);
        m.scope = value(2);
        m.sector = value(3);
        spec.mappings.append(m);
    }
    return spec;
}

void ImportDialog::updateButtons()
{
    m_yearColumnBox->setEnabled(m_yearColumnRadio->isChecked());
    m_yearSpin->setEnabled(m_fixedYearRadio->isChecked());
    const bool ready = !m_columns.isEmpty() && spec().validate().ok() && !m_job->isRunning();
    m_checkButton->setEnabled(ready);
    m_importButton->setEnabled(ready);
}

bool ImportDialog::startImport(bool dryRun)
{
    const core::import::ImportSpec s = spec();
    if (m_path.isEmpty() || m_job->isRunning())
        return false;
    if (auto st = s.validate(); !st) {
        m_summary->setText(st.error().message);
        return false;
    }
    // Every figure cites its source: no import without a title (as "Add a sourced figure").
    if (!dryRun && m_sourceTitle->text().trimmed().isEmpty()) {
        m_summary->setText(tr("Give the title of the source before importing: every figure "
                              "must say where it comes from."));
        m_sourceTitle->setFocus();
        return false;
    }
    core::import::ImportRequest request;
    request.path = m_path;
    request.spec = s;
    request.source.title = m_sourceTitle->text().trimmed();
    request.source.publisher = m_sourcePublisher->text().trimmed();
    request.source.published = m_sourceDate->text().trimmed();
    request.source.url = m_sourceUrl->text().trimmed();
    request.source.licence = m_sourceLicence->text().trimmed();
    request.replace = m_replace->isChecked();
    request.dryRun = dryRun;
    m_dryRun = dryRun;
    m_problems->clear();
    m_summary->setText(dryRun ? tr("Checking…") : tr("Importing…"));
    if (!m_job->start(m_workspace.databasePath(), request))
        return false;
    m_progress =
            new QProgressDialog(dryRun ? tr("Checking the whole file…") : tr("Importing the file…"),
                                tr("Cancel"), 0, 1000, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &core::import::ImportJob::cancel);
    updateButtons();
    return true;
}

void ImportDialog::onFinished()
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const ImportOutcome &outcome = m_job->outcome();
    m_reportText = outcome.toText();
    m_problems->clear();
    for (const core::import::Problem &p : outcome.report.problems) {
        auto *item = new QListWidgetItem(p.message, m_problems);
        item->setData(kLineRole, p.line);
        item->setToolTip(
                tr("Line %1, column %2, value \"%3\"").arg(p.line).arg(p.column).arg(p.raw));
    }
    if (outcome.vintage) {
        for (const core::ValueChange &c : outcome.vintage->changes)
            new QListWidgetItem(
                    tr("Changed since the previous vintage: %1").arg(ImportOutcome::changeText(c)),
                    m_problems);
    }
    QString summary;
    switch (outcome.status) {
    case ImportOutcome::Status::Written:
        summary = tr("Imported: %n observation(s) written, %1 missing by secrecy.", nullptr,
                     int(outcome.written))
                          .arg(outcome.report.missingBySecrecy);
        break;
    case ImportOutcome::Status::DryRun:
        summary = tr("Check passed: %n observation(s) would be written, %1 missing by secrecy. "
                     "Nothing was written.",
                     nullptr, int(outcome.written))
                          .arg(outcome.report.missingBySecrecy);
        break;
    case ImportOutcome::Status::Invalid:
        summary = tr("%n problem(s) found: nothing was written. Click a problem to see its line.",
                     nullptr, int(outcome.report.problemCount));
        break;
    case ImportOutcome::Status::Duplicate:
        summary = outcome.message + u' ' + tr("Tick \"Replace\" to load it again.");
        break;
    case ImportOutcome::Status::Cancelled:
    case ImportOutcome::Status::Failed:
        summary = outcome.message;
        break;
    }
    if (outcome.vintage)
        summary += u' '
                + tr("Compared with the previous vintage: %1 figure(s) changed.")
                          .arg(outcome.vintage->changed);
    m_summary->setText(summary);
    updateButtons();
    const bool written = outcome.status == ImportOutcome::Status::Written;
    if (written)
        m_workspace.notifyDatasetAdded(outcome.datasetId);
    emit importFinished(written);
}

bool ImportDialog::showLine(int line)
{
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        const QTableWidgetItem *item = m_preview->item(r, 0);
        if (item && item->data(kLineRole).toInt() == line) {
            m_preview->selectRow(r);
            m_preview->scrollToItem(item);
            return true;
        }
    }
    return false;
}

} // namespace app
