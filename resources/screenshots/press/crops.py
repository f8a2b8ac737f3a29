#!/usr/bin/python3
"""crops.py KITDIR OUTDIR: the three before/after crops of issue 13."""
import subprocess, sys, os
from PIL import Image
kit, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
def find(*names):
    for n in names:
        p = os.path.join(kit, n)
        if os.path.exists(p):
            return p
    raise SystemExit('missing ' + str(names))
social = find('cavm-caph/part-emploi-reseaux-sociaux.png', 'arr-596/jobs-share-social.png')
im = Image.open(social)
w, h = im.size
# the bottom 14 %: notes, source line ("Alternatives Économiques") and edition line, full resolution
im.crop((0, int(h * 0.80), w, h)).save(os.path.join(out, 'source-line-economiques.png'))
im.resize((400, round(400 * h / w)), Image.LANCZOS).save(os.path.join(out, 'social-400px.png'))
sheet = find('cavm-caph/fiche-territoire.pdf', 'arr-596/fiche-territoire.pdf')
subprocess.run(['pdftoppm', '-r', '96', '-png', '-singlefile', sheet, os.path.join(out, 'fact-sheet-100pct')], check=True)
