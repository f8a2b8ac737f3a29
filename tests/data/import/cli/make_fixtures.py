#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the fixtures of this folder (import service and command-line tests): the PHARE table
with the territories of the shipped database (CAPH is EPCI 200042190 there), as Windows-1252
CSV and as XLSX, and two vintages of a small table. Deterministic: the same bytes at every run."""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"

# Lines: 1-2 titles, 3 empty, 4 header, 5-7 data, 8 empty, 9-10 notes.
PHARE = (
    "Tableau 3 – Emploi salarié dans l'ESS par EPCI;;;;\n"
    "Source : Insee, Flores 2021 – traitement Observatoire régional de l'ESS;;;;\n"
    ";;;;\n"
    "EPCI;Nom;Salariés ESS;Établissements ESS;Part ESS (%)\n"
    f"245901160;CA Valenciennes Métropole;12{NBSP}345;1{NBSP}023;14,2\n"
    "200042190;CA de la Porte du Hainaut;s;412;s\n"
    f"DEP:59;Nord;98{NBSP}765;7{NBSP}654;12,5\n"
    ";;;;\n"
    "Note : s = secret statistique.;;;;\n"
    "Champ : postes salariés au 31 décembre.;;;;\n"
)
(HERE / "phare_cp1252.csv").write_bytes(PHARE.replace("\n", "\r\n").encode("cp1252"))

# Two vintages of one source: the second revises two figures and adds one.
(HERE / "vintage_a.csv").write_bytes(
    "Code;Année;Salariés ESS;Établissements ESS\n"
    "59606;2021;4 100;310\n"
    "59014;2021;900;75\n".encode("utf-8"))
(HERE / "vintage_b.csv").write_bytes(
    "Code;Année;Salariés ESS;Établissements ESS\n"
    "59606;2021;4 250;310\n"
    "59014;2021;880;75\n"
    "59014;2020;870;74\n".encode("utf-8"))

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRINGS = []


def s(ref, text):
    if text not in STRINGS:
        STRINGS.append(text)
    return f'<c r="{ref}" t="s"><v>{STRINGS.index(text)}</v></c>'


def n(ref, value, formula=None):
    f = f"<f>{formula}</f>" if formula else ""
    return f'<c r="{ref}">{f}<v>{value}</v></c>'


rows = {
    1: [s("A1", "Tableau 3 – Emploi salarié dans l'ESS par EPCI")],
    2: [s("A2", "Source : Insee, Flores 2021 – traitement Observatoire régional de l'ESS")],
    4: [s("A4", "EPCI"), s("B4", "Nom"), s("C4", "Salariés ESS"), s("D4", "Établissements ESS"),
        s("E4", "Part ESS (%)")],
    5: [n("A5", 245901160), s("B5", "CA Valenciennes Métropole"), n("C5", 12345), n("D5", 1023),
        n("E5", 14.2)],
    6: [n("A6", 200042190), s("B6", "CA de la Porte du Hainaut"), s("C6", "s"), n("D6", 412),
        s("E6", "s")],
    7: [s("A7", "DEP:59"), s("B7", "Nord"), n("C7", 98765), n("D7", 7654),
        n("E7", 12.5, "C7/790130*100")],
    9: [s("A9", "Note : s = secret statistique.")],
    10: [s("A10", "Champ : postes salariés au 31 décembre.")],
}
sheet = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>']
for r, cells in rows.items():
    sheet.append(f'<row r="{r}">' + "".join(cells) + "</row>")
sheet.append("</sheetData></worksheet>")
sst = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {NS} count="{len(STRINGS)}">']
sst += [f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in STRINGS]
sst.append("</sst>")
parts = [
    ("[Content_Types].xml",
     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
     '<Default Extension="xml" ContentType="application/xml"/>'
     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
     '</Types>'),
    ("_rels/.rels",
     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    ("xl/workbook.xml",
     f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS} {RNS}><sheets>'
     '<sheet name="PHARE" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    ("xl/_rels/workbook.xml.rels",
     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
     f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
     '</Relationships>'),
    ("xl/sharedStrings.xml", "".join(sst)),
    ("xl/worksheets/sheet1.xml", "".join(sheet)),
]
with zipfile.ZipFile(HERE / "phare.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts:
        z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), text,
                   compress_type=zipfile.ZIP_DEFLATED)
