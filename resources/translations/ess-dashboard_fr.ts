<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Argument inattendu : « %1 ».</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Accepted options: %2.</source>
        <translation>Option inconnue : « %1 ». Options acceptées : %2.</translation>
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
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <source>no published figure</source>
        <translation>aucun chiffre publié</translation>
    </message>
    <message>
        <source>Latest year published for each territory; years and counting units differ between sources. In orange: the selected territory.</source>
        <translation>Dernière année publiée pour chaque territoire ; les années et les unités de compte diffèrent selon les sources. En orange : le territoire sélectionné.</translation>
    </message>
    <message>
        <source>&quot;not available&quot;: no source gives this figure for the territory.</source>
        <translation>« non disponible » : aucune source ne donne ce chiffre pour le territoire.</translation>
    </message>
    <message>
        <source>No source gives this indicator for these territories.</source>
        <translation>Aucune source ne donne cet indicateur pour ces territoires.</translation>
    </message>
    <message>
        <source>The ESS share of salaried employment</source>
        <translation>La part de l&apos;ESS dans l&apos;emploi salarié</translation>
    </message>
    <message>
        <source>Share of jobs held by ESS organisations, in %</source>
        <translation>Part des emplois relevant des organisations de l&apos;ESS, en %</translation>
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
        <translation>Combien de salariés par structure de l&apos;ESS ?</translation>
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
        <source>Units differ: per establishment (CRESS, Insee), per employer association (2016), per structure (PHARE). Compare with care.</source>
        <translation>Les unités diffèrent : par établissement (CRESS, Insee), par association employeuse (2016), par structure (PHARE). À comparer avec prudence.</translation>
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
        <translation>niveau : %1 (aucune ventilation publiée pour le territoire sélectionné).</translation>
    </message>
    <message>
        <source>The ESS in %1</source>
        <translation>L&apos;ESS dans le territoire %1</translation>
    </message>
    <message>
        <source>No source gives the ESS share of jobs for this territory.</source>
        <translation>Aucune source ne donne la part de l&apos;ESS dans l&apos;emploi pour ce territoire.</translation>
    </message>
    <message>
        <source>of salaried jobs</source>
        <translation>des emplois salariés</translation>
    </message>
    <message>
        <source>Share of salaried employment in the ESS, %1</source>
        <translation>Part de l&apos;emploi salarié dans l&apos;ESS, %1</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>niveau : %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Chart: %1.</source>
        <translation>Graphique : %1.</translation>
    </message>
    <message>
        <source>Values: %1.</source>
        <translation>Valeurs : %1.</translation>
    </message>
    <message>
        <source>category;value;low;high;unit;method;detail</source>
        <translation>catégorie;valeur;bas;haut;unité;méthode;détail</translation>
    </message>
    <message>
        <source>key figure: the ESS share of salaried jobs</source>
        <translation>chiffre clé : la part de l&apos;ESS dans les emplois salariés</translation>
    </message>
    <message>
        <source>bars: ESS share of jobs, territory against CAVM, CAPH, CAVM + CAPH, Nord, Hauts-de-France, France</source>
        <translation>barres : part de l&apos;ESS dans l&apos;emploi, territoire face à CAVM, CAPH, CAVM + CAPH, Nord, Hauts-de-France, France</translation>
    </message>
    <message>
        <source>bars: ESS share of establishments, same territories</source>
        <translation>barres : part de l&apos;ESS dans les établissements, mêmes territoires</translation>
    </message>
    <message>
        <source>100 % stacked bars: ESS jobs and the rest of the economy</source>
        <translation>barres empilées à 100 % : emplois de l&apos;ESS et reste de l&apos;économie</translation>
    </message>
    <message>
        <source>bars: employees per ESS structure, by source</source>
        <translation>barres : salariés par structure de l&apos;ESS, selon la source</translation>
    </message>
    <message>
        <source>bars: ESS jobs by family (associations, cooperatives, mutuals, foundations)</source>
        <translation>barres : emplois de l&apos;ESS par famille (associations, coopératives, mutuelles, fondations)</translation>
    </message>
    <message>
        <source>bars: ESS jobs by sector (when sector data exist)</source>
        <translation>barres : emplois de l&apos;ESS par secteur (si des données sectorielles existent)</translation>
    </message>
    <message>
        <source>columns: ESS share of jobs over the years (when several years exist)</source>
        <translation>colonnes : part de l&apos;ESS dans l&apos;emploi au fil des années (si plusieurs années existent)</translation>
    </message>
    <message>
        <source>bars: communes ranked by ESS share of jobs (when commune data exist)</source>
        <translation>barres : communes classées selon la part de l&apos;ESS dans l&apos;emploi (si des données communales existent)</translation>
    </message>
    <message>
        <source>bars: the ESS share of jobs as each source gives it, side by side</source>
        <translation>barres : la part de l&apos;ESS dans l&apos;emploi selon chaque source, côte à côte</translation>
    </message>
    <message>
        <source>The ESS and the rest of the economy</source>
        <translation>L&apos;ESS et le reste de l&apos;économie</translation>
    </message>
    <message>
        <source>Share of salaried jobs, in %: ESS (blue) and rest of the economy (grey)</source>
        <translation>Part des emplois salariés, en % : ESS (bleu) et reste de l&apos;économie (gris)</translation>
    </message>
    <message>
        <source>Latest year published for each territory; a published range is drawn at its middle and written as published.</source>
        <translation>Dernière année publiée pour chaque territoire ; une fourchette publiée est tracée en son milieu et écrite telle que publiée.</translation>
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
        <translation>Une seule année est publiée pour ce territoire : aucune évolution à montrer.</translation>
    </message>
    <message>
        <source>%1, share of salaried jobs in the ESS, in %</source>
        <translation>%1, part des emplois salariés dans l&apos;ESS, en %</translation>
    </message>
    <message>
        <source>Level: %1 (no series published for the selected territory).</source>
        <translation>niveau : %1 (aucune série publiée pour le territoire sélectionné).</translation>
    </message>
    <message>
        <source>The years come from different sources whose perimeters differ: read the gaps with care.</source>
        <translation>Les années proviennent de sources différentes dont les périmètres diffèrent : lisez les écarts avec prudence.</translation>
    </message>
    <message>
        <source>Communes ranked by the ESS share of jobs</source>
        <translation>Communes classées selon la part de l&apos;ESS dans l&apos;emploi</translation>
    </message>
    <message>
        <source>No source gives the ESS share of jobs for the communes of this territory.</source>
        <translation>Aucune source ne donne la part de l&apos;ESS dans l&apos;emploi pour les communes de ce territoire.</translation>
    </message>
    <message numerus="yes">
        <source>The 15 communes with the highest share out of %n.</source>
        <translation>
            <numerusform>Les 15 communes où la part est la plus élevée, sur %n commune.</numerusform>
            <numerusform>Les 15 communes où la part est la plus élevée, sur %n communes.</numerusform>
        </translation>
    </message>
    <message>
        <source>One indicator, several sources</source>
        <translation>Un indicateur, plusieurs sources</translation>
    </message>
    <message>
        <source>A single source gives the ESS share of jobs here: nothing to compare.</source>
        <translation>Une seule source donne ici la part de l&apos;ESS dans l&apos;emploi : rien à comparer.</translation>
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
        <translation>niveau : %1 (une seule source pour le territoire sélectionné).</translation>
    </message>
    <message>
        <source>Sources differ in year, perimeter and counting unit; the gaps show why a figure must always be quoted with its source.</source>
        <translation>Les sources diffèrent par l&apos;année, le périmètre et l&apos;unité de compte ; les écarts montrent pourquoi un chiffre doit toujours être cité avec sa source.</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot encode the PNG image: %1</source>
        <translation>Impossible d&apos;encoder l&apos;image PNG : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot complete the PDF: %1</source>
        <translation>Impossible de finaliser le PDF : %1</translation>
    </message>
    <message>
        <source>Unknown file format.</source>
        <translation>Format de fichier inconnu.</translation>
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
        <translation>Source : non disponible</translation>
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
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage:
  ess-dashboard [--db PATH] [--lang fr|en]      open the dashboard
  ess-dashboard figures [--territory CODE] [--format json|csv] [--db PATH]
  ess-dashboard datasets [--format json] [--db PATH]
  ess-dashboard remove-dataset ID [--db PATH]

Territory codes: COM:59606, EPCI:245901160, ARR:596 (CAVM + CAPH), DEP:59, REG:32, FR; bare 5-character commune codes and 9-digit EPCI numbers are accepted.
Default database: %1
</source>
        <translation>Utilisation :
  ess-dashboard [--db CHEMIN] [--lang fr|en]      ouvrir le tableau de bord
  ess-dashboard figures [--territory CODE] [--format json|csv] [--db CHEMIN]
  ess-dashboard datasets [--format json] [--db CHEMIN]
  ess-dashboard remove-dataset ID [--db CHEMIN]

Codes de territoire : COM:59606, EPCI:245901160, ARR:596 (CAVM + CAPH), DEP:59, REG:32, FR ; les codes de commune seuls (5 caractères) et les numéros d&apos;EPCI (9 chiffres) sont aussi acceptés.
Base de données par défaut : %1
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1 : impossible d&apos;ouvrir le fichier : %2</translation>
    </message>
    <message>
        <source>%1: the file is encoded in UTF-16; expected a text table in UTF-8 or Windows-1252 (save it again as CSV UTF-8)</source>
        <translation>%1 : le fichier est encodé en UTF-16 ; attendu : un tableau texte en UTF-8 ou Windows-1252 (enregistrez-le de nouveau au format CSV UTF-8)</translation>
    </message>
    <message>
        <source>%1: not a table: the file contains binary data (a NUL byte at offset %2); expected a CSV text file</source>
        <translation>%1 : ce n&apos;est pas un tableau : le fichier contient des données binaires (un octet NUL à la position %2) ; attendu : un fichier texte CSV</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>%1: not a table: the file is empty; expected a header line and data lines</source>
        <translation>%1 : ce n&apos;est pas un tableau : le fichier est vide ; attendu : une ligne d&apos;en-tête et des lignes de données</translation>
    </message>
    <message>
        <source>%1: not a table: no column separator found in the first lines; expected columns separated by semicolons, commas or tabs</source>
        <translation>%1 : ce n&apos;est pas un tableau : aucun séparateur de colonnes trouvé dans les premières lignes ; attendu : des colonnes séparées par des points-virgules, des virgules ou des tabulations</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field opened on this line is never closed; the file looks truncated (expected a closing double quote)</source>
        <translation>%1 : ligne %2 : un champ entre guillemets ouvert sur cette ligne n&apos;est jamais fermé ; le fichier semble tronqué (attendu : un guillemet double fermant)</translation>
    </message>
</context>
<context>
    <name>DatasetsCommand</name>
    <message>
        <source>Unknown format &quot;%1&quot;: expected json or text.</source>
        <translation>Format « %1 » inconnu ; attendu : json ou text.</translation>
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
        <translation>remove-dataset attend le numéro du jeu de données (voir « ess-dashboard datasets »).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dataset number.</source>
        <translation>« %1 » n&apos;est pas un numéro de jeu de données.</translation>
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
    <name>FiguresCommand</name>
    <message>
        <source>territory;indicator;scope;year;value;low;high;unit;method;perimeter;sources;disagreement;regional comparison</source>
        <translation>territoire;indicateur;champ;année;valeur;bas;haut;unité;méthode;périmètre;sources;désaccord;comparaison régionale</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: expected json or csv.</source>
        <translation>Format « %1 » inconnu ; attendu : json ou csv.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>File: %1 (%2%3), header on line %4</source>
        <translation>Fichier : %1 (%2%3), en-tête à la ligne %4</translation>
    </message>
    <message>
        <source>, separator &quot;%1&quot;</source>
        <translation>, séparateur « %1 »</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Lignes lues : %1</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Observations : %1</translation>
    </message>
    <message>
        <source>Values missing (secrecy or not available): %1</source>
        <translation>Valeurs manquantes (secret statistique ou non disponible) : %1</translation>
    </message>
    <message>
        <source>Empty cells: %1</source>
        <translation>Cellules vides : %1</translation>
    </message>
    <message>
        <source>Repeated identical figures ignored: %1</source>
        <translation>Chiffres identiques répétés ignorés : %1</translation>
    </message>
    <message>
        <source>Line %1 skipped: %2</source>
        <translation>Ligne %1 ignorée : %2</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… problèmes supplémentaires : %1</translation>
    </message>
    <message>
        <source>%1 problems: nothing was imported</source>
        <translation>Problèmes relevés : %1 ; rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>No territory column; expected the header text or #N of the column holding territory codes or names</source>
        <translation>Aucune colonne de territoire ; attendu : le texte d&apos;en-tête ou le #N de la colonne contenant les codes ou les noms des territoires</translation>
    </message>
    <message>
        <source>No year; expected a year column or a fixed year</source>
        <translation>Aucune année ; attendu : une colonne d&apos;année ou une année fixe</translation>
    </message>
    <message>
        <source>Both a year column and a fixed year; expected only one of them</source>
        <translation>Une colonne d&apos;année et une année fixe à la fois ; attendu : l&apos;une ou l&apos;autre seulement</translation>
    </message>
    <message>
        <source>Year %1; expected a year between 1900 and 2100</source>
        <translation>Année %1 ; attendu : une année comprise entre 1900 et 2100</translation>
    </message>
    <message>
        <source>No values to read; expected --map COLUMN=MEASURE[:SCOPE[:SECTOR]] mappings, or a measure column and a value column</source>
        <translation>Aucune valeur à lire ; attendu : des correspondances --map COLONNE=MESURE[:CHAMP[:SECTEUR]], ou une colonne de mesure et une colonne de valeur</translation>
    </message>
    <message>
        <source>Both mappings and a value column; expected a wide layout (mappings) or a long layout (measure and value columns), not both</source>
        <translation>Des correspondances et une colonne de valeur à la fois ; attendu : une disposition large (correspondances) ou une disposition longue (colonnes de mesure et de valeur), pas les deux</translation>
    </message>
    <message>
        <source>%1: cannot write the profile: %2</source>
        <translation>%1 : impossible d&apos;écrire le profil : %2</translation>
    </message>
    <message>
        <source>%1: cannot read the profile: %2</source>
        <translation>%1 : impossible de lire le profil : %2</translation>
    </message>
    <message>
        <source>%1: not a profile: %2 at offset %3; expected a JSON object</source>
        <translation>%1 : ce n&apos;est pas un profil : %2 à la position %3 ; attendu : un objet JSON</translation>
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
        <source>employees per employer establishment</source>
        <translation>salariés par établissement employeur</translation>
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
        <translation>Les sources divergent : %1</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Cannot read the reference file %1: %2</source>
        <translation>Impossible de lire le fichier de référence %1 : %2</translation>
    </message>
    <message>
        <source>The reference file %1 is not valid JSON (offset %2): %3</source>
        <translation>Le fichier de référence %1 n&apos;est pas un JSON valide (position %2) : %3</translation>
    </message>
    <message>
        <source>manifest.json has no positive &quot;version&quot;.</source>
        <translation>manifest.json n&apos;a pas de champ « version » positif.</translation>
    </message>
    <message>
        <source>territories.json: territory &quot;%1&quot; has no code or an unknown kind.</source>
        <translation>territories.json : le territoire « %1 » n&apos;a pas de code ou est d&apos;un type inconnu.</translation>
    </message>
    <message>
        <source>territories.json: the parent %1 of %2 must come before it.</source>
        <translation>territories.json : le parent %1 de %2 doit figurer avant lui.</translation>
    </message>
    <message>
        <source>sources.json: every source needs a key and a title.</source>
        <translation>sources.json : chaque source doit avoir une clé et un titre.</translation>
    </message>
    <message>
        <source>figures.json, figure %1 (%2, %3): %4</source>
        <translation>figures.json, chiffre %1 (%2, %3) : %4</translation>
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
        <translation>source « %1 » inconnue</translation>
    </message>
    <message>
        <source>year out of range</source>
        <translation>année hors limites</translation>
    </message>
    <message>
        <source>neither a value nor a range</source>
        <translation>ni valeur ni fourchette</translation>
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
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a readable ESS dashboard database: %2</source>
        <translation>%1 n&apos;est pas une base de données lisible du tableau de bord ESS : %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of the application (schema %2, this version knows up to %3). It was left unchanged.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de l&apos;application (schéma %2 ; cette version connaît les schémas jusqu&apos;au %3). Elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application; it was left unchanged.</source>
        <translation>%1 est une base de données SQLite d&apos;une autre application ; elle n&apos;a pas été modifiée.</translation>
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
        <translation>Impossible de préparer l&apos;insertion : %1</translation>
    </message>
    <message>
        <source>Cannot write the observation for %1, %2 (%3): %4</source>
        <translation>Impossible d&apos;écrire l&apos;observation pour %1, %2 (%3) : %4</translation>
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
        <translation>Le jeu de données %1 contient les données de référence intégrées ; il ne peut pas être supprimé.</translation>
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
        <source>Cannot commit the reference data</source>
        <translation>Impossible de valider les données de référence</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation>%1 : impossible d&apos;ouvrir le fichier : %2</translation>
    </message>
    <message>
        <source>%1: line %2: no header there; expected a header row within the file&apos;s %3 lines</source>
        <translation>%1 : ligne %2 : pas d&apos;en-tête à cet endroit ; attendu : une ligne d&apos;en-tête parmi les %3 lignes du fichier</translation>
    </message>
    <message>
        <source>%1: not a table: no line has two or more filled cells; expected a header line and data lines</source>
        <translation>%1 : ce n&apos;est pas un tableau : aucune ligne n&apos;a au moins deux cellules remplies ; attendu : une ligne d&apos;en-tête et des lignes de données</translation>
    </message>
</context>
<context>
    <name>TableConverter</name>
    <message>
        <source>%1, line %2, column %3 &quot;%4&quot;</source>
        <translation>%1, ligne %2, colonne %3 « %4 »</translation>
    </message>
    <message>
        <source>%1, line %2 (header): no column &quot;%3&quot; for the %4; expected one of the header texts (%5) or #1 to #%6</source>
        <translation>%1, ligne %2 (en-tête) : aucune colonne « %3 » pour la donnée « %4 » ; attendu : l&apos;un des textes d&apos;en-tête (%5) ou #1 à #%6</translation>
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
        <translation>%1 : mesure « %2 » inconnue ; attendu : une mesure parmi %3</translation>
    </message>
    <message>
        <source>%1: unknown scope &quot;%2&quot;; expected one of: %3</source>
        <translation>%1 : champ « %2 » inconnu ; attendu : un champ parmi %3</translation>
    </message>
    <message>
        <source>%1: unknown sector &quot;%2&quot;; expected &quot;all&quot; or a NAF section letter A to U</source>
        <translation>%1 : secteur « %2 » inconnu ; attendu : « all » ou une lettre de section NAF de A à U</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a percentage; expected a number without %, since %3 is not a share</source>
        <translation>%1 : « %2 » est un pourcentage ; attendu : un nombre sans %, car %3 n&apos;est pas une part</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is outside 0–100; expected a share in percent between 0 and 100 for %3</source>
        <translation>%1 : « %2 » est hors de l&apos;intervalle 0–100 ; attendu : une part en pourcentage comprise entre 0 et 100 pour %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is negative; expected a count of zero or more for %3</source>
        <translation>%1 : « %2 » est négatif ; attendu : un nombre supérieur ou égal à zéro pour %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; conflicts with line %3 for the same territory %4, year %5, measure %6, scope %7 and sector %8; expected one value per figure</source>
        <translation>%1 : « %2 » est en conflit avec la ligne %3 (même territoire %4, année %5, mesure %6, champ %7 et secteur %8) ; attendu : une seule valeur par chiffre</translation>
    </message>
    <message>
        <source>not published in the file (&quot;%1&quot;)</source>
        <translation>non publié dans le fichier (« %1 »)</translation>
    </message>
    <message>
        <source>no territory and no value</source>
        <translation>ni territoire ni valeur</translation>
    </message>
    <message>
        <source>%1: unknown territory &quot;%2&quot;; expected a commune code (5 characters), an EPCI SIREN (9 digits), a typed code (COM:, EPCI:, ARR:, DEP:, REG:, FR) or the name of a known territory</source>
        <translation>%1 : territoire « %2 » inconnu ; attendu : un code de commune (5 caractères), un SIREN d&apos;EPCI (9 chiffres), un code typé (COM:, EPCI:, ARR:, DEP:, REG:, FR) ou le nom d&apos;un territoire connu</translation>
    </message>
    <message>
        <source>%1: the territory &quot;%2&quot; is ambiguous; expected a code instead, one of: %3</source>
        <translation>%1 : le territoire « %2 » est ambigu ; attendu : un code à la place, parmi %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid year; %3</source>
        <translation>%1 : « %2 » n&apos;est pas une année valide ; %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; %3</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre ; %3</translation>
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
        <translation>Le code de territoire « %1 » est ambigu ; candidats : %2.</translation>
    </message>
    <message>
        <source>Unknown territory &quot;%1&quot;. Expected a code such as COM:59606, EPCI:245901160, ARR:596, DEP:59, REG:32 or FR.</source>
        <translation>Territoire « %1 » inconnu. Attendu : un code tel que COM:59606, EPCI:245901160, ARR:596, DEP:59, REG:32 ou FR.</translation>
    </message>
    <message>
        <source>Close candidates: %1.</source>
        <translation>Candidats proches : %1.</translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>expected a number such as 12 345,6 or 12345.6 or 10 %, or a secrecy marker (s, nd, secret, -) or an empty cell</source>
        <translation>attendu : un nombre tel que 12 345,6 ou 12345.6 ou 10 %, un marqueur de secret (s, nd, secret, -) ou une cellule vide</translation>
    </message>
    <message>
        <source>expected a year written with four digits, between %1 and %2</source>
        <translation>attendu : une année écrite avec quatre chiffres, entre %1 et %2</translation>
    </message>
    <message>
        <source>expected a year between %1 and %2</source>
        <translation>attendu : une année comprise entre %1 et %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Unknown territory %1.</source>
        <translation>Territoire %1 inconnu.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: damaged XLSX file: the part %2 is missing</source>
        <translation>%1 : fichier XLSX endommagé : la partie %2 est absente</translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: the size of part %2 is unknown</source>
        <translation>%1 : fichier XLSX endommagé : la taille de la partie %2 est inconnue</translation>
    </message>
    <message>
        <source>%1: refused: the part %2 would inflate from %3 to %4 bytes (ratio %5:1); expected at most %6 bytes and a ratio of at most %7:1 (possible zip bomb)</source>
        <translation>%1 : refusé : une fois décompressée, la partie %2 passerait de %3 à %4 octets (ratio %5:1) ; attendu : au plus %6 octets et un ratio d&apos;au plus %7:1 (possible bombe de décompression)</translation>
    </message>
    <message>
        <source>%1: cannot read the part %2: %3</source>
        <translation>%1 : impossible de lire la partie %2 : %3</translation>
    </message>
    <message>
        <source>%1: refused: the part %2 inflates beyond its declared size or the limits (%3 bytes, ratio %4:1) (possible zip bomb)</source>
        <translation>%1 : refusé : décompressée, la partie %2 dépasse sa taille déclarée ou les limites (%3 octets, ratio %4:1) (possible bombe de décompression)</translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: cannot inflate the part %2</source>
        <translation>%1 : fichier XLSX endommagé : impossible de décompresser la partie %2</translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: %2, line %3: %4</source>
        <translation>%1 : fichier XLSX endommagé : %2, ligne %3 : %4</translation>
    </message>
    <message>
        <source>%1: not a table: cannot open it as an XLSX workbook (%2); expected an Excel 2007+ .xlsx file</source>
        <translation>%1 : ce n&apos;est pas un tableau : impossible de l&apos;ouvrir comme classeur XLSX (%2) ; attendu : un fichier .xlsx d&apos;Excel 2007 ou ultérieur</translation>
    </message>
    <message>
        <source>%1: not a table: the workbook has no sheet</source>
        <translation>%1 : ce n&apos;est pas un tableau : le classeur ne contient aucune feuille</translation>
    </message>
    <message>
        <source>%1: no sheet named &quot;%2&quot;; expected one of: %3</source>
        <translation>%1 : aucune feuille nommée « %2 » ; attendu : une feuille parmi %3</translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: row %2 refers to shared string %3, which does not exist</source>
        <translation>%1 : fichier XLSX endommagé : la ligne %2 fait référence à la chaîne partagée %3, qui n&apos;existe pas</translation>
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
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Level: %1 (no figure of its own for %2)</source>
        <translation>niveau : %1 (pas de chiffre propre à %2)</translation>
    </message>
    <message>
        <source>Beside it, %1: %2 (%3, %4)</source>
        <translation>En regard, %1 : %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Décompte : %1</translation>
    </message>
    <message>
        <source>Perimeter: %1</source>
        <translation>Périmètre : %1</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>Calculé : %1</translation>
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
        <source>source: %1, %2</source>
        <translation>source : %1, %2</translation>
    </message>
    <message>
        <source>%1, the ESS accounts for %2 of salaried employment (%3).</source>
        <translation>%1, l&apos;ESS représente %2 de l&apos;emploi salarié (%3).</translation>
    </message>
    <message>
        <source>%1, the ESS accounts for %2 of establishments (%3).</source>
        <translation>%1, l&apos;ESS représente %2 des établissements (%3).</translation>
    </message>
    <message>
        <source>%1, ESS structures employ %2 people on average (%3).</source>
        <translation>%1, les structures de l&apos;ESS emploient en moyenne %2 personnes (%3).</translation>
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
        <translation>Base de données : %1 · données de référence version %2</translation>
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
        <source>&amp;About the data and the application</source>
        <translation>À &amp;propos des données et de l&apos;application</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>&amp;Territory: </source>
        <translation>&amp;Territoire : </translation>
    </message>
    <message>
        <source>&amp;Compare with: </source>
        <translation>&amp;Comparer avec : </translation>
    </message>
    <message>
        <source>Type part of a name or a code to search among the 82 communes</source>
        <translation>Saisissez une partie d&apos;un nom ou d&apos;un code pour rechercher parmi les 82 communes</translation>
    </message>
    <message>
        <source>Reference territory for the comparison charts</source>
        <translation>Territoire de référence pour les graphiques de comparaison</translation>
    </message>
    <message>
        <source>ESS share of salaried jobs</source>
        <translation>Part de l&apos;ESS dans l&apos;emploi salarié</translation>
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
        <source>Local evidence: %1 employees per employer association (%2, %3, associations only)</source>
        <translation>Donnée locale : %1 salariés par association employeuse (%2, %3, associations uniquement)</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Choose a chart tab first: the table tabs have no chart.</source>
        <translation>Choisissez d&apos;abord un onglet de graphique : les onglets de tableau n&apos;ont pas de graphique.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Unknown file type &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation>Type de fichier « %1 » inconnu : utilisez .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>About the ESS dashboard</source>
        <translation>À propos du tableau de bord ESS</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ESS dashboard&lt;/h3&gt;&lt;p&gt;The weight of the social and solidarity economy in Valenciennes Métropole (CAVM) and Porte du Hainaut (CAPH), for PHARE.&lt;/p&gt;&lt;p&gt;Every figure shows its source, year and method (published, computed or estimated). Where no source gives a value, the dashboard says &quot;not available&quot;.&lt;/p&gt;&lt;p&gt;Territories: Insee (COG 2026, legal populations 2023); DGCL (EPCI composition 2026), Licence Ouverte / Etalab 2.0. ESS figures: the publications listed in the Sources tab, quoted with attribution.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later. Font: Lato (SIL Open Font Licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tableau de bord ESS&lt;/h3&gt;&lt;p&gt;Le poids de l&apos;économie sociale et solidaire dans Valenciennes Métropole (CAVM) et la Porte du Hainaut (CAPH), pour PHARE.&lt;/p&gt;&lt;p&gt;Chaque chiffre indique sa source, son année et sa méthode (publié, calculé ou estimé). Quand aucune source ne donne de valeur, le tableau de bord affiche « non disponible ».&lt;/p&gt;&lt;p&gt;Territoires : Insee (COG 2026, populations légales 2023) ; DGCL (composition des EPCI 2026), Licence Ouverte / Etalab 2.0. Chiffres de l&apos;ESS : les publications listées dans l&apos;onglet Sources, citées avec mention de leur auteur.&lt;/p&gt;&lt;p&gt;Licence : GNU GPL version 3 ou ultérieure. Police : Lato (SIL Open Font Licence).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language will be used the next time the dashboard starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage du tableau de bord.</translation>
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
</context>
<context>
    <name>core::ObservationTableModel</name>
    <message>
        <source>Counted: %1</source>
        <translation>Décompte : %1</translation>
    </message>
    <message>
        <source>Perimeter: %1</source>
        <translation>Périmètre : %1</translation>
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
    <name>core::format</name>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
</context>
<context>
    <name>core::import</name>
    <message>
        <source>%1: unknown measure &quot;%2&quot;; expected one of: %3</source>
        <translation>%1 : mesure « %2 » inconnue ; attendu : une mesure parmi %3</translation>
    </message>
    <message>
        <source>%1: unknown scope &quot;%2&quot;; expected one of: %3</source>
        <translation>%1 : champ « %2 » inconnu ; attendu : un champ parmi %3</translation>
    </message>
    <message>
        <source>%1: unknown sector &quot;%2&quot;; expected &quot;all&quot; or a NAF section letter A to U</source>
        <translation>%1 : secteur « %2 » inconnu ; attendu : « all » ou une lettre de section NAF de A à U</translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: expected COLUMN=MEASURE[:SCOPE[:SECTOR]], for example &quot;Effectifs ESS=employees:ess&quot; or &quot;#3=employees&quot;</source>
        <translation>--map « %1 » : attendu : COLONNE=MESURE[:CHAMP[:SECTEUR]], par exemple « Effectifs ESS=employees:ess » ou « #3=employees »</translation>
    </message>
</context>
<context>
    <name>core::sirene</name>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Cannot read %1: input/output error</source>
        <translation>Impossible de lire %1 : erreur d&apos;entrée-sortie</translation>
    </message>
    <message>
        <source>Invalid ESS classification file %1: %2</source>
        <translation>Fichier de classification ESS %1 non valide : %2</translation>
    </message>
    <message>
        <source>%1, line 1: the header line is incomplete or too long</source>
        <translation>%1, ligne 1 : la ligne d&apos;en-tête est incomplète ou trop longue</translation>
    </message>
    <message>
        <source>%1 is empty: no header line</source>
        <translation>%1 est vide : aucune ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1, line 1: the header is not valid UTF-8 (the stock files are the _utf8 ones)</source>
        <translation>%1, ligne 1 : l&apos;en-tête n&apos;est pas en UTF-8 valide (les fichiers stock à utiliser sont ceux en _utf8)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1, line 1: the required column &quot;%2&quot; is missing</source>
        <translation>%1, ligne 1 : la colonne obligatoire « %2 » est absente</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds bytes that are not UTF-8 (the stock files are the _utf8 ones)</source>
        <translation>la colonne « %1 » contient des octets qui ne sont pas en UTF-8 (les fichiers stock à utiliser sont ceux en _utf8)</translation>
    </message>
    <message>
        <source>%1 (after line %2)</source>
        <translation>%1 (après la ligne %2)</translation>
    </message>
    <message>
        <source>%1 fields instead of %2 (truncated file or broken quoting?)</source>
        <translation>%1 champs au lieu de %2 (fichier tronqué ou guillemets mal fermés ?)</translation>
    </message>
    <message>
        <source>a quoted field is never closed (truncated file?)</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>a record is longer than %1 MiB: a quoted field is probably never closed</source>
        <translation>un enregistrement dépasse %1 Mio : un champ entre guillemets n&apos;est probablement jamais fermé</translation>
    </message>
</context>
<context>
    <name>core::sirene::ChunkReader</name>
    <message>
        <source>File not found: %1</source>
        <translation>Fichier introuvable : %1</translation>
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
        <translation>Impossible d&apos;ouvrir le fichier ZIP %1 (endommagé ou tronqué ?) : %2</translation>
    </message>
    <message>
        <source>The ZIP file %1 holds several CSV files; expected one</source>
        <translation>Le fichier ZIP %1 contient plusieurs fichiers CSV ; attendu : un seul</translation>
    </message>
    <message>
        <source>The ZIP file %1 holds no CSV file</source>
        <translation>Le fichier ZIP %1 ne contient aucun fichier CSV</translation>
    </message>
    <message>
        <source>Cannot read %1 inside the ZIP file %2: %3</source>
        <translation>Impossible de lire %1 dans le fichier ZIP %2 : %3</translation>
    </message>
</context>
<context>
    <name>core::sirene::ChunkReader::Impl</name>
    <message>
        <source>Cannot read %1 inside the ZIP file (damaged or truncated?): %2</source>
        <translation>Impossible de lire %1 dans le fichier ZIP (endommagé ou tronqué ?) : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: input/output error</source>
        <translation>Impossible de lire %1 : erreur d&apos;entrée-sortie</translation>
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
        <translation>Impossible d&apos;ouvrir le fichier de classification ESS %1 : %2</translation>
    </message>
    <message>
        <source>Invalid ESS classification file %1: JSON error at offset %2: %3</source>
        <translation>Fichier de classification ESS %1 non valide : erreur JSON à la position %2 : %3</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>le document n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>unsupported &quot;format&quot; (expected 1)</source>
        <translation>« format » non pris en charge (attendu : 1)</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or empty</source>
        <translation>« id » est absent ou vide</translation>
    </message>
    <message>
        <source>&quot;label&quot; is missing or empty</source>
        <translation>« label » est absent ou vide</translation>
    </message>
    <message>
        <source>&quot;families&quot; must be a non-empty array</source>
        <translation>« families » doit être un tableau non vide</translation>
    </message>
    <message>
        <source>family %1 has no &quot;key&quot;</source>
        <translation>la famille %1 n&apos;a pas de « key »</translation>
    </message>
    <message>
        <source>family &quot;%1&quot; appears twice</source>
        <translation>la famille « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>family &quot;%1&quot; needs exactly one of &quot;legal_categories&quot; or &quot;ess_flag&quot;</source>
        <translation>la famille « %1 » doit avoir exactement un seul des deux champs « legal_categories » ou « ess_flag »</translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: &quot;ess_flag&quot; must be a non-empty string</source>
        <translation>famille « %1 » : « ess_flag » doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: &quot;legal_categories&quot; must be a non-empty array</source>
        <translation>famille « %1 » : « legal_categories » doit être un tableau non vide</translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: legal category %2 is not a 4-digit code</source>
        <translation>famille « %1 » : la catégorie juridique %2 n&apos;est pas un code à 4 chiffres</translation>
    </message>
    <message>
        <source>legal category %1 is in both &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>la catégorie juridique %1 figure à la fois dans « %2 » et dans « %3 »</translation>
    </message>
    <message>
        <source>family &quot;%1&quot; (legal categories) must come before the ESS flag families</source>
        <translation>la famille « %1 » (catégories juridiques) doit figurer avant les familles définies par le marqueur ESS</translation>
    </message>
    <message>
        <source>&quot;naf_exclusions&quot; must be an array of NAF codes</source>
        <translation>« naf_exclusions » doit être un tableau de codes NAF</translation>
    </message>
    <message>
        <source>&quot;naf_exclusions&quot; must hold non-empty strings</source>
        <translation>« naf_exclusions » doit contenir des chaînes non vides</translation>
    </message>
    <message>
        <source>&quot;headcount_bands.bands&quot; must be a non-empty array</source>
        <translation>« headcount_bands.bands » doit être un tableau non vide</translation>
    </message>
    <message>
        <source>a headcount band has no &quot;code&quot;</source>
        <translation>une tranche d&apos;effectif n&apos;a pas de « code »</translation>
    </message>
    <message>
        <source>band %1: &quot;low&quot; and &quot;high&quot; must be whole numbers</source>
        <translation>tranche %1 : « low » et « high » doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>band %1: need 0 &lt;= low &lt;= high</source>
        <translation>tranche %1 : il faut 0 &lt;= low &lt;= high</translation>
    </message>
    <message>
        <source>band %1 appears twice</source>
        <translation>la tranche %1 apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>core::sirene::EstablishmentHandler</name>
    <message>
        <source>invalid SIREN &quot;%1&quot;</source>
        <translation>SIREN « %1 » non valide</translation>
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
        <translation>Code de commune « %1 » non valide dans %2</translation>
    </message>
    <message>
        <source>The two files are swapped: %1 is an establishment file (StockEtablissement) and %2 a legal-unit file (StockUniteLegale)</source>
        <translation>Les deux fichiers sont inversés : %1 est un fichier d&apos;établissements (StockEtablissement) et %2 un fichier d&apos;unités légales (StockUniteLegale)</translation>
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
</context>
<context>
    <name>core::sirene::UnitHandler</name>
    <message>
        <source>invalid SIREN &quot;%1&quot;</source>
        <translation>SIREN « %1 » non valide</translation>
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
        <source>employees per establishment</source>
        <translation>salariés par établissement</translation>
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
</context>
</TS>
