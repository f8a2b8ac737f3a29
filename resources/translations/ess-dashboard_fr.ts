<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Application</name>
    <message>
        <source>ESS dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Arguments</name>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;. Accepted options: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no published figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest year published for each territory; years and counting units differ between sources. In orange: the selected territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;not available&quot;: no source gives this figure for the territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives this indicator for these territories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ESS share of salaried employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of jobs held by ESS organisations, in %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of salaried employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ESS share of establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of establishments belonging to the ESS, in %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many employees per ESS structure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average number of employees, by what each source counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees per structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ESS (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, employer associations (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units differ: per establishment (CRESS, Insee), per employer association (2016), per structure (PHARE). Compare with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives an average size for this territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS jobs by family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of ESS jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source breaks down ESS jobs by family for this territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, share of ESS jobs in %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1 (no breakdown published for the selected territory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ESS in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives the ESS share of jobs for this territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of salaried jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of salaried employment in the ESS, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category;value;low;high;unit;method;detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key figure: the ESS share of salaried jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars: ESS share of jobs, territory against CAVM, CAPH, CAVM + CAPH, Nord, Hauts-de-France, France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars: ESS share of establishments, same territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 % stacked bars: ESS jobs and the rest of the economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars: employees per ESS structure, by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars: ESS jobs by family (associations, cooperatives, mutuals, foundations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars: ESS jobs by sector (when sector data exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: ESS share of jobs over the years (when several years exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars: communes ranked by ESS share of jobs (when commune data exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars: the ESS share of jobs as each source gives it, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ESS and the rest of the economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of salaried jobs, in %: ESS (blue) and rest of the economy (grey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest year published for each territory; a published range is drawn at its middle and written as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS jobs by sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source breaks down ESS jobs by sector for this territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, ESS employees by NAF section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ESS share of jobs over the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one year is published for this territory: no evolution to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, share of salaried jobs in the ESS, in %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1 (no series published for the selected territory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The years come from different sources whose perimeters differ: read the gaps with care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes ranked by the ESS share of jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives the ESS share of jobs for the communes of this territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The 15 communes with the highest share out of %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>One indicator, several sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single source gives the ESS share of jobs here: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, data %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ESS share of salaried jobs according to each source, in %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1 (a single source for the selected territory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources differ in year, perimeter and counting unit; the gaps show why a figure must always be quoted with its source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>Cannot encode the PNG image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartScene</name>
    <message>
        <source>%1 · edition of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest of the economy</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is encoded in UTF-16; expected a text table in UTF-8 or Windows-1252 (save it again as CSV UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a table: the file contains binary data (a NUL byte at offset %2); expected a CSV text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a table: the file is empty; expected a header line and data lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a table: no column separator found in the first lines; expected columns separated by semicolons, commas or tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field opened on this line is never closed; the file looks truncated (expected a closing double quote)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetsCommand</name>
    <message>
        <source>Unknown format &quot;%1&quot;: expected json or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%3	%4	%n observation(s)	%5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>remove-dataset needs the dataset number (see &quot;ess-dashboard datasets&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dataset number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset %1 removed with its observations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresCommand</name>
    <message>
        <source>territory;indicator;scope;year;value;low;high;unit;method;perimeter;sources;disagreement;regional comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: expected json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>File: %1 (%2%3), header on line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, separator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values missing (secrecy or not available): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty cells: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated identical figures ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSpec</name>
    <message>
        <source>No territory column; expected the header text or #N of the column holding territory codes or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No year; expected a year column or a fixed year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both a year column and a fixed year; expected only one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1; expected a year between 1900 and 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values to read; expected --map COLUMN=MEASURE[:SCOPE[:SECTOR]] mappings, or a measure column and a value column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both mappings and a value column; expected a wide layout (mappings) or a long layout (measure and value columns), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a profile: %2 at offset %3; expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>ESS jobs / all salaried jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS establishments / all establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees per employer establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees per employer organisation (legal unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family jobs / all ESS jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family establishments / all ESS establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Cannot read the reference file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference file %1 is not valid JSON (offset %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json has no positive &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territories.json: territory &quot;%1&quot; has no code or an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territories.json: the parent %1 of %2 must come before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources.json: every source needs a key and a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures.json, figure %1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown measure, scope or sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a value nor a range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable ESS dashboard database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of the application (schema %2, this version knows up to %3). It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another application; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schema migration failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write settings to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver handle is unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the insertion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the observation for %1, %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dataset %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset %1 is the embedded reference data; it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the territories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded reference data, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the reference data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: no header there; expected a header row within the file&apos;s %3 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a table: no line has two or more filled cells; expected a header line and data lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableConverter</name>
    <message>
        <source>%1, line %2, column %3 &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 (header): no column &quot;%3&quot; for the %4; expected one of the header texts (%5) or #1 to #%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title above the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note below the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown measure &quot;%2&quot;; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown scope &quot;%2&quot;; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown sector &quot;%2&quot;; expected &quot;all&quot; or a NAF section letter A to U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is a percentage; expected a number without %, since %3 is not a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is outside 0–100; expected a share in percent between 0 and 100 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is negative; expected a count of zero or more for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; conflicts with line %3 for the same territory %4, year %5, measure %6, scope %7 and sector %8; expected one value per figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published in the file (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no territory and no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown territory &quot;%2&quot;; expected a commune code (5 characters), an EPCI SIREN (9 digits), a typed code (COM:, EPCI:, ARR:, DEP:, REG:, FR) or the name of a known territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the territory &quot;%2&quot; is ambiguous; expected a code instead, one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a valid year; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number; %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryIndex</name>
    <message>
        <source>No territory code was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory code &quot;%1&quot; is ambiguous; candidates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown territory &quot;%1&quot;. Expected a code such as COM:59606, EPCI:245901160, ARR:596, DEP:59, REG:32 or FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close candidates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueParser</name>
    <message>
        <source>expected a number such as 12 345,6 or 12345.6 or 10 %, or a secrecy marker (s, nd, secret, -) or an empty cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a year written with four digits, between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a year between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Unknown territory %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: damaged XLSX file: the part %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: the size of part %2 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: the part %2 would inflate from %3 to %4 bytes (ratio %5:1); expected at most %6 bytes and a ratio of at most %7:1 (possible zip bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the part %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused: the part %2 inflates beyond its declared size or the limits (%3 bytes, ratio %4:1) (possible zip bomb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: cannot inflate the part %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: %2, line %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a table: cannot open it as an XLSX workbook (%2); expected an Excel 2007+ .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a table: the workbook has no sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no sheet named &quot;%2&quot;; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged XLSX file: row %2 refers to shared string %3, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::KeyFigureCard</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sourced sentence to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source gives this figure for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1 (no figure of its own for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside it, %1: %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perimeter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the ESS accounts for %2 of salaried employment (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the ESS accounts for %2 of establishments (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ESS structures employ %2 people on average (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message>
        <source>ESS dashboard — PHARE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 · reference data version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visible chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About the data and the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Territory: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or a code to search among the 82 communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference territory for the comparison charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS share of salaried jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS share of establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees per ESS structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 inhabitants (Insee, municipal population %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local evidence: %1 employees per employer association (%2, %3, associations only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chart tab first: the table tabs have no chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file type &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the ESS dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ESS dashboard&lt;/h3&gt;&lt;p&gt;The weight of the social and solidarity economy in Valenciennes Métropole (CAVM) and Porte du Hainaut (CAPH), for PHARE.&lt;/p&gt;&lt;p&gt;Every figure shows its source, year and method (published, computed or estimated). Where no source gives a value, the dashboard says &quot;not available&quot;.&lt;/p&gt;&lt;p&gt;Territories: Insee (COG 2026, legal populations 2023); DGCL (EPCI composition 2026), Licence Ouverte / Etalab 2.0. ESS figures: the publications listed in the Sources tab, quoted with attribution.&lt;/p&gt;&lt;p&gt;Licence: GNU GPL version 3 or later. Font: Lato (SIL Open Font Licence).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language will be used the next time the dashboard starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Method</name>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::ObservationTableModel</name>
    <message>
        <source>Counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perimeter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (NAF section %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::Territory</name>
    <message>
        <source>commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intercommunality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrondissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::format</name>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::import</name>
    <message>
        <source>%1: unknown measure &quot;%2&quot;; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown scope &quot;%2&quot;; expected one of: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown sector &quot;%2&quot;; expected &quot;all&quot; or a NAF section letter A to U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map &quot;%1&quot;: expected COLUMN=MEASURE[:SCOPE[:SECTOR]], for example &quot;Effectifs ESS=employees:ess&quot; or &quot;#3=employees&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::sirene</name>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ESS classification file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: the header line is incomplete or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: no header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: the header is not valid UTF-8 (the stock files are the _utf8 ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: the required column &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; holds bytes that are not UTF-8 (the stock files are the _utf8 ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields instead of %2 (truncated file or broken quoting?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed (truncated file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record is longer than %1 MiB: a quoted field is probably never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::sirene::ChunkReader</name>
    <message>
        <source>File not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the ZIP file %1 (damaged or truncated?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file %1 holds several CSV files; expected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file %1 holds no CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 inside the ZIP file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::sirene::ChunkReader::Impl</name>
    <message>
        <source>Cannot read %1 inside the ZIP file (damaged or truncated?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::sirene::Classification</name>
    <message>
        <source>Cannot open the ESS classification file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid ESS classification file %1: JSON error at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported &quot;format&quot; (expected 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;label&quot; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;families&quot; must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family %1 has no &quot;key&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family &quot;%1&quot; needs exactly one of &quot;legal_categories&quot; or &quot;ess_flag&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: &quot;ess_flag&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: &quot;legal_categories&quot; must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family &quot;%1&quot;: legal category %2 is not a 4-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal category %1 is in both &quot;%2&quot; and &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family &quot;%1&quot; (legal categories) must come before the ESS flag families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;naf_exclusions&quot; must be an array of NAF codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;naf_exclusions&quot; must hold non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;headcount_bands.bands&quot; must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a headcount band has no &quot;code&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band %1: &quot;low&quot; and &quot;high&quot; must be whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band %1: need 0 &lt;= low &lt;= high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::sirene::EstablishmentHandler</name>
    <message>
        <source>invalid SIREN &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::sirene::SireneReader</name>
    <message>
        <source>No territory to compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The territory %1 has no commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid commune code &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two files are swapped: %1 is an establishment file (StockEtablissement) and %2 a legal-unit file (StockUniteLegale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an establishment file (StockEtablissement), not a legal-unit file (StockUniteLegale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a legal-unit file (StockUniteLegale), not an establishment file (StockEtablissement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::sirene::UnitHandler</name>
    <message>
        <source>invalid SIREN &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::vocabulary</name>
    <message>
        <source>salaried jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full-time equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gross payroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of salaried employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of private salaried employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of ESS employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of ESS establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employees per establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social and solidarity economy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the ESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mutual societies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foundations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESS commercial companies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
