// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importspec.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace core::import {
struct MappingGuess;
}

namespace app {

/// Edits how a table's columns map to observations: the territory column, a year column or a
/// fixed year, and a measure:scope:sector for each value column (left "not imported" for the
/// others). The form on the left takes extra rows (the import assistant's source fields).
/// GUI thread.
class MappingEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit MappingEditor(QWidget *parent = nullptr);

    /// The table's columns; the territory and year choices are kept when their column stays.
    void setColumns(const QStringList &columns);
    /// Selects what a guess proposes (see core::import::guessMapping).
    void apply(const core::import::MappingGuess &guess);
    /// The measure:scope:sector boxes of a column (0-based).
    void setMapping(int column, const QString &measure,
                    const QString &scope = QStringLiteral("all"),
                    const QString &sector = QStringLiteral("all"));
    void setUseFixedYear(bool fixed);
    /// Writes the territory column, the year (column or fixed) and the value mappings.
    void fillSpec(core::import::ImportSpec &spec) const;
    /// The form beside the table, for rows of the dialog that hosts the editor.
    [[nodiscard]] QFormLayout *form() const { return m_form; }

signals:
    /// Any choice changed.
    void changed();

private:
    void updateEnabled();

    QStringList m_columns;
    QFormLayout *m_form = nullptr;
    QComboBox *m_territoryBox = nullptr;
    QRadioButton *m_yearColumnRadio = nullptr;
    QRadioButton *m_fixedYearRadio = nullptr;
    QComboBox *m_yearColumnBox = nullptr;
    QSpinBox *m_yearSpin = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace app
