#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the CSV fixtures of tests/import byte for byte (encodings, line ends, quoting)."""
from pathlib import Path

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"


def write(name, text, encoding="utf-8", newline="\n", bom=False):
    data = text.replace("\n", newline).encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    (HERE / name).write_bytes(data)


# The PHARE case: Windows-1252, ';', title lines, decimal commas, U+00A0 thousands, "s" cells,
# notes below the table. Lines: 1-2 titles, 3 empty, 4 header, 5-7 data, 8 empty, 9-10 notes.
PHARE = (
    "Tableau 3 – Emploi salarié dans l'ESS par EPCI;;;;\n"
    "Source : Insee, Flores 2021 – traitement Observatoire régional de l'ESS;;;;\n"
    ";;;;\n"
    "EPCI;Nom;Salariés ESS;Établissements ESS;Part ESS (%)\n"
    f"245901160;CA Valenciennes Métropole;12{NBSP}345;1{NBSP}023;14,2\n"
    "200043396;CA de la Porte du Hainaut;s;412;s\n"
    f"DEP:59;Nord;98{NBSP}765;7{NBSP}654;12,5\n"
    ";;;;\n"
    "Note : s = secret statistique.;;;;\n"
    "Champ : postes salariés au 31 décembre.;;;;\n"
)
write("phare_cp1252.csv", PHARE, encoding="cp1252", newline="\r\n")

SIMPLE = "Code;Nom;Effectifs\n59606;Valenciennes;1 234\n59009;Anzin;567\n"
write("utf8.csv", SIMPLE)
write("utf8_bom_crlf.csv", SIMPLE, bom=True, newline="\r\n")
write("comma.csv", "Code,Nom,Effectifs\n59606,Valenciennes,\"1,5\"\n59009,Anzin,567\n")
write("tab.csv", "Code\tNom\tEffectifs\n59606\tValenciennes\t1234,5\n59009\tAnzin\t567\n")

# Quoting: separator, doubled quote and a newline (CRLF file) inside quoted fields.
write(
    "quoting.csv",
    'Code;Nom;Commentaire\n'
    '59606;"Valenciennes; ville";"dit ""la belle"""\n'
    '59009;Anzin;"ligne 1\nligne 2"\n'
    '59526;"";x\n',
    newline="\r\n",
)
write("truncated.csv", 'Code;Nom\n59606;"Valenciennes\n59009;Anzin\n')
(HERE / "binary.csv").write_bytes(b"Code;Nom\n\x00\x01\x02\x03;x\n")
(HERE / "empty.csv").write_bytes(b"")
(HERE / "utf16.csv").write_bytes("Code;Nom\n1;2\n".encode("utf-16"))

# Wide layout with a year column and every validation error, one per line (see the tests).
write(
    "errors.csv",
    "Territoire;Année;Salariés;Part (%)\n"   # 1
    "59606;2021;100;10\n"                   # 2 fine
    "Atlantis;2021;100;10\n"                # 3 unknown territory
    "Sainte-Marie;2021;100;10\n"            # 4 ambiguous territory
    "59009;2021;beaucoup;10\n"              # 5 not a number
    "59009;1850;100;10\n"                   # 6 year out of range
    "59009;2022;100;120\n"                  # 7 share above 100
    "59009;2023;-5;10\n"                    # 8 negative count
    "59606;2021;101;10\n"                   # 9 conflicts with line 2
    "59606;2021;100;10\n"                   # 10 same as line 2: ignored
    "59009;vingt;1;1\n"                     # 11 not a year
)

# Long layout: territory, year, measure, scope, value.
write(
    "long.csv",
    "territory,year,measure,scope,value\n"
    "COM:59606,2021,employees,ess,1234\n"
    "COM:59606,2021,employment_share,ess,12.5\n"
    "EPCI:245901160,2021,employees,all,s\n"
    "EPCI:245901160,2021,establishments,associations,87\n",
)

# Header whose first cell is empty (years as column titles), below a title line.
write("years_header.csv", "Emploi salarié ESS\n;2019;2020\nValenciennes;1 200;1 250\nAnzin;300;s\n")
