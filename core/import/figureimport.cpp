// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/figureimport.h"

#include "core/domain/vocabulary.h"
#include "core/format/french.h"
#include "core/storage/store.h"

#include <QDateTime>

#include <cmath>

namespace core::import {

Status FigureImport::check(const TerritoryResolver &resolver, Observation &figure,
                           const Source &source)
{
    if (source.title.trimmed().isEmpty())
        return makeError(Error::Code::Validation,
                         tr("A figure needs its source: give the title of the publication."));
    const TerritoryMatch match = resolver.resolve(figure.territoryCode);
    if (match.status == TerritoryMatch::Status::Unknown)
        return makeError(Error::Code::NotFound,
                         tr("Unknown territory \"%1\"; expected a commune code (5 characters), "
                            "an EPCI SIREN (9 digits), a typed code (COM:, EPCI:, ARR:, DEP:, "
                            "REG:, FR) or the name of a known territory.")
                                 .arg(figure.territoryCode));
    if (match.status == TerritoryMatch::Status::Ambiguous)
        return makeError(
                Error::Code::Ambiguous,
                tr("The territory \"%1\" is ambiguous; expected a code instead, one "
                   "of: %2")
                        .arg(figure.territoryCode, match.candidates.join(QStringLiteral(", "))));
    if (figure.year == kUnknownYear) {
        // A figure whose source does not state the data year is dated by its publication.
        if (figure.publishedYear < 1900 || figure.publishedYear > 2100)
            return makeError(Error::Code::Validation,
                             tr("A figure of unknown year needs its publication year (1900 to "
                                "2100)."));
    } else if (figure.year < 1900 || figure.year > 2100) {
        return makeError(Error::Code::Validation,
                         tr("The year %1 is out of range; expected a year from 1900 to 2100.")
                                 .arg(figure.year));
    }
    if (!isQualifier(figure.qualifier))
        return makeError(Error::Code::Validation,
                         tr("Unknown qualifier \"%1\"; expected one of: %2")
                                 .arg(figure.qualifier, qualifiers().join(QStringLiteral(", "))));
    if (!figure.unitCounted.isEmpty() && !vocabulary::isUnitCounted(figure.unitCounted))
        return makeError(Error::Code::Validation,
                         tr("Unknown unit counted \"%1\"; expected one of: %2, or a ratio of two "
                            "such as employees_per_structure")
                                 .arg(figure.unitCounted,
                                      vocabulary::countUnits().join(QStringLiteral(", "))));
    if (!vocabulary::isMeasure(figure.measure))
        return makeError(
                Error::Code::Validation,
                tr("Unknown measure \"%1\"; expected one of: %2")
                        .arg(figure.measure, vocabulary::measures().join(QStringLiteral(", "))));
    if (!vocabulary::isScope(figure.scope))
        return makeError(
                Error::Code::Validation,
                tr("Unknown scope \"%1\"; expected one of: %2")
                        .arg(figure.scope, vocabulary::scopes().join(QStringLiteral(", "))));
    if (!vocabulary::isSector(figure.sector))
        return makeError(Error::Code::Validation,
                         tr("Unknown sector \"%1\"; expected \"all\" or a NAF section letter A "
                            "to U.")
                                 .arg(figure.sector));
    if (!figure.value && !(figure.low && figure.high))
        return makeError(Error::Code::Validation,
                         tr("A figure needs a value, or a low and a high bound."));
    const bool share = vocabulary::isShare(figure.measure);
    const bool count = vocabulary::isCount(figure.measure);
    for (const std::optional<double> &v : { figure.value, figure.low, figure.high }) {
        if (!v)
            continue;
        if (!std::isfinite(*v))
            return makeError(Error::Code::Validation, tr("The value is not a finite number."));
        if (share && (*v < 0.0 || *v > 100.0))
            return makeError(Error::Code::Validation,
                             tr("%1 is outside 0–100; expected a share in percent between 0 "
                                "and 100 for %2.")
                                     .arg(format::compact(*v, 6), figure.measure));
        if (count && *v < 0.0)
            return makeError(Error::Code::Validation,
                             tr("%1 is negative; expected a count of zero or more for %2.")
                                     .arg(format::compact(*v, 6), figure.measure));
    }
    if (figure.low && figure.high && *figure.low > *figure.high)
        return makeError(Error::Code::Validation, tr("The low bound is above the high bound."));
    if (figure.value
        && ((figure.low && *figure.value < *figure.low)
            || (figure.high && *figure.value > *figure.high)))
        return makeError(Error::Code::Validation,
                         tr("The value lies outside its low and high bounds."));
    figure.territoryCode = match.code;
    return Ok {};
}

Result<qint64> FigureImport::add(Store &store, const Observation &figure, const Source &source)
{
    auto territories = store.territories();
    if (!territories)
        return territories.error();
    const InMemoryTerritoryResolver resolver(territories.value());
    Observation o = figure;
    if (auto st = check(resolver, o, source); !st)
        return st.error();

    auto begun = store.beginBulk();
    if (!begun)
        return begun.error();
    BulkWriter &writer = *begun.value();
    Source s = source;
    s.key.clear();
    s.title = s.title.trimmed();
    auto sourceId = writer.addSource(s);
    if (!sourceId)
        return sourceId.error();
    Dataset dataset;
    dataset.kind = DatasetKind::Figure;
    dataset.loadedAt = QDateTime::currentDateTimeUtc();
    dataset.sourceId = *sourceId;
    dataset.note = figure.note;
    auto datasetId = writer.beginDataset(dataset);
    if (!datasetId)
        return datasetId.error();
    o.sourceId = *sourceId;
    if (o.unit.isEmpty())
        o.unit = vocabulary::unitOf(o.measure);
    if (o.value && o.low && o.high)
        o.method = Method::Estimated;
    if (auto st = writer.add(o); !st)
        return st.error();
    if (auto st = writer.commit(); !st)
        return st.error();
    return *datasetId;
}

} // namespace core::import
