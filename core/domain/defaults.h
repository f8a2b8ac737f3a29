// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace core {

/// The choices made before the user makes any, from the "defaults" object of
/// data/manifest.json (read once with the reference data, every code checked against
/// territories.json).
struct Defaults
{
    QString territory; ///< shown first ("ARR:596")
    QString area; ///< the study area: its communes are mapped and imported from SIRENE
    QString reference; ///< compared with first ("REG:32"), one of `references`
    QStringList featured; ///< top of the territory picker and the default press kit
    QStringList references; ///< comparison levels offered, in order (Nord, region, France)
    QStringList compared; ///< rows of the comparison charts, in order (a commune adds itself)
    QString byline; ///< printed on charts and written as their author ("PHARE")
};

} // namespace core
