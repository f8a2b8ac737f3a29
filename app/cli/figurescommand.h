// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

class QTextStream;

namespace core {
class Workspace;
struct TerritoryFigures;
} // namespace core

namespace app::cli {

/// `figures [--territory CODE] [--format json|csv] [--db PATH]`.
[[nodiscard]] int runFigures(const QStringList &args, QTextStream &out, QTextStream &err);

/// The documented JSON of a territory's figures (README, "figures").
[[nodiscard]] QJsonObject figuresToJson(const core::Workspace &workspace,
                                        const core::TerritoryFigures &figures);
/// One row per indicator: ";" separator, decimal comma, UTF-8 with BOM, CRLF.
[[nodiscard]] QByteArray figuresToCsv(const core::Workspace &workspace,
                                      const core::TerritoryFigures &figures);

} // namespace app::cli
