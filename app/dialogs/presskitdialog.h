// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace core {
class Job;
class Workspace;
} // namespace core
namespace core::render {
class PressKit;
}

namespace app {

/// The press-kit dialog: territories (the current one by default), formats and charts, the
/// signature and logo, the folder; the number of files is shown before writing and follows
/// every choice. The kit is written by a job of the Workspace
/// (core::render::startPressKit: its own thread and connection) with a progress dialog whose
/// Cancel stops it; the dialog ends with "Open the folder". GUI thread.
class PressKitDialog final : public QDialog
{
    Q_OBJECT
public:
    PressKitDialog(const core::Workspace &workspace, const QString &currentTerritory,
                   QWidget *parent = nullptr);
    ~PressKitDialog() override;

    /// The choices, as codes, preset names and chart ids.
    [[nodiscard]] QStringList territories() const;
    [[nodiscard]] QStringList presets() const;
    [[nodiscard]] QStringList charts() const;
    void setTerritories(const QStringList &codes);
    void setPresets(const QStringList &names);
    void setCharts(const QStringList &ids);
    void setFolder(const QString &path);
    /// false: a non-empty folder is written without asking (tests).
    void setConfirmReplace(bool confirm) { m_confirmReplace = confirm; }

    /// The files the kit will write with the current choices (updated live; this recounts now).
    [[nodiscard]] int fileCount();
    /// The text under the choices ("341 fichiers…").
    [[nodiscard]] QString countText() const;
    /// Writes the kit with a progress dialog; returns when it is written, failed or cancelled.
    bool writeKit();
    /// Stops a running kit (the progress dialog's Cancel).
    void cancelKit();
    /// After writeKit(): the files written, or the message of the failure.
    [[nodiscard]] QStringList writtenFiles() const { return m_written; }
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] QPushButton *openFolderButton() const { return m_openFolder; }

private:
    void scheduleCount();
    void updateCount();
    void chooseFolder();
    void chooseLogo();
    void filterTerritories(const QString &text);
    void checkTerritories(const std::function<bool(const QString &code)> &predicate);

    const core::Workspace &m_workspace;
    std::unique_ptr<core::render::PressKit> m_kit; // counts on this thread, charts cached
    QLineEdit *m_filter = nullptr;
    QListWidget *m_territories = nullptr;
    QListWidget *m_charts = nullptr;
    QList<QCheckBox *> m_presets;
    QLineEdit *m_byline = nullptr;
    QLineEdit *m_logo = nullptr;
    QCheckBox *m_zip = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_openFolder = nullptr;
    QTimer *m_countTimer = nullptr;
    core::Job *m_job = nullptr; ///< the kit being written
    bool m_confirmReplace = true;
    int m_fileCount = 0;
    QStringList m_written;
};

/// The press-kit action: the dialog, with `currentTerritory` chosen.
void runPressKit(QWidget *parent, const core::Workspace &workspace,
                 const QString &currentTerritory);

} // namespace app
