// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/importdialog.h"

#include "app/dialogs/importpreviewmodel.h"
#include "app/dialogs/mappingeditor.h"
#include "app/widgets/screenfit.h"
#include "core/import/mappingguess.h"
#include "core/import/table.h"
#include "core/import/xlsxreader.h"
#include "core/job.h"
#include "core/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace app {

namespace {
using core::import::ImportOutcome;

constexpr int kLineRole = Qt::UserRole + 1;

} // namespace

ImportDialog::ImportDialog(core::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_previewModel(new ImportPreviewModel(this))
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
    m_preview = new QTableView(splitter);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setToolTip(tr("The first rows as the reader understood them; line numbers on the "
                             "left are the lines of the file"));

    auto *mappingBox = new QGroupBox(tr("Mapping"), splitter);
    auto *mappingLayout = new QHBoxLayout(mappingBox);
    m_mapping = new MappingEditor(mappingBox);
    connect(m_mapping, &MappingEditor::changed, this, [this] { updateButtons(); });
    QFormLayout *form = m_mapping->form();
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
    mappingLayout->addWidget(m_mapping);

    auto *reportBox = new QGroupBox(tr("Validation report"), splitter);
    auto *reportLayout = new QVBoxLayout(reportBox);
    m_summary = new QLabel(reportBox);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QListWidget(reportBox);
    m_problems->setObjectName(QStringLiteral("importProblems"));
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

    updateButtons();
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isRunning() const
{
    return m_job && m_job->isRunning();
}

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
    m_previewModel->clear();
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
        m_mapping->setColumns(m_columns);
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
    std::vector<core::import::RawRow> rows;
    core::import::RawRow row;
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
        rows.push_back(row);
    }
    m_previewModel->setTable(m_columns, std::move(rows));
    m_preview->resizeColumnsToContents();
    m_mapping->setColumns(m_columns);
}

void ImportDialog::guessMapping()
{
    m_mapping->apply(core::import::guessMapping(m_columns, m_previewModel->rawRow(0)));
}

void ImportDialog::setMapping(int column, const QString &measure, const QString &scope,
                              const QString &sector)
{
    m_mapping->setMapping(column, measure, scope, sector);
}

void ImportDialog::setUseFixedYear(bool fixed)
{
    m_mapping->setUseFixedYear(fixed);
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
    m_mapping->fillSpec(spec);
    return spec;
}

void ImportDialog::updateButtons()
{
    const bool ready = !m_columns.isEmpty() && spec().validate().ok() && !isRunning();
    m_checkButton->setEnabled(ready);
    m_importButton->setEnabled(ready);
}

bool ImportDialog::startImport(bool dryRun)
{
    const core::import::ImportSpec s = spec();
    if (m_path.isEmpty() || isRunning())
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
    delete m_job; // the previous one, finished
    m_job = m_workspace.startTableImport(request, this);
    m_job->setObjectName(QStringLiteral("importJob"));
    connect(m_job, &core::Job::progress, this, [this](const core::JobProgress &p) {
        if (!m_progress)
            return;
        if (p.total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(std::min<qint64>(1000, p.done * 1000 / p.total)));
        } else {
            m_progress->setRange(0, 0);
        }
        m_progress->setLabelText(tr("Line %1 read…").arg(p.done));
    });
    connect(m_job, &core::Job::finished, this, &ImportDialog::onFinished);
    m_progress =
            new QProgressDialog(dryRun ? tr("Checking the whole file…") : tr("Importing the file…"),
                                tr("Cancel"), 0, 1000, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &core::Job::cancel);
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
    const auto outcome = m_job->result().value<ImportOutcome>();
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
    // The workspace reloaded itself and announced the dataset before this slot ran.
    emit importFinished(outcome.status == ImportOutcome::Status::Written);
}

bool ImportDialog::showLine(int line)
{
    const int row = m_previewModel->rowOfLine(line);
    if (row < 0)
        return false;
    m_preview->selectRow(row);
    m_preview->scrollTo(m_previewModel->index(row, 0));
    return true;
}

} // namespace app
