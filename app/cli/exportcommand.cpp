// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/exportcommand.h"

#include "app/application.h"
#include "app/cli/arguments.h"
#include "app/cli/cli.h"
#include "core/charts/chartbuilder.h"
#include "core/charts/communemap.h"
#include "core/format/french.h"
#include "core/render/chartexporter.h"
#include "core/render/preexportcheck.h"
#include "core/render/presskit.h"
#include "core/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QTextStream>

namespace app::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

void printFindings(const QList<core::render::Finding> &findings, bool strict, QTextStream &err)
{
    for (const core::render::Finding &f : findings)
        err << (strict ? Tr::tr("error: %1") : Tr::tr("warning: %1")).arg(f.message) << Qt::endl;
}

bool positiveNumber(const QString &text, double &value)
{
    bool ok = false;
    value = text.toDouble(&ok);
    return ok && value > 0 && value <= 20000;
}

int listCharts(const Arguments &a, QTextStream &out, QTextStream &err)
{
    for (const QString &id : core::charts::ChartBuilder::chartIds())
        out << id.leftJustified(22) << core::charts::ChartBuilder::describe(id) << Qt::endl;
    // The map's indicators depend on the data: read from the database when it exists (a
    // listing never creates one).
    const QString db = a.value(QStringLiteral("--db"), defaultDatabasePath());
    out << Qt::endl
        << Tr::tr("Map indicators (export --chart commune-map --indicator ID):") << Qt::endl;
    if (QFileInfo::exists(db)) {
        auto workspace = openWorkspace(db, err, core::Workspace::Access::ReadOnly);
        if (!workspace)
            return Failure;
        for (const core::charts::MapIndicator &i :
             core::charts::CommuneMapBuilder(*workspace).indicators())
            out << QStringLiteral("  ") << i.id.leftJustified(30) << i.label << Qt::endl;
    } else {
        out << QStringLiteral("  ") << QStringLiteral("population").leftJustified(30)
            << Tr::tr("Population") << Qt::endl
            << QStringLiteral("  ") << QStringLiteral("density").leftJustified(30)
            << Tr::tr("Population density") << Qt::endl
            << QStringLiteral("  ")
            << Tr::tr("and, after an import, MEASURE:SCOPE of the commune tables") << Qt::endl;
    }
    out << Qt::endl << Tr::tr("Presets:") << Qt::endl;
    for (const core::render::Preset &p : core::render::presets())
        out << QStringLiteral("  %1 %2 × %3 px")
                        .arg(p.name.leftJustified(8))
                        .arg(qRound(p.size.width() * p.scale))
                        .arg(qRound(p.size.height() * p.scale))
            << (p.a4Page ? Tr::tr(" (PDF on an A4 landscape page, PNG at 300 dpi)") : QString())
            << Qt::endl;
    return Success;
}

/// --byline TEXT and --logo FILE, the same for one chart and for the kit.
bool brand(const Arguments &a, QString &byline, QImage &logo, QTextStream &err)
{
    if (a.has(QStringLiteral("--byline")))
        byline = a.value(QStringLiteral("--byline")).simplified();
    if (byline.size() > 80) {
        err << Tr::tr("--byline: at most 80 characters (got %1).").arg(byline.size()) << Qt::endl;
        return false;
    }
    if (a.has(QStringLiteral("--logo"))) {
        auto image = core::render::loadLogo(a.value(QStringLiteral("--logo")));
        if (!image) {
            err << image.error().message << Qt::endl;
            return false;
        }
        logo = image.value();
    }
    return true;
}

int exportKit(const Arguments &a, core::Workspace &workspace, QTextStream &out, QTextStream &err)
{
    auto options = core::render::PressKitOptions::from(workspace.defaults());
    options.directory = a.value(QStringLiteral("--kit"));
    if (a.has(QStringLiteral("--territory"))) {
        options.territories.clear();
        for (const QString &text : a.values(QStringLiteral("--territory"))) {
            auto t = workspace.territories().resolve(text);
            if (!t) {
                err << t.error().message << Qt::endl;
                return UsageError;
            }
            if (!options.territories.contains(t->code))
                options.territories << t->code;
        }
    }
    options.presets = a.values(QStringLiteral("--preset"));
    for (const QString &id : a.values(QStringLiteral("--chart"))) {
        if (!core::charts::ChartBuilder::chartIds().contains(id)) {
            err << Tr::tr("Unknown chart \"%1\"; `ess-dashboard export --list` lists them.").arg(id)
                << Qt::endl;
            return UsageError;
        }
        if (!options.charts.contains(id))
            options.charts << id;
    }
    options.zip = a.has(QStringLiteral("--zip"));
    options.force = a.has(QStringLiteral("--force"));
    if (!brand(a, options.byline, options.logo, err))
        return UsageError;
    const bool strict = a.has(QStringLiteral("--strict"));
    core::render::PressKit kit(workspace, options);
    if (auto st = kit.validate(); !st) {
        err << st.error().message << Qt::endl;
        return st.error().code == core::Error::Code::Duplicate ? Failure : UsageError;
    }
    // --strict checks before writing anything; otherwise the kit reports what it found while
    // drawing (each chart composed once).
    if (strict) {
        const QList<core::render::Finding> findings = kit.check();
        printFindings(findings, strict, err);
        if (!findings.isEmpty()) {
            err << Tr::tr("%n problem(s) found: nothing written (--strict).", nullptr,
                          int(findings.size()))
                << Qt::endl;
            return Failure;
        }
    }
    auto report = kit.write();
    if (!report) {
        err << report.error().message << Qt::endl;
        return Failure;
    }
    if (!strict)
        printFindings(report->findings, strict, err);
    out << Tr::tr("Press kit written to %1: %n file(s).", nullptr, int(report->files.size()))
                    .arg(QDir::toNativeSeparators(QDir(options.directory).absolutePath()))
        << Qt::endl;
    for (const QString &s : report->skipped)
        out << Tr::tr("not drawn, no data: %1").arg(s) << Qt::endl;
    return Success;
}

int exportChart(const Arguments &a, core::Workspace &workspace, QTextStream &out, QTextStream &err)
{
    if (a.values(QStringLiteral("--chart")).size() > 1) {
        err << Tr::tr("export --chart takes one --chart (several belong to --kit).") << Qt::endl;
        return UsageError;
    }
    const QString id = a.value(QStringLiteral("--chart"));
    if (!core::charts::ChartBuilder::chartIds().contains(id)) {
        err << Tr::tr("Unknown chart \"%1\"; `ess-dashboard export --list` lists them.").arg(id)
            << Qt::endl;
        return UsageError;
    }
    for (const char *required : { "--territory", "--format", "--out" })
        if (!a.has(QLatin1String(required))) {
            err << Tr::tr("export --chart needs %1.").arg(QLatin1String(required)) << Qt::endl;
            return UsageError;
        }
    if (a.values(QStringLiteral("--territory")).size() > 1) {
        err << Tr::tr("export --chart takes one --territory.") << Qt::endl;
        return UsageError;
    }
    auto territory = workspace.territories().resolve(a.value(QStringLiteral("--territory")));
    if (!territory) {
        err << territory.error().message << Qt::endl;
        return UsageError;
    }
    const auto format = core::render::fileFormatFromName(a.value(QStringLiteral("--format")));
    if (!format) {
        err << Tr::tr("--format: expected png, svg or pdf, got \"%1\".")
                        .arg(a.value(QStringLiteral("--format")))
            << Qt::endl;
        return UsageError;
    }
    const bool custom = a.has(QStringLiteral("--width")) || a.has(QStringLiteral("--height"))
            || a.has(QStringLiteral("--scale"));
    if (custom && a.has(QStringLiteral("--preset"))) {
        err << Tr::tr("Give either --preset or --width/--height/--scale, not both.") << Qt::endl;
        return UsageError;
    }
    if (a.values(QStringLiteral("--preset")).size() > 1) {
        err << Tr::tr("export --chart takes one --preset.") << Qt::endl;
        return UsageError;
    }
    core::render::Preset preset = core::render::presets().first();
    if (a.has(QStringLiteral("--preset"))) {
        const auto p = core::render::presetByName(a.value(QStringLiteral("--preset")));
        if (!p) {
            err << Tr::tr("Unknown preset \"%1\" (social, square, slide, print).")
                            .arg(a.value(QStringLiteral("--preset")))
                << Qt::endl;
            return UsageError;
        }
        preset = *p;
    } else if (custom) {
        double w = 0, h = 0, s = 1;
        if (!positiveNumber(a.value(QStringLiteral("--width")), w)
            || !positiveNumber(a.value(QStringLiteral("--height")), h)
            || (a.has(QStringLiteral("--scale"))
                && !positiveNumber(a.value(QStringLiteral("--scale")), s))
            || s > 10) {
            err << Tr::tr(
                    "--width and --height need positive numbers of pixels (--scale: 0 to 10).")
                << Qt::endl;
            return UsageError;
        }
        preset = { QStringLiteral("custom"), QSizeF(w, h), s, false };
    }

    const bool map = id == core::charts::kCommuneMapId;
    if (a.has(QStringLiteral("--indicator")) && !map) {
        err << Tr::tr("--indicator belongs to the commune-map chart.") << Qt::endl;
        return UsageError;
    }
    core::charts::ChartSpec spec;
    if (map) {
        const core::charts::CommuneMapBuilder maps(workspace);
        const QString indicator = a.value(QStringLiteral("--indicator"), QStringLiteral("density"));
        QStringList known;
        for (const core::charts::MapIndicator &i : maps.indicators())
            known << i.id;
        if (!known.contains(indicator)) {
            err << Tr::tr("Unknown map indicator \"%1\"; with these data: %2.")
                            .arg(indicator, known.join(QStringLiteral(", ")))
                << Qt::endl;
            return UsageError;
        }
        spec = maps.build(territory->code, indicator);
    } else {
        spec = core::charts::ChartBuilder(workspace).build(id, territory->code,
                                                           workspace.referenceTerritory());
    }
    QStringList dates;
    for (const core::Source &s : workspace.sources())
        dates << s.published;
    core::render::RenderOptions options = core::render::withPreset({}, preset);
    options.transparent = a.has(QStringLiteral("--transparent"));
    options.byline = workspace.defaults().byline;
    if (!brand(a, options.byline, options.logo, err))
        return UsageError;
    core::render::FileMetadata meta;
    meta.author = options.byline;
    meta.creationTime = core::render::editionTime(dates);
    meta.a4Page = preset.a4Page;
    options.editionDate = core::format::longDate(meta.creationTime.date());

    if (auto st = workspace.readStatus(); !st) { // "not available" might be a damaged file
        err << st.error().message << Qt::endl;
        return Failure;
    }
    const bool strict = a.has(QStringLiteral("--strict"));
    const auto findings = core::render::checkChart(spec, options, *format);
    printFindings(findings, strict, err);
    if (strict && !findings.isEmpty())
        return Failure;
    const QString path = a.value(QStringLiteral("--out"));
    if (auto st = core::render::exportChart(spec, options, *format, path, meta); !st) {
        err << st.error().message << Qt::endl;
        return Failure;
    }
    out << Tr::tr("Chart written to %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Success;
}
} // namespace

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    core::render::pinHashSeed();
    // Every text of the command's charts, Qt Charts' own defaults included, uses the shipped
    // font, unhinted: no system font is ever asked for, and no hinting bytecode runs.
    QFont appFont(core::render::chartFontFamily());
    appFont.setHintingPreference(QFont::PreferNoHinting);
    QGuiApplication::setFont(appFont);
    Arguments a;
    const QList<OptionSpec> specs {
        { QStringLiteral("--list"), false },
        { QStringLiteral("--kit") },
        { QStringLiteral("--chart"), true, true },
        { QStringLiteral("--indicator") },
        { QStringLiteral("--logo") },
        { QStringLiteral("--byline") },
        { QStringLiteral("--territory"), true, true },
        { QStringLiteral("--preset"), true, true },
        { QStringLiteral("--format") },
        { QStringLiteral("--out") },
        { QStringLiteral("--width") },
        { QStringLiteral("--height") },
        { QStringLiteral("--scale") },
        { QStringLiteral("--transparent"), false },
        { QStringLiteral("--zip"), false },
        { QStringLiteral("--force"), false },
        { QStringLiteral("--strict"), false },
        { QStringLiteral("--db") },
    };
    if (!a.parse(args, specs, 0)) {
        err << a.error() << Qt::endl;
        return UsageError;
    }
    const int modes = int(a.has(QStringLiteral("--list"))) + int(a.has(QStringLiteral("--kit")))
            + int(a.has(QStringLiteral("--chart")) && !a.has(QStringLiteral("--kit")));
    if (modes != 1) {
        err << Tr::tr("export needs exactly one of --kit DIR, --chart ID or --list.") << Qt::endl
            << usage();
        return UsageError;
    }
    if (a.has(QStringLiteral("--list")))
        return listCharts(a, out, err);
    if (a.has(QStringLiteral("--kit"))
        && (a.has(QStringLiteral("--out")) || a.has(QStringLiteral("--format"))
            || a.has(QStringLiteral("--width")) || a.has(QStringLiteral("--height"))
            || a.has(QStringLiteral("--scale")) || a.has(QStringLiteral("--transparent"))
            || a.has(QStringLiteral("--indicator")))) {
        err << Tr::tr("export --kit takes --territory, --preset, --chart, --logo, --byline, --zip, "
                      "--force, --strict and --db only.")
            << Qt::endl;
        return UsageError;
    }
    if (a.has(QStringLiteral("--chart")) && !a.has(QStringLiteral("--kit"))
        && (a.has(QStringLiteral("--zip")) || a.has(QStringLiteral("--force")))) {
        err << Tr::tr("--zip and --force belong to export --kit.") << Qt::endl;
        return UsageError;
    }
    auto workspace = openWorkspace(a.value(QStringLiteral("--db"), defaultDatabasePath()), err,
                                   core::Workspace::Access::ReadOnly);
    if (!workspace)
        return Failure;
    return a.has(QStringLiteral("--kit")) ? exportKit(a, *workspace, out, err)
                                          : exportChart(a, *workspace, out, err);
}

} // namespace app::cli
