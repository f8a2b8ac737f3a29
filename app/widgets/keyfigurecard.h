// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace core {
class Workspace;
struct KeyFigure;
} // namespace core

namespace app {

/// One headline number with its label, and under it: year, method, source, level, a mark when
/// sources disagree and the regional value when the local one departs from it.
class KeyFigureCard final : public QFrame
{
    Q_OBJECT
public:
    KeyFigureCard(const QString &title, QWidget *parent = nullptr);

    /// Shows `figure` for the territory named `territoryName`; `extra` is a supporting line.
    void setFigure(const core::Workspace &workspace, const core::KeyFigure &figure,
                   const QString &territoryName, const QString &extra = {});
    [[nodiscard]] QString titleText() const;
    [[nodiscard]] QString valueText() const;
    [[nodiscard]] QString detailText() const;
    /// The sentence "copier la phrase sourcée" puts on the clipboard.
    [[nodiscard]] QString sourcedSentence() const { return m_sentence; }
    /// The reference territory's figure for comparison (`reference` empty: none published).
    void setReference(const core::Workspace &workspace, const core::KeyFigure &reference,
                      const QString &referenceCode);
    [[nodiscard]] QString referenceText() const;
    /// The figure's full provenance, as the ⓘ button shows it (rich text).
    [[nodiscard]] QString recordText() const { return m_record; }
    /// Opens the provenance window (the ⓘ button).
    void showRecord();

private:
    QString m_baseTitle;
    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
    QLabel *m_level;
    QLabel *m_warning;
    QLabel *m_comparison;
    QLabel *m_extra;
    QLabel *m_reference;
    QToolButton *m_copy;
    QToolButton *m_info;
    QString m_sentence;
    QString m_record;
    QString m_comparisonCode;
    bool m_comparisonUnitsDiffer = false;
    QString m_referenceCode; ///< of the last setReference()
};

} // namespace app
