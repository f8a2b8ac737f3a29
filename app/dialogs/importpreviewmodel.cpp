// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/importpreviewmodel.h"

#include "core/import/valueparser.h"

#include <QColor>
#include <QFont>

namespace app {

namespace {
using core::import::ValueParser;

bool isMissing(const QString &raw)
{
    const QStringView trimmed = ValueParser::trimmed(raw);
    return !trimmed.isEmpty() && ValueParser::isMissingMarker(trimmed);
}

/// The number a cell was read as, when it is one and not a missing marker.
std::optional<double> numberOf(const QString &raw)
{
    if (isMissing(raw))
        return std::nullopt;
    auto n = ValueParser::parseNumber(raw);
    return n && n->value ? n->value : std::nullopt;
}
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setTable(QStringList columns, std::vector<core::import::RawRow> rows)
{
    beginResetModel();
    m_columns = std::move(columns);
    m_rows = std::move(rows);
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setTable({}, {});
}

QStringList ImportPreviewModel::rawRow(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[std::size_t(row)].cells : QStringList();
}

int ImportPreviewModel::rowOfLine(int line) const
{
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].line == line)
            return int(r);
    }
    return -1;
}

QString ImportPreviewModel::columnLabel(const QStringList &columns, int column)
{
    const QString name = columns.value(column);
    return name.isEmpty() ? QStringLiteral("#%1").arg(column + 1)
                          : QStringLiteral("%1 (#%2)").arg(name).arg(column + 1);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::import::RawRow &row = m_rows[std::size_t(index.row())];
    const QString raw = row.cell(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        if (const auto n = numberOf(raw)) {
            const QString plain = QString::number(*n, 'g', 15);
            if (plain != ValueParser::trimmed(raw))
                return QStringLiteral("%1 → %2").arg(raw, plain);
        }
        return raw;
    }
    case Qt::ToolTipRole:
        if (isMissing(raw))
            return tr("Missing value (secrecy or not available), never zero");
        if (const auto n = numberOf(raw))
            return tr("Read as the number %1").arg(QString::number(*n, 'g', 15));
        return {};
    case Qt::TextAlignmentRole:
        return numberOf(raw) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return isMissing(raw) ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (isMissing(raw)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case LineRole:
        return row.line;
    case RawRole:
        return raw;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_columns.size() ? columnLabel(m_columns, section) : QVariant();
    return section < int(m_rows.size()) ? QString::number(m_rows[std::size_t(section)].line)
                                        : QVariant();
}

} // namespace app
