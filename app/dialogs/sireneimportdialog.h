// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QElapsedTimer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace core {
class Job;
class Workspace;
} // namespace core

namespace app {

/// Imports the two SIRENE stock files (CSV or ZIP) for chosen territories: a job of the
/// Workspace (its own thread and database connection), a progress bar (bytes read, rows per second,
/// time left) and Cancel, which leaves the database unchanged. GUI thread.
class SireneImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SireneImportDialog(core::Workspace &workspace, QWidget *parent = nullptr);
    ~SireneImportDialog() override;

    void setFiles(const QString &unitsPath, const QString &establishmentsPath);
    void setTerritories(const QString &codes);
    /// Starts the import (as the Import button does); false when the form is incomplete.
    bool start();
    [[nodiscard]] bool isRunning() const { return m_job != nullptr; }
    /// Asks a running import to stop (as the Cancel button does).
    void cancel();
    [[nodiscard]] QString statusText() const;
    /// Id of the dataset written by the last successful import, else 0.
    [[nodiscard]] qint64 importedDatasetId() const { return m_datasetId; }

protected:
    void reject() override;

private:
    void browse(QLineEdit *edit, const QString &title);
    void showProgress(qint64 bytesRead, qint64 totalBytes, qint64 rows);
    void finish(const QString &message, bool ok);
    void updateButtons();

    core::Workspace &m_workspace;
    QLineEdit *m_units = nullptr;
    QLineEdit *m_establishments = nullptr;
    QLineEdit *m_territories = nullptr;
    QCheckBox *m_replace = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    core::Job *m_job = nullptr; ///< the running import
    QElapsedTimer m_clock;
    qint64 m_datasetId = 0;
    bool m_cancelRequested = false;
};

} // namespace app
