// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/table.h"

#include "core/import/valueparser.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace core::import {

namespace {
// Rows with at most one cell held back while deciding whether they are notes. Past this many
// in a row they are data: memory stays bounded.
constexpr std::size_t kMaxPending = 1000;
constexpr int kMaxTitleLines = 100;

int nonEmpty(const RawRow &row)
{
    int n = 0;
    for (const QString &c : row.cells) {
        if (!ValueParser::trimmed(c).isEmpty())
            ++n;
    }
    return n;
}

QString rowText(const RawRow &row, const QString &separator = QStringLiteral(" "))
{
    QStringList parts;
    for (const QString &c : row.cells) {
        const QStringView t = ValueParser::trimmed(c);
        if (!t.isEmpty())
            parts.append(t.toString());
    }
    return parts.join(separator);
}

/// A footer line of official tables ("Source : Insee ; ...", "Champ : ...", "© Insee"), which
/// may hold the separator and so look like a row of two cells.
bool isNoteLike(const RawRow &row)
{
    static const QRegularExpression note(
            QStringLiteral("^(?:(?:sources?|notes?|champs?|lecture|d[ée]finitions?|avertissement|"
                           "m[ée]thodologie|nota|copyright|mise [àa] jour|\\(c\\))\\s*(?::|\\.|$)"
                           "|©)"),
            QRegularExpression::CaseInsensitiveOption);
    for (const QString &c : row.cells) {
        const QStringView t = ValueParser::trimmed(c);
        if (!t.isEmpty())
            return note.match(t).hasMatch();
    }
    return false;
}
} // namespace

int RawRow::nonEmptyCount() const
{
    return nonEmpty(*this);
}

Table::~Table() = default;

int Table::width(const RawRow &row)
{
    for (qsizetype i = row.cells.size(); i > 0; --i) {
        if (!ValueParser::trimmed(row.cells.at(i - 1)).isEmpty())
            return int(i);
    }
    return 0;
}

Result<std::unique_ptr<Table>> Table::open(const QString &path, const TableOptions &options)
{
    auto source = openRowSource(path, options.sheet);
    if (!source)
        return source.error();
    return fromSource(std::move(source).value(), options);
}

Result<std::unique_ptr<Table>> Table::fromSource(std::unique_ptr<RowSource> source,
                                                 const TableOptions &options)
{
    std::unique_ptr<Table> table(new Table);
    table->m_source = std::move(source);
    const Status found = table->findHeader(options);
    if (!found)
        return found.error();
    return table;
}

Status Table::findHeader(const TableOptions &options)
{
    const QString file = m_source->fileName();
    auto addTitle = [this](const RawRow &row) {
        if (m_titles.size() < kMaxTitleLines && nonEmpty(row) > 0)
            m_titles.append({ row.line, rowText(row) });
    };

    if (options.headerRow > 0) {
        // Read up to the given line, keeping what is above as title lines.
        for (;;) {
            RawRow row;
            auto more = m_source->next(row);
            if (!more)
                return more.error();
            if (!*more || row.line > options.headerRow)
                return makeError(Error::Code::Parse,
                                 tr("%1: line %2: no header there; expected a header row "
                                    "within the file's %3 lines")
                                         .arg(file)
                                         .arg(options.headerRow)
                                         .arg(m_lastLine));
            m_lastLine = row.line;
            if (row.line == options.headerRow) {
                m_headerRow = row.line;
                for (const QString &c : std::as_const(row.cells))
                    m_columns.append(ValueParser::trimmed(c).toString());
                while (!m_columns.isEmpty() && m_columns.last().isEmpty())
                    m_columns.removeLast();
                return Ok {};
            }
            addTitle(row);
        }
    }

    for (int i = 0; i < options.lookahead; ++i) {
        RawRow row;
        auto more = m_source->next(row);
        if (!more) {
            // Keep the rows before a truncation: they are returned first, then the error.
            m_deferredError = more.error();
            m_deferredLine = row.line;
            m_sourceDone = true;
            break;
        }
        if (!*more) {
            m_sourceDone = true;
            break;
        }
        m_lastLine = row.line;
        m_ahead.push_back(std::move(row));
    }
    QHash<int, int> frequency;
    int modal = 0;
    for (const RawRow &row : m_ahead) {
        if (nonEmpty(row) >= 2) {
            const int w = width(row);
            const int f = ++frequency[w];
            if (f > frequency.value(modal) || (f == frequency.value(modal) && w > modal))
                modal = w;
        }
    }
    if (modal == 0 && m_deferredError)
        return *m_deferredError;
    if (modal == 0)
        return makeError(Error::Code::Parse,
                         tr("%1: not a table: no line has two or more filled cells; expected a "
                            "header line and data lines")
                                 .arg(file));
    std::size_t header = m_ahead.size();
    for (std::size_t i = 0; i < m_ahead.size() && header == m_ahead.size(); ++i) {
        if (width(m_ahead[i]) < modal || nonEmpty(m_ahead[i]) < 2)
            continue;
        for (std::size_t j = i + 1; j < m_ahead.size(); ++j) {
            const int n = nonEmpty(m_ahead[j]);
            if (n == 0)
                continue;
            if (n >= 2)
                header = i;
            break;
        }
    }
    if (header == m_ahead.size()) {
        // No row followed by data: fall back to the first wide row.
        for (std::size_t i = 0; i < m_ahead.size(); ++i) {
            if (nonEmpty(m_ahead[i]) >= 2) {
                header = i;
                break;
            }
        }
    }
    for (std::size_t i = 0; i < header; ++i)
        addTitle(m_ahead[i]);
    const RawRow &h = m_ahead[header];
    m_headerRow = h.line;
    const int columns = std::max(width(h), modal);
    for (int c = 0; c < columns; ++c)
        m_columns.append(ValueParser::trimmed(h.cell(c)).toString());
    m_ahead.erase(m_ahead.begin(), m_ahead.begin() + std::ptrdiff_t(header) + 1);
    return Ok {};
}

Result<bool> Table::read(RawRow &row)
{
    if (!m_ahead.empty()) {
        row = std::move(m_ahead.front());
        m_ahead.pop_front();
        return true;
    }
    if (m_deferredError) {
        m_lastLine = m_deferredLine;
        return *m_deferredError;
    }
    if (m_sourceDone)
        return false;
    auto more = m_source->next(row);
    if (!more) {
        m_lastLine = row.line;
        return more;
    }
    if (!*more)
        m_sourceDone = true;
    else
        m_lastLine = row.line;
    return more;
}

Result<bool> Table::checkWidth(const RawRow &row)
{
    const int cells = width(row);
    if (cells <= m_columns.size())
        return true;
    m_lastLine = row.line;
    return makeError(Error::Code::Parse,
                     tr("%1: line %2 has %3 cells but the header (line %4) has %5 columns; "
                        "expected at most %5 cells (a separator inside an unquoted value, or two "
                        "records merged into one?)")
                             .arg(fileName())
                             .arg(row.line)
                             .arg(cells)
                             .arg(m_headerRow)
                             .arg(m_columns.size()));
}

Result<bool> Table::next(RawRow &row)
{
    for (;;) {
        if (m_flushPending) {
            if (!m_pending.empty()) {
                RawRow &front = m_pending.front();
                if (nonEmpty(front) == 0) {
                    m_emptyLines.append(front.line);
                    m_pending.pop_front();
                    continue;
                }
                row = std::move(front);
                m_pending.pop_front();
                return checkWidth(row);
            }
            m_flushPending = false;
        }
        auto more = read(row);
        if (!more)
            return more;
        if (!*more) {
            // Rows with at most one cell after the last data row: notes and empty lines.
            for (const RawRow &p : m_pending) {
                if (nonEmpty(p) == 0)
                    m_emptyLines.append(p.line);
                else
                    m_notes.append({ p.line, rowText(p, separator() + u' ') });
            }
            m_pending.clear();
            return false;
        }
        const bool wide = nonEmpty(row) >= 2 && !isNoteLike(row);
        if (wide && m_pending.empty())
            return checkWidth(row);
        m_pending.push_back(std::move(row));
        row = RawRow();
        if (wide || m_pending.size() > kMaxPending)
            m_flushPending = true;
    }
}

Result<QJsonObject> inspect(const QString &path, const InspectOptions &options)
{
    auto opened = Table::open(path, options.table);
    if (!opened)
        return opened.error();
    Table &table = *opened.value();
    QJsonArray columns;
    for (const QString &c : table.columns())
        columns.append(c);
    QJsonArray rows;
    RawRow row;
    bool complete = false;
    for (int n = 0; options.rows < 0 || n < options.rows; ++n) {
        auto more = table.next(row);
        if (!more)
            return more.error();
        if (!*more) {
            complete = true;
            break;
        }
        QJsonArray cells;
        for (const QString &c : std::as_const(row.cells))
            cells.append(c);
        rows.append(cells);
    }
    if (!complete) {
        // Notes sit after the table: read on, without keeping the rows.
        for (;;) {
            auto more = table.next(row);
            if (!more)
                return more.error();
            if (!*more)
                break;
        }
    }
    QJsonArray notes;
    for (const TableLine &note : table.notes())
        notes.append(note.text);
    QJsonObject result;
    result.insert(QStringLiteral("encoding"), table.encoding());
    result.insert(QStringLiteral("separator"), table.separator());
    result.insert(QStringLiteral("header_row"), table.headerRow());
    result.insert(QStringLiteral("columns"), columns);
    result.insert(QStringLiteral("rows"), rows);
    result.insert(QStringLiteral("notes"), notes);
    return result;
}

} // namespace core::import
