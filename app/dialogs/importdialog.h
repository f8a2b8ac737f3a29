// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importspec.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QSpinBox;
class QTableView;

namespace core {
class Job;
class Workspace;
} // namespace core

namespace app {

class ImportPreviewModel;
class MappingEditor;

/// The import assistant: a file (opened or dropped), a preview of its first rows as the reader
/// understood them, the column mapping, a validation report linked to the preview rows, and the
/// import in a worker thread with progress and Cancel. Acts through core::Workspace (its
/// table-import job); GUI thread.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 200;

    explicit ImportDialog(core::Workspace &workspace, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Loads a file into the preview and guesses a mapping; false (with a message shown in the
    /// dialog) when it is not a readable table.
    bool setFile(const QString &path);
    /// The spec the mapping widgets describe.
    [[nodiscard]] core::import::ImportSpec spec() const;
    /// Starts the import (dryRun: check only). Returns false when the mapping is incomplete.
    bool startImport(bool dryRun);
    /// Selects the preview row of a physical line; false when the line is not in the preview.
    bool showLine(int line);

    /// The measure:scope:sector boxes of a preview column (0-based).
    void setMapping(int column, const QString &measure,
                    const QString &scope = QStringLiteral("all"),
                    const QString &sector = QStringLiteral("all"));
    void setUseFixedYear(bool fixed);
    void setSourceTitle(const QString &title);
    void setReplace(bool replace);
    /// The last report as text.
    [[nodiscard]] QString reportText() const { return m_reportText; }

signals:
    void importFinished(bool written);

private:
    void browse();
    void reloadPreview();
    void guessMapping();
    void updateButtons();
    void onFinished();
    [[nodiscard]] bool isRunning() const;

    core::Workspace &m_workspace;
    QString m_path;
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_sheetBox = nullptr;
    QSpinBox *m_headerSpin = nullptr;
    QLabel *m_understood = nullptr;
    QTableView *m_preview = nullptr;
    MappingEditor *m_mapping = nullptr;
    QLineEdit *m_sourceTitle = nullptr;
    QLineEdit *m_sourcePublisher = nullptr;
    QLineEdit *m_sourceDate = nullptr;
    QLineEdit *m_sourceUrl = nullptr;
    QLineEdit *m_sourceLicence = nullptr;
    QCheckBox *m_replace = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QProgressDialog *m_progress = nullptr;
    core::Job *m_job = nullptr; ///< the last import, found by tests as "importJob"
    ImportPreviewModel *m_previewModel = nullptr;
    QStringList m_columns;
    QString m_reportText;
    bool m_dryRun = false;
};

} // namespace app
