#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Press-kit benchmark: times `ess-dashboard export --kit` for the default territories, writes a
SPEC.json of the same charts (ids, types, values, sizes) and times the matplotlib peer
(../shared/bench/peer-matplotlib-charts.py) on it in the same run; prints both and the ratio.

usage: bench/presskit/run.py [--binary PATH] [--shared DIR] [--work DIR] [--runs N]
  --binary  the built ess-dashboard (default: build-kit/app/ess-dashboard, else build/app/...)
  --shared  the shared folder holding bench/peer-matplotlib-charts.py (default: ../shared
            beside the repository; or $ESS_SHARED)
Needs Debian's python3-matplotlib for the peer (apt-get install -y python3-matplotlib)."""
import argparse, csv, io, json, os, re, shutil, subprocess, sys, tempfile, time

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
# Preset -> (PNG pixels, PDF millimetres); the same table as core/render/chartexporter.cpp.
PRESETS = {
    'social': ((2400, 1350), (1200 * 25.4 / 96, 675 * 25.4 / 96)),
    'square': ((2160, 2160), (1080 * 25.4 / 96, 1080 * 25.4 / 96)),
    'slide': ((1920, 1080), (1280 * 25.4 / 96, 720 * 25.4 / 96)),
    'print': ((3508, 2480), (297, 210)),
}
# The kit's French file names (core/charts/chartnames.cpp): preset stems and chart stems.
STEMS = {'social': 'reseaux-sociaux', 'square': 'carre', 'slide': 'diaporama', 'print': 'impression'}
TYPES = {'chiffre-cle': 'card', 'ess-et-reste-economie': 'stacked100', 'evolution': 'bar'}


def die(message):
    sys.exit(f'bench/presskit: {message}')


def find_binary(given):
    candidates = [given] if given else [os.path.join(REPO, d, 'app', 'ess-dashboard')
                                        for d in ('build-kit', 'build', 'build-full')]
    for c in candidates:
        if c and os.access(c, os.X_OK):
            return c
    die('no ess-dashboard binary found (build it, or pass --binary PATH): ' + ', '.join(candidates))


def find_peer(given):
    shared = given or os.environ.get('ESS_SHARED') or os.path.join(REPO, '..', 'shared')
    peer = os.path.join(shared, 'bench', 'peer-matplotlib-charts.py')
    if not os.path.isfile(peer):
        die(f'the matplotlib peer is missing: {peer} (pass --shared DIR or set ESS_SHARED)')
    return peer


def number(text):
    return float(text.replace('\u202f', '').replace(',', '.')) if text else None


def chart_spec(folder, chart_id, presets):
    """One SPEC.json chart from the kit's own CSV and SVG metadata: same values and texts."""
    with open(os.path.join(folder, chart_id + '.csv'), encoding='utf-8-sig') as f:
        rows = list(csv.reader(f, delimiter=';'))
    svg = open(os.path.join(folder, f'{chart_id}-{STEMS[presets[0]]}.svg'), encoding='utf-8').read()
    title = re.search(r'<dc:title>(.*?)</dc:title>', svg, re.S)
    source = re.search(r'<dc:source>(.*?)</dc:source>', svg, re.S)
    # A commune map's CSV is code;commune;value;low;high;...: the peer, which draws no maps,
    # gets the same values as a bar chart of the communes (the closest work it can do).
    is_map = chart_id.startswith('carte-communes')
    # Tidy chart CSV: territoire;niveau;catégorie;indicateur;année;publié;valeur;bas;haut;…;unité
    # Map CSV: code;commune;valeur;bas;haut;…
    cat_col, value_col = (1, 2) if is_map else (2, 6)
    unit_key = rows[1][10] if len(rows) > 1 and len(rows[1]) > 10 and not is_map else ''
    unit = '%' if unit_key == 'percent' else ''
    cats, values = [], []
    for r in rows[1:]:
        if len(r) <= value_col + 2:
            continue  # the source line
        v = number(r[value_col])
        if v is None and r[value_col + 1] and r[value_col + 2]:
            v = (number(r[value_col + 1]) + number(r[value_col + 2])) / 2
        if v is None:
            continue
        cats.append(r[cat_col])
        values.append(v)
    kind = TYPES.get(chart_id, 'hbar')
    series = [{'name': 'ESS', 'values': values}]
    if kind == 'stacked100':
        series.append({'name': 'Reste', 'values': [100 - v for v in values]})
    outputs = []
    for p in presets:
        (w, h), (wmm, hmm) = PRESETS[p]
        outputs += [{'format': 'png', 'width': w, 'height': h},
                    {'format': 'svg', 'width': w, 'height': h},
                    {'format': 'pdf', 'width_mm': round(wmm, 1), 'height_mm': round(hmm, 1)}]
    return {'id': f'{os.path.basename(folder)}-{chart_id}', 'type': kind,
            'title': re.sub(r'<[^>]+>', '', title.group(1)) if title else chart_id, 'subtitle': os.path.basename(folder),
            'source': source.group(1) if source else '', 'unit': unit, 'categories': cats,
            'series': series, 'outputs': outputs}


def timed(cmd, env):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - t0
    if r.returncode != 0:
        die(f'{" ".join(cmd)} failed ({r.returncode}):\n{r.stderr}')
    return seconds, r.stdout.strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--binary')
    ap.add_argument('--shared')
    ap.add_argument('--work')
    ap.add_argument('--runs', type=int, default=1)
    args = ap.parse_args()
    binary, peer = find_binary(args.binary), find_peer(args.shared)
    python = '/usr/bin/python3'
    if subprocess.run([python, '-c', 'import matplotlib'], capture_output=True).returncode != 0:
        die('matplotlib is missing for /usr/bin/python3: apt-get install -y python3-matplotlib')
    work = args.work or tempfile.mkdtemp(prefix='ess-presskit-bench-')
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen', SOURCE_DATE_EPOCH='1767225600')
    db = os.path.join(work, 'bench.sqlite')
    timed([binary, 'figures', '--territory', 'ARR:596', '--db', db], env)  # creates the database

    kit = os.path.join(work, 'kit')
    app_times = []
    for _ in range(args.runs):
        shutil.rmtree(kit, ignore_errors=True)
        seconds, _ = timed([binary, 'export', '--kit', kit, '--db', db], env)
        app_times.append(seconds)
    files = sum(len(f) for _, _, f in os.walk(kit))

    presets = list(PRESETS)
    charts = []
    for territory in sorted(d for d in os.listdir(kit) if os.path.isdir(os.path.join(kit, d))):
        folder = os.path.join(kit, territory)
        ids = sorted(f[:-4] for f in os.listdir(folder) if f.endswith('.csv'))
        charts += [chart_spec(folder, i, presets) for i in ids]
    spec_path = os.path.join(work, 'SPEC.json')
    with open(spec_path, 'w', encoding='utf-8') as f:
        json.dump({'charts': charts}, f, ensure_ascii=False, indent=1)

    peer_times = []
    for _ in range(args.runs):
        out = os.path.join(work, 'matplotlib')
        shutil.rmtree(out, ignore_errors=True)
        seconds, line = timed([python, peer, spec_path, out], env)
        peer_times.append(seconds)
    app, mpl = min(app_times), min(peer_times)
    print(f'machine: {os.cpu_count()} cores; work folder {work}')
    print(f'ess-dashboard export --kit : {app:7.2f} s  ({files} files: {len(charts)} charts x '
          f'{len(presets)} presets x PNG/SVG/PDF + CSV, alt text, fact sheets, note, README)')
    print(f'matplotlib peer            : {mpl:7.2f} s  ({line})')
    print(f'ratio app / matplotlib     : {app / mpl:7.3f}  (target <= 0.25)')


if __name__ == '__main__':
    main()
