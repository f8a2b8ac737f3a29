// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/presskitdialog.h"

#include "app/application.h"
#include "app/settings.h"
#include "core/charts/chartbuilder.h"
#include "core/charts/chartnames.h"
#include "core/job.h"
#include "core/render/presskitjob.h"
#include "core/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace app {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;

QStringList checkedCodes(const QListWidget *list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            codes << list->item(i)->data(kCodeRole).toString();
    return codes;
}

void setChecked(QListWidget *list, const QStringList &codes)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(codes.contains(list->item(i)->data(kCodeRole).toString())
                                             ? Qt::Checked
                                             : Qt::Unchecked);
}
} // namespace

PressKitDialog::PressKitDialog(const core::Workspace &workspace, const QString &currentTerritory,
                               QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Press kit"));
    setObjectName(QStringLiteral("pressKitDialog"));
    auto defaults = core::render::PressKitOptions::from(workspace.defaults());
    defaults.reference = workspace.referenceTerritory(); // the charts compare with it
    m_kit = std::make_unique<core::render::PressKit>(workspace, defaults);

    // Territories: the current one by default; a filter for the 88 of the index.
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: name or code"));
    m_filter->setClearButtonEnabled(true);
    m_territories = new QListWidget(this);
    m_territories->setObjectName(QStringLiteral("kitTerritories"));
    const core::TerritoryIndex &index = workspace.territories();
    for (const core::Territory &t : index.all()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 (%2)").arg(t.displayName(), t.code),
                                         m_territories);
        item->setData(kCodeRole, t.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(t.code == currentTerritory ? Qt::Checked : Qt::Unchecked);
    }
    auto *communes = new QPushButton(tr("All &communes"), this);
    auto *none = new QPushButton(tr("&None"), this);
    auto *territoryButtons = new QHBoxLayout;
    territoryButtons->addWidget(communes);
    territoryButtons->addWidget(none);
    territoryButtons->addStretch(1);
    auto *territoryBox = new QGroupBox(tr("&Territories"), this);
    auto *territoryLayout = new QVBoxLayout(territoryBox);
    territoryLayout->addWidget(m_filter);
    territoryLayout->addWidget(m_territories, 1);
    territoryLayout->addLayout(territoryButtons);

    // Charts, by what they show.
    m_charts = new QListWidget(this);
    m_charts->setObjectName(QStringLiteral("kitCharts"));
    for (const QString &id : core::charts::ChartBuilder::chartIds()) {
        auto *item = new QListWidgetItem(core::charts::chartLabel(id), m_charts);
        item->setData(kCodeRole, id);
        item->setToolTip(tr("Files: %1-…").arg(core::charts::chartFileStem(id)));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto *chartBox = new QGroupBox(tr("C&harts"), this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_charts, 1);

    // Formats, signature, logo, folder.
    auto *presetBox = new QGroupBox(tr("&Formats"), this);
    auto *presetLayout = new QVBoxLayout(presetBox);
    for (const core::render::Preset &p : core::render::presets()) {
        auto *box = new QCheckBox(tr("%1, %2 × %3 px")
                                          .arg(core::charts::presetLabel(p.name))
                                          .arg(qRound(p.size.width() * p.scale))
                                          .arg(qRound(p.size.height() * p.scale)),
                                  this);
        box->setObjectName(p.name);
        box->setChecked(true);
        presetLayout->addWidget(box);
        m_presets << box;
    }
    m_byline = new QLineEdit(settings::kitByline(workspace.defaults().byline), this);
    m_byline->setMaxLength(80);
    m_logo = new QLineEdit(settings::kitLogo(), this);
    m_logo->setPlaceholderText(tr("none"));
    m_logo->setClearButtonEnabled(true);
    auto *logoButton = new QPushButton(tr("&Browse…"), this);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(logoButton);
    QString start = settings::lastExportDir();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder = new QLineEdit(QDir(start).filePath(tr("press-kit", "folder name")), this);
    auto *folderButton = new QPushButton(tr("C&hoose…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(folderButton);
    m_zip = new QCheckBox(tr("Also one &ZIP file"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Si&gnature:"), m_byline);
    // Rows holding a layout get a label with a buddy, so that the mnemonic works.
    auto *logoLabel = new QLabel(tr("&Logo:"), this);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    auto *folderLabel = new QLabel(tr("F&older:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_zip);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("kitCount"));
    m_count->setWordWrap(true);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("kitResult"));
    m_result->setWordWrap(true);
    m_result->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_write = buttons->addButton(tr("&Write the press kit"), QDialogButtonBox::AcceptRole);
    m_write->setObjectName(QStringLiteral("kitWrite"));
    m_openFolder = buttons->addButton(tr("Open the folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("kitOpenFolder"));
    m_openFolder->hide();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, [this] { writeKit(); });
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder->text())); });

    auto *side = new QVBoxLayout;
    side->addWidget(presetBox);
    side->addLayout(form);
    side->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(territoryBox, 3);
    columns->addWidget(chartBox, 4);
    columns->addLayout(side, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    // Counting builds the charts of new territories (database reads): after a short pause, so
    // that ticking ten communes does not count ten times.
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(120);
    connect(m_countTimer, &QTimer::timeout, this, &PressKitDialog::updateCount);
    connect(m_territories, &QListWidget::itemChanged, this, &PressKitDialog::scheduleCount);
    connect(m_charts, &QListWidget::itemChanged, this, &PressKitDialog::scheduleCount);
    for (QCheckBox *box : std::as_const(m_presets))
        connect(box, &QCheckBox::toggled, this, &PressKitDialog::scheduleCount);
    connect(m_zip, &QCheckBox::toggled, this, &PressKitDialog::scheduleCount);
    connect(m_folder, &QLineEdit::textChanged, this, &PressKitDialog::scheduleCount);
    connect(m_filter, &QLineEdit::textChanged, this, &PressKitDialog::filterTerritories);
    connect(communes, &QPushButton::clicked, this, [this] {
        checkTerritories([](const QString &code) { return code.startsWith(u"COM:"); });
    });
    connect(none, &QPushButton::clicked, this,
            [this] { checkTerritories([](const QString &) { return false; }); });
    connect(folderButton, &QPushButton::clicked, this, &PressKitDialog::chooseFolder);
    connect(logoButton, &QPushButton::clicked, this, &PressKitDialog::chooseLogo);
    updateCount();
}

PressKitDialog::~PressKitDialog()
{
    cancelKit();
}

QStringList PressKitDialog::territories() const
{
    return checkedCodes(m_territories);
}

QStringList PressKitDialog::presets() const
{
    QStringList names;
    for (const QCheckBox *box : m_presets)
        if (box->isChecked())
            names << box->objectName();
    return names;
}

QStringList PressKitDialog::charts() const
{
    return checkedCodes(m_charts);
}

void PressKitDialog::setTerritories(const QStringList &codes)
{
    setChecked(m_territories, codes);
    updateCount();
}

void PressKitDialog::setPresets(const QStringList &names)
{
    for (QCheckBox *box : std::as_const(m_presets))
        box->setChecked(names.contains(box->objectName()));
    updateCount();
}

void PressKitDialog::setCharts(const QStringList &ids)
{
    setChecked(m_charts, ids);
    updateCount();
}

void PressKitDialog::setFolder(const QString &path)
{
    m_folder->setText(path);
}

void PressKitDialog::checkTerritories(const std::function<bool(const QString &)> &predicate)
{
    m_territories->blockSignals(true);
    for (int i = 0; i < m_territories->count(); ++i)
        m_territories->item(i)->setCheckState(
                predicate(m_territories->item(i)->data(kCodeRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    m_territories->blockSignals(false);
    scheduleCount();
}

void PressKitDialog::filterTerritories(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_territories->count(); ++i)
        m_territories->item(i)->setHidden(
                !needle.isEmpty()
                && !m_territories->item(i)->text().contains(needle, Qt::CaseInsensitive));
}

void PressKitDialog::scheduleCount()
{
    m_countTimer->start();
}

int PressKitDialog::fileCount()
{
    updateCount();
    return m_fileCount;
}

QString PressKitDialog::countText() const
{
    return m_count->text();
}

QString PressKitDialog::resultText() const
{
    return m_result->text();
}

void PressKitDialog::updateCount()
{
    m_countTimer->stop();
    const QStringList codes = territories();
    const QStringList names = presets();
    const QStringList ids = charts();
    QString missing;
    if (codes.isEmpty())
        missing = tr("Choose at least one territory.");
    else if (names.isEmpty())
        missing = tr("Choose at least one format.");
    else if (ids.isEmpty())
        missing = tr("Choose at least one chart.");
    if (!missing.isEmpty()) {
        m_fileCount = 0;
        m_count->setText(missing);
        m_write->setEnabled(false);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_kit->setSelection(codes, names, ids);
    const core::render::PressKitPlan plan = m_kit->plan();
    QApplication::restoreOverrideCursor();
    m_fileCount = int(plan.files.size()) + (m_zip->isChecked() ? 1 : 0);
    // The first chart of the first territory at the first format: what the names look like.
    QString example;
    for (const core::render::PressKitChart &c : plan.charts)
        if (!c.stem.startsWith(core::render::PressKit::sharedFolder() + u'/')) {
            example = c.stem + u'-' + core::charts::presetFileStem(names.first())
                    + QStringLiteral(".png");
            break;
        }
    m_count->setText(
            tr("%n file(s) will be written in %1: %2 chart(s) × %3 format(s) as PNG, SVG and PDF, "
               "with their data (CSV) and alternative text, %4 fact sheet(s), the methodology "
               "note, README and the list of files (manifeste.txt).",
               nullptr, m_fileCount)
                    .arg(QDir::toNativeSeparators(m_folder->text()))
                    .arg(plan.charts.size())
                    .arg(names.size())
                    .arg(plan.factSheets.size())
            + (example.isEmpty() ? QString() : u' ' + tr("Example: %1").arg(example)));
    m_write->setEnabled(!m_folder->text().trimmed().isEmpty());
}

void PressKitDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the press kit"),
                                                          m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(dir);
}

void PressKitDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), m_logo->text(),
                                                      tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        m_logo->setText(path);
}

bool PressKitDialog::writeKit()
{
    if (m_job)
        return false;
    updateCount();
    if (!m_write->isEnabled())
        return false;
    m_written.clear();
    m_openFolder->hide();
    const QString title = tr("Press kit");
    const QString dir = QDir::cleanPath(m_folder->text().trimmed());
    core::render::PressKitOptions options;
    options.directory = dir;
    options.territories = territories();
    options.presets = presets();
    options.charts = charts();
    options.reference = m_workspace.referenceTerritory();
    options.byline = m_byline->text().simplified();
    options.zip = m_zip->isChecked();
    if (!m_logo->text().trimmed().isEmpty()) {
        auto logo = core::render::loadLogo(m_logo->text().trimmed());
        if (!logo) {
            QMessageBox::critical(this, title, logo.error().message);
            return false;
        }
        options.logo = logo.value();
    }
    if (QDir(dir).exists()
        && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (m_confirmReplace
            && QMessageBox::question(
                       this, title,
                       tr("The folder %1 is not empty. Write the press kit into it? The files of "
                          "the previous press kit that the new one does not write are removed; "
                          "your other files are kept.")
                               .arg(QDir::toNativeSeparators(dir)),
                       QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                    != QMessageBox::Yes)
            return false;
        options.force = true;
    }
    settings::setLastExportDir(QFileInfo(dir).absolutePath());
    settings::setKitByline(options.byline);
    settings::setKitLogo(m_logo->text().trimmed());

    QProgressDialog progress(tr("Writing the press kit…"), tr("Cancel"), 0, m_fileCount, this);
    progress.setObjectName(QStringLiteral("kitProgress"));
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    m_job = core::render::startPressKit(m_workspace, referenceDataDir(), std::move(options), this);
    QEventLoop loop;
    bool ok = false;
    QString message;
    QStringList findings;
    connect(m_job, &core::Job::progress, &progress, [&progress](const core::JobProgress &p) {
        progress.setMaximum(int(p.total));
        progress.setValue(int(p.done));
    });
    connect(m_job, &core::Job::finished, &loop, [&](const QVariant &result) {
        const auto report = result.value<core::render::PressKitReport>();
        ok = true;
        m_written = report.files;
        for (const core::render::Finding &f : report.findings)
            findings << f.message;
        loop.quit();
    });
    connect(m_job, &core::Job::failed, &loop, [&](const core::Error &error) {
        const bool cancelled =
                error.code == core::Error::Code::Cancelled || m_job->isCancelRequested();
        message = cancelled ? tr("Press kit cancelled: nothing was changed in %1.")
                                      .arg(QDir::toNativeSeparators(dir))
                            : error.message;
        loop.quit();
    });
    connect(&progress, &QProgressDialog::canceled, this, [this, &progress] {
        progress.setLabelText(tr("Stopping…"));
        cancelKit();
    });
    loop.exec();
    delete m_job; // ended: its thread has returned
    m_job = nullptr;
    progress.close();

    if (ok) {
        QString text = tr("%n file(s) written to %1.", nullptr, int(m_written.size()))
                               .arg(QDir::toNativeSeparators(dir));
        if (!findings.isEmpty()) {
            text += u' '
                    + tr("The pre-export check found %n problem(s).", nullptr,
                         int(findings.size()));
            m_result->setToolTip(findings.join(u'\n'));
        }
        m_result->setText(text);
        m_openFolder->show();
        m_openFolder->setFocus();
    } else {
        m_result->setText(message);
        m_result->setToolTip(QString());
    }
    m_result->show();
    return ok;
}

void PressKitDialog::cancelKit()
{
    if (m_job)
        m_job->cancel();
}

void runPressKit(QWidget *parent, const core::Workspace &workspace, const QString &currentTerritory)
{
    PressKitDialog dialog(workspace, currentTerritory, parent);
    dialog.exec();
}

} // namespace app
