// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/render/kitdocuments.h"

#include "core/charts/chartbuilder.h"
#include "core/charts/chartnames.h"
#include "core/domain/vocabulary.h"
#include "core/format/french.h"
#include "core/indicators/wording.h"
#include "core/workspace.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace core::render {

KitDocuments::KitDocuments(const Workspace &workspace, const KitPlanner &planner, QDateTime edition)
    : m_workspace(workspace)
    , m_planner(planner)
    , m_edition(std::move(edition))
{
}

QByteArray KitDocuments::methodology() const
{
    const TerritoryIndex &index = m_workspace.territories();
    QString md;
    md += QStringLiteral("# ") + tr("Methodology note") + QStringLiteral("\n\n");
    QStringList names;
    for (const QString &code : m_planner.options().territories)
        names << index.nameOf(code);
    md += tr("Press kit on the social and solidarity economy (ESS): %1. Edition of %2, by %3.")
                    .arg(format::semicolonList(names), format::longDate(m_edition.date()),
                         m_planner.options().byline)
            + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + tr("ESS perimeter and families") + QStringLiteral("\n\n");
    md += tr("The ESS is defined by the law of 31 July 2014: associations, cooperatives, mutual "
             "societies and foundations, plus commercial companies that follow its principles. "
             "The charts break ESS jobs into these four families: %1. Each source uses its own "
             "perimeter (Insee's \"social economy\" counted four families up to the 2017 data "
             "and counts five since the 2018 data, adding \"other private non-profit "
             "organisations\"; it does not count the ESS commercial companies; regional "
             "observatories add some companies; some local figures do not state theirs), so "
             "figures from different sources are never added together.")
                    .arg(QStringList { vocabulary::scopeLabel(QStringLiteral("associations")),
                                       vocabulary::scopeLabel(QStringLiteral("cooperatives")),
                                       vocabulary::scopeLabel(QStringLiteral("mutuelles")),
                                       vocabulary::scopeLabel(QStringLiteral("fondations")) }
                                 .join(QStringLiteral(", ")))
            + QStringLiteral("\n\n");

    md += sourcesSection();
    md += methodsSection();
    md += disagreementsSection();
    md += QStringLiteral("## ") + tr("Reproducibility") + QStringLiteral("\n\n");
    md += tr("Every file of this kit is produced by `ess-dashboard export --kit`; with the same "
             "database and options, and SOURCE_DATE_EPOCH set, two runs give identical bytes.")
            + u'\n';
    return md.toUtf8();
}

QString KitDocuments::sourcesSection() const
{
    QString md;
    md += QStringLiteral("## ") + tr("Sources") + QStringLiteral("\n\n");
    QList<Source> sources = m_workspace.sources().values();
    std::sort(sources.begin(), sources.end(), [](const Source &a, const Source &b) {
        return a.key == b.key ? a.id < b.id : a.key < b.key;
    });
    for (const Source &s : std::as_const(sources)) {
        // Who made the statistic, then the publication it was read in; reconstructed titles and
        // inferred dates say so.
        const QString title =
                s.titleInferred ? tr("%1 (title reconstructed)").arg(s.title) : s.title;
        const QString date =
                s.publishedInferred ? tr("%1, date inferred").arg(s.published) : s.published;
        const QString by = !s.producer.isEmpty() && s.producer != s.publisher
                ? tr("%1, via %2").arg(s.producer, s.publisher)
                : s.publisher;
        md += QStringLiteral("- **%1**, %2 (%3). ").arg(title, by, date);
        md += tr("Licence: %1.").arg(s.licence.isEmpty() ? tr("not stated") : s.licence);
        if (!s.url.isEmpty())
            md += u' ' + s.url;
        if (!s.note.isEmpty())
            md += QStringLiteral("  \n  ") + s.note;
        md += u'\n';
    }
    md += u'\n';

    return md;
}

QString KitDocuments::methodsSection()
{
    QString md;
    md += QStringLiteral("## ") + tr("Published, computed, estimated") + QStringLiteral("\n\n");
    md += QStringLiteral("- **") + methodLabel(Method::Published) + QStringLiteral("**: ")
            + tr("the figure as the source prints it (a published range such as \"8–9 %\" stays a "
                 "range).")
            + u'\n';
    md += QStringLiteral("- **") + methodLabel(Method::Computed) + QStringLiteral("**: ")
            + tr("computed by the dashboard from two counts of the same source, territory and "
                 "data year whose counting units are stated and compatible, e.g. ESS share of "
                 "jobs = 100 × ESS employees / all employees. Counts of unstated unit "
                 "(\"emplois\", \"structures\") or unstated year give nothing. A published value "
                 "always wins over a computed one; a value computed from rounded counts is "
                 "rounded (\"environ\").")
            + u'\n';
    md += QStringLiteral("- **") + methodLabel(Method::Estimated) + QStringLiteral("**: ")
            + tr("estimated with bounds (low–high) when a source gives only size bands.")
            + QStringLiteral("\n\n");
    md += tr("Each chart says which of the three a value is, in its CSV file (column \"method\") "
             "and next to each computed or estimated value in the image. Every figure is given "
             "with the unit its source counts (posts, employees, jobs, establishments, "
             "structures…), its precision (\"environ\", \"plus de\") and its data year, or "
             "\"published in …, data year not stated\" when the source does not give it. A figure "
             "of a larger area names that area; the regional value is given beside a local one "
             "that differs from it by more than 30 %, saying when the units differ.")
            + QStringLiteral("\n\n");

    return md;
}

QString KitDocuments::disagreementsSection() const
{
    const TerritoryIndex &index = m_workspace.territories();
    QString md;
    md += QStringLiteral("## ") + tr("Where sources disagree") + QStringLiteral("\n\n");
    QStringList seen;
    QStringList lines;
    for (const QString &code : m_planner.options().territories) {
        for (const Territory &t : index.ancestry(code)) {
            if (seen.contains(t.code))
                continue;
            seen << t.code;
            auto figures = m_workspace.figures(t.code);
            if (!figures)
                continue;
            for (const indicators::Indicator &ind : figures->indicators)
                if (!ind.disagreement.isEmpty()) {
                    const QString line = QStringLiteral("- %1, %2 (%3), %4: %5")
                                                 .arg(t.name, ind.id, ind.scope,
                                                      indicators::yearText(ind), ind.disagreement);
                    if (!lines.contains(line))
                        lines << line;
                }
        }
    }
    if (lines.isEmpty())
        md += tr("No disagreement above the thresholds (10 % relative, 1 point for shares) between "
                 "sources for the same year.")
                + QStringLiteral("\n\n");
    else
        md += lines.join(u'\n') + QStringLiteral("\n\n");

    const QStringList spreads = spreadLines(seen);
    if (!spreads.isEmpty())
        md += tr("The same indicator from several sources, all years:") + QStringLiteral("\n\n")
                + spreads.join(u'\n') + QStringLiteral("\n\n");
    md += tr("The \"sources-compared\" chart, when present, shows the same indicator from each "
             "source side by side. Local figures (CAVM, CAPH) come from few sources, often press "
             "relays whose reference year is not stated: they are labelled so.")
            + QStringLiteral("\n\n");

    return md;
}

QStringList KitDocuments::spreadLines(const QStringList &codes) const
{
    const TerritoryIndex &index = m_workspace.territories();
    // The same indicator from several sources (any year): the spread a reader should know.
    QStringList spreads;
    const charts::ChartBuilder builder(m_workspace);
    for (const QString &code : codes) {
        auto figures = m_workspace.figures(code);
        if (!figures)
            continue;
        std::map<std::pair<QString, QString>, QList<const indicators::Indicator *>> groups;
        for (const indicators::Indicator &ind : figures->indicators)
            if (ind.centralValue() && !ind.sources.isEmpty())
                groups[{ ind.id, ind.scope }].append(&ind);
        for (const auto &[key, list] : groups) {
            QSet<qint64> sourceIds;
            for (const indicators::Indicator *ind : list)
                sourceIds.insert(ind->sources.first().id);
            if (sourceIds.size() < 2)
                continue;
            QStringList parts;
            double low = 1e300, high = -1e300;
            for (const indicators::Indicator *ind : list) {
                parts << QStringLiteral("%1 (%2, %3)")
                                 .arg(indicators::statement(*ind),
                                      builder.citation(ind->sources.first().id),
                                      indicators::yearText(*ind));
                low = std::min(low, *ind->centralValue());
                high = std::max(high, *ind->centralValue());
            }
            const bool share = list.first()->unit == u"percent";
            spreads << QStringLiteral("- %1, %2 (%3): %4. %5")
                               .arg(index.nameOf(code), vocabulary::measureLabel(key.first),
                                    vocabulary::scopeLabel(key.second),
                                    format::semicolonList(parts),
                                    share ? tr("Spread: %1%2pt.")
                                                    .arg(format::compact(high - low))
                                                    .arg(format::kNarrowNbsp)
                                          : tr("Spread: %1 to %2.")
                                                    .arg(format::compact(low),
                                                         format::compact(high)));
        }
    }
    return spreads;
}

QByteArray KitDocuments::readme(const PressKitPlan &plan) const
{
    const QStringList &files = plan.files;
    const QStringList &skipped = plan.skipped;
    QString md;
    md += QStringLiteral("# ") + tr("ESS press kit") + QStringLiteral("\n\n");
    md += tr("Edition of %1, by %2. Made with the ESS dashboard.")
                    .arg(format::longDate(m_edition.date()), m_planner.options().byline)
            + QStringLiteral("\n\n");
    md += QStringLiteral("## ") + tr("Contents") + QStringLiteral("\n\n");
    QStringList presetNames;
    for (const Preset &p : m_planner.presets())
        presetNames << QStringLiteral("`%1` (%2, %3 × %4)")
                               .arg(charts::presetFileStem(p.name), charts::presetLabel(p.name))
                               .arg(qRound(p.size.width() * p.scale))
                               .arg(qRound(p.size.height() * p.scale));
    md += tr("For each chart: PNG, SVG and PDF at each format (%1; the file name ends with the "
             "format), the data as CSV (\";\", decimal comma, UTF-8 with BOM) and an alternative "
             "text (.alt.txt). fiche-territoire.pdf is a one-page fact sheet of the territory.")
                    .arg(presetNames.join(QStringLiteral(", ")))
            + QStringLiteral("\n\n");
    md += foldersParagraph(plan);
    QStringList names;
    for (const QString &id : m_planner.chartIds())
        names << QStringLiteral("`%1`: %2").arg(charts::chartFileStem(id), charts::chartLabel(id));
    md += tr("File names are stable from one edition to the next: folder, chart, format "
             "(%1).")
                    .arg(names.join(QStringLiteral(" ; ")))
            + QStringLiteral("\n\n");
    md += QStringLiteral("| ") + tr("File") + QStringLiteral(" | ") + tr("What it is")
            + QStringLiteral(" |\n|---|---|\n");
    for (const QString &f : files)
        md += QStringLiteral("| `%1` | %2 |\n").arg(f, fileDescription(f));
    md += u'\n';
    if (!skipped.isEmpty())
        md += tr("Not drawn, for lack of data: %1.").arg(skipped.join(QStringLiteral(", ")))
                + QStringLiteral("\n\n");
    md += creditsSection();
    return md.toUtf8();
}

QString KitDocuments::foldersParagraph(const PressKitPlan &plan) const
{
    // What is where: one folder per territory with what is about it, commun/ for the rest.
    const TerritoryIndex &index = m_workspace.territories();
    QStringList folders;
    for (const QString &code : m_planner.options().territories)
        folders << QStringLiteral("- `%1/`: %2 (%3)")
                           .arg(m_planner.folderOf(code), index.nameOf(code), code);
    QStringList sharedLevels;
    for (const PressKitChart &c : plan.charts)
        if (c.stem.startsWith(kitnames::kSharedFolder + u'/')
            && !sharedLevels.contains(index.nameOf(c.territory)))
            sharedLevels << index.nameOf(c.territory);
    if (!sharedLevels.isEmpty())
        folders << QStringLiteral("- `%1/`: ").arg(kitnames::kSharedFolder)
                        + tr("charts that are the same for every territory of this kit, drawn "
                             "from the figures of a wider level (%1) because the territories "
                             "have none of their own; the file name ends with that level.")
                                  .arg(sharedLevels.join(QStringLiteral(", ")));
    return tr("Where things are:") + QStringLiteral("\n\n") + folders.join(u'\n')
            + QStringLiteral("\n\n");
}

QString KitDocuments::fileDescription(const QString &f)
{
    if (f.endsWith(QStringLiteral(".csv")))
        return tr("data of the chart");
    if (f.endsWith(QStringLiteral(".alt.txt")))
        return tr("alternative text");
    if (f.endsWith(kitnames::kFactSheet))
        return tr("fact sheet");
    if (f == kitnames::kMethodology)
        return tr("methodology note");
    if (f == kitnames::kReadme)
        return tr("this file");
    if (f == kitnames::kManifest)
        return tr("list of the files of this kit (a new kit written here with --force "
                  "removes those it does not write again, nothing else)");
    if (f == kitnames::kZip)
        return tr("every file of this kit in one archive");
    return tr("chart");
}

QString KitDocuments::creditsSection() const
{
    QString md;
    md += QStringLiteral("## ") + tr("Credits") + QStringLiteral("\n\n");
    md += QStringLiteral("- ")
            + tr("Figures: the sources listed in methodologie.md, quoted with attribution; "
                 "each chart carries its source line.")
            + u'\n';
    md += QStringLiteral("- ")
            + tr("Territories: Insee (COG 2026, legal populations 2023), DGCL; Licence "
                 "Ouverte / Etalab 2.0.")
            + u'\n';
    md += QStringLiteral("- ")
            + tr("Charts and texts: %1, with the ESS dashboard (GNU GPL 3 or later).")
                      .arg(m_planner.options().byline)
            + u'\n';
    md += QStringLiteral("- ")
            + tr("Font: Lato, by Łukasz Dziedzic (SIL Open Font Licence 1.1), embedded in "
                 "the PDF files; the SVG files name it.")
            + u'\n';
    md += QStringLiteral("- ") + tr("Colours: Okabe–Ito palette, safe for colour-blind readers.")
            + u'\n';
    return md;
}

} // namespace core::render
