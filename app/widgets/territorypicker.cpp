// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/territorypicker.h"

#include "core/domain/territoryindex.h"
#include "core/format/french.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCollator>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QStyle>

#include <algorithm>

namespace app {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
}

TerritoryPicker::TerritoryPicker(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("territoryPicker"));
    setPlaceholderText(tr("Commune, EPCI, INSEE code…"));
    setToolTip(tr("Type part of a name or an INSEE code / SIREN; Enter takes the best match"));
    setClearButtonEnabled(false);
    m_model = new QStandardItemModel(this);
    m_completer = new QCompleter(m_model, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(14);
    m_completer->setCompletionRole(Qt::DisplayRole);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                const QString code = index.data(kCodeRole).toString();
                if (!code.isEmpty())
                    choose(code);
            });
    connect(this, &QLineEdit::textEdited, this, &TerritoryPicker::search);
    auto *listAction =
            addAction(style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    listAction->setToolTip(tr("Every territory"));
    connect(listAction, &QAction::triggered, this, &TerritoryPicker::showAll);
}

void TerritoryPicker::setTerritories(const core::TerritoryIndex &index,
                                     const QStringList &aggregateCodes)
{
    m_territories.clear();
    m_epciOf.clear();
    for (const QString &code : aggregateCodes)
        if (const core::Territory *t = index.find(code))
            m_territories.append(*t);
    QList<core::Territory> communes;
    for (const core::Territory &t : index.all()) {
        if (t.kind != core::TerritoryKind::Commune)
            continue;
        communes.append(t);
        if (const core::Territory *epci = index.find(t.parentCode))
            m_epciOf.insert(t.code, epci->displayName());
    }
    QCollator collator(QLocale(QLocale::French, QLocale::France));
    std::sort(communes.begin(), communes.end(), [&collator](const auto &a, const auto &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    m_territories.append(communes);
    setCurrentTerritory(m_current);
}

QString TerritoryPicker::labelOf(const core::Territory &t) const
{
    if (t.kind != core::TerritoryKind::Commune)
        return t.shortName.isEmpty() || t.name.contains(t.shortName)
                ? t.name
                : QStringLiteral("%1 (%2)").arg(t.name, t.shortName);
    QStringList parts { t.name };
    if (const QString epci = m_epciOf.value(t.code); !epci.isEmpty())
        parts << epci;
    if (t.population)
        parts << tr("%1 inhab.").arg(core::format::number(double(*t.population)));
    return parts.join(QStringLiteral(" · "));
}

QString TerritoryPicker::currentName() const
{
    const auto it = std::find_if(m_territories.cbegin(), m_territories.cend(),
                                 [this](const core::Territory &t) { return t.code == m_current; });
    return it == m_territories.cend() ? QString() : it->name;
}

void TerritoryPicker::setCurrentTerritory(const QString &code)
{
    m_current = code;
    setText(currentName());
    setCursorPosition(0);
}

void TerritoryPicker::fill(const QList<core::Territory> &territories)
{
    m_model->clear();
    m_matches.clear();
    if (territories.isEmpty()) {
        auto *item = new QStandardItem(tr("No result"));
        item->setFlags(Qt::NoItemFlags);
        m_model->appendRow(item);
    }
    for (const core::Territory &t : territories) {
        auto *item = new QStandardItem(labelOf(t));
        item->setData(t.code, kCodeRole);
        item->setToolTip(t.code);
        m_model->appendRow(item);
        m_matches << t.code;
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();
    if (!m_matches.isEmpty())
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void TerritoryPicker::search(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_completer->popup()->hide();
        m_matches.clear();
        return;
    }
    QList<core::Territory> found;
    for (const core::TerritoryMatch &m : core::searchTerritories(m_territories, text))
        found.append(m.territory);
    fill(found);
}

void TerritoryPicker::showAll()
{
    setFocus(Qt::OtherFocusReason);
    fill(m_territories);
    if (const int i = int(m_matches.indexOf(m_current)); i >= 0)
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(i, 0));
}

QAbstractItemView *TerritoryPicker::list() const
{
    return m_completer->popup();
}

QStringList TerritoryPicker::matchCodes() const
{
    return m_matches;
}

QStringList TerritoryPicker::rowTexts() const
{
    QStringList rows;
    for (int i = 0; i < m_model->rowCount(); ++i)
        rows << m_model->item(i)->text();
    return rows;
}

void TerritoryPicker::choose(const QString &code)
{
    m_completer->popup()->hide();
    setCurrentTerritory(code);
    emit territoryChosen(code);
}

bool TerritoryPicker::event(QEvent *event)
{
    // QLineEdit claims Ctrl+E (end of line, Emacs style) and a few others: let the window's
    // shortcuts (export…) have them, as the user expects them everywhere.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & Qt::ControlModifier
            && (key->key() == Qt::Key_E || key->key() == Qt::Key_I || key->key() == Qt::Key_L)) {
            event->ignore();
            return false;
        }
    }
    return QLineEdit::event(event);
}

void TerritoryPicker::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QModelIndex current = m_completer->popup()->isVisible()
                ? m_completer->popup()->currentIndex()
                : QModelIndex();
        if (current.isValid() && !current.data(kCodeRole).toString().isEmpty())
            choose(current.data(kCodeRole).toString());
        else if (!m_matches.isEmpty())
            choose(m_matches.first());
        else if (!text().trimmed().isEmpty() && m_model->rowCount() == 0)
            search(text()); // says "No result"
        return;
    }
    case Qt::Key_Escape:
        m_completer->popup()->hide();
        setCurrentTerritory(m_current);
        selectAll();
        return;
    case Qt::Key_Down:
        if (!m_completer->popup()->isVisible()) {
            if (text().trimmed().isEmpty() || text() == currentName())
                showAll();
            else
                search(text());
            return;
        }
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void TerritoryPicker::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        selectAll();
}

void TerritoryPicker::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Leaving the field without choosing: it shows the page's territory again.
    if (event->reason() != Qt::PopupFocusReason) {
        m_completer->popup()->hide();
        m_matches.clear();
        setCurrentTerritory(m_current);
    }
}

} // namespace app
