// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importspec.h"

#include "core/domain/vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace core::import {

namespace {
/// tr() for the free functions and helper classes of this file, in one context lupdate records.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportSpec)
};

Status checkKeys(const QString &measure, const QString &scope, const QString &sector,
                 const QString &context)
{
    if (!vocabulary::isMeasure(measure))
        return makeError(
                Error::Code::InvalidArgument,
                Tr::tr("%1: unknown measure \"%2\"; expected one of: %3")
                        .arg(context, measure, vocabulary::measures().join(QStringLiteral(", "))));
    if (!vocabulary::isScope(scope))
        return makeError(
                Error::Code::InvalidArgument,
                Tr::tr("%1: unknown scope \"%2\"; expected one of: %3")
                        .arg(context, scope, vocabulary::scopes().join(QStringLiteral(", "))));
    if (!vocabulary::isSector(sector))
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("%1: unknown sector \"%2\"; expected \"all\" or a NAF section "
                                "letter A to U")
                                 .arg(context, sector));
    return Ok {};
}
} // namespace

QString ColumnRef::toString() const
{
    return number > 0 ? QStringLiteral("#%1").arg(number) : name;
}

ColumnRef ColumnRef::fromString(const QString &text)
{
    const QString t = text.trimmed();
    ColumnRef ref;
    if (t.size() > 1 && t.startsWith(u'#')) {
        bool ok = false;
        const int n = t.mid(1).toInt(&ok);
        if (ok && n > 0) {
            ref.number = n;
            return ref;
        }
    }
    ref.name = t;
    return ref;
}

QString ValueMapping::toString() const
{
    QString text = column.toString() + u'=' + measure;
    if (scope != u"all" || sector != u"all")
        text += u':' + scope;
    if (sector != u"all")
        text += u':' + sector;
    return text;
}

Result<ValueMapping> parseMapArgument(const QString &argument)
{
    const qsizetype eq = argument.lastIndexOf(u'=');
    if (eq <= 0 || eq == argument.size() - 1)
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("--map \"%1\": expected COLUMN=MEASURE[:SCOPE[:SECTOR]], for "
                                "example \"Effectifs ESS=employees:ess\" or \"#3=employees\"")
                                 .arg(argument));
    ValueMapping mapping;
    mapping.column = ColumnRef::fromString(argument.left(eq));
    const QStringList parts = argument.mid(eq + 1).trimmed().split(u':');
    if (parts.size() > 3 || mapping.column.isNull())
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("--map \"%1\": expected COLUMN=MEASURE[:SCOPE[:SECTOR]], for "
                                "example \"Effectifs ESS=employees:ess\" or \"#3=employees\"")
                                 .arg(argument));
    mapping.measure = parts.at(0).trimmed();
    if (parts.size() > 1)
        mapping.scope = parts.at(1).trimmed();
    if (parts.size() > 2)
        mapping.sector = parts.at(2).trimmed();
    const Status ok = checkKeys(mapping.measure, mapping.scope, mapping.sector,
                                QStringLiteral("--map \"%1\"").arg(argument));
    if (!ok)
        return ok.error();
    return mapping;
}

Status ImportSpec::validate() const
{
    if (territoryColumn.isNull())
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("No territory column; expected the header text or #N of the column "
                                "holding territory codes or names"));
    if (yearColumn.isNull() && !year)
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("No year; expected a year column or a fixed year"));
    for (auto it = unitsCounted.cbegin(); it != unitsCounted.cend(); ++it)
        if (!vocabulary::isMeasure(it.key()) || !vocabulary::isUnitCounted(it.value()))
            return makeError(
                    Error::Code::InvalidArgument,
                    Tr::tr("Unit counted \"%1=%2\": expected MEASURE=UNIT with a known measure "
                           "and one of: %3, or a ratio such as employees_per_structure")
                            .arg(it.key(), it.value(),
                                 vocabulary::countUnits().join(QStringLiteral(", "))));
    if (!yearColumn.isNull() && year)
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("Both a year column and a fixed year; expected only one of them"));
    if (year && (*year < 1900 || *year > 2100))
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("Year %1; expected a year between 1900 and 2100").arg(*year));
    if (mappings.isEmpty() && (measureColumn.isNull() || valueColumn.isNull()))
        return makeError(Error::Code::InvalidArgument,
                         Tr::tr("No values to read; expected --map COLUMN=MEASURE[:SCOPE[:SECTOR]] "
                                "mappings, or a measure column and a value column"));
    if (!mappings.isEmpty() && !valueColumn.isNull())
        return makeError(
                Error::Code::InvalidArgument,
                Tr::tr("Both mappings and a value column; expected a wide layout (mappings) "
                       "or a long layout (measure and value columns), not both"));
    for (const ValueMapping &m : mappings) {
        const Status ok = checkKeys(m.measure, m.scope, m.sector, m.toString());
        if (!ok)
            return ok;
    }
    return Ok {};
}

QJsonObject ImportSpec::toJson() const
{
    QJsonObject o;
    auto put = [&o](const char *key, const ColumnRef &ref) {
        if (!ref.isNull())
            o.insert(QLatin1String(key), ref.toString());
    };
    if (!sheet.isEmpty())
        o.insert(QStringLiteral("sheet"), sheet);
    if (headerRow > 0)
        o.insert(QStringLiteral("header_row"), headerRow);
    put("territory_column", territoryColumn);
    put("year_column", yearColumn);
    if (year)
        o.insert(QStringLiteral("year"), *year);
    if (!mappings.isEmpty()) {
        QJsonArray map;
        for (const ValueMapping &m : mappings)
            map.append(m.toString());
        o.insert(QStringLiteral("map"), map);
    }
    put("measure_column", measureColumn);
    put("value_column", valueColumn);
    put("scope_column", scopeColumn);
    put("sector_column", sectorColumn);
    if (!basis.isEmpty())
        o.insert(QStringLiteral("basis"), basis);
    if (!unitsCounted.isEmpty()) {
        QJsonObject units;
        for (auto it = unitsCounted.cbegin(); it != unitsCounted.cend(); ++it)
            units.insert(it.key(), it.value());
        o.insert(QStringLiteral("units_counted"), units);
    }
    if (!perimeter.isEmpty())
        o.insert(QStringLiteral("perimeter"), perimeter);
    return o;
}

Result<ImportSpec> ImportSpec::fromJson(const QJsonObject &o)
{
    ImportSpec spec;
    auto ref = [&o](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble())
            return ColumnRef { QString(), v.toInt() };
        return ColumnRef::fromString(v.toString());
    };
    spec.sheet = o.value(QStringLiteral("sheet")).toString();
    spec.headerRow = o.value(QStringLiteral("header_row")).toInt();
    spec.territoryColumn = ref("territory_column");
    spec.yearColumn = ref("year_column");
    if (o.contains(QStringLiteral("year")))
        spec.year = o.value(QStringLiteral("year")).toInt();
    const QJsonArray map = o.value(QStringLiteral("map")).toArray();
    for (const QJsonValue &v : map) {
        auto m = parseMapArgument(v.toString());
        if (!m)
            return m.error();
        spec.mappings.append(m.value());
    }
    spec.measureColumn = ref("measure_column");
    spec.valueColumn = ref("value_column");
    spec.scopeColumn = ref("scope_column");
    spec.sectorColumn = ref("sector_column");
    spec.basis = o.value(QStringLiteral("basis")).toString();
    const QJsonObject units = o.value(QStringLiteral("units_counted")).toObject();
    for (auto it = units.constBegin(); it != units.constEnd(); ++it)
        spec.unitsCounted.insert(it.key(), it.value().toString());
    spec.perimeter = o.value(QStringLiteral("perimeter")).toString();
    return spec;
}

Status ImportSpec::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io,
                         Tr::tr("%1: cannot write the profile: %2").arg(path, file.errorString()));
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return makeError(Error::Code::Io,
                         Tr::tr("%1: cannot write the profile: %2").arg(path, file.errorString()));
    return Ok {};
}

Result<ImportSpec> ImportSpec::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io,
                         Tr::tr("%1: cannot read the profile: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(Error::Code::Parse,
                         Tr::tr("%1: not a profile: %2 at offset %3; expected a JSON object")
                                 .arg(path, error.errorString())
                                 .arg(error.offset));
    return fromJson(doc.object());
}

} // namespace core::import
