// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace core {
class Workspace;
}

namespace app {

/// A form for one sourced figure typed from a report (PDF, press release): territory, data year
/// (or "not stated" with the publication year), measure:scope:sector, value or range, qualifier,
/// unit counted, source and producer: the fields of `add-figure`, checked the same way. Writes
/// through Workspace::addFigure, which announces the dataset. GUI thread.
class AddFigureDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AddFigureDialog(core::Workspace &workspace, QWidget *parent = nullptr);
    ~AddFigureDialog() override;

    /// Checks and writes the figure; on failure the message is shown and false returned.
    bool save();
    [[nodiscard]] qint64 datasetId() const { return m_datasetId; }
    [[nodiscard]] QString errorText() const;

    QComboBox *territoryBox() const { return m_territory; }
    QSpinBox *yearBox() const { return m_year; }
    QCheckBox *yearUnknownBox() const { return m_yearUnknown; }
    QSpinBox *publishedBox() const { return m_published; }
    QComboBox *qualifierBox() const { return m_qualifier; }
    QComboBox *unitCountedBox() const { return m_unitCounted; }
    QLineEdit *producerEdit() const { return m_producer; }
    QComboBox *measureBox() const { return m_measure; }
    QComboBox *scopeBox() const { return m_scope; }
    QLineEdit *valueEdit() const { return m_value; }
    QLineEdit *sourceTitleEdit() const { return m_sourceTitle; }

private:
    core::Workspace &m_workspace;
    QComboBox *m_territory = nullptr;
    QSpinBox *m_year = nullptr;
    QCheckBox *m_yearUnknown = nullptr;
    QSpinBox *m_published = nullptr;
    QComboBox *m_qualifier = nullptr;
    QComboBox *m_unitCounted = nullptr;
    QLineEdit *m_producer = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_sector = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_low = nullptr;
    QLineEdit *m_high = nullptr;
    QLineEdit *m_sourceTitle = nullptr;
    QLineEdit *m_sourceUrl = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    qint64 m_datasetId = 0;
};

} // namespace app
