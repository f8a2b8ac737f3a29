#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rewrites a generated SIRENE data set the way real files may differ, for the Done-when check of
issue #5: columns in another (reversed) order, an extra unknown column, CRLF line ends and a
UTF-8 BOM. EXPECTED.json is copied unchanged: the aggregates must not move.

Usage: rewrite.py SRC_DIR DST_DIR
"""
import csv
import shutil
import sys
from pathlib import Path

csv.field_size_limit(1 << 30)


def rewrite(src: Path, dst: Path) -> None:
    with src.open(newline="", encoding="utf-8-sig") as fin, \
            dst.open("w", newline="", encoding="utf-8-sig") as fout:
        reader = csv.reader(fin)
        writer = csv.writer(fout, lineterminator="\r\n")
        header = next(reader)
        order = list(reversed(range(len(header))))
        writer.writerow(["colonneInconnue"] + [header[i] for i in order])
        for n, row in enumerate(reader):
            writer.writerow([f"x,{n}"] + [row[i] for i in order])


def main() -> int:
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    dst.mkdir(parents=True, exist_ok=True)
    for name in ("StockUniteLegale_utf8.csv", "StockEtablissement_utf8.csv"):
        rewrite(src / name, dst / name)
    shutil.copy(src / "EXPECTED.json", dst / "EXPECTED.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
