// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/referencedata.h"

#include "core/domain/vocabulary.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)
};

Result<QJsonObject> readJson(const QString &dir, const QString &name)
{
    const QString path = dir + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
                Error::Code::Io,
                Tr::tr("Cannot read the reference file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(Error::Code::Parse,
                         Tr::tr("The reference file %1 is not valid JSON (offset %2): %3")
                                 .arg(path)
                                 .arg(parseError.offset)
                                 .arg(parseError.errorString()));
    return doc.object();
}

std::optional<double> optionalNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

QString optionalString(const QJsonValue &v)
{
    return v.isString() ? v.toString() : QString();
}
} // namespace

Result<ReferenceData> ReferenceData::load(const QString &dir)
{
    ReferenceData data;

    auto manifest = readJson(dir, QStringLiteral("manifest.json"));
    if (!manifest)
        return manifest.error();
    data.version = manifest->value(u"version").toInt();
    if (data.version <= 0)
        return makeError(Error::Code::Parse, Tr::tr("manifest.json has no positive \"version\"."));

    auto territories = readJson(dir, QStringLiteral("territories.json"));
    if (!territories)
        return territories.error();
    QSet<QString> codes;
    for (const QJsonValue &v : territories->value(u"territories").toArray()) {
        const QJsonObject o = v.toObject();
        Territory t;
        t.code = o.value(u"code").toString();
        const auto kind = territoryKindFromKey(o.value(u"kind").toString());
        if (t.code.isEmpty() || !kind)
            return makeError(
                    Error::Code::Parse,
                    Tr::tr("territories.json: territory \"%1\" has no code or an unknown kind.")
                            .arg(t.code));
        t.kind = *kind;
        t.name = o.value(u"name").toString();
        t.shortName = optionalString(o.value(u"short_name"));
        t.parentCode = optionalString(o.value(u"parent"));
        if (o.value(u"population").isDouble())
            t.population = qint64(o.value(u"population").toDouble());
        if (o.value(u"population_year").isDouble())
            t.populationYear = o.value(u"population_year").toInt();
        if (!t.parentCode.isEmpty() && !codes.contains(t.parentCode))
            return makeError(Error::Code::Parse,
                             Tr::tr("territories.json: the parent %1 of %2 must come before it.")
                                     .arg(t.parentCode, t.code));
        codes.insert(t.code);
        data.territories.append(t);
    }

    // The defaults name territories of territories.json: a code it lacks is an error here
    // rather than an empty dashboard later.
    const QJsonObject defaults = manifest->value(u"defaults").toObject();
    const auto territoryCode = [&](const QJsonValue &v, QString *out) {
        *out = v.toString();
        return codes.contains(*out);
    };
    const auto territoryCodes = [&](const QJsonValue &v, QStringList *out) {
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            QString code;
            if (!territoryCode(item, &code))
                return false;
            out->append(code);
        }
        return !out->isEmpty();
    };
    Defaults &d = data.defaults;
    d.byline = defaults.value(u"byline").toString();
    if (!territoryCode(defaults.value(u"territory"), &d.territory)
        || !territoryCode(defaults.value(u"area"), &d.area)
        || !territoryCode(defaults.value(u"reference"), &d.reference)
        || !territoryCodes(defaults.value(u"featured"), &d.featured)
        || !territoryCodes(defaults.value(u"references"), &d.references)
        || !territoryCodes(defaults.value(u"compared"), &d.compared)
        || !d.references.contains(d.reference) || d.byline.isEmpty())
        return makeError(Error::Code::Parse,
                         Tr::tr("manifest.json: \"defaults\" needs a territory, an area, a "
                                "reference among its references, featured and compared "
                                "territories (codes of territories.json) and a byline."));

    auto sources = readJson(dir, QStringLiteral("sources.json"));
    if (!sources)
        return sources.error();
    QSet<QString> sourceKeys;
    QHash<QString, int> sourceYears;
    for (const QJsonValue &v : sources->value(u"sources").toArray()) {
        const QJsonObject o = v.toObject();
        Source s;
        s.key = o.value(u"key").toString();
        s.title = o.value(u"title").toString();
        s.publisher = optionalString(o.value(u"publisher"));
        s.url = optionalString(o.value(u"url"));
        s.published = optionalString(o.value(u"published"));
        s.licence = optionalString(o.value(u"licence"));
        s.note = optionalString(o.value(u"note"));
        s.producer = optionalString(o.value(u"producer"));
        s.titleInferred = o.value(u"title_inferred").toBool(false);
        s.publishedInferred = o.value(u"published_inferred").toBool(false);
        if (s.key.isEmpty() || s.title.isEmpty())
            return makeError(Error::Code::Parse,
                             Tr::tr("sources.json: every source needs a key and a title."));
        sourceKeys.insert(s.key);
        sourceYears.insert(s.key, s.publicationYear());
        data.sources.append(s);
    }

    auto figures = readJson(dir, QStringLiteral("figures.json"));
    if (!figures)
        return figures.error();
    int index = 0;
    for (const QJsonValue &v : figures->value(u"figures").toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        ReferenceFigure f;
        Observation &obs = f.observation;
        obs.territoryCode = o.value(u"territory").toString();
        // "year": the reference year of the data, null when the source does not state it.
        const bool yearStated = !o.value(u"year").isNull();
        obs.year = yearStated ? o.value(u"year").toInt() : kUnknownYear;
        obs.qualifier = o.value(u"qualifier").toString(QStringLiteral("exact"));
        obs.unitCounted = optionalString(o.value(u"unit_counted"));
        obs.measure = o.value(u"measure").toString();
        obs.scope = o.value(u"scope").toString(QStringLiteral("all"));
        obs.sector = o.value(u"sector").toString(QStringLiteral("all"));
        obs.value = optionalNumber(o.value(u"value"));
        obs.low = optionalNumber(o.value(u"low"));
        obs.high = optionalNumber(o.value(u"high"));
        obs.unit = o.value(u"unit").toString(vocabulary::unitOf(obs.measure));
        obs.method = methodFromKey(o.value(u"method").toString(QStringLiteral("published")))
                             .value_or(Method::Published);
        obs.basis = optionalString(o.value(u"basis"));
        obs.perimeter = optionalString(o.value(u"perimeter"));
        obs.note = optionalString(o.value(u"note"));
        f.sourceKey = o.value(u"source").toString();
        obs.publishedYear = o.value(u"published").toInt(sourceYears.value(f.sourceKey));
        const auto fail = [&](const QString &what) {
            return makeError(Error::Code::Parse,
                             Tr::tr("figures.json, figure %1 (%2, %3): %4")
                                     .arg(index)
                                     .arg(obs.territoryCode, obs.measure, what));
        };
        if (!codes.contains(obs.territoryCode))
            return fail(Tr::tr("unknown territory"));
        if (!vocabulary::isMeasure(obs.measure) || !vocabulary::isScope(obs.scope)
            || !vocabulary::isSector(obs.sector))
            return fail(Tr::tr("unknown measure, scope or sector"));
        if (!sourceKeys.contains(f.sourceKey))
            return fail(Tr::tr("unknown source \"%1\"").arg(f.sourceKey));
        if (yearStated && (obs.year < 1900 || obs.year > 2100))
            return fail(Tr::tr("year out of range"));
        if (!yearStated && obs.publishedYear <= 0)
            return fail(Tr::tr("a figure of unknown year needs its publication year"));
        if (!isQualifier(obs.qualifier))
            return fail(Tr::tr("unknown qualifier \"%1\"").arg(obs.qualifier));
        if (!obs.unitCounted.isEmpty() && !vocabulary::isUnitCounted(obs.unitCounted))
            return fail(Tr::tr("unknown unit counted \"%1\"").arg(obs.unitCounted));
        if (!obs.value && !(obs.low && obs.high))
            return fail(Tr::tr("neither a value nor a range"));
        data.figures.push_back(std::move(f));
    }
    return data;
}

} // namespace core
