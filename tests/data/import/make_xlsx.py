#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the XLSX fixtures of tests/import with zipfile and handwritten XML only."""
import struct
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {NS}>
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="# ##0.0&quot; €&quot;"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>
</styleSheet>"""


def workbook(sheets, path, compress=zipfile.ZIP_DEFLATED):
    """sheets: list of (name, sheet xml); shared strings come from the module-level list."""
    wb = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS} {RNS}><sheets>']
    rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i, (name, _) in enumerate(sheets, 1):
        wb.append(f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>')
        rels.append(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>')
    n = len(sheets)
    rels.append(f'<Relationship Id="rId{n + 1}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    rels.append(f'<Relationship Id="rId{n + 2}" Type="{REL}/styles" Target="styles.xml"/>')
    wb.append("</sheets></workbook>")
    rels.append("</Relationships>")
    sst = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {NS} count="{len(STRINGS)}">']
    for s in STRINGS:
        sst.append(s if s.startswith("<si>") else f"<si><t xml:space=\"preserve\">{escape(s)}</t></si>")
    sst.append("</sst>")
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", ROOT_RELS),
             ("xl/workbook.xml", "".join(wb)), ("xl/_rels/workbook.xml.rels", "".join(rels)),
             ("xl/sharedStrings.xml", "".join(sst)), ("xl/styles.xml", STYLES)]
    parts += [(f"xl/worksheets/sheet{i}.xml", xml) for i, (_, xml) in enumerate(sheets, 1)]
    with zipfile.ZipFile(HERE / path, "w", compress) as z:
        for name, text in parts:
            # A fixed date keeps the generated files identical from one run to the next.
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            z.writestr(info, text, compress_type=compress)


STRINGS = []


def s(text):
    """Shared string cell value index."""
    if text not in STRINGS:
        STRINGS.append(text)
    return STRINGS.index(text)


def sheet(rows):
    """rows: {row number: [(ref, xml of the cell content and attributes)]}."""
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>']
    for r, cells in rows.items():
        out.append(f'<row r="{r}">')
        for ref, attrs, inner in cells:
            out.append(f'<c r="{ref}"{attrs}>{inner}</c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def sst(ref, text):
    return (ref, ' t="s"', f"<v>{s(text)}</v>")


def num(ref, value, style=None):
    return (ref, f' s="{style}"' if style is not None else "", f"<v>{value}</v>")


# The PHARE table of phare_cp1252.csv, same rows (row 3 and 8 are empty, hence absent).
STRINGS.clear()
phare = sheet({
    1: [sst("A1", "Tableau 3 – Emploi salarié dans l'ESS par EPCI")],
    2: [sst("A2", "Source : Insee, Flores 2021 – traitement Observatoire régional de l'ESS")],
    4: [sst("A4", "EPCI"), sst("B4", "Nom"), sst("C4", "Salariés ESS"),
        sst("D4", "Établissements ESS"), sst("E4", "Part ESS (%)")],
    5: [sst("A5", "245901160"), sst("B5", "CA Valenciennes Métropole"), num("C5", 12345),
        num("D5", 1023), num("E5", 14.2)],
    6: [num("A6", 200043396), sst("B6", "CA de la Porte du Hainaut"), sst("C6", "s"),
        num("D6", 412), sst("E6", "s")],
    7: [sst("A7", "DEP:59"), sst("B7", "Nord"), num("C7", 98765), num("D7", 7654),
        ("E7", "", "<f>C7/790000*100</f><v>12.5</v>")],
    9: [sst("A9", "Note : s = secret statistique.")],
    10: [sst("A10", "Champ : postes salariés au 31 décembre.")],
})
workbook([("PHARE", phare)], "phare.xlsx")

# Every cell kind, on the second of two sheets; the first sheet is a decoy.
STRINGS.clear()
notes = sheet({1: [sst("A1", "Lisez-moi")]})
rich = '<si><r><t>Valen</t></r><r><rPr><b/></rPr><t>ciennes</t></r><rPh><t>X</t></rPh></si>'
data = sheet({
    1: [sst("A1", "Code"), sst("B1", "Nom"), sst("C1", "Valeur"), sst("D1", "Date"),
        sst("E1", "Formule"), sst("F1", "Texte"), sst("G1", "Booléen")],
    2: [sst("A2", "59606"), ("B2", ' t="s"', f"<v>{s(rich)}</v>"), num("C2", 1234.5),
        num("D2", 44561, 1), ("E2", "", "<f>C2*2</f><v>2469</v>"),
        ("F2", ' t="inlineStr"', "<is><t>en ligne</t></is>"), ("G2", ' t="b"', "<v>1</v>")],
    # Sparse: B3 and D3 absent, the rest placed by reference.
    3: [sst("A3", "59009"), num("C3", 0.1), ("E3", ' t="str"', '<f>"x"&amp;"y"</f><v>xy</v>'),
        num("F3", 44197.5, 2), num("G3", 12.5, 3)],
})
workbook([("Notes", notes), ("Données", data)], "features.xlsx")

# Zip bomb: 20 MB of spaces inside the sheet, a few kilobytes on disk (ratio about 1000:1).
STRINGS.clear()
bomb = sheet({1: [sst("A1", "a"), sst("B1", "b")], 2: [num("A2", 1), num("B2", 2)]})
bomb = bomb.replace("<sheetData>", "<sheetData>" + " " * (20 * 1024 * 1024))
workbook([("Bomb", bomb)], "bomb.xlsx")


def lie_about_size(path, entry, declared):
    """Rewrites the uncompressed size of one entry in both ZIP headers: a bomb whose directory
    looks harmless, caught only while inflating."""
    data = bytearray((HERE / path).read_bytes())
    name = entry.encode()
    pos = 0
    while True:
        pos = data.find(b"PK\x03\x04", pos)
        if pos < 0:
            break
        n = struct.unpack_from("<H", data, pos + 26)[0]
        if data[pos + 30:pos + 30 + n] == name:
            struct.pack_into("<I", data, pos + 22, declared)
        pos += 4
    pos = 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        if pos < 0:
            break
        n = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + n] == name:
            struct.pack_into("<I", data, pos + 24, declared)
        pos += 4
    (HERE / path).write_bytes(bytes(data))


STRINGS.clear()
hidden = sheet({1: [sst("A1", "a"), sst("B1", "b")], 2: [num("A2", 1), num("B2", 2)]})
hidden = hidden.replace("<sheetData>", "<sheetData>" + " " * (3 * 1024 * 1024))
workbook([("Hidden", hidden)], "bomb_lying.xlsx")
lie_about_size("bomb_lying.xlsx", "xl/worksheets/sheet1.xml", 4000)
