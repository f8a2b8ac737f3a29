// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"

#include <QComboBox>

namespace app {

/// Fills a combo box with the measures, scopes, units counted or sectors of the vocabulary: the
/// translated label is shown ("Emplois salariés"), the key ("employees") is the item data and its
/// tooltip.
namespace vocabularycombo {

namespace detail {
inline void add(QComboBox *box, const QString &label, const QString &key)
{
    QString text = label;
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    box->addItem(text, key);
    box->setItemData(box->count() - 1, key, Qt::ToolTipRole);
}
} // namespace detail

inline void addMeasures(QComboBox *box)
{
    for (const QString &m : core::vocabulary::measures())
        detail::add(box, core::vocabulary::measureLabel(m), m);
}

inline void addScopes(QComboBox *box)
{
    for (const QString &s : core::vocabulary::scopes())
        detail::add(box, core::vocabulary::scopeLabel(s), s);
}

/// One unit counted ("posts", "employees_per_structure"), shown by its label.
inline void addUnitCounted(QComboBox *box, const QString &unit)
{
    detail::add(box, core::vocabulary::unitCountedLabel(unit), unit);
}

inline void addSectors(QComboBox *box)
{
    detail::add(box, core::vocabulary::sectorLabel(QStringLiteral("all")), QStringLiteral("all"));
    for (char c = 'A'; c <= 'U'; ++c) {
        const QString letter(QLatin1Char { c });
        detail::add(box, core::vocabulary::sectorLabel(letter), letter);
    }
}

} // namespace vocabularycombo
} // namespace app
