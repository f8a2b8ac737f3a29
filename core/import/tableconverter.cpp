// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/tableconverter.h"

#include "core/domain/vocabulary.h"
#include "core/format/french.h"
#include "core/import/valueparser.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <span>

namespace core::import {

void ImportReport::addProblem(Problem problem)
{
    ++problemCount;
    if (problems.size() < kMaxProblems)
        problems.append(std::move(problem));
}

QString ImportReport::toText() const
{
    QStringList lines;
    lines << tr("File: %1 (%2%3), header on line %4")
                     .arg(file, encoding,
                          separator.isEmpty()
                                  ? QString()
                                  : tr(", separator \"%1\"")
                                            .arg(separator == u"\t" ? QStringLiteral("\\t")
                                                                    : separator))
                     .arg(headerRow);
    lines << tr("Rows read: %1").arg(rowsRead);
    lines << tr("Observations: %1").arg(observations);
    lines << tr("Values missing (secrecy or not available): %1").arg(missingBySecrecy);
    lines << tr("Empty cells: %1").arg(emptyCells);
    if (duplicatesIgnored > 0)
        lines << tr("Repeated identical figures ignored: %1").arg(duplicatesIgnored);
    for (const SkippedLine &s : skipped)
        lines << tr("Line %1 skipped: %2").arg(s.line).arg(s.reason);
    for (const Problem &p : problems)
        lines << p.message;
    if (problemCount > problems.size())
        lines << tr("… and %1 more problems").arg(problemCount - problems.size());
    if (problemCount > 0)
        lines << tr("%1 problems: nothing was imported").arg(problemCount);
    return lines.join(u'\n');
}

namespace {

constexpr int kNoColumn = -1;

struct KeyValue
{
    double value; // NaN when missing
    int line;
};

/// Open-addressing map from packed observation keys (never 0) to their first value: one
/// cache miss per lookup where QHash took two, which mattered at a million rows.
class KeyMap
{
public:
    /// The entry for key, and whether it was just inserted with value.
    std::pair<KeyValue *, bool> insert(quint64 key, KeyValue value)
    {
        if ((m_size + 1) * 2 > m_keys.size())
            grow();
        std::size_t i = slot(key);
        while (m_keys[i] != 0) {
            if (m_keys[i] == key)
                return { &m_values[i], false };
            i = (i + 1) & (m_keys.size() - 1);
        }
        m_keys[i] = key;
        m_values[i] = value;
        ++m_size;
        return { &m_values[i], true };
    }

private:
    std::size_t slot(quint64 key) const
    {
        key ^= key >> 30; // splitmix64 finaliser
        key *= 0xbf58476d1ce4e5b9ULL;
        key ^= key >> 27;
        key *= 0x94d049bb133111ebULL;
        key ^= key >> 31;
        return std::size_t(key) & (m_keys.size() - 1);
    }
    void grow()
    {
        std::vector<quint64> keys = std::move(m_keys);
        std::vector<KeyValue> values = std::move(m_values);
        const std::size_t capacity = std::max<std::size_t>(1024, keys.size() * 2);
        m_keys.assign(capacity, 0);
        m_values.resize(capacity);
        for (std::size_t j = 0; j < keys.size(); ++j) {
            if (keys[j] == 0)
                continue;
            std::size_t i = slot(keys[j]);
            while (m_keys[i] != 0)
                i = (i + 1) & (capacity - 1);
            m_keys[i] = keys[j];
            m_values[i] = values[j];
        }
    }

    std::vector<quint64> m_keys;
    std::vector<KeyValue> m_values;
    std::size_t m_size = 0;
};

/// Observation key packed in 64 bits: territory id (interned, 31 bits), year - 1800 (9 bits:
/// years up to 2100 need more than 8), measure, scope, sector (8 bits each).
quint64 packKey(quint32 territory, int year, int measure, int scope, int sector)
{
    return (quint64(territory) << 33) | (quint64(year - 1800) << 24) | (quint64(measure) << 16)
            | (quint64(scope) << 8) | quint64(sector);
}

int sectorIndex(const QString &sector)
{
    return sector == u"all" ? 0 : sector.at(0).unicode() - u'A' + 1;
}

struct Target
{
    int column = kNoColumn; // 0-based
    QString measure;
    QString scope;
    QString sector;
    QString unit;
    bool share = false;
    bool count = false;
    bool whole = false; ///< persons, establishments, units: never a fraction
    double maximum = 0; ///< plausible bound for France as a whole; 0: none
    int measureIndex = 0;
    int scopeIndex = 0;
    int sectorIdx = 0;
};

/// Whole-number rule and plausible upper bounds by measure. France had about 27 million
/// salaried jobs, 11 million establishments and a payroll near 1 000 billion euros (Insee,
/// 2022): ten times less is no bound, ten times more is a unit or separator error.
void setBounds(Target &t)
{
    static const QHash<QString, std::pair<bool, double>> bounds {
        { QStringLiteral("employees"), { true, 5e7 } },
        { QStringLiteral("employees_fte"), { false, 5e7 } },
        { QStringLiteral("establishments"), { true, 5e7 } },
        { QStringLiteral("active_establishments"), { true, 5e7 } },
        { QStringLiteral("employer_units"), { true, 2e7 } },
        { QStringLiteral("payroll"), { false, 1e13 } },
        { QStringLiteral("avg_employees"), { false, 1e5 } },
    };
    const auto it = bounds.constFind(t.measure);
    if (it == bounds.cend())
        return;
    t.whole = it->first;
    t.maximum = it->second;
}

class Converter
{
public:
    Converter(Table &table, const ImportSpec &spec, const TerritoryResolver &resolver,
              const ObservationSink &sink)
        : m_table(table)
        , m_spec(spec)
        , m_resolver(resolver)
        , m_sink(sink)
    {
    }

    ImportReport run();

private:
    int resolveColumn(const ColumnRef &ref, const QString &role);
    QString where(int line, int column) const;
    void problem(Problem::Kind kind, int line, int column, const QString &raw,
                 const QString &message);
    void convertRow(const RawRow &row);
    bool checkValue(const Target &target, const RawRow &row, const QString &raw,
                    const ParsedNumber &number);
    void emitObservation(const Target &target, int territoryId, const QString &territory, int year,
                         const RawRow &row, const ParsedNumber &number, const QString &raw);
    const Target *longTarget(const RawRow &row);

    Table &m_table;
    const ImportSpec &m_spec;
    const TerritoryResolver &m_resolver;
    const ObservationSink &m_sink;
    ImportReport m_report;
    int m_territoryColumn = kNoColumn;
    int m_yearColumn = kNoColumn;
    int m_measureColumn = kNoColumn;
    int m_valueColumn = kNoColumn;
    int m_scopeColumn = kNoColumn;
    int m_sectorColumn = kNoColumn;
    std::vector<Target> m_targets;
    QHash<QString, TerritoryMatch> m_territoryCache;
    QHash<QString, quint32> m_territoryIds;
    KeyMap m_keys;
    struct CachedTarget
    {
        QString measure, scope, sector; // raw cells, as written
        Target target;
    };
    std::vector<CachedTarget> m_longTargets; // long layout: the few combinations seen
    std::size_t m_lastLongTarget = 0;
    Observation m_observation; // reused: its strings stay shared with the targets
};

QString Converter::where(int line, int column) const
{
    const QString name = column >= 0 && column < m_table.columns().size()
            ? m_table.columns().at(column)
            : QString();
    return TableConverter::tr("%1, line %2, column %3 \"%4\"")
            .arg(m_report.file)
            .arg(line)
            .arg(column + 1)
            .arg(name);
}

void Converter::problem(Problem::Kind kind, int line, int column, const QString &raw,
                        const QString &message)
{
    Problem p;
    p.kind = kind;
    p.file = m_report.file;
    p.line = line;
    p.column = column + 1;
    if (column >= 0 && column < m_table.columns().size())
        p.columnName = m_table.columns().at(column);
    p.raw = raw;
    p.message = message;
    m_report.addProblem(std::move(p));
}

int Converter::resolveColumn(const ColumnRef &ref, const QString &role)
{
    const QStringList &columns = m_table.columns();
    int index = kNoColumn;
    if (ref.number > 0 && ref.number <= columns.size())
        index = ref.number - 1;
    else if (ref.number == 0)
        index = m_table.columnIndex(ref.name);
    if (index == kNoColumn) {
        Problem p;
        p.kind = Problem::Kind::MissingColumn;
        p.file = m_report.file;
        p.line = m_table.headerRow();
        p.columnName = ref.toString();
        p.raw = ref.toString();
        p.message = TableConverter::tr("%1, line %2 (header): no column \"%3\" for the %4; "
                                       "expected one of the header texts (%5) or #1 to #%6")
                            .arg(m_report.file)
                            .arg(m_table.headerRow())
                            .arg(ref.toString(), role, columns.join(QStringLiteral(", ")))
                            .arg(columns.size());
        m_report.addProblem(std::move(p));
    }
    return index;
}

ImportReport Converter::run()
{
    m_report.file = m_table.fileName();
    m_report.encoding = m_table.encoding();
    m_report.separator = m_table.separator();
    m_report.headerRow = m_table.headerRow();
    m_report.columns = m_table.columns();
    for (const TableLine &t : m_table.titleLines())
        m_report.skipped.append({ t.line, TableConverter::tr("title above the header") });

    const Status valid = m_spec.validate();
    if (!valid) {
        Problem p;
        p.kind = Problem::Kind::InvalidSpec;
        p.file = m_report.file;
        p.message = valid.error().message;
        m_report.addProblem(std::move(p));
        return m_report;
    }
    m_territoryColumn = resolveColumn(m_spec.territoryColumn, TableConverter::tr("territory"));
    if (!m_spec.yearColumn.isNull())
        m_yearColumn = resolveColumn(m_spec.yearColumn, TableConverter::tr("year"));
    if (m_spec.layout() == ImportSpec::Layout::Wide) {
        for (const ValueMapping &m : m_spec.mappings) {
            Target t;
            t.column = resolveColumn(m.column, TableConverter::tr("measure %1").arg(m.measure));
            t.measure = m.measure;
            t.scope = m.scope;
            t.sector = m.sector;
            t.unit = vocabulary::unitOf(m.measure);
            t.share = vocabulary::isShare(m.measure);
            t.count = vocabulary::isCount(m.measure);
            setBounds(t);
            t.measureIndex = int(vocabulary::measures().indexOf(m.measure));
            t.scopeIndex = int(vocabulary::scopes().indexOf(m.scope));
            t.sectorIdx = sectorIndex(m.sector);
            m_targets.push_back(t);
        }
    } else {
        m_measureColumn = resolveColumn(m_spec.measureColumn, TableConverter::tr("measure"));
        m_valueColumn = resolveColumn(m_spec.valueColumn, TableConverter::tr("value"));
        if (!m_spec.scopeColumn.isNull())
            m_scopeColumn = resolveColumn(m_spec.scopeColumn, TableConverter::tr("scope"));
        if (!m_spec.sectorColumn.isNull())
            m_sectorColumn = resolveColumn(m_spec.sectorColumn, TableConverter::tr("sector"));
    }
    if (!m_report.ok())
        return m_report;

    m_observation.basis = m_spec.basis;
    m_observation.perimeter = m_spec.perimeter;
    RawRow row;
    for (;;) {
        auto more = m_table.next(row);
        if (!more) {
            Problem p;
            p.kind = Problem::Kind::NotATable;
            p.file = m_report.file;
            p.line = m_table.currentLine();
            p.message = more.error().message;
            m_report.addProblem(std::move(p));
            break;
        }
        if (!*more)
            break;
        ++m_report.rowsRead;
        convertRow(row);
    }
    for (int line : m_table.emptyLines())
        m_report.skipped.append({ line, TableConverter::tr("empty line") });
    m_report.notes = m_table.notes();
    for (const TableLine &n : m_table.notes())
        m_report.skipped.append({ n.line, TableConverter::tr("note below the table") });
    std::sort(m_report.skipped.begin(), m_report.skipped.end(),
              [](const SkippedLine &a, const SkippedLine &b) { return a.line < b.line; });
    return m_report;
}

const Target *Converter::longTarget(const RawRow &row)
{
    const QStringView measureRaw = ValueParser::trimmed(row.cell(m_measureColumn));
    const QStringView scopeRaw = m_scopeColumn == kNoColumn
            ? QStringView(u"all")
            : ValueParser::trimmed(row.cell(m_scopeColumn));
    const QStringView sectorRaw = m_sectorColumn == kNoColumn
            ? QStringView(u"all")
            : ValueParser::trimmed(row.cell(m_sectorColumn));
    // A long table repeats a handful of combinations: look them up before checking them.
    auto same = [&](const CachedTarget &c) {
        return c.measure == measureRaw && c.scope == scopeRaw && c.sector == sectorRaw;
    };
    if (m_lastLongTarget < m_longTargets.size() && same(m_longTargets[m_lastLongTarget]))
        return &m_longTargets[m_lastLongTarget].target;
    for (std::size_t i = 0; i < m_longTargets.size(); ++i) {
        if (same(m_longTargets[i])) {
            m_lastLongTarget = i;
            return &m_longTargets[i].target;
        }
    }
    Target t;
    t.column = m_valueColumn;
    const QString measure = measureRaw.toString();
    const QString scope = scopeRaw.toString();
    const QString sector = sectorRaw.toString();
    bool ok = true;
    if (!vocabulary::isMeasure(measure)) {
        problem(Problem::Kind::UnknownMeasure, row.line, m_measureColumn, measure,
                TableConverter::tr("%1: unknown measure \"%2\"; expected one of: %3")
                        .arg(where(row.line, m_measureColumn), measure,
                             vocabulary::measures().join(QStringLiteral(", "))));
        ok = false;
    }
    if (!vocabulary::isScope(scope)) {
        problem(Problem::Kind::UnknownMeasure, row.line, m_scopeColumn, scope,
                TableConverter::tr("%1: unknown scope \"%2\"; expected one of: %3")
                        .arg(where(row.line, m_scopeColumn), scope,
                             vocabulary::scopes().join(QStringLiteral(", "))));
        ok = false;
    }
    if (!vocabulary::isSector(sector)) {
        problem(Problem::Kind::UnknownMeasure, row.line, m_sectorColumn, sector,
                TableConverter::tr("%1: unknown sector \"%2\"; expected \"all\" or a NAF "
                                   "section letter A to U")
                        .arg(where(row.line, m_sectorColumn), sector));
        ok = false;
    }
    if (!ok)
        return nullptr;
    t.measure = measure;
    t.scope = scope;
    t.sector = sector;
    t.unit = vocabulary::unitOf(measure);
    t.share = vocabulary::isShare(measure);
    t.count = vocabulary::isCount(measure);
    setBounds(t);
    t.measureIndex = int(vocabulary::measures().indexOf(measure));
    t.scopeIndex = int(vocabulary::scopes().indexOf(scope));
    t.sectorIdx = sectorIndex(sector);
    if (m_longTargets.size() >= 10000)
        m_longTargets.clear(); // bound memory on pathological files
    m_longTargets.push_back({ measure, scope, sector, t });
    m_lastLongTarget = m_longTargets.size() - 1;
    return &m_longTargets.back().target;
}

bool Converter::checkValue(const Target &target, const RawRow &row, const QString &raw,
                           const ParsedNumber &number)
{
    if (!number.value)
        return true;
    const double v = *number.value;
    if (number.percent && !target.share) {
        problem(Problem::Kind::NotANumber, row.line, target.column, raw,
                TableConverter::tr("%1: \"%2\" is a percentage; expected a number without %, "
                                   "since %3 is not a share")
                        .arg(where(row.line, target.column), raw, target.measure));
        return false;
    }
    if (target.share && (v < 0.0 || v > 100.0)) {
        problem(Problem::Kind::ShareOutOfRange, row.line, target.column, raw,
                TableConverter::tr("%1: \"%2\" is outside 0–100; expected a share in percent "
                                   "between 0 and 100 for %3")
                        .arg(where(row.line, target.column), raw, target.measure));
        return false;
    }
    if (target.whole && v != std::floor(v)) {
        // "1,234" or "1.234": a decimal to the parser, a thousand and more to an English or
        // German file. A count cannot have decimals, so the file is ambiguous: say both.
        const QStringView t = ValueParser::trimmed(raw);
        static const QRegularExpression lone(QStringLiteral("^[0-9]{1,3}[.,][0-9]{3}$"));
        if (lone.match(t).hasMatch()) {
            QString thousands = t.toString();
            thousands.replace(u',', u' ').replace(u'.', u' ');
            problem(Problem::Kind::NotANumber, row.line, target.column, raw,
                    TableConverter::tr("%1: \"%2\" is ambiguous for %3, a whole count: %4 "
                                       "(decimal) or %5 (thousands); write %6 or %5")
                            .arg(where(row.line, target.column), raw, target.measure,
                                 QString::number(v, 'g', 15).replace(u'.', u','), thousands,
                                 QString(thousands).remove(u' ')));
        } else {
            problem(Problem::Kind::NotANumber, row.line, target.column, raw,
                    TableConverter::tr("%1: \"%2\" is not a whole number; expected a whole "
                                       "count for %3")
                            .arg(where(row.line, target.column), raw, target.measure));
        }
        return false;
    }
    if (target.maximum > 0 && v > target.maximum) {
        problem(Problem::Kind::NotANumber, row.line, target.column, raw,
                TableConverter::tr("%1: \"%2\" is more than %3, the most %4 can be for any "
                                   "French territory; expected a plausible value (a unit error?)")
                        .arg(where(row.line, target.column), raw,
                             core::format::number(target.maximum), target.measure));
        return false;
    }
    if (target.count && v < 0.0) {
        problem(Problem::Kind::NegativeCount, row.line, target.column, raw,
                TableConverter::tr("%1: \"%2\" is negative; expected a count of zero or more "
                                   "for %3")
                        .arg(where(row.line, target.column), raw, target.measure));
        return false;
    }
    return true;
}

void Converter::emitObservation(const Target &target, int territoryId, const QString &territory,
                                int year, const RawRow &row, const ParsedNumber &number,
                                const QString &raw)
{
    const quint64 key = packKey(quint32(territoryId), year, target.measureIndex, target.scopeIndex,
                                target.sectorIdx);
    const double value = number.value ? *number.value : std::nan("");
    const auto [it, inserted] = m_keys.insert(key, { value, row.line });
    if (!inserted) {
        const double before = it->value;
        const bool same = (std::isnan(before) && std::isnan(value)) || before == value;
        if (same) {
            ++m_report.duplicatesIgnored;
            return;
        }
        problem(Problem::Kind::DuplicateConflict, row.line, target.column, raw,
                TableConverter::tr("%1: \"%2\" conflicts with line %3 for the same territory "
                                   "%4, year %5, measure %6, scope %7 and sector %8; expected "
                                   "one value per figure")
                        .arg(where(row.line, target.column), raw)
                        .arg(it->line)
                        .arg(territory)
                        .arg(year)
                        .arg(target.measure, target.scope, target.sector));
        return;
    }
    if (number.missing == ParsedNumber::Missing::Marker)
        ++m_report.missingBySecrecy;
    ++m_report.observations;
    if (!m_report.ok() || !m_sink)
        return;
    Observation &o = m_observation;
    o.territoryCode = territory;
    o.year = year;
    o.measure = target.measure;
    o.scope = target.scope;
    o.sector = target.sector;
    o.unit = target.unit;
    o.unitCounted = m_spec.unitsCounted.value(target.measure);
    o.value = number.value;
    if (number.missing == ParsedNumber::Missing::Marker)
        o.note = TableConverter::tr("not published in the file (\"%1\")")
                         .arg(ValueParser::trimmed(raw));
    else if (!o.note.isEmpty())
        o.note.clear();
    m_sink(o);
}

void Converter::convertRow(const RawRow &row)
{
    const QString &territoryRaw =
            m_territoryColumn < row.cells.size() ? row.cells.at(m_territoryColumn) : QString();
    const Target *longT = nullptr;
    if (m_spec.layout() == ImportSpec::Layout::Long) {
        longT = longTarget(row);
        if (!longT)
            return;
    }
    const std::span<const Target> targets =
            longT ? std::span<const Target>(longT, 1) : std::span<const Target>(m_targets);

    if (ValueParser::trimmed(territoryRaw).isEmpty()) {
        bool anyValue = false;
        for (const Target &t : targets)
            anyValue = anyValue || !ValueParser::trimmed(row.cell(t.column)).isEmpty();
        if (!anyValue) {
            m_report.skipped.append({ row.line, TableConverter::tr("no territory and no value") });
            return;
        }
    }

    // Territory, cached: files repeat the same few hundred territories.
    auto cached = m_territoryCache.constFind(territoryRaw);
    if (cached == m_territoryCache.cend())
        cached = m_territoryCache.insert(territoryRaw, m_resolver.resolve(territoryRaw));
    const TerritoryMatch &match = cached.value();
    bool rowOk = true;
    if (match.status == TerritoryMatch::Status::Unknown) {
        problem(Problem::Kind::UnknownTerritory, row.line, m_territoryColumn, territoryRaw,
                TableConverter::tr("%1: unknown territory \"%2\"; expected a commune code "
                                   "(5 characters), an EPCI SIREN (9 digits), a typed code "
                                   "(COM:, EPCI:, ARR:, DEP:, REG:, FR) or the name of a known "
                                   "territory")
                        .arg(where(row.line, m_territoryColumn), territoryRaw));
        rowOk = false;
    } else if (match.status == TerritoryMatch::Status::Ambiguous) {
        problem(Problem::Kind::AmbiguousTerritory, row.line, m_territoryColumn, territoryRaw,
                TableConverter::tr("%1: the territory \"%2\" is ambiguous; expected a code "
                                   "instead, one of: %3")
                        .arg(where(row.line, m_territoryColumn), territoryRaw,
                             match.candidates.join(QStringLiteral(", "))));
        rowOk = false;
    }

    int year = m_spec.year.value_or(0);
    if (m_yearColumn != kNoColumn) {
        const QString raw = row.cell(m_yearColumn);
        auto parsed = ValueParser::parseYear(raw);
        if (parsed) {
            year = parsed.value();
        } else {
            problem(parsed.error().code == Error::Code::Validation ? Problem::Kind::YearOutOfRange
                                                                   : Problem::Kind::NotAYear,
                    row.line, m_yearColumn, raw,
                    TableConverter::tr("%1: \"%2\" is not a valid year; %3")
                            .arg(where(row.line, m_yearColumn), raw, parsed.error().message));
            rowOk = false;
        }
    }

    quint32 territoryId = 0;
    if (rowOk) {
        auto id = m_territoryIds.constFind(match.code);
        if (id == m_territoryIds.cend())
            id = m_territoryIds.insert(match.code, quint32(m_territoryIds.size()));
        territoryId = id.value();
    }

    for (const Target &t : targets) {
        const QString raw = row.cell(t.column);
        auto parsed = ValueParser::parseNumber(raw);
        if (!parsed) {
            problem(Problem::Kind::NotANumber, row.line, t.column, raw,
                    TableConverter::tr("%1: \"%2\" is not a number; %3")
                            .arg(where(row.line, t.column), raw, parsed.error().message));
            continue;
        }
        const ParsedNumber &number = parsed.value();
        if (number.missing == ParsedNumber::Missing::Empty) {
            ++m_report.emptyCells;
            continue;
        }
        if (!checkValue(t, row, raw, number) || !rowOk)
            continue;
        emitObservation(t, int(territoryId), match.code, year, row, number, raw);
    }
}

} // namespace

ImportReport TableConverter::convert(Table &table, const ImportSpec &spec,
                                     const TerritoryResolver &resolver, const ObservationSink &sink)
{
    Converter converter(table, spec, resolver, sink);
    return converter.run();
}

ImportReport convertTable(Table &table, const ImportSpec &spec, const TerritoryResolver &resolver,
                          const ObservationSink &sink)
{
    return TableConverter::convert(table, spec, resolver, sink);
}

ConversionResult convertTable(Table &table, const ImportSpec &spec,
                              const TerritoryResolver &resolver)
{
    ConversionResult result;
    result.report = TableConverter::convert(table, spec, resolver, [&result](const Observation &o) {
        result.observations.push_back(o);
    });
    if (!result.report.ok())
        result.observations.clear();
    return result;
}

ImportReport convertFile(const QString &path, const ImportSpec &spec,
                         const TerritoryResolver &resolver, const ObservationSink &sink)
{
    TableOptions options;
    options.headerRow = spec.headerRow;
    options.sheet = spec.sheet;
    auto table = Table::open(path, options);
    if (!table) {
        ImportReport report;
        report.file = QFileInfo(path).fileName();
        Problem p;
        p.kind = Problem::Kind::NotATable;
        p.file = report.file;
        p.message = table.error().message;
        report.addProblem(std::move(p));
        return report;
    }
    return TableConverter::convert(*table.value(), spec, resolver, sink);
}

ConversionResult convertFile(const QString &path, const ImportSpec &spec,
                             const TerritoryResolver &resolver)
{
    ConversionResult result;
    result.report = convertFile(path, spec, resolver, [&result](const Observation &o) {
        result.observations.push_back(o);
    });
    if (!result.report.ok())
        result.observations.clear();
    return result;
}

} // namespace core::import
