#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a long-format table for bench/import/run.sh: territory,year,measure,scope,value with
the territories of the shipped reference data and unique keys (territory, year, measure, scope);
shares stay within 0-100 and counts are whole and positive, so every row imports."""
import argparse
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MEASURES = ["employees", "employees_fte", "establishments", "employer_units", "payroll",
            "employment_share", "private_employment_share", "establishment_share",
            "ess_employment_share", "ess_establishment_share", "avg_employees"]
SCOPES = ["all", "ess", "non_ess", "private", "public", "associations", "cooperatives",
          "mutuelles", "fondations", "commercial_ess"]

parser = argparse.ArgumentParser()
parser.add_argument("--rows", type=int, default=1_000_000)
parser.add_argument("--out", required=True)
args = parser.parse_args()

codes = [t["code"] for t in json.loads((REPO / "data/territories.json").read_text())["territories"]]
rng = random.Random(42)
written = 0
with open(args.out, "w", newline="") as out:
    out.write("territory,year,measure,scope,value\n")
    lines = []
    for code in codes:
        for year in range(1900, 2101):
            for measure in MEASURES:
                for scope in SCOPES:
                    if written == args.rows:
                        break
                    if measure.endswith("_share"):
                        value = f"{rng.uniform(0, 100):.2f}"
                    elif measure == "avg_employees":
                        value = f"{rng.uniform(1, 60):.1f}"
                    else:
                        value = str(rng.randrange(0, 250000))
                    lines.append(f"{code},{year},{measure},{scope},{value}\n")
                    written += 1
                if len(lines) > 100000:
                    out.writelines(lines)
                    lines.clear()
    out.writelines(lines)
if written < args.rows:
    raise SystemExit(f"only {written} unique keys available")
