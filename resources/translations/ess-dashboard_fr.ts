<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddFigureCommand</name>
    <message>
        <source>%1 &quot;%2&quot;: expected a number, for example 1234, 12 345,6 or 10,5 %.</source>
        <translation>%1 «&#x202f;%2&#x202f;»&#xa0;: attendu&#xa0;: un nombre, par exemple 1234, 12&#x202f;345,6 ou 10,5&#x202f;%.</translation>
    </message>
    <message>
        <source>add-figure needs %1.</source>
        <translation>add-figure attend l&apos;option %1.</translation>
    </message>
    <message>
        <source>add-figure needs --value V (with --low L --high H for an estimate).</source>
        <translation>add-figure attend --value V (avec --low BAS --high HAUT pour une estimation).</translation>
    </message>
    <message>
        <source>--low and --high go together: give both bounds.</source>
        <translation>--low et --high vont de pair&#xa0;: indiquez les deux bornes.</translation>
    </message>
    <message>
        <source>--measure &quot;%1&quot;: expected MEASURE[:SCOPE[:SECTOR]], for example employees:ess or employment_share:associations:Q.</source>
        <translation>--measure «&#x202f;%1&#x202f;»&#xa0;: attendu&#xa0;: MESURE[:CHAMP[:SECTEUR]], par exemple employees:ess ou employment_share:associations:Q.</translation>
    </message>
    <message>
        <source>Figure added as dataset %1: %2 %3 %4/%5/%6 = %7 (source: %8).</source>
        <translation>Chiffre ajouté comme jeu de données %1&#xa0;: %2 %3 %4/%5/%6 = %7 (source&#xa0;: %8).</translation>
    </message>
    <message>
        <source>--year &quot;%1&quot;: expected a year from 1900 to 2100, or unknown.</source>
        <translation>--year «&#x202f;%1&#x202f;»&#xa0;: attendu une année de 1900 à 2100, ou unknown.</translation>
    </message>
    <message>
        <source>--published &quot;%1&quot;: expected a year of publication (AAAA).</source>
        <translation>--published «&#x202f;%1&#x202f;»&#xa0;: attendu une année de publication (AAAA).</translation>
    </message>
    <message>
        <source>--year unknown needs --published AAAA, the year the source was published.</source>
        <translation>--year unknown demande --published AAAA, l&apos;année de publication de la source.</translation>
    </message>
    <message>
        <source>(data year unknown, published %1)</source>
        <translation>(année des données inconnue, publié en %1)</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>ESS dashboard</source>
        <translation>Tableau de bord ESS</translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu&#xa0;: «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Accepted options: %2.</source>
        <translation>Option inconnue&#xa0;: «&#x202f;%1&#x202f;». Options acceptées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation>L&apos;option %1 est indiquée deux fois.</translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation>L&apos;option %1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;option %1 attend une valeur.</translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>no published figure</source>
        <translation>aucun chiffre publié</translation>
    </message>
    <message>
        <source>&quot;not available&quot;: no source gives this figure for the territory.</source>
        <translation>«&#x202f;non disponible&#x202f;»&#xa0;: aucune source ne donne ce chiffre pour le territoire.</translation>
    </message>
    <message>
        <source>No source gives this indicator for these territories.</source>
        <translation>Aucune source ne donne cet indicateur pour ces territoires.</translation>
    </message>
    <message>
        <source>% of salaried employment</source>
        <translation>% de l&apos;emploi salarié</translation>
    </message>
    <message>
        <source>The ESS share of establishments</source>
        <translation>La part de l&apos;ESS dans les établissements</translation>
    </message>
    <message>
        <source>Share of establishments belonging to the ESS, in %</source>
        <translation>Part des établissements relevant de l&apos;ESS, en %</translation>
    </message>
    <message>
        <source>% of establishments</source>
        <translation>% des établissements</translation>
    </message>
    <message>
        <source>How many employees per ESS structure?</source>
        <translation>Combien de salariés par structure de l&apos;ESS&#x202f;?</translation>
    </message>
    <message>
        <source>Average number of employees, by what each source counts</source>
        <translation>Nombre moyen de salariés, selon ce que compte chaque source</translation>
    </message>
    <message>
        <source>employees per structure</source>
        <translation>salariés par structure</translation>
    </message>
    <message>
        <source>%1, ESS (%2)</source>
        <translation>%1, ESS (%2)</translation>
    </message>
    <message>
        <source>%1, employer associations (%2)</source>
        <translation>%1, associations employeuses (%2)</translation>
    </message>
    <message>
        <source>No source gives an average size for this territory.</source>
        <translation>Aucune source ne donne de taille moyenne pour ce territoire.</translation>
    </message>
    <message>
        <source>ESS jobs by family</source>
        <translation>Emplois de l&apos;ESS par famille</translation>
    </message>
    <message>
        <source>% of ESS jobs</source>
        <translation>% des emplois de l&apos;ESS</translation>
    </message>
    <message>
        <source>No source breaks down ESS jobs by family for this territory.</source>
        <translation>Aucune source ne ventile les emplois de l&apos;ESS par famille pour ce territoire.</translation>
    </message>
    <message>
        <source>%1, %2, share of ESS jobs in %</source>
        <translation>%1, %2, part des emplois de l&apos;ESS en %</translation>
    </message>
    <message>
        <source>Level: %1 (no breakdown published for the selected territory).</source>
        <translation>Niveau&#xa0;: %1 (aucune ventilation publiée pour le territoire sélectionné).</translation>
    </message>
    <message>
        <source>No source gives the ESS share of jobs for this territory.</source>
        <translation>Aucune source ne donne la part de l&apos;ESS dans l&apos;emploi pour ce territoire.</translation>
    </message>
    <message>
        <source>key figure: the ESS share of salaried jobs</source>
        <translation>chiffre clé&#xa0;: la part de l&apos;ESS dans les emplois salariés</translation>
    </message>
    <message>
        <source>bars: ESS share of jobs, territory against CAVM, CAPH, CAVM + CAPH, Nord, Hauts-de-France, France</source>
        <translation>barres&#xa0;: part de l&apos;ESS dans l&apos;emploi, territoire face à CAVM, CAPH, CAVM + CAPH, Nord, Hauts-de-France, France</translation>
    </message>
    <message>
        <source>bars: ESS share of establishments, same territories</source>
        <translation>barres&#xa0;: part de l&apos;ESS dans les établissements, mêmes territoires</translation>
    </message>
    <message>
        <source>100 % stacked bars: ESS jobs and the rest of the economy</source>
        <translation>barres empilées à 100&#x202f;%&#xa0;: emplois de l&apos;ESS et reste de l&apos;économie</translation>
    </message>
    <message>
        <source>bars: employees per ESS structure, by source</source>
        <translation>barres&#xa0;: salariés par structure de l&apos;ESS, selon la source</translation>
    </message>
    <message>
        <source>bars: ESS jobs by family (associations, cooperatives, mutuals, foundations)</source>
        <translation>barres&#xa0;: emplois de l&apos;ESS par famille (associations, coopératives, mutuelles, fondations)</translation>
    </message>
    <message>
        <source>bars: ESS jobs by sector (when sector data exist)</source>
        <translation>barres&#xa0;: emplois de l&apos;ESS par secteur (si des données sectorielles existent)</translation>
    </message>
    <message>
        <source>columns: ESS share of jobs over the years (when several years exist)</source>
        <translation>colonnes&#xa0;: part de l&apos;ESS dans l&apos;emploi au fil des années (si plusieurs années existent)</translation>
    </message>
    <message>
        <source>bars: communes ranked by ESS share of jobs (when commune data exist)</source>
        <translation>barres&#xa0;: communes classées selon la part de l&apos;ESS dans l&apos;emploi (si des données communales existent)</translation>
    </message>
    <message>
        <source>bars: the ESS share of jobs as each source gives it, side by side</source>
        <translation>barres&#xa0;: la part de l&apos;ESS dans l&apos;emploi selon chaque source, côte à côte</translation>
    </message>
    <message>
        <source>The ESS and the rest of the economy</source>
        <translation>L&apos;ESS et le reste de l&apos;économie</translation>
    </message>
    <message>
        <source>ESS jobs by sector</source>
        <translation>Emplois de l&apos;ESS par secteur</translation>
    </message>
    <message>
        <source>ESS employees</source>
        <translation>Salariés de l&apos;ESS</translation>
    </message>
    <message>
        <source>No source breaks down ESS jobs by sector for this territory.</source>
        <translation>Aucune source ne ventile les emplois de l&apos;ESS par secteur pour ce territoire.</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <source>%1, %2, ESS employees by NAF section</source>
        <translation>%1, %2, salariés de l&apos;ESS par section NAF</translation>
    </message>
    <message>
        <source>The ESS share of jobs over the years</source>
        <translation>La part de l&apos;ESS dans l&apos;emploi au fil des années</translation>
    </message>
    <message>
        <source>Only one year is published for this territory: no evolution to show.</source>
        <translation>Une seule année est publiée pour ce territoire&#xa0;: aucune évolution à montrer.</translation>
    </message>
    <message>
        <source>%1, share of salaried jobs in the ESS, in %</source>
        <translation>%1, part des emplois salariés dans l&apos;ESS, en %</translation>
    </message>
    <message>
        <source>Level: %1 (no series published for the selected territory).</source>
        <translation>Niveau&#xa0;: %1 (aucune série publiée pour le territoire sélectionné).</translation>
    </message>
    <message>
        <source>Communes ranked by the ESS share of jobs</source>
        <translation>Communes classées selon la part de l&apos;ESS dans l&apos;emploi</translation>
    </message>
    <message>
        <source>No source gives the ESS share of jobs for the communes of this territory.</source>
        <translation>Aucune source ne donne la part de l&apos;ESS dans l&apos;emploi pour les communes de ce territoire.</translation>
    </message>
    <message>
        <source>One indicator, several sources</source>
        <translation>Un indicateur, plusieurs sources</translation>
    </message>
    <message>
        <source>A single source gives the ESS share of jobs here: nothing to compare.</source>
        <translation>Une seule source donne ici la part de l&apos;ESS dans l&apos;emploi&#xa0;: rien à comparer.</translation>
    </message>
    <message>
        <source>%1, data %2</source>
        <translation>%1, données %2</translation>
    </message>
    <message>
        <source>%1, ESS share of salaried jobs according to each source, in %</source>
        <translation>%1, part de l&apos;ESS dans les emplois salariés selon chaque source, en %</translation>
    </message>
    <message>
        <source>Level: %1 (a single source for the selected territory).</source>
        <translation>Niveau&#xa0;: %1 (une seule source pour le territoire sélectionné).</translation>
    </message>
    <message>
        <source>Sources differ in year, perimeter and counting unit; the gaps show why a figure must always be quoted with its source.</source>
        <translation>Les sources diffèrent par l&apos;année, le périmètre et l&apos;unité de compte&#x202f;; les écarts montrent pourquoi un chiffre doit toujours être cité avec sa source.</translation>
    </message>
    <message>
        <source>The ESS %1</source>
        <comment>%1: the territory with its preposition (in Nord)</comment>
        <translation>L&apos;ESS %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>In green: the reference territory, %1.</source>
        <translation>En vert&#xa0;: le territoire de référence, %1.</translation>
    </message>
    <message>
        <source>map of the communes (--indicator ID, default density)</source>
        <translation>carte des communes (--indicator ID, densité par défaut)</translation>
    </message>
    <message>
        <source>%1, via %2</source>
        <translation>%1, via %2</translation>
    </message>
    <message>
        <source>Latest figure published for each territory (a known data year first); years and counting units differ between sources.</source>
        <translation>Dernier chiffre publié pour chaque territoire (année des données connue d&apos;abord)&#x202f;; les années et les unités de compte diffèrent selon les sources.</translation>
    </message>
    <message>
        <source>&quot;estimated&quot;: register estimates (SIRENE stock, application convention), not published figures.</source>
        <translation>«&#x202f;estimé&#x202f;»&#xa0;: estimations du répertoire (stock SIRENE, convention de l&apos;application), pas des chiffres publiés.</translation>
    </message>
    <message>
        <source>The ESS share of employment</source>
        <translation>La part de l&apos;ESS dans l&apos;emploi</translation>
    </message>
    <message>
        <source>Share of employment held by ESS organisations, in %, as each source counts it</source>
        <translation>Part de l&apos;emploi dans les organisations de l&apos;ESS, en %, telle que chaque source la compte</translation>
    </message>
    <message>
        <source>% of employment</source>
        <translation>% de l&apos;emploi</translation>
    </message>
    <message>
        <source>data year not stated</source>
        <translation>année des données non précisée</translation>
    </message>
    <message>
        <source>Units differ and are written on each bar, grouped by unit: per establishment (CRESS, Insee), per employer association (2016), per structure (PHARE, unit not stated). Compare with care.</source>
        <translation>Les unités diffèrent et sont écrites sur chaque barre, groupées par unité&#xa0;: par établissement (CRESS, Insee), par association employeuse (2016), par structure (PHARE, unité non précisée). À comparer avec prudence.</translation>
    </message>
    <message>
        <source>The ESS in %1</source>
        <translation>L&apos;ESS dans le territoire %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figure of %1: no figure of its own for %2.</source>
        <translation>Chiffre de %1&#xa0;: pas de chiffre propre pour %2.</translation>
    </message>
    <message>
        <source>Share of employment in the ESS, %1</source>
        <translation>Part de l&apos;emploi dans l&apos;ESS, %1</translation>
    </message>
    <message>
        <source>Beside it, %1 (%2).</source>
        <translation>À titre de comparaison, %1 (%2).</translation>
    </message>
    <message>
        <source>Share of employment, in %: ESS (blue) and rest of the economy (grey)</source>
        <translation>Part de l&apos;emploi, en %&#xa0;: ESS (bleu) et reste de l&apos;économie (gris)</translation>
    </message>
    <message>
        <source>Latest figure published for each territory (a known data year first); a published range is drawn at its middle and written as published.</source>
        <translation>Dernier chiffre publié pour chaque territoire (année des données connue d&apos;abord)&#x202f;; une fourchette publiée est tracée en son milieu et écrite telle que publiée.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>unit counted</source>
        <translation>unité comptée</translation>
    </message>
    <message>
        <source>perimeter</source>
        <translation>périmètre</translation>
    </message>
    <message>
        <source>%1, ESS share of employment, in %, one column per year</source>
        <translation>%1, part de l&apos;ESS dans l&apos;emploi, en %, une colonne par année</translation>
    </message>
    <message>
        <source>Series breaks (source, unit or perimeter change): %1. Read the gaps with care.</source>
        <translation>Ruptures de série (changement de source, d&apos;unité ou de périmètre)&#xa0;: %1. Lire les écarts avec prudence.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) without a stated data year left out.</source>
        <translation>
            <numerusform>%n chiffre sans année des données précisée est laissé de côté.</numerusform>
            <numerusform>%n chiffres sans année des données précisée sont laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, data year not stated</source>
        <translation>%1, année des données non précisée</translation>
    </message>
    <message>
        <source>territory;level;category;indicator;reference year;published;value;low;high;qualifier;unit;unit counted;method;text;source;note</source>
        <translation>territoire;niveau;catégorie;indicateur;année de référence;publié;valeur;bas;haut;précision;unité;unité comptée;méthode;texte;source;note</translation>
    </message>
    <message>
        <source>ESS share of all activity, %1</source>
        <translation>Part de l&apos;ESS dans l&apos;ensemble de l&apos;activité, %1</translation>
    </message>
    <message>
        <source>break</source>
        <translation>rupture</translation>
    </message>
    <message>
        <source>Series break after %1 (change of %2)</source>
        <translation>Rupture de série après %1 (changement&#xa0;: %2)</translation>
    </message>
    <message>
        <source>The database could not be read: this chart cannot be drawn. Do not publish it; restore a copy of the database or import the files again.</source>
        <translation>La base de données n’a pas pu être lue&#xa0;: ce graphique ne peut pas être établi. Ne le publiez pas&#xa0;; restaurez une copie de la base ou importez de nouveau les fichiers.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot complete the PDF: %1</source>
        <translation>Impossible de finaliser le PDF&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown file format.</source>
        <translation>Format de fichier inconnu.</translation>
    </message>
    <message>
        <source>Cannot encode the PNG image: out of memory</source>
        <translation>Impossible d&apos;encoder l&apos;image PNG&#xa0;: mémoire insuffisante</translation>
    </message>
    <message>
        <source>© %1 %2</source>
        <translation>© %1 %2</translation>
    </message>
    <message>
        <source>© %1 %2. Figures: %3</source>
        <translation>© %1 %2. Chiffres&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot use %1 as a logo: %2. Expected a PNG, JPEG or SVG image of at most 8000 pixels a side.</source>
        <translation>Impossible d’utiliser %1 comme logo : %2. Attendu : une image PNG, JPEG ou SVG d’au plus 8000 pixels de côté.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>ChartScene</name>
    <message>
        <source>%1 · edition of %2</source>
        <translation>%1 · édition du %2</translation>
    </message>
    <message>
        <source>Source: not available</source>
        <translation>Source&#xa0;: non disponible</translation>
    </message>
    <message>
        <source>Edition of %1</source>
        <translation>Édition du %1</translation>
    </message>
    <message>
        <source>ESS</source>
        <translation>ESS</translation>
    </message>
    <message>
        <source>Rest of the economy</source>
        <translation>Reste de l&apos;économie</translation>
    </message>
    <message>
        <source>In orange and bold: the selected territory.</source>
        <translation>En orange et en gras&#xa0;: le territoire sélectionné.</translation>
    </message>
    <message>
        <source>Light part of a bar: the range published (low to high).</source>
        <translation>Partie claire d&apos;une barre&#xa0;: la fourchette publiée (de la borne basse à la borne haute).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue&#xa0;: «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>  ess-dashboard --version | -V                 print the version
  ess-dashboard --help | -h                    print this help
</source>
        <translation>  ess-dashboard --version | -V                 affiche la version
  ess-dashboard --help | -h                    affiche cette aide
</translation>
    </message>
    <message>
        <source>Usage:
  ess-dashboard [--db PATH] [--lang fr|en]      open the dashboard
  ess-dashboard figures [--territory CODE] [--format json|csv] [--db PATH]
  ess-dashboard datasets [--format json|text] [--db PATH]
  ess-dashboard remove-dataset ID [--db PATH]
  ess-dashboard import-sirene --unites-legales FILE --etablissements FILE
        [--territory CODE]... [--classification FILE] [--json] [--dry-run]
        [--stock-date YYYY-MM-DD] [--replace] [--db PATH]
  ess-dashboard import FILE [--sheet NAME] [--header-row N]
      [--territory-column COL] [--year-column COL | --year YYYY]
      [--map COL=MEASURE[:SCOPE[:SECTOR]]]...
      [--measure-column COL --value-column COL [--scope-column COL]]
      [--unit-counted MEASURE=UNIT]...
      [--profile FILE.json] [--save-profile FILE.json]
      [--source-title TEXT] [--source-url URL] [--source-licence TEXT]
      [--replace] [--dry-run] [--db PATH]
  ess-dashboard add-figure --territory CODE --year YYYY|unknown [--published YYYY]
      --measure M[:SCOPE[:SECTOR]] --value V [--low L --high H] [--qualifier Q]
      [--unit-counted U] --source-title TEXT [--source-url URL] [--producer TEXT]
      [--note TEXT] [--db PATH]
  ess-dashboard inspect FILE [--sheet NAME] [--header-row N] [--rows N]
  ess-dashboard export --kit DIR [--territory CODE]... [--preset NAME]...
                [--chart ID]... [--logo FILE] [--byline TEXT] [--zip]
                [--force] [--strict] [--db PATH]
  ess-dashboard export --chart ID --territory CODE --format png|svg|pdf --out FILE
                [--indicator ID[:SCOPE]] (commune-map)
                [--preset NAME | --width W --height H --scale S] [--transparent]
                [--logo FILE] [--byline TEXT] [--strict] [--db PATH]
  ess-dashboard export --list                   chart ids and presets
    presets: social (2400 × 1350), square (2160 × 2160), slide (1920 × 1080),
    print (PDF A4 landscape, PNG 300 dpi); SOURCE_DATE_EPOCH fixes the edition date

Territory codes: COM:59606, EPCI:245901160, ARR:596 (CAVM + CAPH), DEP:59, REG:32, FR; bare 5-character commune codes and 9-digit EPCI numbers are accepted.
COL: a header text or #N (1-based column number). Measures: employees, employees_fte, establishments, employer_units, payroll, employment_share, private_employment_share, establishment_share, ess_employment_share, ess_establishment_share, avg_employees; scopes: all, ess, non_ess, private, public, associations, cooperatives, mutuelles, fondations, commercial_ess; sectors: all or a NAF section letter A to U.
Exit status: 0 done, 1 data problems (nothing written), 2 usage error.
Default database: %1
</source>
        <translation>Utilisation&#xa0;:
  ess-dashboard [--db CHEMIN] [--lang fr|en]     ouvre le tableau de bord
  ess-dashboard figures [--territory CODE] [--format json|csv] [--db CHEMIN]
  ess-dashboard datasets [--format json|text] [--db CHEMIN]
  ess-dashboard remove-dataset ID [--db CHEMIN]
  ess-dashboard import-sirene --unites-legales FICHIER --etablissements FICHIER
        [--territory CODE]... [--classification FICHIER] [--json] [--dry-run]
        [--stock-date AAAA-MM-JJ] [--replace] [--db CHEMIN]
  ess-dashboard import FICHIER [--sheet NOM] [--header-row N]
      [--territory-column COL] [--year-column COL | --year AAAA]
      [--map COL=MESURE[:CHAMP[:SECTEUR]]]...
      [--measure-column COL --value-column COL [--scope-column COL]]
      [--unit-counted MESURE=UNITÉ]...
      [--profile FICHIER.json] [--save-profile FICHIER.json]
      [--source-title TEXTE] [--source-url URL] [--source-licence TEXTE]
      [--replace] [--dry-run] [--db CHEMIN]
  ess-dashboard add-figure --territory CODE --year AAAA|unknown [--published AAAA]
      --measure M[:CHAMP[:SECTEUR]] --value V [--low BAS --high HAUT] [--qualifier Q]
      [--unit-counted U] --source-title TEXTE [--source-url URL] [--producer TEXTE]
      [--note TEXTE] [--db CHEMIN]
  ess-dashboard inspect FICHIER [--sheet NOM] [--header-row N] [--rows N]
  ess-dashboard export --kit DOSSIER [--territory CODE]... [--preset NOM]...
                [--chart ID]... [--logo FICHIER] [--byline TEXTE] [--zip]
                [--force] [--strict] [--db CHEMIN]
  ess-dashboard export --chart ID --territory CODE --format png|svg|pdf
                --out FICHIER [--preset NOM | --width L --height H --scale E]
                [--indicator ID[:CHAMP]] (commune-map)
                [--transparent] [--logo FICHIER] [--byline TEXTE] [--strict] [--db CHEMIN]
  ess-dashboard export --list                    graphiques et préréglages
    préréglages&#xa0;: social (2400 × 1350), square (2160 × 2160), slide (1920 × 1080),
    print (PDF A4 paysage, PNG 300 dpi)&#x202f;; SOURCE_DATE_EPOCH fixe la date d&apos;édition

Codes de territoire&#xa0;: COM:59606, EPCI:245901160, ARR:596 (CAVM + CAPH), DEP:59, REG:32, FR&#x202f;; les codes de commune à 5 caractères sans préfixe et les numéros d&apos;EPCI à 9 chiffres sont aussi acceptés.
COL&#xa0;: un texte d&apos;en-tête ou #N (numéro de colonne, à partir de 1). Mesures&#xa0;: employees, employees_fte, establishments, employer_units, payroll, employment_share, private_employment_share, establishment_share, ess_employment_share, ess_establishment_share, avg_employees&#x202f;; champs&#xa0;: all, ess, non_ess, private, public, associations, cooperatives, mutuelles, fondations, commercial_ess&#x202f;; secteurs&#xa0;: all ou une lettre de section NAF de A à U.
Code de sortie&#xa0;: 0 réussite, 1 problèmes dans les données (rien n&apos;est écrit), 2 erreur d&apos;utilisation.
Base de données par défaut&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>CommuneAtlas</name>
    <message>
        <source>%1: expected a Polygon or MultiPolygon geometry, got &quot;%2&quot;</source>
        <translation>%1&#xa0;: géométrie Polygon ou MultiPolygon attendue, «&#xa0;%2&#xa0;» trouvé</translation>
    </message>
    <message>
        <source>%1: a position is not [longitude, latitude]</source>
        <translation>%1&#xa0;: une position n&apos;est pas [longitude, latitude]</translation>
    </message>
    <message>
        <source>%1: position %2, %3 is out of range</source>
        <translation>%1&#xa0;: la position %2, %3 est hors limites</translation>
    </message>
    <message>
        <source>%1: a ring has fewer than 3 positions</source>
        <translation>%1&#xa0;: un anneau a moins de 3 positions</translation>
    </message>
    <message>
        <source>%1: empty geometry</source>
        <translation>%1&#xa0;: géométrie vide</translation>
    </message>
    <message>
        <source>%1 is not a GeoJSON FeatureCollection (offset %2): %3</source>
        <translation>%1 n&apos;est pas une FeatureCollection GeoJSON (position %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read the contour file %1: %2</source>
        <translation>Impossible de lire le fichier de contours %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: a feature has no 5-character insee_code</source>
        <translation>%1&#xa0;: une entité n&apos;a pas d&apos;insee_code à 5 caractères</translation>
    </message>
    <message>
        <source>%1: commune %2 appears twice</source>
        <translation>%1&#xa0;: la commune %2 apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>CommuneMapBuilder</name>
    <message>
        <source>%1 inhabitants/km²</source>
        <translation>%1&#x202f;hab./km²</translation>
    </message>
    <message>
        <source>statistical secret</source>
        <translation>secret statistique</translation>
    </message>
    <message>
        <source>count too small</source>
        <translation>effectif trop faible</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Population density</source>
        <translation>Densité de population</translation>
    </message>
    <message>
        <source>Inhabitants per km²</source>
        <translation>Habitants par km²</translation>
    </message>
    <message>
        <source>Inhabitants</source>
        <translation>Habitants</translation>
    </message>
    <message>
        <source>Insee, legal populations %1</source>
        <translation>Insee, populations légales %1</translation>
    </message>
    <message>
        <source>Density: municipal population %1 divided by the area computed on the IGN contours (Lambert-93, generalised outlines).</source>
        <translation>Densité&#xa0;: population municipale %1 divisée par la superficie calculée sur les contours IGN (Lambert-93, contours généralisés).</translation>
    </message>
    <message>
        <source>Share in %</source>
        <translation>Part en&#x202f;%</translation>
    </message>
    <message>
        <source>Employees (estimate)</source>
        <translation>Salariés (estimation)</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Estimated from the SIRENE register (stock of %1) under the convention %2, which is not Insee&apos;s official ESS perimeter.</source>
        <translation>Estimé à partir du répertoire SIRENE (stock du %1) selon la convention %2, qui n&apos;est pas le périmètre officiel de l&apos;ESS de l&apos;Insee.</translation>
    </message>
    <message>
        <source>Shares on fewer than %1 establishments are not shown (count too small).</source>
        <translation>Les parts calculées sur moins de %1 établissements ne sont pas montrées (effectif trop faible).</translation>
    </message>
    <message>
        <source>Some values are estimates (estimé): see each commune&apos;s source.</source>
        <translation>Certaines valeurs sont estimées (estimé)&#xa0;: voir la source de chaque commune.</translation>
    </message>
    <message>
        <source>Commune map</source>
        <translation>Carte des communes</translation>
    </message>
    <message>
        <source>Unknown map indicator &quot;%1&quot;.</source>
        <translation>Indicateur de carte inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Classes: natural breaks (Jenks)</source>
        <translation>Classes&#xa0;: seuils naturels (Jenks)</translation>
    </message>
    <message>
        <source>Classes: quantiles (equal counts)</source>
        <translation>Classes&#xa0;: quantiles (effectifs égaux)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>over %1 to %2</source>
        <translation>plus de %1 à %2</translation>
    </message>
    <message>
        <source>%1 by commune</source>
        <translation>%1 par commune</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) without a value are hatched.</source>
        <translation>
            <numerusform>%n commune sans valeur est hachurée.</numerusform>
            <numerusform>%n communes sans valeur sont hachurées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>The commune contours are missing from the reference data.</source>
        <translation>Les contours des communes manquent dans les données de référence.</translation>
    </message>
    <message>
        <source>No commune of %1 has a value for this indicator.</source>
        <translation>Aucune commune de %1 n&apos;a de valeur pour cet indicateur.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Map: %1. %2. %n commune(s).</source>
        <translation>
            <numerusform>Carte&#xa0;: %1. %2. %n commune.</numerusform>
            <numerusform>Carte&#xa0;: %1. %2. %n communes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highest: %1 (%2); lowest: %3 (%4).</source>
        <translation>La plus élevée&#xa0;: %1 (%2)&#x202f;; la plus faible&#xa0;: %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n commune(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n commune</numerusform>
            <numerusform>%1&#xa0;: %n communes</numerusform>
        </translation>
    </message>
    <message>
        <source>Circles proportional to the value (area).</source>
        <translation>Cercles proportionnels à la valeur (surface).</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) without a value.</source>
        <translation>
            <numerusform>%n commune sans valeur.</numerusform>
            <numerusform>%n communes sans valeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>code;commune;value;low;high;class;state;method;year;source</source>
        <translation>code;commune;valeur;bas;haut;classe;état;méthode;année;source</translation>
    </message>
    <message>
        <source>%1; area computed from IGN contours</source>
        <translation>%1&#x202f;; superficie calculée sur les contours IGN</translation>
    </message>
</context>
<context>
    <name>CommuneRanking</name>
    <message>
        <source>Communes ranked by the ESS share of employer establishments</source>
        <translation>Communes classées selon la part de l&apos;ESS dans les établissements employeurs</translation>
    </message>
    <message>
        <source>Communes ranked by their number of ESS establishments</source>
        <translation>Communes classées selon leur nombre d&apos;établissements de l&apos;ESS</translation>
    </message>
    <message>
        <source>% of active employer establishments</source>
        <translation>% des établissements employeurs actifs</translation>
    </message>
    <message>
        <source>active ESS establishments</source>
        <translation>établissements actifs de l&apos;ESS</translation>
    </message>
    <message>
        <source>No SIRENE register figures for the communes of this territory: import the register (File menu) first.</source>
        <translation>Aucun chiffre du répertoire SIRENE pour les communes de ce territoire&#xa0;: importez d&apos;abord le répertoire (menu Fichier).</translation>
    </message>
    <message>
        <source>%1, SIRENE register, stock of %2 (estimated)</source>
        <translation>%1, répertoire SIRENE, stock du %2 (estimé)</translation>
    </message>
    <message>
        <source>%1 of %2 employer establishments</source>
        <translation>%1 sur %2 établissements employeurs</translation>
    </message>
    <message numerus="yes">
        <source>The %1 highest of %n communes.</source>
        <translation>
            <numerusform>Les %1 communes aux valeurs les plus élevées, sur %n commune.</numerusform>
            <numerusform>Les %1 communes aux valeurs les plus élevées, sur %n communes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) without any are not shown.</source>
        <translation>
            <numerusform>%n commune à valeur nulle n&apos;est pas affichée.</numerusform>
            <numerusform>%n communes à valeur nulle ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Communes with few employers can show large shares.</source>
        <translation>Les communes comptant peu d&apos;employeurs peuvent afficher des parts élevées.</translation>
    </message>
    <message>
        <source>Estimated from the register, convention %1: an application convention, not Insee&apos;s official ESS perimeter.</source>
        <translation>Estimé d&apos;après le répertoire, convention %1&#xa0;: une convention de l&apos;application, pas le périmètre officiel de l&apos;ESS de l&apos;Insee.</translation>
    </message>
    <message>
        <source>Source: %1 (Licence Ouverte 2.0), processed by the ESS dashboard</source>
        <translation>Source&#xa0;: %1 (Licence Ouverte 2.0), traitement par le tableau de bord ESS</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is encoded in UTF-16; expected a text table in UTF-8 or Windows-1252 (save it again as CSV UTF-8)</source>
        <translation>%1&#xa0;: le fichier est encodé en UTF-16&#x202f;; attendu&#xa0;: un tableau texte en UTF-8 ou Windows-1252 (enregistrez-le de nouveau au format CSV UTF-8)</translation>
    </message>
    <message>
        <source>%1: not a table: the file contains binary data (a NUL byte at offset %2); expected a CSV text file</source>
        <translation>%1&#xa0;: ce n&apos;est pas un tableau&#xa0;: le fichier contient des données binaires (un octet NUL à la position %2)&#x202f;; attendu&#xa0;: un fichier texte CSV</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a table: the file is empty; expected a header line and data lines</source>
        <translation>%1&#xa0;: ce n&apos;est pas un tableau&#xa0;: le fichier est vide&#x202f;; attendu&#xa0;: une ligne d&apos;en-tête et des lignes de données</translation>
    </message>
    <message>
        <source>%1: not a table: no column separator found in the first lines; expected columns separated by semicolons, commas or tabs</source>
        <translation>%1&#xa0;: ce n&apos;est pas un tableau&#xa0;: aucun séparateur de colonnes trouvé dans les premières lignes&#x202f;; attendu&#xa0;: des colonnes séparées par des points-virgules, des virgules ou des tabulations</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field opened on this line is never closed; the file looks truncated (expected a closing double quote)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un champ entre guillemets ouvert sur cette ligne n&apos;est jamais fermé&#x202f;; le fichier semble tronqué (attendu&#xa0;: un guillemet double fermant)</translation>
    </message>
    <message>
        <source>%1: line %2: a cell is longer than %3 MiB; expected cells of a statistics table (a quote left open, or not a table?)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: une cellule dépasse %3&#xa0;Mio&#x202f;; attendu&#xa0;: les cellules d&apos;un tableau statistique (un guillemet resté ouvert, ou pas un tableau&#x202f;?)</translation>
    </message>
    <message>
        <source>%1: line %2 has more than %3 cells; expected a table of at most %3 columns (the limit of spreadsheets)</source>
        <translation>%1&#xa0;: la ligne %2 a plus de %3 cellules&#x202f;; attendu&#xa0;: un tableau d&apos;au plus %3 colonnes (la limite des tableurs)</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>reference data</source>
        <translation>données de référence</translation>
    </message>
    <message>
        <source>imported table</source>
        <translation>tableau importé</translation>
    </message>
    <message>
        <source>typed figure</source>
        <translation>chiffre saisi</translation>
    </message>
    <message>
        <source>SIRENE register</source>
        <translation>répertoire SIRENE</translation>
    </message>
</context>
<context>
    <name>DatasetsCommand</name>
    <message>
        <source>Unknown format &quot;%1&quot;: expected json or text.</source>
        <translation>Format «&#x202f;%1&#x202f;» inconnu&#x202f;; attendu&#xa0;: json ou text.</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%3	%4	%n observation(s)	%5</source>
        <translation>
            <numerusform>%1	%2	%3	%4	%n observation	%5</numerusform>
            <numerusform>%1	%2	%3	%4	%n observations	%5</numerusform>
        </translation>
    </message>
    <message>
        <source>remove-dataset needs the dataset number (see &quot;ess-dashboard datasets&quot;).</source>
        <translation>remove-dataset attend le numéro du jeu de données (voir «&#x202f;ess-dashboard datasets&#x202f;»).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dataset number.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro de jeu de données.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Dataset %1 removed with its observations.</source>
        <translation>Jeu de données %1 supprimé avec ses observations.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Préréglages&#xa0;:</translation>
    </message>
    <message>
        <source> (PDF on an A4 landscape page, PNG at 300 dpi)</source>
        <translation> (PDF sur une page A4 paysage, PNG à 300 dpi)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing written (--strict).</source>
        <translation>
            <numerusform>%n problème relevé&#xa0;: rien n&apos;a été écrit (--strict).</numerusform>
            <numerusform>%n problèmes relevés&#xa0;: rien n&apos;a été écrit (--strict).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press kit written to %1: %n file(s).</source>
        <translation>
            <numerusform>Dossier de presse écrit dans %1&#xa0;: %n fichier.</numerusform>
            <numerusform>Dossier de presse écrit dans %1&#xa0;: %n fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>not drawn, no data: %1</source>
        <translation>non tracé, faute de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;; `ess-dashboard export --list` lists them.</source>
        <translation>Graphique «&#x202f;%1&#x202f;» inconnu&#x202f;; `ess-dashboard export --list` en donne la liste.</translation>
    </message>
    <message>
        <source>export --chart needs %1.</source>
        <translation>export --chart attend l&apos;option %1.</translation>
    </message>
    <message>
        <source>export --chart takes one --territory.</source>
        <translation>export --chart accepte une seule option --territory.</translation>
    </message>
    <message>
        <source>--format: expected png, svg or pdf, got &quot;%1&quot;.</source>
        <translation>--format «&#x202f;%1&#x202f;»&#xa0;: attendu&#xa0;: png, svg ou pdf.</translation>
    </message>
    <message>
        <source>Give either --preset or --width/--height/--scale, not both.</source>
        <translation>Indiquez soit --preset, soit --width/--height/--scale, pas les deux.</translation>
    </message>
    <message>
        <source>export --chart takes one --preset.</source>
        <translation>export --chart accepte une seule option --preset.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot; (social, square, slide, print).</source>
        <translation>Préréglage «&#x202f;%1&#x202f;» inconnu (social, square, slide, print).</translation>
    </message>
    <message>
        <source>--width and --height need positive numbers of pixels (--scale: 0 to 10).</source>
        <translation>--width et --height attendent des nombres de pixels positifs (--scale&#xa0;: de 0 à 10).</translation>
    </message>
    <message>
        <source>Chart written to %1.</source>
        <translation>Graphique enregistré dans %1.</translation>
    </message>
    <message>
        <source>export needs exactly one of --kit DIR, --chart ID or --list.</source>
        <translation>export attend exactement une option parmi --kit DOSSIER, --chart ID et --list.</translation>
    </message>
    <message>
        <source>--zip and --force belong to export --kit.</source>
        <translation>--zip et --force ne s&apos;emploient qu&apos;avec export --kit.</translation>
    </message>
    <message>
        <source>Map indicators (export --chart commune-map --indicator ID):</source>
        <translation>Indicateurs de la carte (export --chart commune-map --indicator ID)&#xa0;:</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Population density</source>
        <translation>Densité de population</translation>
    </message>
    <message>
        <source>and, after an import, MEASURE:SCOPE of the commune tables</source>
        <translation>et, après un import, MESURE:CHAMP des tableaux communaux</translation>
    </message>
    <message>
        <source>--indicator belongs to the commune-map chart.</source>
        <translation>--indicator ne s&apos;emploie qu&apos;avec le graphique commune-map.</translation>
    </message>
    <message>
        <source>Unknown map indicator &quot;%1&quot;; with these data: %2.</source>
        <translation>Indicateur de carte inconnu «&#xa0;%1&#xa0;»&#x202f;; avec ces données&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--byline: at most 80 characters (got %1).</source>
        <translation>--byline : au plus 80 caractères (reçu %1).</translation>
    </message>
    <message>
        <source>export --chart takes one --chart (several belong to --kit).</source>
        <translation>export --chart prend un seul --chart (plusieurs : avec --kit).</translation>
    </message>
    <message>
        <source>export --kit takes --territory, --preset, --chart, --logo, --byline, --zip, --force, --strict and --db only.</source>
        <translation>export --kit ne prend que --territory, --preset, --chart, --logo, --byline, --zip, --force, --strict et --db.</translation>
    </message>
</context>
<context>
    <name>FigureImport</name>
    <message>
        <source>A figure needs its source: give the title of the publication.</source>
        <translation>Un chiffre doit avoir sa source&#xa0;: indiquez le titre de la publication.</translation>
    </message>
    <message>
        <source>Unknown territory &quot;%1&quot;; expected a commune code (5 characters), an EPCI SIREN (9 digits), a typed code (COM:, EPCI:, ARR:, DEP:, REG:, FR) or the name of a known territory.</source>
        <translation>Territoire «&#x202f;%1&#x202f;» inconnu&#x202f;; attendu&#xa0;: un code de commune (5 caractères), un SIREN d&apos;EPCI (9 chiffres), un code typé (COM:, EPCI:, ARR:, DEP:, REG:, FR) ou le nom d&apos;un territoire connu.</translation>
    </message>
    <message>
        <source>The territory &quot;%1&quot; is ambiguous; expected a code instead, one of: %2</source>
        <translation>Le territoire «&#x202f;%1&#x202f;» est ambigu&#x202f;; attendu&#xa0;: un code à la place, parmi %2</translation>
    </message>
    <message>
        <source>A figure of unknown year needs its publication year (1900 to 2100).</source>
        <translation>Un chiffre d&apos;année inconnue doit avoir son année de publication (de 1900 à 2100).</translation>
    </message>
    <message>
        <source>The year %1 is out of range; expected a year from 1900 to 2100.</source>
        <translation>L&apos;année %1 est hors limites&#x202f;; attendu&#xa0;: une année de 1900 à 2100.</translation>
    </message>
    <message>
        <source>Unknown qualifier &quot;%1&quot;; expected one of: %2</source>
        <translation>Précision inconnue «&#x202f;%1&#x202f;»&#x202f;; attendu l&apos;une de&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown unit counted &quot;%1&quot;; expected one of: %2, or a ratio of two such as employees_per_structure</source>
        <translation>Unité comptée inconnue «&#x202f;%1&#x202f;»&#x202f;; attendu l&apos;une de&#xa0;: %2, ou un rapport de deux, par exemple employees_per_structure</translation>
    </message>
    <message>
        <source>Unknown measure &quot;%1&quot;; expected one of: %2</source>
        <translation>Mesure «&#x202f;%1&#x202f;» inconnue&#x202f;; attendu&#xa0;: une mesure parmi %2</translation>
    </message>
    <message>
        <source>Unknown scope &quot;%1&quot;; expected one of: %2</source>
        <translation>Champ «&#x202f;%1&#x202f;» inconnu&#x202f;; attendu&#xa0;: un champ parmi %2</translation>
    </message>
    <message>
        <source>Unknown sector &quot;%1&quot;; expected &quot;all&quot; or a NAF section letter A to U.</source>
        <translation>Secteur «&#x202f;%1&#x202f;» inconnu&#x202f;; attendu&#xa0;: «&#x202f;all&#x202f;» ou une lettre de section NAF de A à U.</translation>
    </message>
    <message>
        <source>A figure needs a value, or a low and a high bound.</source>
        <translation>Un chiffre doit avoir une valeur, ou une borne basse et une borne haute.</translation>
    </message>
    <message>
        <source>The value is not a finite number.</source>
        <translation>La valeur n&apos;est pas un nombre fini.</translation>
    </message>
    <message>
        <source>%1 is outside 0–100; expected a share in percent between 0 and 100 for %2.</source>
        <translation>%1 est hors de l&apos;intervalle 0–100&#x202f;; attendu&#xa0;: une part en pourcentage comprise entre 0 et 100 pour %2.</translation>
    </message>
    <message>
        <source>%1 is negative; expected a count of zero or more for %2.</source>
        <translation>%1 est négatif&#x202f;; attendu&#xa0;: un nombre supérieur ou égal à zéro pour %2.</translation>
    </message>
    <message>
        <source>The low bound is above the high bound.</source>
        <translation>La borne basse est supérieure à la borne haute.</translation>
    </message>
    <message>
        <source>The value lies outside its low and high bounds.</source>
        <translation>La valeur est en dehors de ses bornes basse et haute.</translation>
    </message>
</context>
<context>
    <name>FiguresCommand</name>
    <message>
        <source>Unknown format &quot;%1&quot;: expected json or csv.</source>
        <translation>Format «&#x202f;%1&#x202f;» inconnu&#x202f;; attendu&#xa0;: json ou csv.</translation>
    </message>
    <message>
        <source>territory;level;indicator;scope;year;published;value;low;high;qualifier;unit;unit counted;method;text;basis;perimeter;note;formula;check;sources;producer;disagreement;regional comparison</source>
        <translation>territoire;niveau;indicateur;périmètre;année;publié;valeur;bas;haut;précision;unité;unité comptée;méthode;texte;base;champ;note;formule;contrôle;sources;producteur;désaccord;comparaison régionale</translation>
    </message>
</context>
<context>
    <name>FileHash</name>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot compute the SHA-256 of %1.</source>
        <translation>Impossible de calculer le SHA-256 de %1.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>in %1</source>
        <translation>dans le territoire %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--header-row &quot;%1&quot;: expected a line number from 1.</source>
        <translation>--header-row «&#x202f;%1&#x202f;»&#xa0;: attendu&#xa0;: un numéro de ligne à partir de 1.</translation>
    </message>
    <message>
        <source>--year-column and --year exclude each other: give the column holding the years, or one year for the whole file.</source>
        <translation>--year-column et --year s&apos;excluent mutuellement&#xa0;: indiquez la colonne contenant les années, ou une seule année pour tout le fichier.</translation>
    </message>
    <message>
        <source>--year &quot;%1&quot;: expected a year from 1900 to 2100.</source>
        <translation>--year «&#x202f;%1&#x202f;»&#xa0;: attendu&#xa0;: une année de 1900 à 2100.</translation>
    </message>
    <message>
        <source>--map (one column per measure) and --measure-column/--value-column (one row per figure) exclude each other.</source>
        <translation>--map (une colonne par mesure) et --measure-column/--value-column (une ligne par chiffre) s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>--measure-column and --value-column go together: give both.</source>
        <translation>--measure-column et --value-column vont de pair&#xa0;: indiquez les deux.</translation>
    </message>
    <message>
        <source>import needs the file to read.</source>
        <translation>import attend le fichier à lire.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create the database %1; nothing was written.</source>
        <translation>Impossible de créer la base de données %1&#x202f;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>--unit-counted &quot;%1&quot;: expected MEASURE=UNIT, for example employees=posts.</source>
        <translation>--unit-counted «&#x202f;%1&#x202f;»&#xa0;: attendu MESURE=UNITÉ, par exemple employees=posts.</translation>
    </message>
    <message>
        <source>Import it again with --replace to load it anew.</source>
        <translation>Importez-le de nouveau avec --replace pour le recharger.</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source> (%1; %2 %)</source>
        <translation> (%1&#x202f;; %2&#x202f;%)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 %2 %3/%4/%5: %6 → %7%8</source>
        <translation>%1 %2 %3/%4/%5&#xa0;: %6 → %7%8</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compared with dataset %1, the previous vintage of this source: %2 changed, %3 new, %4 no longer given</source>
        <translation>Par rapport au jeu de données %1, millésime précédent de cette source&#xa0;: %2 modifié(s), %3 nouveau(x), %4 retiré(s)</translation>
    </message>
    <message>
        <source>  … and %1 more changes</source>
        <translation>  … modifications supplémentaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dataset %1 (same file) was replaced.</source>
        <translation>Le jeu de données %1 (même fichier) a été remplacé.</translation>
    </message>
    <message>
        <source>Imported as dataset %1: %2 observations written.</source>
        <translation>Importé comme jeu de données %1&#xa0;: %2 observations enregistrées.</translation>
    </message>
    <message>
        <source>Dry run: %1 observations would be written; the database was not changed.</source>
        <translation>Simulation&#xa0;: %1 observations seraient enregistrées&#x202f;; la base de données n&apos;a pas été modifiée.</translation>
    </message>
</context>
<context>
    <name>ImportPipeline</name>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>File: %1 (%2%3), header on line %4</source>
        <translation>Fichier&#xa0;: %1 (%2%3), en-tête à la ligne %4</translation>
    </message>
    <message>
        <source>, separator &quot;%1&quot;</source>
        <translation>, séparateur «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lignes lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Observations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Values missing (secrecy or not available): %1</source>
        <translation>Valeurs manquantes (secret statistique ou non disponible)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Empty cells: %1</source>
        <translation>Cellules vides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Repeated identical figures ignored: %1</source>
        <translation>Chiffres identiques répétés ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Line %1 skipped: %2</source>
        <translation>Ligne %1 ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… problèmes supplémentaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 problems: nothing was imported</source>
        <translation>Problèmes relevés&#xa0;: %1&#x202f;; rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Import cancelled: the database was not changed.</source>
        <translation>Import annulé&#xa0;: la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database refused the import, nothing was written: %1</source>
        <translation>La base de données a refusé l&apos;import, rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was already imported as dataset %2 (same SHA-256); nothing was written.</source>
        <translation>%1 a déjà été importé comme jeu de données %2 (même SHA-256)&#x202f;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ImportSireneCommand</name>
    <message>
        <source>SIRENE stock of %1 (date from the %2), convention %3</source>
        <translation>Stock SIRENE du %1 (date d&apos;après %2), convention %3</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>le nom du fichier</translation>
    </message>
    <message>
        <source>  %1: %2 bytes, %3 rows, SHA-256 %4</source>
        <translation>  %1&#xa0;: %2 octets, %3 lignes, SHA-256 %4</translation>
    </message>
    <message>
        <source>%1: %2 active establishments, %3 ESS; %4 employers, %5 ESS; ESS employees %6 / %7 / %8 (low / mid / high)</source>
        <translation>%1&#xa0;: %2 établissements actifs, dont %3 de l&apos;ESS&#x202f;; %4 employeurs, dont %5 de l&apos;ESS&#x202f;; salariés de l&apos;ESS %6 / %7 / %8 (bas / central / haut)</translation>
    </message>
    <message>
        <source>All territories</source>
        <translation>Tous les territoires</translation>
    </message>
    <message>
        <source>Cannot find the default ESS classification %1</source>
        <translation>Impossible de trouver la classification ESS par défaut %1</translation>
    </message>
    <message numerus="yes">
        <source>Stored dataset %1: %n estimated figure(s) (stock of %2, convention %3).</source>
        <translation>
            <numerusform>Jeu de données %1 enregistré&#xa0;: %n chiffre estimé (stock du %2, convention %3).</numerusform>
            <numerusform>Jeu de données %1 enregistré&#xa0;: %n chiffres estimés (stock du %2, convention %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaced dataset %1.</source>
        <translation>Jeu de données %1 remplacé.</translation>
    </message>
    <message>
        <source>--stock-date option</source>
        <translation>option --stock-date</translation>
    </message>
    <message>
        <source>file modification time, uncertain</source>
        <translation>date de modification des fichiers, incertaine</translation>
    </message>
    <message>
        <source>Usage: import-sirene --unites-legales FILE --etablissements FILE [--stock-date YYYY-MM-DD] [--territory CODE]... [--classification FILE] [--json] [--dry-run] [--replace] [--db PATH]</source>
        <translation>Usage&#xa0;: import-sirene --unites-legales FICHIER --etablissements FICHIER [--stock-date AAAA-MM-JJ] [--territory CODE]... [--classification FICHIER] [--json] [--dry-run] [--replace] [--db CHEMIN]</translation>
    </message>
    <message>
        <source>--stock-date &quot;%1&quot;: expected a date written YYYY-MM-DD, for example 2026-10-01.</source>
        <translation>--stock-date «&#x202f;%1&#x202f;»&#xa0;: attendu une date écrite AAAA-MM-JJ, par exemple 2026-10-01.</translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>No territory column; expected the header text or #N of the column holding territory codes or names</source>
        <translation>Aucune colonne de territoire&#x202f;; attendu&#xa0;: le texte d&apos;en-tête ou le #N de la colonne contenant les codes ou les noms des territoires</translation>
    </message>
    <message>
        <source>No year; expected a year column or a fixed year</source>
        <translation>Aucune année&#x202f;; attendu&#xa0;: une colonne d&apos;année ou une année fixe</translation>
    </message>
    <message>
        <source>Both a year column and a fixed year; expected only one of them</source>
        <translation>Une colonne d&apos;année et une année fixe à la fois&#x202f;; attendu&#xa0;: l&apos;une ou l&apos;autre seulement</translation>
    </message>
    <message>
        <source>Year %1; expected a year between 1900 and 2100</source>
        <translation>Année %1&#x202f;; attendu&#xa0;: une année comprise entre 1900 et 2100</translation>
    </message>
    <message>
        <source>No values to read; expected --map COLUMN=MEASURE[:SCOPE[:SECTOR]] mappings, or a measure column and a value column</source>
        <translation>Aucune valeur à lire&#x202f;; attendu&#xa0;: des correspondances --map COLONNE=MESURE[:CHAMP[:SECTEUR]], ou une colonne de mesure et une colonne de valeur</translation>
    </message>
    <message>
        <source>Both mappings and a value column; expected a wide layout (mappings) or a long layout (measure and value columns), not both</source>
        <translation>Des correspondances et une colonne de valeur à la fois&#x202f;; attendu&#xa0;: une disposition large (correspondances) ou une disposition longue (colonnes de mesure et de valeur), pas les deux</translation>
    </message>
    <message>
        <source>%1: cannot write the profile: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le profil&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the profile: %2</source>
        <translation>%1&#xa0;: impossible de lire le profil&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a profile: %2 at offset %3; expected a JSON object</source>
        <translation>%1&#xa0;: ce n&apos;est pas un profil&#xa0;: %2 à la position %3&#x202f;; attendu&#xa0;: un objet JSON</translation>
    </message>
    <message>
        <source>Unit counted &quot;%1=%2&quot;: expected MEASURE=UNIT with a known measure and one of: %3, or a ratio such as employees_per_structure</source>
        <translation>Unité comptée «&#x202f;%1=%2&#x202f;»&#xa0;: attendu MESURE=UNITÉ avec une mesure connue et l&apos;une de&#xa0;: %3, ou un rapport, par exemple employees_per_structure</translation>
    </message>
    <message>
        <source>%1: unknown measure &quot;%2&quot;; expected one of: %3</source>
        <translation>%1&#xa0;: mesure «&#x202f;%2&#x202f;» inconnue&#x202f;; attendu&#xa0;: une mesure parmi %3</translation>
    </message>
    <message>
        <source>%1: unknown scope &quot;%2&quot;; expected one of: %3</source>
        <translation>%1&#xa0;: champ «&#x202f;%2&#x202f;» inconnu&#x202f;; attendu&#xa0;: un champ parmi %3</translation>
    </message>
    <message>
        <source>%1: unknown sector &quot;%2&quot;; expected &quot;all&quot; or a NAF section letter A to U</source>
        <translation>%1&#xa0;: secteur «&#x202f;%2&#x202f;» inconnu&#x202f;; attendu&#xa0;: «&#x202f;all&#x202f;» ou une lettre de section NAF de A à U</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: expected COLUMN=MEASURE[:SCOPE[:SECTOR]], for example &quot;Effectifs ESS=employees:ess&quot; or &quot;#3=employees&quot;</source>
        <translation>--map «&#x202f;%1&#x202f;»&#xa0;: attendu&#xa0;: COLONNE=MESURE[:CHAMP[:SECTEUR]], par exemple «&#x202f;Effectifs ESS=employees:ess&#x202f;» ou «&#x202f;#3=employees&#x202f;»</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>ESS jobs / all salaried jobs</source>
        <translation>emplois de l&apos;ESS / ensemble des emplois salariés</translation>
    </message>
    <message>
        <source>ESS establishments / all establishments</source>
        <translation>établissements de l&apos;ESS / ensemble des établissements</translation>
    </message>
    <message>
        <source>employees per employer organisation (legal unit)</source>
        <translation>salariés par organisation employeuse (unité légale)</translation>
    </message>
    <message>
        <source>family jobs / all ESS jobs</source>
        <translation>emplois de la famille / ensemble des emplois de l&apos;ESS</translation>
    </message>
    <message>
        <source>family establishments / all ESS establishments</source>
        <translation>établissements de la famille / ensemble des établissements de l&apos;ESS</translation>
    </message>
    <message>
        <source>Sources disagree: %1</source>
        <translation>Les sources divergent&#xa0;: %1</translation>
    </message>
    <message>
        <source>computed: %1 (%2)</source>
        <translation>calculé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>employees per establishment</source>
        <translation>salariés par établissement</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>inspect needs the file to read.</source>
        <translation>inspect attend le fichier à lire.</translation>
    </message>
    <message>
        <source>--header-row &quot;%1&quot;: expected a line number from 1.</source>
        <translation>--header-row «&#x202f;%1&#x202f;»&#xa0;: attendu&#xa0;: un numéro de ligne à partir de 1.</translation>
    </message>
    <message>
        <source>--rows &quot;%1&quot;: expected a number of rows from 0.</source>
        <translation>--rows «&#x202f;%1&#x202f;»&#xa0;: attendu&#xa0;: un nombre de lignes à partir de 0.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1&#x202f;km</translation>
    </message>
    <message>
        <source>Circle area proportional to the value</source>
        <translation>Surface des cercles proportionnelle à la valeur</translation>
    </message>
    <message>
        <source>%1 (selected)</source>
        <translation>%1 (sélectionnée)</translation>
    </message>
    <message>
        <source>EPCI boundary</source>
        <translation>Limite d&apos;EPCI</translation>
    </message>
</context>
<context>
    <name>PreExportCheck</name>
    <message>
        <source>(unnamed chart)</source>
        <translation>(graphique sans nom)</translation>
    </message>
    <message>
        <source>%1: the chart has no title.</source>
        <translation>%1&#xa0;: le graphique n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>%1: the chart has no source line.</source>
        <translation>%1&#xa0;: le graphique n&apos;a pas de ligne de source.</translation>
    </message>
    <message>
        <source>%1: no year is given for the figures.</source>
        <translation>%1&#xa0;: aucune année n&apos;est indiquée pour les chiffres.</translation>
    </message>
    <message>
        <source>%1: the unit of the values is missing.</source>
        <translation>%1&#xa0;: l&apos;unité des valeurs est absente.</translation>
    </message>
    <message>
        <source>%1: the smallest text is %2 px high at %3 × %4 px; use at least 12 px (a larger scale or size).</source>
        <translation>%1&#xa0;: le plus petit texte mesure %2&#xa0;px de haut en %3 × %4&#xa0;px&#x202f;; utilisez au moins 12&#xa0;px (une échelle ou une taille plus grande).</translation>
    </message>
    <message>
        <source>%1: the smallest text is %2 pt on the page; use at least 7 pt (a larger size).</source>
        <translation>%1&#xa0;: le plus petit texte mesure %2&#xa0;pt sur la page&#x202f;; utilisez au moins 7&#xa0;pt (une taille plus grande).</translation>
    </message>
    <message>
        <source>%1: colours %2 and %3 are too close for colour-blind readers (difference %4, at least %5 needed).</source>
        <translation>%1&#xa0;: les couleurs %2 et %3 sont trop proches pour les personnes daltoniennes (écart %4, il faut au moins %5).</translation>
    </message>
    <message>
        <source>%1: a source or detail is shortened (&quot;%2&quot;); write it in full.</source>
        <translation>%1&#xa0;: une source ou un détail est tronqué («&#x202f;%2&#x202f;»)&#x202f;; écrivez-le en entier.</translation>
    </message>
    <message>
        <source>%1: the value %2 (%3) is %4 but the chart does not say so next to it.</source>
        <translation>%1&#xa0;: la valeur %2 (%3) est %4 mais le graphique ne le dit pas à côté.</translation>
    </message>
    <message>
        <source>%1: the smallest text is %2 px, %3 of the width; this size needs at least %4 px (%5).</source>
        <translation>%1&#xa0;: le plus petit texte mesure %2&#xa0;px, soit %3 de la largeur&#x202f;; ce format demande au moins %4&#xa0;px (%5).</translation>
    </message>
</context>
<context>
    <name>PressKit</name>
    <message>
        <source>No folder given for the press kit.</source>
        <translation>Aucun dossier n&apos;a été indiqué pour le dossier de presse.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot; (social, square, slide, print).</source>
        <translation>Préréglage «&#x202f;%1&#x202f;» inconnu (social, square, slide, print).</translation>
    </message>
    <message>
        <source>Unknown territory &quot;%1&quot;.</source>
        <translation>Territoire «&#x202f;%1&#x202f;» inconnu.</translation>
    </message>
    <message>
        <source>The folder %1 exists and is not empty: choose another one or allow overwriting (--force).</source>
        <translation>Le dossier %1 existe et n&apos;est pas vide&#xa0;: choisissez-en un autre ou autorisez l&apos;écrasement (--force).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Refusing to write outside the kit folder: %1</source>
        <translation>Refus d&apos;écrire hors du dossier de presse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Press kit cancelled.</source>
        <translation>Création du dossier de presse annulée.</translation>
    </message>
    <message>
        <source>Fact sheet of %1</source>
        <translation>Fiche territoire %1</translation>
    </message>
    <message>
        <source>Methodology note</source>
        <translation>Note méthodologique</translation>
    </message>
    <message>
        <source>Fact sheet · %1 · edition of %2</source>
        <translation>Fiche territoire · %1 · édition du %2</translation>
    </message>
    <message>
        <source>of salaried jobs</source>
        <translation>des emplois salariés</translation>
    </message>
    <message>
        <source>of establishments</source>
        <translation>des établissements</translation>
    </message>
    <message>
        <source>employees per ESS structure</source>
        <translation>salariés par structure de l&apos;ESS</translation>
    </message>
    <message>
        <source>%1: not available</source>
        <translation>%1&#xa0;: non disponible</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Method, licences and disagreements between sources: methodologie.md in this press kit.</source>
        <translation>Méthode, licences et désaccords entre sources&#xa0;: methodologie.md dans ce dossier de presse.</translation>
    </message>
    <message>
        <source>Key figures, charts and sources of the social and solidarity economy in %1</source>
        <translation>Chiffres clés, graphiques et sources de l&apos;économie sociale et solidaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>fact sheet</source>
        <translation>fiche territoire</translation>
    </message>
    <message>
        <source>Press kit on the social and solidarity economy (ESS): %1. Edition of %2, by %3.</source>
        <translation>Dossier de presse sur l&apos;économie sociale et solidaire (ESS)&#xa0;: %1. Édition du %2, par %3.</translation>
    </message>
    <message>
        <source>ESS perimeter and families</source>
        <translation>Périmètre et familles de l&apos;ESS</translation>
    </message>
    <message>
        <source>Licence: %1.</source>
        <translation>Licence&#xa0;: %1.</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>Published, computed, estimated</source>
        <translation>Publié, calculé, estimé</translation>
    </message>
    <message>
        <source>the figure as the source prints it (a published range such as &quot;8–9 %&quot; stays a range).</source>
        <translation>le chiffre tel que la source l&apos;imprime (une fourchette publiée comme «&#x202f;8–9&#x202f;%&#x202f;» reste une fourchette).</translation>
    </message>
    <message>
        <source>estimated with bounds (low–high) when a source gives only size bands.</source>
        <translation>estimé avec des bornes (basse–haute) quand une source ne donne que des tranches d&apos;effectif.</translation>
    </message>
    <message>
        <source>Where sources disagree</source>
        <translation>Quand les sources divergent</translation>
    </message>
    <message>
        <source>No disagreement above the thresholds (10 % relative, 1 point for shares) between sources for the same year.</source>
        <translation>Aucun désaccord au-delà des seuils (10&#x202f;% en relatif, 1 point pour les parts) entre sources pour une même année.</translation>
    </message>
    <message>
        <source>Spread: %1%2pt.</source>
        <translation>Écart&#xa0;: %1%2pt.</translation>
    </message>
    <message>
        <source>Spread: %1 to %2.</source>
        <translation>Écart&#xa0;: de %1 à %2.</translation>
    </message>
    <message>
        <source>The same indicator from several sources, all years:</source>
        <translation>Le même indicateur selon plusieurs sources, toutes années confondues&#xa0;:</translation>
    </message>
    <message>
        <source>The &quot;sources-compared&quot; chart, when present, shows the same indicator from each source side by side. Local figures (CAVM, CAPH) come from few sources, often press relays whose reference year is not stated: they are labelled so.</source>
        <translation>Le graphique «&#x202f;sources-compared&#x202f;», quand il est présent, montre le même indicateur selon chaque source, côte à côte. Les chiffres locaux (CAVM, CAPH) proviennent de peu de sources, souvent des relais de presse dont l&apos;année de référence n&apos;est pas précisée&#xa0;: ils sont signalés comme tels.</translation>
    </message>
    <message>
        <source>Reproducibility</source>
        <translation>Reproductibilité</translation>
    </message>
    <message>
        <source>Every file of this kit is produced by `ess-dashboard export --kit`; with the same database and options, and SOURCE_DATE_EPOCH set, two runs give identical bytes.</source>
        <translation>Chaque fichier de ce dossier est produit par `ess-dashboard export --kit`&#x202f;; avec la même base de données, les mêmes options et SOURCE_DATE_EPOCH défini, deux exécutions donnent des fichiers identiques à l&apos;octet près.</translation>
    </message>
    <message>
        <source>ESS press kit</source>
        <translation>Dossier de presse ESS</translation>
    </message>
    <message>
        <source>Edition of %1, by %2. Made with the ESS dashboard.</source>
        <translation>Édition du %1, par %2. Réalisé avec le tableau de bord ESS.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>data of the chart</source>
        <translation>données du graphique</translation>
    </message>
    <message>
        <source>alternative text</source>
        <translation>texte alternatif</translation>
    </message>
    <message>
        <source>methodology note</source>
        <translation>note méthodologique</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>ce fichier</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <source>Not drawn, for lack of data: %1.</source>
        <translation>Non tracés, faute de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>Figures: the sources listed in methodologie.md, quoted with attribution; each chart carries its source line.</source>
        <translation>Chiffres&#xa0;: les sources listées dans methodologie.md, citées avec mention de leur auteur&#x202f;; chaque graphique porte sa ligne de source.</translation>
    </message>
    <message>
        <source>Territories: Insee (COG 2026, legal populations 2023), DGCL; Licence Ouverte / Etalab 2.0.</source>
        <translation>Territoires&#xa0;: Insee (COG 2026, populations légales 2023), DGCL&#x202f;; Licence Ouverte / Etalab 2.0.</translation>
    </message>
    <message>
        <source>Charts and texts: %1, with the ESS dashboard (GNU GPL 3 or later).</source>
        <translation>Graphiques et textes&#xa0;: %1, avec le tableau de bord ESS (GNU GPL 3 ou ultérieure).</translation>
    </message>
    <message>
        <source>Font: Lato, by Łukasz Dziedzic (SIL Open Font Licence 1.1), embedded in the PDF files; the SVG files name it.</source>
        <translation>Police&#xa0;: Lato, par Łukasz Dziedzic (SIL Open Font Licence 1.1), incorporée dans les fichiers PDF&#x202f;; les fichiers SVG la nomment.</translation>
    </message>
    <message>
        <source>Colours: Okabe–Ito palette, safe for colour-blind readers.</source>
        <translation>Couleurs&#xa0;: palette Okabe–Ito, lisible par les personnes daltoniennes.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the ZIP file.</source>
        <translation>Impossible d&apos;ajouter %1 au fichier ZIP.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link: the press kit is never written through a link. Give the real folder.</source>
        <translation>%1 est un lien symbolique&#xa0;: le dossier de presse n&apos;est jamais écrit à travers un lien. Indiquez le dossier réel.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or not a folder: the press kit is not written through it.</source>
        <translation>%1 est un lien symbolique ou n&apos;est pas un dossier&#xa0;: le dossier de presse n&apos;est pas écrit à travers lui.</translation>
    </message>
    <message>
        <source>The press kit is written, but %1 stayed in %2: %3</source>
        <translation>Le dossier de presse est écrit, mais %1 est resté dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The ESS %1: fact sheet</source>
        <comment>%1: the territory with its preposition (in Nord)</comment>
        <translation>L&apos;ESS %1&#xa0;: fiche territoire</translation>
    </message>
    <message>
        <source>The ESS %1</source>
        <comment>%1: the territory with its preposition (in Nord)</comment>
        <translation>L&apos;ESS %1</translation>
    </message>
    <message>
        <source>© %1 %2. Figures: %3</source>
        <translation>© %1 %2. Chiffres&#xa0;: %3</translation>
    </message>
    <message>
        <source>charts that are the same for every territory of this kit, drawn from the figures of a wider level (%1) because the territories have none of their own; the file name ends with that level.</source>
        <translation>les graphiques identiques pour tous les territoires de ce dossier, tracés avec les chiffres d&apos;un niveau plus large (%1) faute de chiffres propres aux territoires&#x202f;; le nom du fichier se termine par ce niveau.</translation>
    </message>
    <message>
        <source>Where things are:</source>
        <translation>Où trouver quoi&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Level: %1 (no figure of its own for %2)</source>
        <translation>Niveau&#xa0;: %1 (pas de chiffre propre pour %2)</translation>
    </message>
    <message>
        <source>Beside it, %1 (%2)</source>
        <translation>À titre de comparaison, %1 (%2)</translation>
    </message>
    <message>
        <source>The ESS is defined by the law of 31 July 2014: associations, cooperatives, mutual societies and foundations, plus commercial companies that follow its principles. The charts break ESS jobs into these four families: %1. Each source uses its own perimeter (Insee&apos;s &quot;social economy&quot; counted four families up to the 2017 data and counts five since the 2018 data, adding &quot;other private non-profit organisations&quot;; it does not count the ESS commercial companies; regional observatories add some companies; some local figures do not state theirs), so figures from different sources are never added together.</source>
        <translation>L&apos;ESS est définie par la loi du 31 juillet 2014&#xa0;: associations, coopératives, mutuelles et fondations, ainsi que les sociétés commerciales qui suivent ses principes. Les graphiques répartissent les emplois de l&apos;ESS entre ces quatre familles&#xa0;: %1. Chaque source a son propre périmètre («&#x202f;économie sociale&#x202f;» de l&apos;Insee&#xa0;: quatre familles jusqu&apos;aux données 2017, cinq depuis les données 2018, avec les «&#x202f;autres organismes privés à but non lucratif&#x202f;»&#x202f;; elle ne compte pas les sociétés commerciales de l&apos;ESS&#x202f;; les observatoires régionaux ajoutent certaines entreprises&#x202f;; certains chiffres locaux ne précisent pas le leur)&#x202f;; les chiffres de sources différentes ne sont donc jamais additionnés.</translation>
    </message>
    <message>
        <source>%1 (title reconstructed)</source>
        <translation>%1 (titre reconstitué)</translation>
    </message>
    <message>
        <source>%1, date inferred</source>
        <translation>%1, date déduite</translation>
    </message>
    <message>
        <source>%1, via %2</source>
        <translation>%1, via %2</translation>
    </message>
    <message>
        <source>computed by the dashboard from two counts of the same source, territory and data year whose counting units are stated and compatible, e.g. ESS share of jobs = 100 × ESS employees / all employees. Counts of unstated unit (&quot;emplois&quot;, &quot;structures&quot;) or unstated year give nothing. A published value always wins over a computed one; a value computed from rounded counts is rounded (&quot;environ&quot;).</source>
        <translation>calculé par le tableau de bord à partir de deux effectifs de la même source, du même territoire et de la même année de données, dont les unités de compte sont précisées et compatibles, par exemple part de l&apos;ESS dans l&apos;emploi = 100 × salariés de l&apos;ESS / ensemble des salariés. Des effectifs d&apos;unité non précisée («&#x202f;emplois&#x202f;», «&#x202f;structures&#x202f;») ou d&apos;année non précisée ne donnent rien. Une valeur publiée l&apos;emporte toujours sur une valeur calculée&#x202f;; une valeur calculée à partir d&apos;effectifs arrondis est arrondie («&#x202f;environ&#x202f;»).</translation>
    </message>
    <message>
        <source>Each chart says which of the three a value is, in its CSV file (column &quot;method&quot;) and next to each computed or estimated value in the image. Every figure is given with the unit its source counts (posts, employees, jobs, establishments, structures…), its precision (&quot;environ&quot;, &quot;plus de&quot;) and its data year, or &quot;published in …, data year not stated&quot; when the source does not give it. A figure of a larger area names that area; the regional value is given beside a local one that differs from it by more than 30 %, saying when the units differ.</source>
        <translation>Chaque graphique dit de laquelle des trois il s&apos;agit, dans son fichier CSV (colonne «&#x202f;méthode&#x202f;») et à côté de chaque valeur calculée ou estimée dans l&apos;image. Chaque chiffre est donné avec l&apos;unité que compte sa source (postes, salariés, emplois, établissements, structures…), sa précision («&#x202f;environ&#x202f;», «&#x202f;plus de&#x202f;») et l&apos;année de ses données, ou «&#x202f;publié en…, année des données non précisée&#x202f;» quand la source ne la donne pas. Un chiffre d&apos;un territoire plus large nomme ce territoire&#x202f;; la valeur régionale est donnée à côté d&apos;un chiffre local qui s&apos;en écarte de plus de 30&#x202f;%, en disant quand les unités diffèrent.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Files written by ess-dashboard export --kit; --force removes only these (when a new kit does not write them again).</source>
        <translation>Fichiers écrits par ess-dashboard export --kit ; --force ne supprime que ceux-ci (quand un nouveau dossier ne les réécrit pas).</translation>
    </message>
    <message>
        <source>The press kit lacks %1.</source>
        <translation>Il manque %1 au dossier de presse.</translation>
    </message>
    <message>
        <source>For each chart: PNG, SVG and PDF at each format (%1; the file name ends with the format), the data as CSV (&quot;;&quot;, decimal comma, UTF-8 with BOM) and an alternative text (.alt.txt). fiche-territoire.pdf is a one-page fact sheet of the territory.</source>
        <translation>Pour chaque graphique : PNG, SVG et PDF à chaque format (%1 ; le nom du fichier finit par le format), les données en CSV (« ; », virgule décimale, UTF-8 avec BOM) et un texte alternatif (.alt.txt). fiche-territoire.pdf est la fiche d’une page du territoire.</translation>
    </message>
    <message>
        <source>File names are stable from one edition to the next: folder, chart, format (%1).</source>
        <translation>Les noms de fichiers restent les mêmes d’une édition à l’autre : dossier, graphique, format (%1).</translation>
    </message>
    <message>
        <source>list of the files of this kit (a new kit written here with --force removes those it does not write again, nothing else)</source>
        <translation>liste des fichiers de ce dossier (un nouveau dossier écrit ici avec --force supprime ceux qu’il ne réécrit pas, rien d’autre)</translation>
    </message>
    <message>
        <source>every file of this kit in one archive</source>
        <translation>tous les fichiers de ce dossier en une archive</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Cannot read the reference file %1: %2</source>
        <translation>Impossible de lire le fichier de référence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The reference file %1 is not valid JSON (offset %2): %3</source>
        <translation>Le fichier de référence %1 n&apos;est pas un JSON valide (position %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>manifest.json has no positive &quot;version&quot;.</source>
        <translation>manifest.json n&apos;a pas de champ «&#x202f;version&#x202f;» positif.</translation>
    </message>
    <message>
        <source>territories.json: territory &quot;%1&quot; has no code or an unknown kind.</source>
        <translation>territories.json&#xa0;: le territoire «&#x202f;%1&#x202f;» n&apos;a pas de code ou est d&apos;un type inconnu.</translation>
    </message>
    <message>
        <source>territories.json: the parent %1 of %2 must come before it.</source>
        <translation>territories.json&#xa0;: le parent %1 de %2 doit figurer avant lui.</translation>
    </message>
    <message>
        <source>sources.json: every source needs a key and a title.</source>
        <translation>sources.json&#xa0;: chaque source doit avoir une clé et un titre.</translation>
    </message>
    <message>
        <source>figures.json, figure %1 (%2, %3): %4</source>
        <translation>figures.json, chiffre %1 (%2, %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>unknown territory</source>
        <translation>territoire inconnu</translation>
    </message>
    <message>
        <source>unknown measure, scope or sector</source>
        <translation>mesure, champ ou secteur inconnu</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>source «&#x202f;%1&#x202f;» inconnue</translation>
    </message>
    <message>
        <source>year out of range</source>
        <translation>année hors limites</translation>
    </message>
    <message>
        <source>neither a value nor a range</source>
        <translation>ni valeur ni fourchette</translation>
    </message>
    <message>
        <source>a figure of unknown year needs its publication year</source>
        <translation>un chiffre d&apos;année inconnue doit avoir son année de publication</translation>
    </message>
    <message>
        <source>unknown qualifier &quot;%1&quot;</source>
        <translation>précision inconnue «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>unknown unit counted &quot;%1&quot;</source>
        <translation>unité comptée inconnue «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>manifest.json: &quot;defaults&quot; needs a territory, an area, a reference among its references, featured and compared territories (codes of territories.json) and a byline.</source>
        <translation>manifest.json&#xa0;: «&#xa0;defaults&#xa0;» doit donner un territoire, une zone d’étude, une référence parmi ses références, des territoires mis en avant et comparés (codes de territories.json) et une signature.</translation>
    </message>
</context>
<context>
    <name>RegisterEstimateLine</name>
    <message>
        <source>%1 of employer establishments</source>
        <translation>%1 des établissements employeurs</translation>
    </message>
    <message>
        <source>%1 of salaried jobs</source>
        <translation>%1 des emplois salariés</translation>
    </message>
    <message>
        <source>%1 of salaried jobs (range %2)</source>
        <translation>%1 des emplois salariés (fourchette %2)</translation>
    </message>
    <message>
        <source>%1 employees per employer ESS establishment</source>
        <translation>%1 salariés par établissement employeur de l&apos;ESS</translation>
    </message>
    <message>
        <source>%1 employees per employer ESS establishment (range %2)</source>
        <translation>%1 salariés par établissement employeur de l&apos;ESS (fourchette %2)</translation>
    </message>
    <message>
        <source>SIRENE register (estimated, stock of %1, date uncertain, %2):</source>
        <translation>Répertoire SIRENE (estimé, stock du %1, date incertaine, %2)&#xa0;:</translation>
    </message>
    <message>
        <source>SIRENE register (estimated, stock of %1, %2):</source>
        <translation>Répertoire SIRENE (estimé, stock du %1, %2)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the disk is full (no space left on the device)</source>
        <translation>le disque est plein (plus d&apos;espace libre sur le périphérique)</translation>
    </message>
    <message>
        <source>your disk quota is exhausted</source>
        <translation>votre quota de disque est épuisé</translation>
    </message>
    <message>
        <source>the file would exceed the maximum file size allowed</source>
        <translation>le fichier dépasserait la taille maximale de fichier autorisée</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>le système de fichiers est en lecture seule</translation>
    </message>
    <message>
        <source>the path is a symbolic link, which is refused</source>
        <translation>le chemin est un lien symbolique, ce qui est refusé</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier inexistant</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>something already exists there</source>
        <translation>quelque chose existe déjà à cet emplacement</translation>
    </message>
    <message>
        <source>input/output error (damaged disk or medium)</source>
        <translation>erreur d&apos;entrée/sortie (disque ou support endommagé)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>system error %1 (%2)</source>
        <translation>erreur système %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a symbolic link, which exports never follow. Remove the link or choose another name.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: c&apos;est un lien symbolique, que les exports ne suivent jamais. Supprimez le lien ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1</source>
        <translation>Impossible de régler les permissions de %1</translation>
    </message>
    <message>
        <source>Cannot move %1 aside</source>
        <translation>Impossible de mettre %1 de côté</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Impossible de remplacer %1</translation>
    </message>
    <message>
        <source>Cannot rename %1</source>
        <translation>Impossible de renommer %1</translation>
    </message>
</context>
<context>
    <name>SireneImport</name>
    <message>
        <source>%1 is not a commune: a comma-separated list may only hold commune codes.</source>
        <translation>%1 n&apos;est pas une commune&#xa0;: une liste séparée par des virgules ne peut contenir que des codes de commune.</translation>
    </message>
    <message>
        <source>%1 is larger than the territories the register figures are computed for: choose communes, an EPCI or ARR:596.</source>
        <translation>%1 est plus vaste que les territoires pour lesquels les chiffres du répertoire sont calculés&#xa0;: choisissez des communes, un EPCI ou ARR:596.</translation>
    </message>
    <message>
        <source>The territory %1 has no commune in the database.</source>
        <translation>Le territoire %1 ne compte aucune commune dans la base de données.</translation>
    </message>
    <message>
        <source>No territory was given.</source>
        <translation>Aucun territoire n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>These two SIRENE files were already imported (dataset %1): nothing was written. Replace that dataset to import them again.</source>
        <translation>Ces deux fichiers SIRENE ont déjà été importés (jeu de données %1)&#xa0;: rien n&apos;a été écrit. Remplacez ce jeu de données pour les importer de nouveau.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>the application&apos;s ESS convention, version %1</source>
        <translation>convention ESS de l&apos;application, version %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read.</source>
        <translation>La base de données %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable ESS dashboard database: %2</source>
        <translation>%1 n&apos;est pas une base de données lisible du tableau de bord ESS&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of the application (schema %2, this version knows up to %3). It was left unchanged.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de l&apos;application (schéma %2&#x202f;; cette version connaît les schémas jusqu&apos;au %3). Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application; it was left unchanged.</source>
        <translation>%1 est une base de données SQLite d&apos;une autre application&#x202f;; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation>Impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>A schema migration failed</source>
        <translation>Une migration du schéma a échoué</translation>
    </message>
    <message>
        <source>Cannot write settings to the database</source>
        <translation>Impossible d&apos;écrire les paramètres dans la base de données</translation>
    </message>
    <message>
        <source>Cannot read the territories</source>
        <translation>Impossible de lire les territoires</translation>
    </message>
    <message>
        <source>Cannot read the sources</source>
        <translation>Impossible de lire les sources</translation>
    </message>
    <message>
        <source>Cannot read the datasets</source>
        <translation>Impossible de lire les jeux de données</translation>
    </message>
    <message>
        <source>Cannot read the observations</source>
        <translation>Impossible de lire les observations</translation>
    </message>
    <message>
        <source>Cannot write a source</source>
        <translation>Impossible d&apos;écrire une source</translation>
    </message>
    <message>
        <source>Cannot record the dataset</source>
        <translation>Impossible d&apos;enregistrer le jeu de données</translation>
    </message>
    <message>
        <source>The SQLite driver handle is unavailable.</source>
        <translation>Le descripteur du pilote SQLite n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Cannot prepare the insertion: %1</source>
        <translation>Impossible de préparer l&apos;insertion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the observation for %1, %2 (%3): %4</source>
        <translation>Impossible d&apos;écrire l&apos;observation pour %1, %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Cannot commit the import</source>
        <translation>Impossible de valider l&apos;import</translation>
    </message>
    <message>
        <source>There is no dataset %1.</source>
        <translation>Il n&apos;existe pas de jeu de données %1.</translation>
    </message>
    <message>
        <source>Dataset %1 is the embedded reference data; it cannot be removed.</source>
        <translation>Le jeu de données %1 contient les données de référence intégrées&#x202f;; il ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Cannot remove the dataset</source>
        <translation>Impossible de supprimer le jeu de données</translation>
    </message>
    <message>
        <source>Cannot write the territories</source>
        <translation>Impossible d&apos;écrire les territoires</translation>
    </message>
    <message>
        <source>Cannot replace the reference data</source>
        <translation>Impossible de remplacer les données de référence</translation>
    </message>
    <message>
        <source>Embedded reference data, version %1</source>
        <translation>Données de référence intégrées, version %1</translation>
    </message>
    <message>
        <source>Cannot finish writing the database</source>
        <translation>Impossible de terminer l&apos;écriture de la base de données</translation>
    </message>
    <message>
        <source>Cannot prepare the bulk import</source>
        <translation>Impossible de préparer l&apos;import en masse</translation>
    </message>
    <message>
        <source>Cannot index the imported observations</source>
        <translation>Impossible d&apos;indexer les observations importées</translation>
    </message>
    <message>
        <source>The import transaction is closed.</source>
        <translation>La transaction d&apos;import est close.</translation>
    </message>
    <message>
        <source>Cannot compare the datasets</source>
        <translation>Impossible de comparer les jeux de données</translation>
    </message>
    <message>
        <source>another process is writing to the database, try again</source>
        <translation>un autre processus écrit dans la base, réessayez</translation>
    </message>
    <message>
        <source>the disk is full (or the quota or file-size limit is reached)</source>
        <translation>le disque est plein (ou le quota ou la taille maximale de fichier est atteint)</translation>
    </message>
    <message>
        <source>the database is read-only</source>
        <translation>la base est en lecture seule</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>le fichier de la base est endommagé</translation>
    </message>
    <message>
        <source>input/output error while reading or writing the database</source>
        <translation>erreur d&apos;entrée/sortie en lisant ou en écrivant la base</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>le fichier de la base ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1 (SQLite&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1: %2 (SQLite: %3)</source>
        <translation>%1&#xa0;: %2 (SQLite&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>Impossible d&apos;ouvrir la base de données %1</translation>
    </message>
    <message>
        <source>Cannot read the settings of the database</source>
        <translation>Impossible de lire les paramètres de la base de données</translation>
    </message>
    <message>
        <source>The database %1 is read-only (file permissions or a read-only disk): it can be read (figures, export, datasets) but not changed.</source>
        <translation>La base de données %1 est en lecture seule (droits du fichier ou disque en lecture seule)&#xa0;: elle peut être lue (figures, export, datasets) mais pas modifiée.</translation>
    </message>
    <message>
        <source>dataset %1 is of an unknown kind &quot;%2&quot;</source>
        <translation>le jeu de données %1 est d’un type inconnu («&#xa0;%2&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <source>%1: line %2: no header there; expected a header row within the file&apos;s %3 lines</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: pas d&apos;en-tête à cet endroit&#x202f;; attendu&#xa0;: une ligne d&apos;en-tête parmi les %3 lignes du fichier</translation>
    </message>
    <message>
        <source>%1: not a table: no line has two or more filled cells; expected a header line and data lines</source>
        <translation>%1&#xa0;: ce n&apos;est pas un tableau&#xa0;: aucune ligne n&apos;a au moins deux cellules remplies&#x202f;; attendu&#xa0;: une ligne d&apos;en-tête et des lignes de données</translation>
    </message>
    <message>
        <source>%1: line %2 has %3 cells but the header (line %4) has %5 columns; expected at most %5 cells (a separator inside an unquoted value, or two records merged into one?)</source>
        <translation>%1&#xa0;: la ligne %2 a %3 cellules mais l&apos;en-tête (ligne %4) a %5 colonnes&#x202f;; attendu&#xa0;: au plus %5 cellules (un séparateur dans une valeur sans guillemets, ou deux lignes fusionnées&#x202f;?)</translation>
    </message>
</context>
<context>
    <name>TableConverter</name>
    <message>
        <source>%1, line %2, column %3 &quot;%4&quot;</source>
        <translation>%1, ligne %2, colonne %3 «&#x202f;%4&#x202f;»</translation>
    </message>
    <message>
        <source>%1, line %2 (header): no column &quot;%3&quot; for the %4; expected one of the header texts (%5) or #1 to #%6</source>
        <translation>%1, ligne %2 (en-tête)&#xa0;: aucune colonne «&#x202f;%3&#x202f;» pour la donnée «&#x202f;%4&#x202f;»&#x202f;; attendu&#xa0;: l&apos;un des textes d&apos;en-tête (%5) ou #1 à #%6</translation>
    </message>
    <message>
        <source>title above the header</source>
        <translation>titre au-dessus de l&apos;en-tête</translation>
    </message>
    <message>
        <source>territory</source>
        <translation>territoire</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation>mesure %1</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>empty line</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <source>note below the table</source>
        <translation>note sous le tableau</translation>
    </message>
    <message>
        <source>%1: unknown measure &quot;%2&quot;; expected one of: %3</source>
        <translation>%1&#xa0;: mesure «&#x202f;%2&#x202f;» inconnue&#x202f;; attendu&#xa0;: une mesure parmi %3</translation>
    </message>
    <message>
        <source>%1: unknown scope &quot;%2&quot;; expected one of: %3</source>
        <translation>%1&#xa0;: champ «&#x202f;%2&#x202f;» inconnu&#x202f;; attendu&#xa0;: un champ parmi %3</translation>
    </message>
    <message>
        <source>%1: unknown sector &quot;%2&quot;; expected &quot;all&quot; or a NAF section letter A to U</source>
        <translation>%1&#xa0;: secteur «&#x202f;%2&#x202f;» inconnu&#x202f;; attendu&#xa0;: «&#x202f;all&#x202f;» ou une lettre de section NAF de A à U</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a percentage; expected a number without %, since %3 is not a share</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» est un pourcentage&#x202f;; attendu&#xa0;: un nombre sans %, car %3 n&apos;est pas une part</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is outside 0–100; expected a share in percent between 0 and 100 for %3</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» est hors de l&apos;intervalle 0–100&#x202f;; attendu&#xa0;: une part en pourcentage comprise entre 0 et 100 pour %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is negative; expected a count of zero or more for %3</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» est négatif&#x202f;; attendu&#xa0;: un nombre supérieur ou égal à zéro pour %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; conflicts with line %3 for the same territory %4, year %5, measure %6, scope %7 and sector %8; expected one value per figure</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» est en conflit avec la ligne %3 (même territoire %4, année %5, mesure %6, champ %7 et secteur %8)&#x202f;; attendu&#xa0;: une seule valeur par chiffre</translation>
    </message>
    <message>
        <source>not published in the file (&quot;%1&quot;)</source>
        <translation>non publié dans le fichier («&#x202f;%1&#x202f;»)</translation>
    </message>
    <message>
        <source>no territory and no value</source>
        <translation>ni territoire ni valeur</translation>
    </message>
    <message>
        <source>%1: unknown territory &quot;%2&quot;; expected a commune code (5 characters), an EPCI SIREN (9 digits), a typed code (COM:, EPCI:, ARR:, DEP:, REG:, FR) or the name of a known territory</source>
        <translation>%1&#xa0;: territoire «&#x202f;%2&#x202f;» inconnu&#x202f;; attendu&#xa0;: un code de commune (5 caractères), un SIREN d&apos;EPCI (9 chiffres), un code typé (COM:, EPCI:, ARR:, DEP:, REG:, FR) ou le nom d&apos;un territoire connu</translation>
    </message>
    <message>
        <source>%1: the territory &quot;%2&quot; is ambiguous; expected a code instead, one of: %3</source>
        <translation>%1&#xa0;: le territoire «&#x202f;%2&#x202f;» est ambigu&#x202f;; attendu&#xa0;: un code à la place, parmi %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid year; %3</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» n&apos;est pas une année valide&#x202f;; %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; %3</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» n&apos;est pas un nombre&#x202f;; %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is ambiguous for %3, a whole count: %4 (decimal) or %5 (thousands); write %6 or %5</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» est ambigu pour %3, un effectif entier&#xa0;: %4 (décimal) ou %5 (milliers)&#x202f;; écrivez %6 ou %5</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number; expected a whole count for %3</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» n&apos;est pas un nombre entier&#x202f;; attendu&#xa0;: un effectif entier pour %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is more than %3, the most %4 can be for any French territory; expected a plausible value (a unit error?)</source>
        <translation>%1&#xa0;: «&#x202f;%2&#x202f;» dépasse %3, le maximum possible de %4 pour un territoire français&#x202f;; attendu&#xa0;: une valeur plausible (erreur d&apos;unité&#x202f;?)</translation>
    </message>
</context>
<context>
    <name>TerritoryIndex</name>
    <message>
        <source>No territory code was given.</source>
        <translation>Aucun code de territoire n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The territory code &quot;%1&quot; is ambiguous; candidates: %2.</source>
        <translation>Le code de territoire «&#x202f;%1&#x202f;» est ambigu&#x202f;; candidats&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown territory &quot;%1&quot;. Expected a code such as COM:59606, EPCI:245901160, ARR:596, DEP:59, REG:32 or FR.</source>
        <translation>Territoire «&#x202f;%1&#x202f;» inconnu. Attendu&#xa0;: un code tel que COM:59606, EPCI:245901160, ARR:596, DEP:59, REG:32 ou FR.</translation>
    </message>
    <message>
        <source>Close candidates: %1.</source>
        <translation>Candidats proches&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>expected a number such as 12 345,6 or 12345.6 or 10 %, or a secrecy marker (s, nd, secret, -) or an empty cell</source>
        <translation>attendu&#xa0;: un nombre tel que 12&#x202f;345,6 ou 12345.6 ou 10&#x202f;%, un marqueur de secret (s, nd, secret, -) ou une cellule vide</translation>
    </message>
    <message>
        <source>expected a year written with four digits, between %1 and %2</source>
        <translation>attendu&#xa0;: une année écrite avec quatre chiffres, entre %1 et %2</translation>
    </message>
    <message>
        <source>expected a year between %1 and %2</source>
        <translation>attendu&#xa0;: une année comprise entre %1 et %2</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>%1 of salaried posts</source>
        <translation>%1 des postes salariés</translation>
    </message>
    <message>
        <source>%1 of employees</source>
        <translation>%1 des salariés</translation>
    </message>
    <message>
        <source>%1 of full-time equivalents</source>
        <translation>%1 des équivalents temps plein</translation>
    </message>
    <message>
        <source>%1 of employment</source>
        <translation>%1 de l&apos;emploi</translation>
    </message>
    <message>
        <source>%1 of employment (unit not stated)</source>
        <translation>%1 de l&apos;emploi (unité non précisée)</translation>
    </message>
    <message>
        <source>%1 of private employment</source>
        <translation>%1 de l&apos;emploi privé</translation>
    </message>
    <message>
        <source>%1 of employer establishments</source>
        <translation>%1 des établissements employeurs</translation>
    </message>
    <message>
        <source>%1 of structures</source>
        <translation>%1 des structures</translation>
    </message>
    <message>
        <source>%1 of establishments</source>
        <translation>%1 des établissements</translation>
    </message>
    <message>
        <source>%1 of the ESS&apos;s salaried posts</source>
        <translation>%1 des postes salariés de l&apos;ESS</translation>
    </message>
    <message>
        <source>%1 of the ESS&apos;s employees</source>
        <translation>%1 des salariés de l&apos;ESS</translation>
    </message>
    <message>
        <source>%1 of the ESS&apos;s full-time equivalents</source>
        <translation>%1 des équivalents temps plein de l&apos;ESS</translation>
    </message>
    <message>
        <source>%1 of the ESS&apos;s jobs</source>
        <translation>%1 des emplois de l&apos;ESS</translation>
    </message>
    <message>
        <source>%1 of the ESS&apos;s establishments</source>
        <translation>%1 des établissements de l&apos;ESS</translation>
    </message>
    <message>
        <source>employees per structure (unit not stated)</source>
        <translation>salariés par structure (unité non précisée)</translation>
    </message>
    <message>
        <source>employees per employer association</source>
        <translation>salariés par association employeuse</translation>
    </message>
    <message>
        <source>published in %1, data year not stated</source>
        <translation>publié en %1, année des données non précisée</translation>
    </message>
    <message>
        <source>data year not stated</source>
        <translation>année des données non précisée</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>, different units</source>
        <translation>, unités différentes</translation>
    </message>
    <message>
        <source>%1: %2 — no figure of its own for %3</source>
        <translation>%1&#xa0;: %2 — pas de chiffre propre pour %3</translation>
    </message>
    <message>
        <source>source: %1, %2</source>
        <translation>source&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>%1, ESS structures employ on average %2 (%3).</source>
        <translation>%1, les structures de l&apos;ESS emploient en moyenne %2 (%3).</translation>
    </message>
    <message>
        <source>%1, the ESS accounts for %2 (%3).</source>
        <translation>%1, l&apos;ESS représente %2 (%3).</translation>
    </message>
    <message>
        <source>No figure of its own for %1.</source>
        <translation>Pas de chiffre propre pour %1.</translation>
    </message>
    <message>
        <source>Beside it, %1 (source: %2).</source>
        <translation>À titre de comparaison, %1 (source&#xa0;: %2).</translation>
    </message>
    <message>
        <source>%1 of all activity</source>
        <translation>%1 de l&apos;ensemble de l&apos;activité</translation>
    </message>
    <message>
        <source>%1 jobs (unit not stated)</source>
        <translation>%1 emplois (unité non précisée)</translation>
    </message>
    <message>
        <source>%1 establishments (employer or not not stated)</source>
        <translation>%1 établissements (employeurs ou non, non précisé)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Unknown territory %1.</source>
        <translation>Territoire %1 inconnu.</translation>
    </message>
    <message>
        <source>Database %1: %2</source>
        <translation>Base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>Impossible de lire la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by an older version of the application and must be upgraded before it can be read, but it is read-only (file permissions or a read-only disk).</source>
        <translation>La base de données %1 a été écrite par une version plus ancienne de l&apos;application et doit être mise à jour avant d&apos;être lue, mais elle est en lecture seule (droits du fichier ou disque en lecture seule).</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: damaged XLSX file: the part %2 is missing</source>
        <translation>%1&#xa0;: fichier XLSX endommagé&#xa0;: la partie %2 est absente</translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: the size of part %2 is unknown</source>
        <translation>%1&#xa0;: fichier XLSX endommagé&#xa0;: la taille de la partie %2 est inconnue</translation>
    </message>
    <message>
        <source>%1: refused: the part %2 would inflate from %3 to %4 bytes (ratio %5:1); expected at most %6 bytes and a ratio of at most %7:1 (possible zip bomb)</source>
        <translation>%1&#xa0;: refusé&#xa0;: une fois décompressée, la partie %2 passerait de %3 à %4 octets (ratio %5:1)&#x202f;; attendu&#xa0;: au plus %6 octets et un ratio d&apos;au plus %7:1 (possible bombe de décompression)</translation>
    </message>
    <message>
        <source>%1: cannot read the part %2: %3</source>
        <translation>%1&#xa0;: impossible de lire la partie %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: refused: the part %2 inflates beyond its declared size or the limits (%3 bytes, ratio %4:1) (possible zip bomb)</source>
        <translation>%1&#xa0;: refusé&#xa0;: décompressée, la partie %2 dépasse sa taille déclarée ou les limites (%3 octets, ratio %4:1) (possible bombe de décompression)</translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: cannot inflate the part %2</source>
        <translation>%1&#xa0;: fichier XLSX endommagé&#xa0;: impossible de décompresser la partie %2</translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: %2, line %3: %4</source>
        <translation>%1&#xa0;: fichier XLSX endommagé&#xa0;: %2, ligne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1: not a table: cannot open it as an XLSX workbook (%2); expected an Excel 2007+ .xlsx file</source>
        <translation>%1&#xa0;: ce n&apos;est pas un tableau&#xa0;: impossible de l&apos;ouvrir comme classeur XLSX (%2)&#x202f;; attendu&#xa0;: un fichier .xlsx d&apos;Excel 2007 ou ultérieur</translation>
    </message>
    <message>
        <source>%1: not a table: the workbook has no sheet</source>
        <translation>%1&#xa0;: ce n&apos;est pas un tableau&#xa0;: le classeur ne contient aucune feuille</translation>
    </message>
    <message>
        <source>%1: no sheet named &quot;%2&quot;; expected one of: %3</source>
        <translation>%1&#xa0;: aucune feuille nommée «&#x202f;%2&#x202f;»&#x202f;; attendu&#xa0;: une feuille parmi %3</translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: row %2 refers to shared string %3, which does not exist</source>
        <translation>%1&#xa0;: fichier XLSX endommagé&#xa0;: la ligne %2 fait référence à la chaîne partagée %3, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: the sheet holds more than %2 cells by row %3 (values far to the right, up to column number %4?); expected a statistics table</source>
        <translation>%1&#xa0;: la feuille compte plus de %2 cellules à la ligne %3 (des valeurs très à droite, jusqu&apos;à la colonne numéro %4&#x202f;?)&#x202f;; attendu&#xa0;: un tableau statistique</translation>
    </message>
</context>
<context>
    <name>app::AboutDialog</name>
    <message>
        <source>About the ESS dashboard</source>
        <translation>À propos du tableau de bord ESS</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ESS dashboard %1&lt;/h2&gt;&lt;p&gt;The weight of the social and solidarity economy in Valenciennes Métropole (CAVM) and Porte du Hainaut (CAPH), for PHARE. Every figure shows its source, year and method (published, computed or estimated); where no source gives a value, the dashboard says &quot;not available&quot;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tableau de bord ESS %1&lt;/h2&gt;&lt;p&gt;Le poids de l&apos;économie sociale et solidaire dans Valenciennes Métropole (CAVM) et la Porte du Hainaut (CAPH), pour PHARE. Chaque chiffre indique sa source, son année et sa méthode (publié, calculé ou estimé)&#xa0;; quand aucune source ne donne une valeur, le tableau de bord affiche «&#x202f;non disponible&#x202f;».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Version&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Version&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Licence&lt;/b&gt;&lt;/td&gt;&lt;td&gt;GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with no warranty.&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Licence&lt;/b&gt;&lt;/td&gt;&lt;td&gt;GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later). Ce programme est fourni sans aucune garantie.&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Qt&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1 (built with %2)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Qt&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1 (compilé avec %2)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Reference data&lt;/b&gt;&lt;/td&gt;&lt;td&gt;version %1 (data/manifest.json)&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Données de référence&lt;/b&gt;&lt;/td&gt;&lt;td&gt;version %1 (data/manifest.json)&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Database&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Base de données&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Font&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lato, SIL Open Font License 1.1&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Police&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lato, SIL Open Font License 1.1&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data sources&lt;/h3&gt;&lt;p&gt;Territories: Insee and DGCL under the Licence Ouverte / Etalab 2.0. ESS figures: the publications below, quoted with attribution. Imported tables and the SIRENE register are listed in the Sources tab.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sources des données&lt;/h3&gt;&lt;p&gt;Territoires&#xa0;: Insee et DGCL, sous Licence Ouverte / Etalab 2.0. Chiffres de l&apos;ESS&#xa0;: les publications ci-dessous, citées avec attribution. Les tableaux importés et le répertoire SIRENE sont listés dans l&apos;onglet Sources.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th&gt;Title&lt;/th&gt;&lt;th&gt;Publisher&lt;/th&gt;&lt;th&gt;Published&lt;/th&gt;&lt;th&gt;Licence&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</source>
        <translation>&lt;table border=&quot;1&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th&gt;Titre&lt;/th&gt;&lt;th&gt;Éditeur&lt;/th&gt;&lt;th&gt;Publication&lt;/th&gt;&lt;th&gt;Licence&lt;/th&gt;&lt;/tr&gt;%1&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>app::AddFigureDialog</name>
    <message>
        <source>Add a sourced figure</source>
        <translation>Ajouter un chiffre sourcé</translation>
    </message>
    <message>
        <source>e.g. 12 345 or 10,5</source>
        <translation>p. ex. 12&#x202f;345 ou 10,5</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Publication, page or table</source>
        <translation>Publication, page ou tableau</translation>
    </message>
    <message>
        <source>&amp;Territory:</source>
        <translation>&amp;Territoire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Champ&#xa0;:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>S&amp;ecteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Low bound:</source>
        <translation>Borne &amp;basse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;High bound:</source>
        <translation>Borne &amp;haute&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Source title:</source>
        <translation>Titre de la &amp;source&#xa0;:</translation>
    </message>
    <message>
        <source>Source &amp;address:</source>
        <translation>A&amp;dresse de la source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>low bound</source>
        <translation>borne basse</translation>
    </message>
    <message>
        <source>high bound</source>
        <translation>borne haute</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not a number; expected for example 1234, 12 345,6 or 10,5.</source>
        <translation>La %1 «&#x202f;%2&#x202f;» n&apos;est pas un nombre&#x202f;; attendu&#xa0;: par exemple 1234, 12&#x202f;345,6 ou 10,5.</translation>
    </message>
    <message>
        <source>Give both bounds, or neither.</source>
        <translation>Indiquez les deux bornes, ou aucune.</translation>
    </message>
    <message>
        <source>approximately (&quot;environ&quot;, &quot;près de&quot;, rounded)</source>
        <translation>environ («&#x202f;environ&#x202f;», «&#x202f;près de&#x202f;», arrondi)</translation>
    </message>
    <message>
        <source>at least (&quot;plus de&quot;)</source>
        <translation>au moins («&#x202f;plus de&#x202f;»)</translation>
    </message>
    <message>
        <source>at most (&quot;au plus&quot;, &quot;moins de&quot;)</source>
        <translation>au plus («&#x202f;au plus&#x202f;», «&#x202f;moins de&#x202f;»)</translation>
    </message>
    <message>
        <source>exact, as written</source>
        <translation>exact, tel qu&apos;écrit</translation>
    </message>
    <message>
        <source>The year the data describe, as the source states it (not the year it was published).</source>
        <translation>L&apos;année que décrivent les données, telle que la source l&apos;indique (pas l&apos;année de publication).</translation>
    </message>
    <message>
        <source>not stated by the source</source>
        <translation>non précisée par la source</translation>
    </message>
    <message>
        <source>Tick when the source does not say which year its figure describes; the dashboard then writes &quot;published in …, data year not stated&quot; and never uses the figure in a computation.</source>
        <translation>À cocher quand la source ne dit pas quelle année décrit son chiffre&#x202f;; le tableau de bord écrit alors «&#x202f;publié en…, année des données non précisée&#x202f;» et n&apos;utilise jamais ce chiffre dans un calcul.</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseignée</translation>
    </message>
    <message>
        <source>The year the source was published. Required when the data year is not stated.</source>
        <translation>L&apos;année de publication de la source. Obligatoire quand l&apos;année des données n&apos;est pas précisée.</translation>
    </message>
    <message>
        <source>How precise the source is: &quot;environ&quot;, &quot;près de&quot; or rounded millions are approximate; &quot;plus de&quot; is at least.</source>
        <translation>La précision de la source&#xa0;: «&#x202f;environ&#x202f;», «&#x202f;près de&#x202f;» ou des millions arrondis sont approximatifs&#x202f;; «&#x202f;plus de&#x202f;» est un minimum.</translation>
    </message>
    <message>
        <source>What the source counts, in its own words: salaried posts, employees, full-time equivalents, jobs (unit not said), establishments, structures… A ratio names both sides. Shares and averages are computed only from counts whose unit is stated.</source>
        <translation>Ce que compte la source, avec ses mots&#xa0;: postes salariés, salariés, équivalents temps plein, emplois (unité non dite), établissements, structures… Un rapport nomme ses deux termes. Parts et moyennes ne sont calculées qu&apos;à partir d&apos;effectifs dont l&apos;unité est précisée.</translation>
    </message>
    <message>
        <source>Title of the publication the figure is read in. Figures typed with the same title and address share one source.</source>
        <translation>Titre de la publication où le chiffre est lu. Les chiffres saisis avec le même titre et la même adresse partagent une source.</translation>
    </message>
    <message>
        <source>optional, e.g. Insee, CRESS Hauts-de-France</source>
        <translation>facultatif, par exemple Insee, CRESS Hauts-de-France</translation>
    </message>
    <message>
        <source>Who made the statistic, when it is not the publication it is read in (a press article relaying the CRESS): cited as &quot;producer, via publication&quot;.</source>
        <translation>Qui a produit la statistique, quand ce n&apos;est pas la publication où on la lit (un article de presse qui relaie la CRESS)&#xa0;: cité «&#x202f;producteur, via publication&#x202f;».</translation>
    </message>
    <message>
        <source>Data &amp;year:</source>
        <translation>&amp;Année des données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Published in:</source>
        <translation>&amp;Publié en&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Qualifier:</source>
        <translation>Précis&amp;ion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit counted:</source>
        <translation>&amp;Unité comptée&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;roducer:</source>
        <translation>P&amp;roducteur&#xa0;:</translation>
    </message>
    <message>
        <source>The data year is not stated: give the year the source was published.</source>
        <translation>L&apos;année des données n&apos;est pas précisée&#xa0;: indiquez l&apos;année de publication de la source.</translation>
    </message>
</context>
<context>
    <name>app::CommuneView</name>
    <message>
        <source>&amp;Rank by:</source>
        <translation>&amp;Classer par&#xa0;:</translation>
    </message>
    <message>
        <source>ESS establishments</source>
        <translation>Établissements de l&apos;ESS</translation>
    </message>
    <message>
        <source>ESS share of employer establishments</source>
        <translation>Part de l&apos;ESS dans les établissements employeurs</translation>
    </message>
    <message>
        <source>Import the SIRENE register…</source>
        <translation>Importer le répertoire SIRENE…</translation>
    </message>
    <message>
        <source>Insee&apos;s stock files StockUniteLegale and StockEtablissement, from data.gouv.fr (&quot;Base Sirene des entreprises et de leurs établissements&quot;), Licence Ouverte 2.0. Large files: the two ZIPs together weigh a few gigabytes; they are read without unzipping.</source>
        <translation>Fichiers stock de l&apos;Insee StockUniteLegale et StockEtablissement, sur data.gouv.fr («&#x202f;Base Sirene des entreprises et de leurs établissements&#x202f;»), Licence Ouverte 2.0. Fichiers volumineux&#xa0;: les deux ZIP pèsent ensemble quelques gigaoctets&#x202f;; ils sont lus sans décompression.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n commune(s) with their population. No SIRENE register figures yet: import Insee&apos;s stock files (StockUniteLegale and StockEtablissement, free on data.gouv.fr, a few gigabytes of ZIP files read without unzipping) to count the ESS establishments of each commune.</source>
        <translation>
            <numerusform>%1 — %n commune avec sa population. Pas encore de chiffres du répertoire SIRENE&#xa0;: importez les fichiers stock de l&apos;Insee (StockUniteLegale et StockEtablissement, gratuits sur data.gouv.fr, quelques gigaoctets de ZIP lus sans décompression) pour compter les établissements de l&apos;ESS de chaque commune.</numerusform>
            <numerusform>%1 — %n communes avec leur population. Pas encore de chiffres du répertoire SIRENE&#xa0;: importez les fichiers stock de l&apos;Insee (StockUniteLegale et StockEtablissement, gratuits sur data.gouv.fr, quelques gigaoctets de ZIP lus sans décompression) pour compter les établissements de l&apos;ESS de chaque commune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n commune(s), SIRENE register: %2. Application convention, not Insee&apos;s official ESS perimeter; employer establishments are the ones comparable with published figures. Shares on fewer than %3 establishments are greyed and marked &quot;small count&quot;.</source>
        <translation>
            <numerusform>%1 — %n commune, répertoire SIRENE&#xa0;: %2. Convention de l&apos;application, pas le périmètre officiel de l&apos;ESS de l&apos;Insee&#x202f;; les établissements employeurs sont ceux qui se comparent aux chiffres publiés. Les parts calculées sur moins de %3 établissements sont grisées et marquées «&#x202f;petit effectif&#x202f;».</numerusform>
            <numerusform>%1 — %n communes, répertoire SIRENE&#xa0;: %2. Convention de l&apos;application, pas le périmètre officiel de l&apos;ESS de l&apos;Insee&#x202f;; les établissements employeurs sont ceux qui se comparent aux chiffres publiés. Les parts calculées sur moins de %3 établissements sont grisées et marquées «&#x202f;petit effectif&#x202f;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::DatasetsDialog</name>
    <message>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Chargé le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove a dataset</source>
        <translation>Supprimer un jeu de données</translation>
    </message>
    <message numerus="yes">
        <source>Remove dataset %1 (%2) and its %n observation(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer le jeu de données %1 (%2) et %n observation&#x202f;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer le jeu de données %1 (%2) et ses %n observations&#x202f;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ExportDialog</name>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>%1 (%2 × %3 px)</source>
        <translation>%1 (%2 × %3&#xa0;px)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source> px</source>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>&amp;Transparent background</source>
        <translation>Fond &amp;transparent</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Pre-export check:</source>
        <translation>Vérification avant export&#xa0;:</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2&#xa0;px</translation>
    </message>
    <message>
        <source>A4 landscape, vector</source>
        <translation>A4 paysage, vectoriel</translation>
    </message>
    <message>
        <source>%1 × %2 px, vector</source>
        <translation>%1 × %2&#xa0;px, vectoriel</translation>
    </message>
    <message>
        <source>No problem found: title, source, year, unit, text size and colours are fine.</source>
        <translation>Aucun problème relevé&#xa0;: titre, source, année, unité, taille du texte et couleurs sont conformes.</translation>
    </message>
</context>
<context>
    <name>app::GuideWindow</name>
    <message>
        <source>User guide — ESS dashboard</source>
        <translation>Guide d&apos;utilisation — tableau de bord ESS</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
</context>
<context>
    <name>app::ImportDialog</name>
    <message>
        <source>Import a table</source>
        <translation>Importer un tableau</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file, or drop it on the main window</source>
        <translation>Choisissez un fichier CSV ou XLSX, ou déposez-le sur la fenêtre principale</translation>
    </message>
    <message>
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>detect</source>
        <translation>détecter</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Header line:</source>
        <translation>Ligne d&apos;en-tête&#xa0;:</translation>
    </message>
    <message>
        <source>The first rows as the reader understood them; line numbers on the left are the lines of the file</source>
        <translation>Les premières lignes telles que le lecteur les a comprises&#x202f;; les numéros à gauche sont ceux des lignes du fichier</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>e.g. Insee, Flores 2021 (CRESS observatory)</source>
        <translation>p. ex. Insee, Flores 2021 (observatoire de la CRESS)</translation>
    </message>
    <message>
        <source>Source &amp;address:</source>
        <translation>A&amp;dresse de la source&#xa0;:</translation>
    </message>
    <message>
        <source>Source &amp;licence:</source>
        <translation>&amp;Licence de la source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replace an earlier import of the same file</source>
        <translation>&amp;Remplacer un import antérieur du même fichier</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <source>Click a problem to see its line in the preview</source>
        <translation>Cliquez sur un problème pour voir sa ligne dans l&apos;aperçu</translation>
    </message>
    <message>
        <source>Line %1 is beyond the %2 lines of the preview.</source>
        <translation>La ligne %1 est au-delà des %2 lignes de l&apos;aperçu.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Read and check the whole file without writing anything</source>
        <translation>Lire et vérifier tout le fichier sans rien écrire</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Line %1 read…</source>
        <translation>Ligne %1 lue…</translation>
    </message>
    <message>
        <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not a readable table:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ce n&apos;est pas un tableau lisible&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>Understood: spreadsheet, header on line %1, %n column(s).</source>
        <translation>
            <numerusform>Interprétation&#xa0;: classeur, en-tête à la ligne %1, %n colonne.</numerusform>
            <numerusform>Interprétation&#xa0;: classeur, en-tête à la ligne %1, %n colonnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Understood: encoding %1, separator &quot;%2&quot;, header on line %3, %n column(s). Numbers are shown as read (→ value); grey cells are missing values (secrecy).</source>
        <translation>
            <numerusform>Interprétation&#xa0;: encodage %1, séparateur «&#x202f;%2&#x202f;», en-tête à la ligne %3, %n colonne. Les nombres sont affichés tels que lus (→ valeur)&#x202f;; les cellules grises sont des valeurs manquantes (secret statistique).</numerusform>
            <numerusform>Interprétation&#xa0;: encodage %1, séparateur «&#x202f;%2&#x202f;», en-tête à la ligne %3, %n colonnes. Les nombres sont affichés tels que lus (→ valeur)&#x202f;; les cellules grises sont des valeurs manquantes (secret statistique).</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Reading stopped at line %1: %2</source>
        <translation>Lecture arrêtée à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Checking the whole file…</source>
        <translation>Vérification de tout le fichier…</translation>
    </message>
    <message>
        <source>Importing the file…</source>
        <translation>Import du fichier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Line %1, column %2, value &quot;%3&quot;</source>
        <translation>Ligne %1, colonne %2, valeur «&#x202f;%3&#x202f;»</translation>
    </message>
    <message>
        <source>Changed since the previous vintage: %1</source>
        <translation>Modifié depuis le millésime précédent&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n observation(s) written, %1 missing by secrecy.</source>
        <translation>
            <numerusform>Import terminé&#xa0;: %n observation enregistrée&#x202f;; valeurs manquantes (secret statistique)&#xa0;: %1.</numerusform>
            <numerusform>Import terminé&#xa0;: %n observations enregistrées&#x202f;; valeurs manquantes (secret statistique)&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check passed: %n observation(s) would be written, %1 missing by secrecy. Nothing was written.</source>
        <translation>
            <numerusform>Vérification réussie&#xa0;: %n observation serait enregistrée&#x202f;; valeurs manquantes (secret statistique)&#xa0;: %1. Rien n&apos;a été écrit.</numerusform>
            <numerusform>Vérification réussie&#xa0;: %n observations seraient enregistrées&#x202f;; valeurs manquantes (secret statistique)&#xa0;: %1. Rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing was written. Click a problem to see its line.</source>
        <translation>
            <numerusform>%n problème relevé&#xa0;: rien n&apos;a été écrit. Cliquez sur un problème pour voir sa ligne.</numerusform>
            <numerusform>%n problèmes relevés&#xa0;: rien n&apos;a été écrit. Cliquez sur un problème pour voir sa ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick &quot;Replace&quot; to load it again.</source>
        <translation>Cochez «&#x202f;Remplacer&#x202f;» pour le charger de nouveau.</translation>
    </message>
    <message>
        <source>Compared with the previous vintage: %1 figure(s) changed.</source>
        <translation>Par rapport au millésime précédent, chiffres modifiés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>e.g. CRESS Hauts-de-France</source>
        <translation>p. ex. CRESS Hauts-de-France</translation>
    </message>
    <message>
        <source>e.g. 2024 or 2024-05-23</source>
        <translation>p. ex. 2024 ou 2024-05-23</translation>
    </message>
    <message>
        <source>e.g. Licence Ouverte 2.0</source>
        <translation>p. ex. Licence Ouverte 2.0</translation>
    </message>
    <message>
        <source>&amp;Source title (required):</source>
        <translation>Titre de la &amp;source (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>Édite&amp;ur&#xa0;:</translation>
    </message>
    <message>
        <source>Publication &amp;date:</source>
        <translation>&amp;Date de publication&#xa0;:</translation>
    </message>
    <message>
        <source>Give the title of the source before importing: every figure must say where it comes from.</source>
        <translation>Indiquez le titre de la source avant d&apos;importer&#xa0;: chaque chiffre doit dire d&apos;où il vient.</translation>
    </message>
</context>
<context>
    <name>app::ImportPreviewModel</name>
    <message>
        <source>Missing value (secrecy or not available), never zero</source>
        <translation>Valeur manquante (secret statistique ou non disponible), jamais zéro</translation>
    </message>
    <message>
        <source>Read as the number %1</source>
        <translation>Lu comme le nombre %1</translation>
    </message>
</context>
<context>
    <name>app::KeyFigureCard</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the sourced sentence to the clipboard</source>
        <translation>Copier la phrase sourcée dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>No source gives this figure for %1.</source>
        <translation>Aucune source ne donne ce chiffre pour %1.</translation>
    </message>
    <message>
        <source>Level: %1 (no figure of its own for %2)</source>
        <translation>Niveau&#xa0;: %1 (pas de chiffre propre à %2)</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Décompte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Perimeter: %1</source>
        <translation>Périmètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>Calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>In the area %1</source>
        <translation>Dans le territoire %1</translation>
    </message>
    <message>
        <source>Where this figure comes from: source, year, unit counted, method</source>
        <translation>D&apos;où vient ce chiffre&#xa0;: source, année, unité comptée, méthode</translation>
    </message>
    <message>
        <source>Provenance of the figure</source>
        <translation>Provenance du chiffre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Reference year</source>
        <translation>Année de référence</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Unit counted</source>
        <translation>Unité comptée</translation>
    </message>
    <message>
        <source>Perimeter</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>About the source</source>
        <translation>À propos de la source</translation>
    </message>
    <message>
        <source>Compared with %1: no published figure</source>
        <translation>Comparé à %1&#xa0;: aucun chiffre publié</translation>
    </message>
    <message>
        <source>Compared with %1: %2 (%3, %4)</source>
        <translation>Comparé à %1&#xa0;: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Beside it, %1 (%2)</source>
        <translation>À titre de comparaison, %1 (%2)</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>ESS share of all activity</source>
        <translation>Part de l&apos;ESS dans l&apos;ensemble de l&apos;activité</translation>
    </message>
    <message>
        <source>%1 — different units</source>
        <translation>%1 — unités différentes</translation>
    </message>
    <message>
        <source>Read error</source>
        <translation>Erreur de lecture</translation>
    </message>
    <message>
        <source>This figure could not be read from the database (see the message in the status bar): it may exist. Do not publish &quot;not available&quot;.</source>
        <translation>Ce chiffre n’a pas pu être lu dans la base (voir le message dans la barre d’état)&#xa0;: il existe peut-être. Ne publiez pas «&#xa0;non disponible&#xa0;».</translation>
    </message>
    <message>
        <source>Compared with %1: the figure could not be read</source>
        <translation>Comparé à %1&#xa0;: le chiffre n’a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>ESS dashboard — PHARE</source>
        <translation>Tableau de bord ESS — PHARE</translation>
    </message>
    <message>
        <source>Database: %1 · reference data version %2</source>
        <translation>Base de données&#xa0;: %1 · données de référence version %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export the chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>Save the visible chart as PNG, SVG or PDF</source>
        <translation>Enregistrer le graphique affiché en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find a territory</source>
        <translation>&amp;Rechercher un territoire</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>&amp;Territory: </source>
        <translation>&amp;Territoire&#xa0;: </translation>
    </message>
    <message>
        <source>&amp;Compare with: </source>
        <translation>&amp;Comparer avec&#xa0;: </translation>
    </message>
    <message>
        <source>Reference territory for the comparison charts</source>
        <translation>Territoire de référence pour les graphiques de comparaison</translation>
    </message>
    <message>
        <source>ESS share of establishments</source>
        <translation>Part de l&apos;ESS dans les établissements</translation>
    </message>
    <message>
        <source>Employees per ESS structure</source>
        <translation>Salariés par structure de l&apos;ESS</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Average size</source>
        <translation>Taille moyenne</translation>
    </message>
    <message>
        <source>ESS families</source>
        <translation>Familles de l&apos;ESS</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)</source>
        <translation>
            <numerusform>%n commune</numerusform>
            <numerusform>%n communes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 inhabitants (Insee, municipal population %2)</source>
        <translation>%1 habitants (Insee, population municipale %2)</translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>comparaison avec %1</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language will be used the next time the dashboard starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage du tableau de bord.</translation>
    </message>
    <message>
        <source>&amp;Import a table…</source>
        <translation>&amp;Importer un tableau…</translation>
    </message>
    <message>
        <source>Add a &amp;sourced figure…</source>
        <translation>Ajouter un chiffre &amp;sourcé…</translation>
    </message>
    <message>
        <source>&amp;Datasets…</source>
        <translation>&amp;Jeux de données…</translation>
    </message>
    <message>
        <source>&amp;Press kit…</source>
        <translation>&amp;Dossier de presse…</translation>
    </message>
    <message>
        <source>Write every chart of the territories as PNG, SVG, PDF, CSV and alternative text, with fact sheets and a methodology note</source>
        <translation>Écrire chaque graphique des territoires en PNG, SVG, PDF, CSV et texte alternatif, avec des fiches territoire et une note méthodologique</translation>
    </message>
    <message>
        <source>Import the SIRENE &amp;register…</source>
        <translation>Importer le &amp;répertoire SIRENE…</translation>
    </message>
    <message>
        <source>Count the ESS establishments of each commune from Insee&apos;s SIRENE stock files (estimates)</source>
        <translation>Décompter les établissements de l&apos;ESS de chaque commune à partir des fichiers stock SIRENE de l&apos;Insee (estimations)</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Zoom &amp;in on the chart</source>
        <translation>&amp;Agrandir le graphique</translation>
    </message>
    <message>
        <source>Zoom &amp;out of the chart</source>
        <translation>&amp;Réduire le graphique</translation>
    </message>
    <message>
        <source>&amp;Fit the chart to the window</source>
        <translation>A&amp;juster le graphique à la fenêtre</translation>
    </message>
    <message>
        <source>Chart at &amp;actual size (100 %)</source>
        <translation>Graphique en taille ré&amp;elle (100&#x202f;%)</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Filter: territory, measure, source…</source>
        <translation>Filtrer&#xa0;: territoire, mesure, source…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Copy the rows</source>
        <translation>Copier les lignes</translation>
    </message>
    <message>
        <source>%1 — ESS dashboard</source>
        <translation>%1 — Tableau de bord ESS</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Ouvrir %1 dans le navigateur</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the observations</source>
        <translation>Exporter les observations</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>This tab has no chart to export. Choose one of the chart tabs, or the Communes tab once it shows its ranking.</source>
        <translation>Cet onglet n&apos;a pas de graphique à exporter. Choisissez un onglet de graphique, ou l&apos;onglet Communes quand il montre son classement.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>ESS share of employment</source>
        <translation>Part de l&apos;ESS dans l&apos;emploi</translation>
    </message>
    <message>
        <source>%1 (title reconstructed)</source>
        <translation>%1 (titre reconstitué)</translation>
    </message>
    <message>
        <source>%1, via %2</source>
        <translation>%1, via %2</translation>
    </message>
    <message>
        <source>%1, date inferred</source>
        <translation>%1, date déduite</translation>
    </message>
    <message>
        <source>Local evidence (%1, associations only): %2, %3</source>
        <translation>Donnée locale (%1, associations seulement)&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source> · read-only: imports are not possible</source>
        <translation> · lecture seule&#xa0;: import impossible</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>%1

Figures shown as &quot;not available&quot; may come from this error, not from a missing source: do not publish them. Restore a copy of the database or import the files again.</source>
        <translation>%1

Les chiffres affichés «&#x202f;non disponible&#x202f;» peuvent venir de cette erreur, et non d&apos;une source manquante&#xa0;: ne les publiez pas. Restaurez une copie de la base de données ou importez de nouveau les fichiers.</translation>
    </message>
</context>
<context>
    <name>app::MapView</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Values of the map, one row per commune</source>
        <translation>Valeurs de la carte, une ligne par commune</translation>
    </message>
</context>
<context>
    <name>app::MappingEditor</name>
    <message>
        <source>&amp;Territory column:</source>
        <translation>Colonne de &amp;territoire&#xa0;:</translation>
    </message>
    <message>
        <source>Year column:</source>
        <translation>Colonne d&apos;année&#xa0;:</translation>
    </message>
    <message>
        <source>Fixed year:</source>
        <translation>Année fixe&#xa0;:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Each value column becomes a measure:scope:sector; leave &quot;not imported&quot; for the others</source>
        <translation>Chaque colonne de valeurs devient une mesure:champ:secteur&#x202f;; laissez «&#x202f;non importée&#x202f;» pour les autres</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
</context>
<context>
    <name>app::PressKitDialog</name>
    <message>
        <source>Press kit</source>
        <translation>Dossier de presse</translation>
    </message>
    <message>
        <source>Filter: name or code</source>
        <translation>Filtrer : nom ou code</translation>
    </message>
    <message>
        <source>All &amp;communes</source>
        <translation>Toutes les &amp;communes</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Aucun</translation>
    </message>
    <message>
        <source>&amp;Territories</source>
        <translation>&amp;Territoires</translation>
    </message>
    <message>
        <source>Files: %1-…</source>
        <translation>Fichiers : %1-…</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>&amp;Formats</source>
        <translation>&amp;Formats</translation>
    </message>
    <message>
        <source>%1, %2 × %3 px</source>
        <translation>%1, %2 × %3 px</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>press-kit</source>
        <comment>folder name</comment>
        <translation>dossier-de-presse</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Also one &amp;ZIP file</source>
        <translation>Aussi un fichier &amp;ZIP</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnature :</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>D&amp;ossier :</translation>
    </message>
    <message>
        <source>&amp;Write the press kit</source>
        <translation>&amp;Écrire le dossier de presse</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Choose at least one territory.</source>
        <translation>Choisissez au moins un territoire.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Choisissez au moins un format.</translation>
    </message>
    <message>
        <source>Choose at least one chart.</source>
        <translation>Choisissez au moins un graphique.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be written in %1: %2 chart(s) × %3 format(s) as PNG, SVG and PDF, with their data (CSV) and alternative text, %4 fact sheet(s), the methodology note, README and the list of files (manifeste.txt).</source>
        <translation>
            <numerusform>%n fichier sera écrit dans %1 : %2 graphique(s) × %3 format(s) en PNG, SVG et PDF, avec leurs données (CSV) et leur texte alternatif, %4 fiche(s) territoire, la note de méthodologie, le README et la liste des fichiers (manifeste.txt).</numerusform>
            <numerusform>%n fichiers seront écrits dans %1 : %2 graphique(s) × %3 format(s) en PNG, SVG et PDF, avec leurs données (CSV) et leur texte alternatif, %4 fiche(s) territoire, la note de méthodologie, le README et la liste des fichiers (manifeste.txt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemple : %1</translation>
    </message>
    <message>
        <source>Folder of the press kit</source>
        <translation>Dossier de presse</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Write the press kit into it? The files of the previous press kit that the new one does not write are removed; your other files are kept.</source>
        <translation>Le dossier %1 n’est pas vide. Y écrire le dossier de presse ? Les fichiers de l’ancien dossier de presse que le nouveau n’écrit pas sont supprimés ; vos autres fichiers sont gardés.</translation>
    </message>
    <message>
        <source>Writing the press kit…</source>
        <translation>Écriture du dossier de presse…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Press kit cancelled: nothing was changed in %1.</source>
        <translation>Dossier de presse annulé : rien n’a changé dans %1.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-export check found %n problem(s).</source>
        <translation>
            <numerusform>Le contrôle avant export a relevé %n problème.</numerusform>
            <numerusform>Le contrôle avant export a relevé %n problèmes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::SireneImportDialog</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n&#xa0;s</numerusform>
            <numerusform>%n&#xa0;s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>Import the SIRENE register</source>
        <translation>Importer le répertoire SIRENE</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Legal units (StockUniteLegale):</source>
        <translation>&amp;Unités légales (StockUniteLegale)&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the StockUniteLegale file</source>
        <translation>Choisir le fichier StockUniteLegale</translation>
    </message>
    <message>
        <source>&amp;Establishments (StockEtablissement):</source>
        <translation>&amp;Établissements (StockEtablissement)&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the StockEtablissement file</source>
        <translation>Choisir le fichier StockEtablissement</translation>
    </message>
    <message>
        <source>Codes separated by spaces: ARR:596 (CAVM + CAPH), an EPCI (EPCI:245901160), a commune (COM:59606), or communes separated by commas (59606,59014)</source>
        <translation>Codes séparés par des espaces&#xa0;: ARR:596 (CAVM + CAPH), un EPCI (EPCI:245901160), une commune (COM:59606) ou des communes séparées par des virgules (59606,59014)</translation>
    </message>
    <message>
        <source>&amp;Territories:</source>
        <translation>&amp;Territoires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replace an earlier import of the same two files</source>
        <translation>&amp;Remplacer un import antérieur des deux mêmes fichiers</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>SIRENE stock files (*.csv *.zip);;All files (*)</source>
        <translation>Fichiers stock SIRENE (*.csv *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import cancelled: the database is unchanged.</source>
        <translation>Import annulé&#xa0;: la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Import failed: %1 The database is unchanged.</source>
        <translation>Échec de l&apos;import&#xa0;: %1 La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Reading the establishments, then their legal units…</source>
        <translation>Lecture des établissements, puis de leurs unités légales…</translation>
    </message>
    <message>
        <source>%1 of %2 MB read · %3 rows per second · about %4 left</source>
        <translation>%1 sur %2&#xa0;Mo lus · %3 lignes par seconde · reste environ %4</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Insee&apos;s monthly SIRENE stock files (Licence Ouverte 2.0), as CSV or as the official ZIP files, free on data.gouv.fr (&quot;Base Sirene des entreprises et de leurs établissements&quot;); the two ZIPs together weigh a few gigabytes and are read without unzipping. The ESS establishments of the chosen communes are counted by legal category under the application&apos;s own convention, which is not Insee&apos;s official ESS perimeter; every figure is stored as estimated.</source>
        <translation>Fichiers stock mensuels SIRENE de l&apos;Insee (Licence Ouverte 2.0), en CSV ou dans les ZIP officiels, gratuits sur data.gouv.fr («&#x202f;Base Sirene des entreprises et de leurs établissements&#x202f;»)&#x202f;; les deux ZIP pèsent ensemble quelques gigaoctets et sont lus sans décompression. Les établissements de l&apos;ESS des communes choisies sont comptés par catégorie juridique selon la convention propre à l&apos;application, qui n&apos;est pas le périmètre officiel de l&apos;ESS de l&apos;Insee&#x202f;; chaque chiffre est enregistré comme estimé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported the SIRENE stock of %1 (%n estimated figure(s)).</source>
        <translation>
            <numerusform>Stock SIRENE du %1 importé (%n chiffre estimé).</numerusform>
            <numerusform>Stock SIRENE du %1 importé (%n chiffres estimés).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::TerritoryPicker</name>
    <message>
        <source>Commune, EPCI, INSEE code…</source>
        <translation>Commune, EPCI, code Insee…</translation>
    </message>
    <message>
        <source>Type part of a name or an INSEE code / SIREN; Enter takes the best match</source>
        <translation>Tapez une partie d&apos;un nom, un code Insee ou un SIREN&#x202f;; Entrée choisit le meilleur résultat</translation>
    </message>
    <message>
        <source>Every territory</source>
        <translation>Tous les territoires</translation>
    </message>
    <message>
        <source>%1 inhab.</source>
        <translation>%1 hab.</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>core::CommuneRegisterModel</name>
    <message>
        <source>ESS establishments / all active establishments, employer or not</source>
        <translation>Établissements de l&apos;ESS / ensemble des établissements actifs, employeurs ou non</translation>
    </message>
    <message>
        <source>Active employer establishments: comparable with the published figures</source>
        <translation>Établissements employeurs actifs&#xa0;: comparables aux chiffres publiés</translation>
    </message>
    <message>
        <source>Estimated from headcount bands: low – central – high</source>
        <translation>Estimé d&apos;après les tranches d&apos;effectif&#xa0;: bas – central – haut</translation>
    </message>
    <message>
        <source>Application convention, not Insee&apos;s official ESS perimeter.</source>
        <translation>Convention de l&apos;application, pas le périmètre officiel de l&apos;ESS de l&apos;Insee.</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Active establishments</source>
        <translation>Établissements actifs</translation>
    </message>
    <message>
        <source>ESS establishments</source>
        <translation>Établissements de l&apos;ESS</translation>
    </message>
    <message>
        <source>ESS share</source>
        <translation>Part de l&apos;ESS</translation>
    </message>
    <message>
        <source>Employer establishments</source>
        <translation>Établissements employeurs</translation>
    </message>
    <message>
        <source>ESS share of employers</source>
        <translation>Part de l&apos;ESS parmi les employeurs</translation>
    </message>
    <message>
        <source>ESS employees (low – mid – high)</source>
        <translation>Salariés de l&apos;ESS (bas – central – haut)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Insee, municipal population %1</source>
        <translation>Insee, population municipale %1</translation>
    </message>
    <message>
        <source>No SIRENE register figures yet.</source>
        <translation>Pas encore de chiffres du répertoire SIRENE.</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %n establishment(s): one more or less moves this share by 20 points or more; read it with care.</source>
        <translation>
            <numerusform>Moins de %n établissement&#xa0;: un de plus ou de moins déplace cette part de 20 points ou plus&#x202f;; à lire avec prudence.</numerusform>
            <numerusform>Moins de %n établissements&#xa0;: un de plus ou de moins déplace cette part de 20 points ou plus&#x202f;; à lire avec prudence.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (small count)</source>
        <translation>%1 (petit effectif)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>%1 · SIRENE stock of %2 · %3</source>
        <translation>%1 · stock SIRENE du %2 · %3</translation>
    </message>
</context>
<context>
    <name>core::Method</name>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimé</translation>
    </message>
    <message>
        <source>about </source>
        <translation>environ </translation>
    </message>
    <message>
        <source>more than </source>
        <translation>plus de </translation>
    </message>
    <message>
        <source>at most </source>
        <translation>au plus </translation>
    </message>
</context>
<context>
    <name>core::ObservationTableModel</name>
    <message>
        <source>Counted: %1</source>
        <translation>Décompte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Perimeter: %1</source>
        <translation>Périmètre&#xa0;: %1</translation>
    </message>
    <message>
        <source> (NAF section %1)</source>
        <translation> (section NAF %1)</translation>
    </message>
    <message>
        <source>reference data</source>
        <translation>données de référence</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
</context>
<context>
    <name>core::Territory</name>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>intercommunality</source>
        <translation>intercommunalité</translation>
    </message>
    <message>
        <source>arrondissement</source>
        <translation>arrondissement</translation>
    </message>
    <message>
        <source>department</source>
        <translation>département</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
</context>
<context>
    <name>core::charts::ChartNames</name>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>population density</source>
        <translation>densité de population</translation>
    </message>
    <message>
        <source>ESS establishments (SIRENE estimate)</source>
        <translation>établissements de l’ESS (estimation SIRENE)</translation>
    </message>
    <message>
        <source>ESS share of establishments (SIRENE estimate)</source>
        <translation>part de l’ESS dans les établissements (estimation SIRENE)</translation>
    </message>
    <message>
        <source>ESS employees (SIRENE estimate)</source>
        <translation>salariés de l’ESS (estimation SIRENE)</translation>
    </message>
    <message>
        <source>ESS share of employer establishments (SIRENE estimate)</source>
        <translation>part de l’ESS dans les établissements employeurs (estimation SIRENE)</translation>
    </message>
    <message>
        <source>Commune map: %1</source>
        <translation>Carte des communes : %1</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>ESS share of salaried jobs</source>
        <translation>Part de l’ESS dans l’emploi salarié</translation>
    </message>
    <message>
        <source>ESS share of establishments</source>
        <translation>Part de l’ESS dans les établissements</translation>
    </message>
    <message>
        <source>The ESS and the rest of the economy</source>
        <translation>L’ESS et le reste de l’économie</translation>
    </message>
    <message>
        <source>Employees per ESS structure</source>
        <translation>Salariés par structure de l’ESS</translation>
    </message>
    <message>
        <source>ESS jobs by family</source>
        <translation>Emplois de l’ESS par famille</translation>
    </message>
    <message>
        <source>ESS jobs by sector</source>
        <translation>Emplois de l’ESS par secteur</translation>
    </message>
    <message>
        <source>Evolution of the ESS share of jobs</source>
        <translation>Évolution de la part de l’ESS dans l’emploi</translation>
    </message>
    <message>
        <source>Communes ranked by ESS share of jobs</source>
        <translation>Communes classées par part de l’ESS dans l’emploi</translation>
    </message>
    <message>
        <source>The sources compared</source>
        <translation>Les sources comparées</translation>
    </message>
    <message>
        <source>Commune map</source>
        <translation>Carte des communes</translation>
    </message>
    <message>
        <source>Social networks</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Diaporama</translation>
    </message>
    <message>
        <source>Print (A4)</source>
        <translation>Impression (A4)</translation>
    </message>
</context>
<context>
    <name>core::format</name>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
</context>
<context>
    <name>core::sirene::ChunkReader</name>
    <message>
        <source>File not found: %1</source>
        <translation>Fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Cannot open the ZIP file %1 (damaged or truncated?): %2</source>
        <translation>Impossible d&apos;ouvrir le fichier ZIP %1 (endommagé ou tronqué&#x202f;?)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The ZIP file %1 holds several CSV files; expected one</source>
        <translation>Le fichier ZIP %1 contient plusieurs fichiers CSV&#x202f;; attendu&#xa0;: un seul</translation>
    </message>
    <message>
        <source>The ZIP file %1 holds no CSV file</source>
        <translation>Le fichier ZIP %1 ne contient aucun fichier CSV</translation>
    </message>
    <message>
        <source>Cannot read %1 inside the ZIP file %2: %3</source>
        <translation>Impossible de lire %1 dans le fichier ZIP %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read %1 inside the ZIP file (damaged or truncated?): %2</source>
        <translation>Impossible de lire %1 dans le fichier ZIP (endommagé ou tronqué&#x202f;?)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: input/output error</source>
        <translation>Impossible de lire %1&#xa0;: erreur d&apos;entrée-sortie</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
</context>
<context>
    <name>core::sirene::Classification</name>
    <message>
        <source>Cannot open the ESS classification file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier de classification ESS %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Invalid ESS classification file %1: JSON error at offset %2: %3</source>
        <translation>Fichier de classification ESS %1 non valide&#xa0;: erreur JSON à la position %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>le document n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>unsupported &quot;format&quot; (expected 1)</source>
        <translation>«&#x202f;format&#x202f;» non pris en charge (attendu&#xa0;: 1)</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or empty</source>
        <translation>«&#x202f;id&#x202f;» est absent ou vide</translation>
    </message>
    <message>
        <source>&quot;label&quot; is missing or empty</source>
        <translation>«&#x202f;label&#x202f;» est absent ou vide</translation>
    </message>
    <message>
        <source>&quot;families&quot; must be a non-empty array</source>
        <translation>«&#x202f;families&#x202f;» doit être un tableau non vide</translation>
    </message>
    <message>
        <source>family %1 has no &quot;key&quot;</source>
        <translation>la famille %1 n&apos;a pas de «&#x202f;key&#x202f;»</translation>
    </message>
    <message>
        <source>family &quot;%1&quot; appears twice</source>
        <translation>la famille «&#x202f;%1&#x202f;» apparaît deux fois</translation>
    </message>
    <message>
        <source>family &quot;%1&quot; needs exactly one of &quot;legal_categories&quot; or &quot;ess_flag&quot;</source>
        <translation>la famille «&#x202f;%1&#x202f;» doit avoir exactement un seul des deux champs «&#x202f;legal_categories&#x202f;» ou «&#x202f;ess_flag&#x202f;»</translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: &quot;ess_flag&quot; must be a non-empty string</source>
        <translation>famille «&#x202f;%1&#x202f;»&#xa0;: «&#x202f;ess_flag&#x202f;» doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: &quot;legal_categories&quot; must be a non-empty array</source>
        <translation>famille «&#x202f;%1&#x202f;»&#xa0;: «&#x202f;legal_categories&#x202f;» doit être un tableau non vide</translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: legal category %2 is not a 4-digit code</source>
        <translation>famille «&#x202f;%1&#x202f;»&#xa0;: la catégorie juridique %2 n&apos;est pas un code à 4 chiffres</translation>
    </message>
    <message>
        <source>legal category %1 is in both &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>la catégorie juridique %1 figure à la fois dans «&#x202f;%2&#x202f;» et dans «&#x202f;%3&#x202f;»</translation>
    </message>
    <message>
        <source>family &quot;%1&quot; (legal categories) must come before the ESS flag families</source>
        <translation>la famille «&#x202f;%1&#x202f;» (catégories juridiques) doit figurer avant les familles définies par le marqueur ESS</translation>
    </message>
    <message>
        <source>&quot;naf_exclusions&quot; must be an array of NAF codes</source>
        <translation>«&#x202f;naf_exclusions&#x202f;» doit être un tableau de codes NAF</translation>
    </message>
    <message>
        <source>&quot;naf_exclusions&quot; must hold non-empty strings</source>
        <translation>«&#x202f;naf_exclusions&#x202f;» doit contenir des chaînes non vides</translation>
    </message>
    <message>
        <source>&quot;headcount_bands.bands&quot; must be a non-empty array</source>
        <translation>«&#x202f;headcount_bands.bands&#x202f;» doit être un tableau non vide</translation>
    </message>
    <message>
        <source>a headcount band has no &quot;code&quot;</source>
        <translation>une tranche d&apos;effectif n&apos;a pas de «&#x202f;code&#x202f;»</translation>
    </message>
    <message>
        <source>band %1: &quot;low&quot; and &quot;high&quot; must be whole numbers</source>
        <translation>tranche %1&#xa0;: «&#x202f;low&#x202f;» et «&#x202f;high&#x202f;» doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>band %1: need 0 &lt;= low &lt;= high</source>
        <translation>tranche %1&#xa0;: il faut 0 &lt;= low &lt;= high</translation>
    </message>
    <message>
        <source>band %1 appears twice</source>
        <translation>la tranche %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>Invalid ESS classification file %1: %2</source>
        <translation>Fichier de classification ESS %1 non valide&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>core::sirene::SireneReader</name>
    <message>
        <source>No territory to compute</source>
        <translation>Aucun territoire à calculer</translation>
    </message>
    <message>
        <source>The territory %1 has no commune</source>
        <translation>Le territoire %1 ne compte aucune commune</translation>
    </message>
    <message>
        <source>Invalid commune code &quot;%1&quot; in %2</source>
        <translation>Code de commune «&#x202f;%1&#x202f;» non valide dans %2</translation>
    </message>
    <message>
        <source>The two files are swapped: %1 is an establishment file (StockEtablissement) and %2 a legal-unit file (StockUniteLegale)</source>
        <translation>Les deux fichiers sont inversés&#xa0;: %1 est un fichier d&apos;établissements (StockEtablissement) et %2 un fichier d&apos;unités légales (StockUniteLegale)</translation>
    </message>
    <message>
        <source>%1 is an establishment file (StockEtablissement), not a legal-unit file (StockUniteLegale)</source>
        <translation>%1 est un fichier d&apos;établissements (StockEtablissement), pas un fichier d&apos;unités légales (StockUniteLegale)</translation>
    </message>
    <message>
        <source>%1 is a legal-unit file (StockUniteLegale), not an establishment file (StockEtablissement)</source>
        <translation>%1 est un fichier d&apos;unités légales (StockUniteLegale), pas un fichier d&apos;établissements (StockEtablissement)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>%1 has a header but no establishment row; expected the StockEtablissement file of the SIRENE register</source>
        <translation>%1 a un en-tête mais aucune ligne d&apos;établissement&#x202f;; attendu&#xa0;: le fichier StockEtablissement du répertoire SIRENE</translation>
    </message>
    <message>
        <source>%1, line 1: the header line is incomplete or too long</source>
        <translation>%1, ligne 1&#xa0;: la ligne d&apos;en-tête est incomplète ou trop longue</translation>
    </message>
    <message>
        <source>%1 is empty: no header line</source>
        <translation>%1 est vide&#xa0;: aucune ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1, line 1: the header is not valid UTF-8 (the stock files are the _utf8 ones)</source>
        <translation>%1, ligne 1&#xa0;: l&apos;en-tête n&apos;est pas en UTF-8 valide (les fichiers stock à utiliser sont ceux en _utf8)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1, line 1: the required column &quot;%2&quot; is missing</source>
        <translation>%1, ligne 1&#xa0;: la colonne obligatoire «&#x202f;%2&#x202f;» est absente</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds bytes that are not UTF-8 (the stock files are the _utf8 ones)</source>
        <translation>la colonne «&#x202f;%1&#x202f;» contient des octets qui ne sont pas en UTF-8 (les fichiers stock à utiliser sont ceux en _utf8)</translation>
    </message>
    <message>
        <source>invalid SIREN &quot;%1&quot;</source>
        <translation>SIREN «&#x202f;%1&#x202f;» non valide</translation>
    </message>
    <message>
        <source>%1 (after line %2)</source>
        <translation>%1 (après la ligne %2)</translation>
    </message>
    <message>
        <source>%1 fields instead of %2 (a comma in a value that is not between quotes?)</source>
        <translation>%1 champs au lieu de %2 (une virgule dans une valeur qui n&apos;est pas entre guillemets&#x202f;?)</translation>
    </message>
    <message>
        <source>%1 fields instead of %2 (truncated file or broken quoting?)</source>
        <translation>%1 champs au lieu de %2 (fichier tronqué ou guillemets mal fermés&#x202f;?)</translation>
    </message>
    <message>
        <source>a quoted field is never closed (truncated file?)</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé (fichier tronqué&#x202f;?)</translation>
    </message>
    <message>
        <source>a record is longer than %1 MiB: a quoted field is probably never closed</source>
        <translation>un enregistrement dépasse %1 Mio&#xa0;: un champ entre guillemets n&apos;est probablement jamais fermé</translation>
    </message>
</context>
<context>
    <name>core::vocabulary</name>
    <message>
        <source>salaried jobs</source>
        <translation>emplois salariés</translation>
    </message>
    <message>
        <source>full-time equivalents</source>
        <translation>équivalents temps plein (ETP)</translation>
    </message>
    <message>
        <source>employer establishments</source>
        <translation>établissements employeurs</translation>
    </message>
    <message>
        <source>employer organisations</source>
        <translation>organisations employeuses</translation>
    </message>
    <message>
        <source>gross payroll</source>
        <translation>masse salariale brute</translation>
    </message>
    <message>
        <source>share of salaried employment</source>
        <translation>part de l&apos;emploi salarié</translation>
    </message>
    <message>
        <source>share of private salaried employment</source>
        <translation>part de l&apos;emploi salarié privé</translation>
    </message>
    <message>
        <source>share of establishments</source>
        <translation>part des établissements</translation>
    </message>
    <message>
        <source>share of ESS employment</source>
        <translation>part de l&apos;emploi de l&apos;ESS</translation>
    </message>
    <message>
        <source>share of ESS establishments</source>
        <translation>part des établissements de l&apos;ESS</translation>
    </message>
    <message>
        <source>whole economy</source>
        <translation>ensemble de l&apos;économie</translation>
    </message>
    <message>
        <source>social and solidarity economy</source>
        <translation>économie sociale et solidaire</translation>
    </message>
    <message>
        <source>outside the ESS</source>
        <translation>hors ESS</translation>
    </message>
    <message>
        <source>private sector</source>
        <translation>secteur privé</translation>
    </message>
    <message>
        <source>public sector</source>
        <translation>secteur public</translation>
    </message>
    <message>
        <source>associations</source>
        <translation>associations</translation>
    </message>
    <message>
        <source>cooperatives</source>
        <translation>coopératives</translation>
    </message>
    <message>
        <source>mutual societies</source>
        <translation>mutuelles</translation>
    </message>
    <message>
        <source>foundations</source>
        <translation>fondations</translation>
    </message>
    <message>
        <source>ESS commercial companies</source>
        <translation>sociétés commerciales de l&apos;ESS</translation>
    </message>
    <message>
        <source>active establishments (employer or not)</source>
        <translation>établissements actifs (employeurs ou non)</translation>
    </message>
    <message>
        <source>salaried posts</source>
        <translation>postes salariés</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>salariés</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>emplois</translation>
    </message>
    <message>
        <source>establishments</source>
        <translation>établissements</translation>
    </message>
    <message>
        <source>legal units</source>
        <translation>unités légales</translation>
    </message>
    <message>
        <source>structures</source>
        <translation>structures</translation>
    </message>
    <message>
        <source>inhabitants</source>
        <translation>habitants</translation>
    </message>
    <message>
        <source>unit not stated</source>
        <translation>unité non précisée</translation>
    </message>
    <message>
        <source>%1 per 1,000 inhabitants</source>
        <translation>%1 pour 1&#x202f;000 habitants</translation>
    </message>
    <message>
        <source>establishment</source>
        <translation>établissement</translation>
    </message>
    <message>
        <source>employer establishment</source>
        <translation>établissement employeur</translation>
    </message>
    <message>
        <source>legal unit</source>
        <translation>unité légale</translation>
    </message>
    <message>
        <source>employer organisation</source>
        <translation>organisation employeuse</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>%1 per %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>employees per structure</source>
        <translation>salariés par structure</translation>
    </message>
    <message>
        <source>establishments per 1,000 inhabitants</source>
        <translation>établissements pour 1&#x202f;000 habitants</translation>
    </message>
    <message>
        <source>whole activity (unit not stated)</source>
        <translation>ensemble de l&apos;activité (unité non précisée)</translation>
    </message>
    <message>
        <source>all sectors</source>
        <translation>tous secteurs</translation>
    </message>
    <message>
        <source>agriculture, forestry and fishing</source>
        <translation>agriculture, sylviculture et pêche</translation>
    </message>
    <message>
        <source>mining and quarrying</source>
        <translation>industries extractives</translation>
    </message>
    <message>
        <source>manufacturing</source>
        <translation>industrie manufacturière</translation>
    </message>
    <message>
        <source>electricity, gas, steam and air conditioning</source>
        <translation>électricité, gaz, vapeur et air conditionné</translation>
    </message>
    <message>
        <source>water supply, sewerage and waste management</source>
        <translation>eau, assainissement, gestion des déchets et dépollution</translation>
    </message>
    <message>
        <source>construction</source>
        <translation>construction</translation>
    </message>
    <message>
        <source>trade, repair of motor vehicles</source>
        <translation>commerce, réparation d&apos;automobiles et de motocycles</translation>
    </message>
    <message>
        <source>transportation and storage</source>
        <translation>transports et entreposage</translation>
    </message>
    <message>
        <source>accommodation and food services</source>
        <translation>hébergement et restauration</translation>
    </message>
    <message>
        <source>information and communication</source>
        <translation>information et communication</translation>
    </message>
    <message>
        <source>financial and insurance activities</source>
        <translation>activités financières et d&apos;assurance</translation>
    </message>
    <message>
        <source>real estate activities</source>
        <translation>activités immobilières</translation>
    </message>
    <message>
        <source>professional, scientific and technical activities</source>
        <translation>activités spécialisées, scientifiques et techniques</translation>
    </message>
    <message>
        <source>administrative and support services</source>
        <translation>activités de services administratifs et de soutien</translation>
    </message>
    <message>
        <source>public administration</source>
        <translation>administration publique</translation>
    </message>
    <message>
        <source>education</source>
        <translation>enseignement</translation>
    </message>
    <message>
        <source>human health and social work</source>
        <translation>santé humaine et action sociale</translation>
    </message>
    <message>
        <source>arts, entertainment and recreation</source>
        <translation>arts, spectacles et activités récréatives</translation>
    </message>
    <message>
        <source>other service activities</source>
        <translation>autres activités de services</translation>
    </message>
    <message>
        <source>households as employers</source>
        <translation>activités des ménages en tant qu&apos;employeurs</translation>
    </message>
    <message>
        <source>extraterritorial organisations</source>
        <translation>activités extra-territoriales</translation>
    </message>
</context>
</TS>
