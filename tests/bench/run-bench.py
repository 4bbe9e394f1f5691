#!/usr/bin/env python3
"""run-bench.py — `make bench`: every benchmark in one run, then one summary table.

1. The meson benchmarks (chart PNG export against gnuplot and matplotlib, chart and
   timeline frame times) append their figures to a file named by GPM_BENCH_SUMMARY.
2. Start (bench_start.py): the app to its first frame against GNOME Text Editor.
3. Import (bench_import.py): a 1,000,000-row CSV into the app against sqlite3's .import.
4. The table, Markdown, on stdout and in BUILD/bench-summary.txt.

Every figure is a median of several runs; memory is the peak resident set of the
process. It reports and never fails on a time. Python's standard library (ctypes for
libX11 and libXdamage) and public tools only: xprop, /usr/bin/time, sqlite3, dbus-daemon.

  tests/bench/run-bench.py [--build DIR] [--quick] [--skip meson,start,import]

Without a display it runs itself again under xvfb-run, so the app and its peer always
start on the same kind of X server.
"""

import argparse
import os
import platform
import subprocess
import sys
import time

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench_import  # noqa: E402
import bench_start  # noqa: E402

SCREEN = '-screen 0 1600x1000x24'
SECTIONS = ('meson', 'start', 'import')


def ms_text(ms):
    if ms is None:
        return 'failed'
    if ms >= 10000:
        return f'{ms / 1000:.1f} s'
    if ms >= 1000:
        return f'{ms / 1000:.2f} s'
    if ms >= 10:
        return f'{ms:.0f} ms'
    return f'{ms:.2f} ms'


def cell(ms, mb=None):
    if ms is None:
        return 'failed'
    return ms_text(ms) + ('' if mb is None else f', {mb:.0f} MB')


def ratio(a, b):
    return f'{a / b:.2f}' if a is not None and b else '—'


def package_version(name):
    try:
        out = subprocess.run(['dpkg-query', '-W', '-f=${Version}', name],
                             capture_output=True, text=True, check=True).stdout
        return out.split(':')[-1].split('-')[0].split('+')[0]
    except (OSError, subprocess.CalledProcessError):
        return '?'


# ------------------------------------------------------------------ meson benchmarks

def run_meson(build, quick):
    """Runs the meson benchmarks; returns their figures {key: value}."""
    path = os.path.join(build, 'bench-figures.tsv')
    if os.path.exists(path):
        os.remove(path)
    env = dict(os.environ, GPM_BENCH_SUMMARY=os.path.abspath(path))
    if quick:
        env['GPM_BENCH_RUNS'] = '3'
    print('== meson benchmarks: chart export, chart and timeline frames', flush=True)
    subprocess.run(['meson', 'test', '-C', build, '--benchmark', '--print-errorlogs',
                    '--verbose'], env=env, check=False)
    return read_figures(path)


def read_figures(path):
    figures = {}
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                key, _, value = line.rstrip('\n').partition('\t')
                figures[key] = float(value)
    return figures


# ------------------------------------------------------------------ the table

def start_rows(start, peer_name):
    rows = []
    for launch, title in (('first', 'first launch (creates the database)'),
                          ('warm', 'warm launch (database exists)')):
        app = start['app'][launch]
        peer = start['peer'][launch]
        rows.append((f'start, {title}: window mapped', cell(app['map']), peer_name,
                     cell(peer['map']), ratio(app['map'], peer['map'])))
        rows.append((f'start, {title}: first frame', cell(app['paint'], app['mb']), peer_name,
                     cell(peer['paint'], peer['mb']), ratio(app['paint'], peer['paint'])))
        rows.append((f'start, {title}: vendors shown', cell(app['data-frame']), '', '', ''))
    return rows


def export_rows(figures):
    rows = []
    sizes = sorted({int(k.split('.')[2]) for k in figures if k.startswith('export.')})
    for n in sizes:
        def get(tool, what):
            return figures.get(f'export.{tool}.{n}.{what}')
        app_ms = get('gpu-market', 'ms')
        first = True
        for tool, name in (('gnuplot', f'gnuplot {package_version("gnuplot-nox")} (pngcairo)'),
                           ('matplotlib',
                            f'matplotlib {package_version("python3-matplotlib")} (Agg)')):
            rows.append((f'PNG export, {n:,} points, 1920 × 1080' if first else '',
                         cell(app_ms, get('gpu-market', 'mb')) if first else '', name,
                         cell(get(tool, 'ms'), get(tool, 'mb')), ratio(app_ms, get(tool, 'ms'))))
            first = False
    return rows


def frame_rows(figures):
    rows = []
    for key, value in sorted(figures.items()):
        if key.startswith('chart-frame.') and key.endswith('.prepared.ms'):
            n = int(key.split('.')[1])
            lazy = figures.get(f'chart-frame.{n}.lazy.ms')
            rows.append((f'chart frame, {n:,} points (prepared for the size)', ms_text(value),
                         '', '', ''))
            if lazy is not None:
                rows.append((f'chart frame, {n:,} points (summarised while drawing)',
                             ms_text(lazy), '', '', ''))
    for key, title in (('pan-3y-category', 'pan 3 years, lanes by category'),
                       ('pan-3y-vendor', 'pan 3 years, lanes by vendor'),
                       ('pan-30y-category', 'pan 30 years, lanes by category'),
                       ('zoom', 'zoom 20 years to 5 months')):
        med = figures.get(f'timeline.{key}.median.ms')
        if med is not None:
            p95 = figures.get(f'timeline.{key}.p95.ms')
            rows.append((f'timeline frame, 10,000 events, {title}',
                         f'{ms_text(med)} (p95 {ms_text(p95)})', '', '', ''))
    return rows


def import_rows(imp):
    peer = f'sqlite3 {package_version("sqlite3")} `.import`'
    rows = [('CSV import, 1,000,000 rows', imp['app_text'], peer,
             cell(imp['sqlite']['ms'], imp['sqlite']['mb']),
             ratio(imp['app']['ms'], imp['sqlite']['ms']) if imp['app'] else '—')]
    floor = imp['app'].get('floor_ms') if imp['app'] else None
    if floor is not None:
        rows.append(('CSV import floor: SQLite alone writing the same rows, parsed beforehand '
                     '(bench-import-floor)', f'{floor / 1000:.2f} s', peer,
                     cell(imp['sqlite']['ms'], None), ratio(floor, imp['sqlite']['ms'])))
    return rows


def machine_line():
    cpu = '?'
    with open('/proc/cpuinfo', encoding='utf-8') as f:
        for line in f:
            if line.startswith('model name'):
                cpu = line.split(':', 1)[1].strip()
                break
    with open('/proc/meminfo', encoding='utf-8') as f:
        mem_gib = int(f.readline().split()[1]) / 1024 / 1024
    debian = open('/etc/debian_version', encoding='utf-8').read().strip() \
        if os.path.exists('/etc/debian_version') else '?'
    return (f'{cpu}, {os.cpu_count()} cores, {mem_gib:.1f} GiB; Debian {debian}, '
            f'Linux {platform.release()}')


def write_table(build, rows, header):
    lines = list(header)
    lines.append('')
    lines.append('| figure | gpu-market | peer | peer\'s figure | gpu-market ÷ peer |')
    lines.append('|---|---:|---|---:|---:|')
    for row in rows:
        lines.append('| ' + ' | '.join(row) + ' |')
    text = '\n'.join(lines) + '\n'
    path = os.path.join(build, 'bench-summary.txt')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    print('\n== summary (also in ' + path + ')\n')
    print(text, flush=True)


def main():
    parser = argparse.ArgumentParser(description='Run every benchmark; print one table.')
    parser.add_argument('--build', default='_build', help='meson build directory')
    parser.add_argument('--quick', action='store_true',
                        help='fewer runs (3 starts, 1 import, 3 exports): for working on it')
    parser.add_argument('--skip', default='', help='comma-separated: ' + ','.join(SECTIONS))
    args = parser.parse_args()
    skip = {s for s in args.skip.split(',') if s}
    if skip - set(SECTIONS):
        parser.error('unknown section in --skip: ' + ','.join(sorted(skip - set(SECTIONS))))

    if not os.environ.get('DISPLAY') and 'start' not in skip:
        os.execvp('xvfb-run', ['xvfb-run', '-a', '-s', SCREEN, sys.executable,
                               os.path.abspath(__file__)] + sys.argv[1:])

    build = args.build
    app = os.path.join(build, 'src', 'gpu-market')
    if not os.access(app, os.X_OK):
        sys.exit(f'run-bench: no {app}; build first (make build)')
    work = os.path.join(build, 'bench')
    os.makedirs(work, exist_ok=True)

    load_start = os.getloadavg()
    began = time.time()
    figures = {} if 'meson' in skip else run_meson(build, args.quick)
    if 'meson' in skip:
        figures = read_figures(os.path.join(build, 'bench-figures.tsv'))
    start = None if 'start' in skip else bench_start.run(app, build, work,
                                                        3 if args.quick else 10)
    imp = None if 'import' in skip else bench_import.run(app, work, 1 if args.quick else 5)
    load_end = os.getloadavg()

    rows = []
    if start:
        rows += start_rows(start, f'GNOME Text Editor {package_version("gnome-text-editor")}')
    rows += export_rows(figures)
    if imp:
        rows += import_rows(imp)
    rows += frame_rows(figures)

    noisy = max(load_start[0], load_end[0]) >= (os.cpu_count() or 1) / 2
    export_runs = 3 if args.quick else 15
    header = [
        '## Benchmarks, ' + time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime(began))
        + (' (--quick)' if args.quick else ''),
        '',
        '- machine: ' + machine_line(),
        f'- load average (1 min) {load_start[0]:.2f} before, {load_end[0]:.2f} after'
        + (': NOISY, other work shared the cores' if noisy else ''),
        f'- medians: start {3 if args.quick else 10} launches each, PNG export '
        f'{export_runs} runs, import {1 if args.quick else 5} runs; memory is peak RSS',
        f'- took {(time.time() - began) / 60:.1f} min',
    ]
    write_table(build, rows, header)


if __name__ == '__main__':
    main()
