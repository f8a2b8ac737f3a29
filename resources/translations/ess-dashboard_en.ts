<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ChartBuilder</name>
    <message numerus="yes">
        <source>%n figure(s) without a stated data year left out.</source>
        <translation>
            <numerusform>%n figure without a stated data year left out.</numerusform>
            <numerusform>%n figures without a stated data year left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommuneMapBuilder</name>
    <message numerus="yes">
        <source>%n commune(s) without a value are hatched.</source>
        <translation>
            <numerusform>%n commune without a value is hatched.</numerusform>
            <numerusform>%n communes without a value are hatched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Map: %1. %2. %n commune(s).</source>
        <translation>
            <numerusform>Map: %1. %2. %n commune.</numerusform>
            <numerusform>Map: %1. %2. %n communes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n commune(s)</source>
        <translation>
            <numerusform>%1: %n commune</numerusform>
            <numerusform>%1: %n communes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) without a value.</source>
        <translation>
            <numerusform>%n commune without a value.</numerusform>
            <numerusform>%n communes without a value.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommuneRanking</name>
    <message numerus="yes">
        <source>The %1 highest of %n communes.</source>
        <translation>
            <numerusform>The %1 highest of %n communes.</numerusform>
            <numerusform>The %1 highest of %n communes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s) without any are not shown.</source>
        <translation>
            <numerusform>%n commune without any is not shown.</numerusform>
            <numerusform>%n communes without any are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatasetsCommand</name>
    <message numerus="yes">
        <source>%1	%2	%3	%4	%n observation(s)	%5</source>
        <translation>
            <numerusform>%1	%2	%3	%4	%n observation	%5</numerusform>
            <numerusform>%1	%2	%3	%4	%n observations	%5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%n problem(s) found: nothing written (--strict).</source>
        <translation>
            <numerusform>%n problem found: nothing written (--strict).</numerusform>
            <numerusform>%n problems found: nothing written (--strict).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Press kit written to %1: %n file(s).</source>
        <translation>
            <numerusform>Press kit written to %1: %n file.</numerusform>
            <numerusform>Press kit written to %1: %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSireneCommand</name>
    <message numerus="yes">
        <source>Stored dataset %1: %n estimated figure(s) (stock of %2, convention %3).</source>
        <translation>
            <numerusform>Stored dataset %1: %n estimated figure (stock of %2, convention %3).</numerusform>
            <numerusform>Stored dataset %1: %n estimated figures (stock of %2, convention %3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::CommuneView</name>
    <message numerus="yes">
        <source>%1 — %n commune(s) with their population. No SIRENE register figures yet: import Insee&apos;s stock files (StockUniteLegale and StockEtablissement, free on data.gouv.fr, a few gigabytes of ZIP files read without unzipping) to count the ESS establishments of each commune.</source>
        <translation>
            <numerusform>%1 — %n commune with their population. No SIRENE register figures yet: import Insee&apos;s stock files (StockUniteLegale and StockEtablissement, free on data.gouv.fr, a few gigabytes of ZIP files read without unzipping) to count the ESS establishments of each commune.</numerusform>
            <numerusform>%1 — %n communes with their population. No SIRENE register figures yet: import Insee&apos;s stock files (StockUniteLegale and StockEtablissement, free on data.gouv.fr, a few gigabytes of ZIP files read without unzipping) to count the ESS establishments of each commune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n commune(s), SIRENE register: %2. Application convention, not Insee&apos;s official ESS perimeter; employer establishments are the ones comparable with published figures. Shares on fewer than %3 establishments are greyed and marked &quot;small count&quot;.</source>
        <translation>
            <numerusform>%1 — %n commune, SIRENE register: %2. Application convention, not Insee&apos;s official ESS perimeter; employer establishments are the ones comparable with published figures. Shares on fewer than %3 establishments are greyed and marked &quot;small count&quot;.</numerusform>
            <numerusform>%1 — %n communes, SIRENE register: %2. Application convention, not Insee&apos;s official ESS perimeter; employer establishments are the ones comparable with published figures. Shares on fewer than %3 establishments are greyed and marked &quot;small count&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::DatasetsDialog</name>
    <message numerus="yes">
        <source>Remove dataset %1 (%2) and its %n observation(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Remove dataset %1 (%2) and its %n observation? This cannot be undone.</numerusform>
            <numerusform>Remove dataset %1 (%2) and its %n observations? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::ImportDialog</name>
    <message numerus="yes">
        <source>Understood: spreadsheet, header on line %1, %n column(s).</source>
        <translation>
            <numerusform>Understood: spreadsheet, header on line %1, %n column.</numerusform>
            <numerusform>Understood: spreadsheet, header on line %1, %n columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Understood: encoding %1, separator &quot;%2&quot;, header on line %3, %n column(s). Numbers are shown as read (→ value); grey cells are missing values (secrecy).</source>
        <translation>
            <numerusform>Understood: encoding %1, separator &quot;%2&quot;, header on line %3, %n column. Numbers are shown as read (→ value); grey cells are missing values (secrecy).</numerusform>
            <numerusform>Understood: encoding %1, separator &quot;%2&quot;, header on line %3, %n columns. Numbers are shown as read (→ value); grey cells are missing values (secrecy).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n observation(s) written, %1 missing by secrecy.</source>
        <translation>
            <numerusform>Imported: %n observation written, %1 missing by secrecy.</numerusform>
            <numerusform>Imported: %n observations written, %1 missing by secrecy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check passed: %n observation(s) would be written, %1 missing by secrecy. Nothing was written.</source>
        <translation>
            <numerusform>Check passed: %n observation would be written, %1 missing by secrecy. Nothing was written.</numerusform>
            <numerusform>Check passed: %n observations would be written, %1 missing by secrecy. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing was written. Click a problem to see its line.</source>
        <translation>
            <numerusform>%n problem found: nothing was written. Click a problem to see its line.</numerusform>
            <numerusform>%n problems found: nothing was written. Click a problem to see its line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::MainWindow</name>
    <message numerus="yes">
        <source>%n commune(s)</source>
        <translation>
            <numerusform>%n commune</numerusform>
            <numerusform>%n communes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n row copied.</numerusform>
            <numerusform>%n rows copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::PressKitDialog</name>
    <message numerus="yes">
        <source>%n file(s) will be written in %1: %2 chart(s) × %3 format(s) as PNG, SVG and PDF, with their data (CSV) and alternative text, %4 fact sheet(s), the methodology note, README and the list of files (manifeste.txt).</source>
        <translation>
            <numerusform>%n file will be written in %1: %2 chart × %3 format as PNG, SVG and PDF, with their data (CSV) and alternative text, %4 fact sheet, the methodology note, README and the list of files (manifeste.txt).</numerusform>
            <numerusform>%n files will be written in %1: %2 charts × %3 formats as PNG, SVG and PDF, with their data (CSV) and alternative text, %4 fact sheets, the methodology note, README and the list of files (manifeste.txt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n file written to %1.</numerusform>
            <numerusform>%n files written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pre-export check found %n problem(s).</source>
        <translation>
            <numerusform>The pre-export check found %n problem.</numerusform>
            <numerusform>The pre-export check found %n problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app::SireneImportDialog</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the SIRENE stock of %1 (%n estimated figure(s)).</source>
        <translation>
            <numerusform>Imported the SIRENE stock of %1 (%n estimated figure).</numerusform>
            <numerusform>Imported the SIRENE stock of %1 (%n estimated figures).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core::CommuneRegisterModel</name>
    <message numerus="yes">
        <source>Fewer than %n establishment(s): one more or less moves this share by 20 points or more; read it with care.</source>
        <translation>
            <numerusform>Fewer than %n establishment: one more or less moves this share by 20 points or more; read it with care.</numerusform>
            <numerusform>Fewer than %n establishments: one more or less moves this share by 20 points or more; read it with care.</numerusform>
        </translation>
    </message>
</context>
</TS>
