#!/usr/bin/env python3
"""Rebuild the SIRENE test fixtures of this folder (run by hand, never by the tests).

Usage: make-fixtures.py MAKE_SIRENE_PY
  MAKE_SIRENE_PY: path of the bench kit's make-sirene.py (../shared/bench/make-sirene.py)

Writes:
  gen/          make-sirene.py --rows 1200 --territory-share 0.3 (seed 42): the two CSVs and
                EXPECTED.json, plus communes-cavm.csv / communes-caph.csv (the kit's lists)
  variant/      the same two files with columns reordered, two extra columns, CRLF and a BOM
  zip/          each generated CSV alone in a ZIP as INSEE ships them; a truncated copy
  hand/         small hand-made files (see the tests for the expected figures)
"""
import csv
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ET = "StockEtablissement_utf8.csv"
UL = "StockUniteLegale_utf8.csv"


def write(path, data, mode="wb"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(data)


def rewrite_variant(src, dst):
    with open(src, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    order = list(reversed(range(len(header))))  # every column moves
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["extraBefore"] + [header[i] for i in order] + ["extraAfter"])
    for n, r in enumerate(rows[1:]):
        w.writerow([f"x{n},\"y\""] + [r[i] for i in order] + [""])
    write(dst, b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    gen = os.path.join(HERE, "gen")
    os.makedirs(gen, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, sys.argv[1], "--rows", "1200", "--territory-share", "0.3",
                        "--out", tmp], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for name in (ET, UL, "EXPECTED.json"):
            shutil.copy(os.path.join(tmp, name), os.path.join(gen, name))
    ref = os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), "..", "reference")
    for name in ("communes-cavm.csv", "communes-caph.csv"):
        shutil.copy(os.path.join(ref, name), os.path.join(gen, name))

    for name in (ET, UL):
        rewrite_variant(os.path.join(gen, name), os.path.join(HERE, "variant", name))
        zpath = os.path.join(HERE, "zip", name.replace(".csv", ".zip"))
        os.makedirs(os.path.dirname(zpath), exist_ok=True)
        with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
            z.write(os.path.join(gen, name), name)
    with open(os.path.join(HERE, "zip", ET.replace(".csv", ".zip")), "rb") as f:
        data = f.read()
    write(os.path.join(HERE, "zip", "truncated.zip"), data[: len(data) // 2])

    hand = os.path.join(HERE, "hand")
    # Columns reordered, extra ones, quoted fields with commas, doubled quotes and newlines.
    et_header = ("extra1,codeCommuneEtablissement,trancheEffectifsEtablissement,siren,libelle,"
                 "etatAdministratifEtablissement,caractereEmployeurEtablissement,"
                 "codeCommune2Etablissement\n")
    et_rows = [
        'a,"59014",01,100000001,"Maison, des ""jeunes""",A,O,\n',         # line 2
        'b,59014,02,100000002,"Ligne 1\nligne 2",A,O,\n',                  # lines 3-4
        'c,59014,53,100000003,simple,A,N,\n',                              # line 5
        'd,59014,12,100000001,fermé,F,O,\n',                               # closed: not counted
        'e,59019,NN,100000004,"x\r\ny",A,N,\n',                            # lines 7-8
        'f,59019,,100000005,,A,,\n',
        'g,59606,03,100000006,"""quoted""",A,O,\n',
        'h,59606,11,100000007,,A,O,\n',
        'i,59350,22,100000001,outside,A,O,59014\n',                        # other commune
        'j,,01,100000001,foreign,A,O,\n',                                  # foreign
        'k,59014,00,100000008,,A,N,\n',
    ]
    ul_header = ("categorieJuridiqueUniteLegale,denominationUniteLegale,siren,"
                 "economieSocialeSolidaireUniteLegale,extra\n")
    ul_rows = [
        '9220,"Asso, ""A""",100000001,,z\n',
        '5710,"SAS\nESUS",100000002,O,z\n',
        '5710,SAS,100000003,N,z\n',
        '5458,SCOP,100000004,N,z\n',
        '8210,Mutuelle,100000005,,z\n',
        '9300,Fondation,100000006,O,z\n',
        '9224,Avocats,100000007,,z\n',
        '1000,EI,100000008,O,z\n',
    ]
    write(os.path.join(hand, "etablissements.csv"), et_header + "".join(et_rows), "w")
    write(os.path.join(hand, "unites.csv"), ul_header + "".join(ul_rows), "w")
    crlf = lambda s: s.replace("\r\n", "\n").replace("\n", "\r\n")
    write(os.path.join(hand, "etablissements-bom-crlf.csv"),
          b"\xef\xbb\xbf" + crlf(et_header + "".join(et_rows)).encode("utf-8"))
    write(os.path.join(hand, "unites-bom-crlf.csv"),
          b"\xef\xbb\xbf" + crlf(ul_header + "".join(ul_rows)).encode("utf-8"))

    # One active establishment per band code, plus an unknown code and an empty one.
    bands = ["NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41", "42",
             "51", "52", "53", "XX", ""]
    lines = ["siren,codeCommuneEtablissement,trancheEffectifsEtablissement,"
             "etatAdministratifEtablissement,caractereEmployeurEtablissement\n"]
    lines += [f"1000000{i:02d},59014,{b},A,O\n" for i, b in enumerate(bands)]
    write(os.path.join(hand, "bands-etablissements.csv"), "".join(lines), "w")
    units = ["siren,categorieJuridiqueUniteLegale,economieSocialeSolidaireUniteLegale\n"]
    units += [f"1000000{i:02d},9220,\n" for i in range(len(bands))]
    write(os.path.join(hand, "bands-unites.csv"), "".join(units), "w")

    # Errors (line numbers are asserted by the tests).
    write(os.path.join(hand, "unterminated.csv"),
          et_header + et_rows[0] + et_rows[1] + 'z,59014,01,100000001,"never closed,A,O,\n'
          + et_rows[2], "w")                                               # error: line 5
    write(os.path.join(hand, "missing-column.csv"),
          et_header.replace("trancheEffectifsEtablissement,", "") + "a,59014,100000001,x,A,O,\n",
          "w")
    write(os.path.join(hand, "non-utf8.csv"),
          (et_header + et_rows[0] + et_rows[1]).encode("utf-8")
          + b"c,59\xe914,01,100000001,x,A,O,\n")                            # error: line 5
    write(os.path.join(hand, "truncated.csv"),
          et_header + et_rows[0] + et_rows[2] + "c,59014,01,1000", "w")  # error: line 4
    write(os.path.join(hand, "short-row.csv"),
          et_header + et_rows[0] + "c,59014,01\n" + et_rows[2], "w")         # error: line 3
    write(os.path.join(hand, "empty.csv"), "", "w")
    # A comma too many before the commune column (unquoted "l,m"): the commune column then reads
    # "m", a commune nobody asked for, and the establishment of 59014 would vanish silently.
    write(os.path.join(hand, "extra-comma.csv"),
          et_header + et_rows[0] + "l,m,59014,01,100000001,x,A,O,\n" + et_rows[2], "w")  # line 3
    write(os.path.join(hand, "unites-extra-comma.csv"),
          ul_header + "".join(ul_rows[:7]) + "9999,Autre,unité,199999999,,z\n" + ul_rows[7],
          "w")                                                              # error: line 10


if __name__ == "__main__":
    main()
