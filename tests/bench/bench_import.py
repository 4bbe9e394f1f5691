"""bench_import.py — a 1,000,000-row CSV: `gpu-market import` against sqlite3's .import.

The CSV is made once (BUILD/bench/import-1m-v2.csv, about 150 MB) from a fixed seed, in
the columns an analyst's export has: subject, metric, period, value, unit, source, quote.
Subjects are vendors as Chinese sources name them (摩尔线程, 寒武纪, 华为昇腾 …) and a
few in English; every (subject, metric, period) is different, one figure a day for each
of 96 series over 29 years; values are plain decimals, or 亿/万 amounts as sources write
them (7.43亿); quotes are Chinese sentences, some with ASCII commas and double quotes,
so the CSV quoting is exercised.

sqlite3 reads the file into a new plain table in a new database: no types, no checks,
no indexes, the floor for getting the rows on disk. `gpu-market import FILE --database
DB` imports into a database created beforehand from the bundled dataset (the creation is
not timed); GPM_BENCH_IMPORT_ARGS adds arguments. Both run under /usr/bin/time -v for
the peak resident set; the wall time is measured here.
"""

import glob
import os
import random
import re
import shlex
import shutil
import statistics
import subprocess
import time

ROWS = 1_000_000
CSV_NAME = 'import-1m-v2.csv'   # bump the version when the generator changes

SUBJECTS = ['摩尔线程', '寒武纪', '华为昇腾', '海光信息', '沐曦', '燧原科技', '壁仞科技',
            '天数智芯', '昆仑芯', '平头哥', 'NVIDIA', 'AMD']
# metric, unit, range of the value, whether sources give it in 亿/万
METRICS = [('营业收入', 'CNY', 1e7, 5e10, True),
           ('净利润', 'CNY', -5e9, 5e9, True),
           ('研发投入', 'CNY', 1e7, 1e10, True),
           ('出货量', 'units', 1e3, 2e6, False),
           ('毛利率', '%', 5, 80, False),
           ('市场份额', '%', 0.1, 60, False),
           ('算力规模', 'EFLOPS', 0.01, 50, False),
           ('股价', 'CNY', 5, 900, False)]
SOURCES = ['IT時報《被禁三個月後,H20將重回中國市場》', '财新网', '第一财经',
           '公司年报', '上海证券交易所公告', 'Reuters', '36氪', '界面新闻']
FIRST_DAY = 729025    # 1997-01-01 as a proleptic Gregorian ordinal


def amount_text(value, scaled, rand):
    if scaled and abs(value) >= 1e8 and rand.random() < 0.5:
        return f'{value / 1e8:.2f}亿'
    if scaled and 1e4 <= abs(value) < 1e8 and rand.random() < 0.3:
        return f'{value / 1e4:.1f}万'
    return f'{value:.2f}'


def quote_text(subject, day, metric, text, rand):
    quote = f'{subject}{day}的{metric}为{text}，较上期变动{rand.uniform(-30, 30):.1f}%。'
    if rand.random() < 0.1:
        quote = f'据"{SOURCES[rand.randrange(len(SOURCES))]}"报道, {quote}'
    return quote


def csv_field(text):
    if any(c in text for c in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def make_csv(path):
    from datetime import date

    rand = random.Random(20261128)
    series = len(SUBJECTS) * len(METRICS)
    tmp = path + '.tmp'
    with open(tmp, 'w', encoding='utf-8', newline='') as f:
        f.write('subject,metric,period,value,unit,source,quote\n')
        for i in range(ROWS):
            subject = SUBJECTS[i % len(SUBJECTS)]
            metric, unit, low, high, scaled = METRICS[(i // len(SUBJECTS)) % len(METRICS)]
            day = date.fromordinal(FIRST_DAY + i // series).isoformat()
            text = amount_text(rand.uniform(low, high), scaled, rand)
            source = SOURCES[rand.randrange(len(SOURCES))]
            row = (subject, metric, day, text, unit, source,
                   quote_text(subject, day, metric, text, rand))
            f.write(','.join(csv_field(x) for x in row) + '\n')
    os.replace(tmp, path)


def timed(argv, env=None):
    """Runs argv under /usr/bin/time -v; returns (ms, MB, exit status, last stderr line).

    Each run writes some 150-200 MB; the kernel writes that back to disk later, while
    the next runs go, so without a sync first every run but the first competes with the
    write-back of the ones before it (an app run after five sqlite3 runs was measured up
    to 25 % slower). The sync is not timed."""
    os.sync()
    began = time.monotonic()
    with open(os.devnull, 'w', encoding='utf-8') as null:
        proc = subprocess.run(['/usr/bin/time', '-v'] + argv, env=env, stdout=null,
                              stderr=subprocess.PIPE, text=True, check=False)
    ms = (time.monotonic() - began) * 1000
    found = re.search(r'Maximum resident set size \(kbytes\): (\d+)', proc.stderr)
    mb = int(found.group(1)) / 1024 if found else None
    # time's report is indented; the program's own last line is not.
    own = [line for line in proc.stderr.splitlines()
           if line.strip() and not line.startswith(('\t', 'Command '))]
    return ms, mb, proc.returncode, own[-1] if own else ''


def import_available(app):
    """`gpu-market import --help` succeeds even before the command exists (the
    application prints its own options), so the usage line must name the command."""
    proc = subprocess.run([app, 'import', '--help'], capture_output=True, text=True,
                          check=False)
    usage = '\n'.join(proc.stdout.splitlines()[:3])
    return proc.returncode == 0 and re.search(r'\bimport\b', usage) is not None


def summarise(samples):
    return {'ms': statistics.median(s[0] for s in samples),
            'mb': statistics.median(s[1] for s in samples if s[1] is not None),
            'all': [s[0] for s in samples]}


def run_sqlite(csv, work, runs):
    db = os.path.join(work, 'plain.db')
    samples = []
    for i in range(runs):
        for path in glob.glob(db + '*'):
            os.remove(path)
        ms, mb, status, last = timed(['sqlite3', db, '.mode csv', f'.import "{csv}" t'])
        print(f'  sqlite3 .import run {i + 1}: {ms / 1000:.2f} s, {mb:.0f} MB'
              + (f' (exit status {status}: {last})' if status else ''), flush=True)
        samples.append((ms, mb))
    count = subprocess.run(['sqlite3', db, 'SELECT count(*) FROM t'], capture_output=True,
                           text=True, check=False).stdout.strip()
    print(f'  sqlite3: {count} rows in the table')
    for path in glob.glob(db + '*'):
        os.remove(path)
    return summarise(samples)


def make_base(app, home):
    """A database the app makes from its bundled dataset on first use; its path."""
    shutil.rmtree(home, ignore_errors=True)
    env = dict(os.environ, XDG_DATA_HOME=home)
    env.pop('GSETTINGS_BACKEND', None)
    subprocess.run([app, 'list-charts'], env=env, capture_output=True, check=False)
    found = glob.glob(os.path.join(home, '*', 'market.db'))
    return found[0] if found else None


def run_floor(app, source, work, runs):
    """bench-import-floor: SQLite alone writing the rows the app's import wrote into
    SOURCE, into a new database, as the import does. Median total in ms, or None."""
    floor = os.path.join(os.path.dirname(app), '..', 'tests', 'bench', 'bench-import-floor')
    if not os.path.exists(floor):
        return None
    totals = []
    for i in range(runs):
        target = make_base(app, os.path.join(work, 'floor-home'))
        if target is None:
            return None
        os.sync()   # as in timed ()
        proc = subprocess.run([floor, source, target], capture_output=True, text=True,
                              check=False)
        found = re.search(r'total ([0-9.]+) s', proc.stdout)
        print(f'  floor run {i + 1}: {proc.stdout.strip() or proc.stderr.strip()}', flush=True)
        if proc.returncode != 0 or not found:
            return None
        totals.append(float(found.group(1)) * 1000)
    shutil.rmtree(os.path.join(work, 'floor-home'), ignore_errors=True)
    return statistics.median(totals)


def run_app(app, csv, work, runs):
    extra = shlex.split(os.environ.get('GPM_BENCH_IMPORT_ARGS', ''))
    samples = []
    floor_ms = None
    for i in range(runs):
        home = os.path.join(work, 'import-home')
        shutil.rmtree(home, ignore_errors=True)
        env = dict(os.environ, XDG_DATA_HOME=home)
        env.pop('GSETTINGS_BACKEND', None)
        # The user's own database is made on first use, from the bundled dataset.
        subprocess.run([app, 'list-charts'], env=env, capture_output=True, check=False)
        found = glob.glob(os.path.join(home, '*', 'market.db'))
        if not found:
            return None, 'import: could not create a database to import into'
        ms, mb, status, last = timed([app, 'import', csv, '--database', found[0]] + extra, env)
        if status != 0:
            shutil.rmtree(home, ignore_errors=True)
            return None, f'import: failed (exit status {status}: {last})'
        print(f'  gpu-market import run {i + 1}: {ms / 1000:.2f} s, {mb:.0f} MB', flush=True)
        samples.append((ms, mb))
        if i == 0:
            count = subprocess.run(['sqlite3', found[0], 'SELECT count(*) FROM observations'],
                                   capture_output=True, text=True, check=False).stdout.strip()
            print(f'  gpu-market: {count or "?"} figures in the database after the import')
            floor_ms = run_floor(app, found[0], work, 3 if runs > 1 else 1)
        shutil.rmtree(home, ignore_errors=True)
    result = summarise(samples)
    result['floor_ms'] = floor_ms
    return result, None


def run(app, work, runs):
    """Returns {'sqlite': summary, 'app': summary or None, 'app_text': cell text}."""
    print(f'== import: {ROWS:,} rows, {runs} runs each', flush=True)
    csv = os.path.abspath(os.path.join(work, CSV_NAME))
    if not os.path.exists(csv):
        began = time.monotonic()
        make_csv(csv)
        print(f'  wrote {csv} ({os.path.getsize(csv) / 1e6:.0f} MB) in '
              f'{time.monotonic() - began:.1f} s')
    sqlite = run_sqlite(csv, work, runs)
    if not import_available(app):
        print('  import: not yet available')
        return {'sqlite': sqlite, 'app': None, 'app_text': 'not yet available'}
    result, problem = run_app(app, csv, work, runs)
    if result is None:
        print('  ' + problem)
        return {'sqlite': sqlite, 'app': None, 'app_text': problem.replace('import: ', '')}
    return {'sqlite': sqlite, 'app': result,
            'app_text': f'{result["ms"] / 1000:.2f} s, {result["mb"]:.0f} MB'}
