// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/figurescommand.h"

#include "app/application.h"
#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "core/domain/territoryindex.h"
#include "core/domain/vocabulary.h"
#include "core/format/french.h"
#include "core/indicators/wording.h"
#include "core/referencedata.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace app::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FiguresCommand)
};

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue yearValue(int year)
{
    return year != core::kUnknownYear ? QJsonValue(year) : QJsonValue();
}

QJsonObject sourceJson(const core::indicators::SourceRef &s)
{
    return QJsonObject { { QStringLiteral("title"), s.title },
                         { QStringLiteral("publisher"), s.publisher },
                         { QStringLiteral("producer"), text(s.producer) },
                         { QStringLiteral("url"), text(s.url) },
                         { QStringLiteral("year"),
                           s.year > 0 ? QJsonValue(s.year) : QJsonValue() } };
}

core::indicators::SourceRef refOf(const core::Workspace &ws, qint64 id)
{
    const core::Source s = ws.source(id);
    core::indicators::SourceRef ref { s.id,      s.title, s.publisher, s.url, s.publicationYear(),
                                      s.producer };
    return ref;
}

QJsonObject indicatorJson(const core::indicators::Indicator &ind)
{
    QJsonArray sources;
    for (const auto &s : ind.sources)
        sources.append(sourceJson(s));
    QJsonValue comparison;
    if (ind.comparison) {
        const auto &c = *ind.comparison;
        comparison =
                QJsonObject { { QStringLiteral("territory"), c.territoryCode },
                              { QStringLiteral("scope"), c.scope },
                              { QStringLiteral("value"), c.value },
                              { QStringLiteral("year"), yearValue(c.year) },
                              { QStringLiteral("published"),
                                c.publishedYear > 0 ? QJsonValue(c.publishedYear) : QJsonValue() },
                              { QStringLiteral("qualifier"), c.qualifier },
                              { QStringLiteral("unit_counted"), text(c.unitCounted) },
                              { QStringLiteral("units_differ"), c.unitsDiffer },
                              { QStringLiteral("source"), sourceJson(c.source) } };
    }
    return QJsonObject {
        { QStringLiteral("id"), ind.id },
        { QStringLiteral("scope"), ind.scope },
        { QStringLiteral("level"), ind.territoryCode },
        { QStringLiteral("year"), yearValue(ind.year) },
        { QStringLiteral("published"),
          ind.publishedYear > 0 ? QJsonValue(ind.publishedYear) : QJsonValue() },
        { QStringLiteral("value"), number(ind.value) },
        { QStringLiteral("low"), number(ind.low) },
        { QStringLiteral("high"), number(ind.high) },
        { QStringLiteral("qualifier"), ind.qualifier },
        { QStringLiteral("unit"), ind.unit },
        { QStringLiteral("unit_counted"), text(ind.unitCounted) },
        { QStringLiteral("method"), core::methodKey(ind.method) },
        { QStringLiteral("text"), core::indicators::statement(ind) },
        { QStringLiteral("basis"), text(ind.basis) },
        { QStringLiteral("perimeter"), text(ind.perimeter) },
        { QStringLiteral("note"), text(ind.note) },
        { QStringLiteral("formula"), text(ind.formula) },
        { QStringLiteral("check"), text(ind.check) },
        { QStringLiteral("sources"), sources },
        { QStringLiteral("disagreement"), text(ind.disagreement) },
        { QStringLiteral("comparison"), comparison },
    };
}

/// Own indicators, then the inherited ones (whose `level` names the larger area).
std::vector<const core::indicators::Indicator *>
allIndicators(const core::TerritoryFigures &figures)
{
    std::vector<const core::indicators::Indicator *> list;
    for (const auto &ind : figures.indicators)
        list.push_back(&ind);
    for (const auto &ind : figures.inherited)
        list.push_back(&ind);
    return list;
}
} // namespace

QJsonObject figuresToJson(const core::Workspace &workspace, const core::TerritoryFigures &figures)
{
    QJsonObject root;
    root.insert(QStringLiteral("territory"),
                QJsonObject { { QStringLiteral("code"), figures.territory.code },
                              { QStringLiteral("name"), figures.territory.name },
                              { QStringLiteral("kind"),
                                core::territoryKindKey(figures.territory.kind) } });
    QJsonArray indicators;
    for (const core::indicators::Indicator *ind : allIndicators(figures))
        indicators.append(indicatorJson(*ind));
    root.insert(QStringLiteral("indicators"), indicators);

    QHash<qint64, core::Dataset> datasets;
    if (auto list = workspace.datasets())
        for (const core::Dataset &d : list.value())
            datasets.insert(d.id, d);
    QJsonArray observations;
    for (const core::Observation &o : figures.observations) {
        const core::Dataset d = datasets.value(o.datasetId);
        QJsonObject dataset { { QStringLiteral("id"), d.id },
                              { QStringLiteral("kind"), core::datasetKindKey(d.kind) },
                              { QStringLiteral("file"), d.fileName },
                              { QStringLiteral("sha256"), text(d.sha256) },
                              { QStringLiteral("loaded_at"), d.loadedAt.toString(Qt::ISODate) } };
        observations.append(QJsonObject {
                { QStringLiteral("measure"), o.measure },
                { QStringLiteral("scope"), o.scope },
                { QStringLiteral("sector"), o.sector },
                { QStringLiteral("level"), o.territoryCode },
                { QStringLiteral("year"), yearValue(o.year) },
                { QStringLiteral("published"),
                  o.publishedYear > 0 ? QJsonValue(o.publishedYear) : QJsonValue() },
                { QStringLiteral("value"), number(o.value) },
                { QStringLiteral("low"), number(o.low) },
                { QStringLiteral("high"), number(o.high) },
                { QStringLiteral("qualifier"), o.qualifier },
                { QStringLiteral("unit"), o.unit },
                { QStringLiteral("unit_counted"), text(o.unitCounted) },
                { QStringLiteral("method"), core::methodKey(o.method) },
                { QStringLiteral("basis"), text(o.basis) },
                { QStringLiteral("note"), text(o.note) },
                { QStringLiteral("source"), sourceJson(refOf(workspace, o.sourceId)) },
                { QStringLiteral("dataset"), dataset },
        });
    }
    root.insert(QStringLiteral("observations"), observations);
    return root;
}

QByteArray figuresToCsv(const core::Workspace &workspace, const core::TerritoryFigures &figures)
{
    // One line per indicator: line breaks inside a text become spaces.
    const auto cell = [](QString s) { return core::format::csvCell(s.replace(u'\n', u' ')); };
    const auto num = [](const std::optional<double> &v) {
        return v ? core::format::csvNumber(*v) : QString();
    };
    const auto year = [](int y) {
        return y != core::kUnknownYear ? QString::number(y) : QString();
    };
    const core::TerritoryIndex &index = workspace.territories();
    QString out = Tr::tr("territory;level;indicator;scope;year;published;value;low;high;qualifier;"
                         "unit;unit counted;method;text;basis;perimeter;note;formula;check;sources;"
                         "producer;disagreement;regional comparison")
            + QStringLiteral("\r\n");
    for (const core::indicators::Indicator *ind : allIndicators(figures)) {
        QStringList sources;
        QStringList producers;
        for (const auto &s : ind->sources) {
            sources << (s.year > 0 ? QStringLiteral("%1 (%2)").arg(s.title).arg(s.year) : s.title);
            if (!s.producer.isEmpty())
                producers << s.producer;
        }
        QString comparison;
        if (ind->comparison)
            comparison = core::indicators::comparisonText(
                    *ind, index.nameOf(ind->comparison->territoryCode));
        out += QStringList { figures.territory.code,
                             ind->territoryCode,
                             ind->id,
                             ind->scope,
                             year(ind->year),
                             ind->publishedYear > 0 ? QString::number(ind->publishedYear)
                                                    : QString(),
                             num(ind->value),
                             num(ind->low),
                             num(ind->high),
                             ind->qualifier,
                             ind->unit,
                             ind->unitCounted,
                             core::methodKey(ind->method),
                             cell(core::indicators::statement(*ind)),
                             cell(ind->basis),
                             cell(ind->perimeter),
                             cell(ind->note),
                             cell(ind->formula),
                             cell(ind->check),
                             cell(sources.join(QStringLiteral(" | "))),
                             cell(producers.join(QStringLiteral(" | "))),
                             cell(ind->disagreement),
                             cell(comparison) }
                        .join(u';')
                + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

int runFigures(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Arguments a;
    if (!a.parse(args,
                 { { QStringLiteral("--territory") },
                   { QStringLiteral("--format") },
                   { QStringLiteral("--db") } },
                 0)) {
        err << a.error() << Qt::endl;
        return UsageError;
    }
    const QString formatName = a.value(QStringLiteral("--format"), QStringLiteral("json"));
    if (formatName != u"json" && formatName != u"csv") {
        err << Tr::tr("Unknown format \"%1\": expected json or csv.").arg(formatName) << Qt::endl;
        return UsageError;
    }
    const QString dbPath = a.value(QStringLiteral("--db"), defaultDatabasePath());
    QString code = a.value(QStringLiteral("--territory")); // empty: the default territory

    // A database that does not exist yet is created only once the request is known to be good.
    if (!QFileInfo::exists(dbPath)) {
        auto data = core::ReferenceData::load(referenceDataDir());
        if (data) {
            if (code.isEmpty())
                code = data->defaults.territory;
            auto t = core::TerritoryIndex(data->territories).resolve(code);
            if (!t) {
                err << t.error().message << Qt::endl;
                return UsageError;
            }
        }
    }
    auto workspace = openWorkspace(dbPath, err, core::Workspace::Access::ReadOnly);
    if (!workspace)
        return Failure;
    if (code.isEmpty())
        code = workspace->defaults().territory;
    auto territory = workspace->territories().resolve(code);
    if (!territory) {
        err << territory.error().message << Qt::endl;
        return UsageError;
    }
    auto figures = workspace->figures(territory->code);
    if (!figures) {
        err << figures.error().message << Qt::endl;
        return Failure;
    }
    QString text;
    if (formatName == u"csv") {
        // QString::fromUtf8 drops a leading BOM: write it as a character, encoded by the stream.
        const QByteArray bytes = figuresToCsv(*workspace, figures.value());
        out.setEncoding(QStringConverter::Utf8);
        text = QChar(0xFEFF) + QString::fromUtf8(bytes.mid(3));
    } else {
        text = QString::fromUtf8(QJsonDocument(figuresToJson(*workspace, figures.value()))
                                         .toJson(QJsonDocument::Indented));
    }
    if (auto st = workspace->readStatus(); !st) { // a figure may be missing for that reason
        err << st.error().message << Qt::endl;
        return Failure;
    }
    out << text;
    out.flush();
    return Success;
}

} // namespace app::cli
