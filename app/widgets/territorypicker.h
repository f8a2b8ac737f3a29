// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/territorysearch.h"

#include <QHash>
#include <QLineEdit>

class QAbstractItemView;
class QCompleter;
class QStandardItemModel;

namespace core {
class TerritoryIndex;
}

namespace app {

/// The territory field: type part of a name or a code, the best matches come first (communes
/// with their EPCI and population), Enter takes the best one. Between searches it shows the
/// current territory, so it never disagrees with the page. Ranking lives in
/// core::searchTerritories. GUI thread.
class TerritoryPicker final : public QLineEdit
{
    Q_OBJECT
public:
    explicit TerritoryPicker(QWidget *parent = nullptr);

    /// The territories offered (aggregates first, then communes in alphabetical order).
    void setTerritories(const core::TerritoryIndex &index, const QStringList &aggregateCodes);
    /// Shows `code` as the current territory (does not emit territoryChosen).
    void setCurrentTerritory(const QString &code);
    [[nodiscard]] QString currentTerritory() const { return m_current; }
    /// What the list offers for the typed text, best first (empty when nothing matches).
    [[nodiscard]] QStringList matchCodes() const;
    /// Text of the list rows as shown ("Valenciennes — CAVM · 43 000 hab.", "No result").
    [[nodiscard]] QStringList rowTexts() const;
    /// Opens the list of every territory.
    void showAll();
    /// The list of matches (a popup).
    [[nodiscard]] QAbstractItemView *list() const;

signals:
    void territoryChosen(const QString &code);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void search(const QString &text);
    void fill(const QList<core::Territory> &territories);
    void choose(const QString &code);
    [[nodiscard]] QString labelOf(const core::Territory &t) const;
    [[nodiscard]] QString currentName() const;

    QList<core::Territory> m_territories;
    QHash<QString, QString> m_epciOf; ///< commune code -> EPCI short name
    QString m_current;
    QStringList m_matches;
    QStandardItemModel *m_model = nullptr;
    QCompleter *m_completer = nullptr;
};

} // namespace app
