// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/sireneimportdialog.h"

#include "app/application.h"
#include "core/format/french.h"
#include "core/workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace app {

namespace {
QString duration(double seconds)
{
    const qint64 s = qint64(std::ceil(std::max(0.0, seconds)));
    if (s < 60)
        return SireneImportDialog::tr("%n s", nullptr, int(s));
    return SireneImportDialog::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

SireneImportDialog::SireneImportDialog(core::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("Import the SIRENE register"));
    setMinimumWidth(640);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
            tr("Insee's monthly SIRENE stock files (Licence Ouverte 2.0), as CSV or as the "
               "official ZIP files, free on data.gouv.fr (\"Base Sirene des entreprises et de "
               "leurs établissements\"); the two ZIPs together weigh a few gigabytes and are "
               "read without unzipping. The ESS establishments of the chosen communes are "
               "counted by legal category under the application's own convention, which is not "
               "Insee's official ESS perimeter; every figure is stored as estimated."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto fileRow = [this, form](QLineEdit *&edit, const QString &label,
                                      const QString &title) {
        edit = new QLineEdit(this);
        edit->setClearButtonEnabled(true);
        auto *button = new QToolButton(this);
        button->setText(tr("Browse…"));
        QLineEdit *target = edit;
        connect(button, &QToolButton::clicked, this,
                [this, target, title] { browse(target, title); });
        connect(edit, &QLineEdit::textChanged, this, [this] { updateButtons(); });
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(button);
        // A label with a buddy: "&" is the shortcut, not a literal character.
        auto *text = new QLabel(label, this);
        text->setBuddy(edit);
        form->addRow(text, row);
    };
    fileRow(m_units, tr("&Legal units (StockUniteLegale):"),
            tr("Choose the StockUniteLegale file"));
    fileRow(m_establishments, tr("&Establishments (StockEtablissement):"),
            tr("Choose the StockEtablissement file"));
    m_territories = new QLineEdit(workspace.defaults().area, this);
    m_territories->setToolTip(tr("Codes separated by spaces: ARR:596 (CAVM + CAPH), an EPCI "
                                 "(EPCI:245901160), a commune (COM:59606), or communes separated "
                                 "by commas (59606,59014)"));
    connect(m_territories, &QLineEdit::textChanged, this, [this] { updateButtons(); });
    form->addRow(tr("&Territories:"), m_territories);
    m_replace = new QCheckBox(tr("&Replace an earlier import of the same two files"), this);
    form->addRow(QString(), m_replace);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_importButton, &QPushButton::clicked, this, [this] { start(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SireneImportDialog::reject);
    layout->addWidget(m_buttons);
    updateButtons();
}

SireneImportDialog::~SireneImportDialog()
{
    delete m_job; // cancels a running import and waits for it
}

void SireneImportDialog::setFiles(const QString &unitsPath, const QString &establishmentsPath)
{
    m_units->setText(unitsPath);
    m_establishments->setText(establishmentsPath);
}

void SireneImportDialog::setTerritories(const QString &codes)
{
    m_territories->setText(codes);
}

QString SireneImportDialog::statusText() const
{
    return m_status->text();
}

void SireneImportDialog::browse(QLineEdit *edit, const QString &title)
{
    QString dir = QFileInfo(edit->text()).absolutePath();
    if (edit->text().isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    const QString path = QFileDialog::getOpenFileName(
            this, title, dir, tr("SIRENE stock files (*.csv *.zip);;All files (*)"));
    if (!path.isEmpty())
        edit->setText(path);
}

void SireneImportDialog::updateButtons()
{
    const bool running = isRunning();
    m_importButton->setEnabled(!running && !m_units->text().trimmed().isEmpty()
                               && !m_establishments->text().trimmed().isEmpty()
                               && !m_territories->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->setText(running ? tr("&Cancel") : tr("Close"));
    for (QWidget *w : { static_cast<QWidget *>(m_units), static_cast<QWidget *>(m_establishments),
                        static_cast<QWidget *>(m_territories), static_cast<QWidget *>(m_replace) })
        w->setEnabled(!running);
}

bool SireneImportDialog::start()
{
    if (isRunning() || m_units->text().trimmed().isEmpty()
        || m_establishments->text().trimmed().isEmpty())
        return false;
    core::sirene::SireneImportRequest request;
    request.unitsPath = m_units->text().trimmed();
    request.establishmentsPath = m_establishments->text().trimmed();
    request.territoryCodes = m_territories->text().split(u' ', Qt::SkipEmptyParts);
    request.replace = m_replace->isChecked();

    m_datasetId = 0;
    m_cancelRequested = false;
    m_job = m_workspace.startSireneImport(defaultSireneClassificationPath(), request, this);
    connect(m_job, &core::Job::progress, this,
            [this](const core::JobProgress &p) { showProgress(p.done, p.total, p.items); });
    connect(m_job, &core::Job::finished, this, [this](const QVariant &result) {
        const auto imported = result.value<core::SireneImported>();
        m_datasetId = imported.stored.datasetId;
        finish(tr("Imported the SIRENE stock of %1 (%n estimated figure(s)).", nullptr,
                  int(imported.stored.observations))
                       .arg(core::format::longDate(imported.stockDate)),
               true);
    });
    connect(m_job, &core::Job::failed, this, [this](const core::Error &error) {
        const bool cancelled =
                error.code == core::Error::Code::Cancelled || m_job->isCancelRequested();
        finish(cancelled ? tr("Import cancelled: the database is unchanged.")
                         : tr("Import failed: %1 The database is unchanged.").arg(error.message),
               false);
    });
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    m_status->setText(tr("Reading the establishments, then their legal units…"));
    m_clock.start();
    updateButtons();
    return true;
}

void SireneImportDialog::showProgress(qint64 bytesRead, qint64 totalBytes, qint64 rows)
{
    const double seconds = std::max(0.001, m_clock.elapsed() / 1000.0);
    if (totalBytes > 0)
        m_progress->setValue(int(1000.0 * double(bytesRead) / double(totalBytes)));
    m_progress->setFormat(QStringLiteral("%p %"));
    const double rate = double(bytesRead) / seconds;
    const QString left = rate > 0 && totalBytes > bytesRead
            ? duration(double(totalBytes - bytesRead) / rate)
            : duration(0);
    m_status->setText(tr("%1 of %2 MB read · %3 rows per second · about %4 left")
                              .arg(core::format::number(double(bytesRead) / 1e6, 1),
                                   core::format::number(double(totalBytes) / 1e6, 1),
                                   core::format::number(double(rows) / seconds), left));
}

void SireneImportDialog::finish(const QString &message, bool ok)
{
    m_job->deleteLater(); // it is emitting the signal that brought us here
    m_job = nullptr;
    if (ok) {
        m_progress->setValue(m_progress->maximum());
        m_progress->setFormat(tr("Done"));
    } else {
        m_progress->setFormat(m_cancelRequested ? tr("Cancelled") : tr("Failed"));
    }
    m_status->setText(message);
    updateButtons();
}

void SireneImportDialog::cancel()
{
    if (!m_job)
        return;
    m_cancelRequested = true;
    m_job->cancel();
    m_status->setText(tr("Cancelling…"));
}

void SireneImportDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace app
