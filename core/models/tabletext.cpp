// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/tabletext.h"

#include "core/format/french.h"

#include <QAbstractItemModel>

namespace core {

namespace {
QString headerText(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}
} // namespace

QString rowsToTsv(const QAbstractItemModel &model, const QList<int> &rows)
{
    const auto clean = [](QString s) {
        s.replace(u'\t', u' ');
        s.replace(u'\n', u' ');
        s.replace(u'\r', u' ');
        return s;
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << clean(headerText(model, c));
    lines << header.join(u'\t');
    for (const int r : rows) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c)
            cells << clean(model.index(r, c).data(Qt::DisplayRole).toString());
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QByteArray modelToCsv(const QAbstractItemModel &model, int numberRole)
{
    const auto cell = format::csvCell;
    QString out;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << cell(headerText(model, c));
    out += header.join(u';') + QStringLiteral("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant number = index.data(numberRole);
            const QString text = index.data(Qt::DisplayRole).toString();
            const bool numeric = number.typeId() == QMetaType::Double
                    || number.typeId() == QMetaType::Int || number.typeId() == QMetaType::LongLong;
            // A missing value sorts as a huge negative number: keep the text ("non disponible").
            if (numeric && number.toDouble() > -1e299 && !text.isEmpty())
                cells << format::csvNumber(number.toDouble());
            else
                cells << cell(text);
        }
        out += cells.join(u';') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace core
