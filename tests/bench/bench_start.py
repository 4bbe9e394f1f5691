"""bench_start.py — start time of the app next to GNOME Text Editor's, on this display.

Each launch gets its own session bus (a dbus-daemon of its own, so neither program finds
services the other left running) and fresh XDG data, config, cache and state folders.
The "first launch" starts in empty folders (the app creates its database from the bundled
dataset); the "warm launch" starts again in the folders the first one left. The order of
the two programs alternates from run to run.

Times are from just before the process is spawned to:
- window mapped, and first frame: its window's MapNotify and the first damage the
  program makes to it, as the X server reports them (bench_x11.py) — the same measure
  for both programs; the window is the one whose _NET_WM_PID is the process's.
- vendors shown (the app only): GPM_BENCH_FIRST_FRAME=1 makes the main window print the
  monotonic time of its first frame and of its first frame with the database open and
  the vendors loaded (Python's time.monotonic() is the same clock). Its first-frame time
  is printed beside the X server's in each run's line, as a check of the latter.
Memory is the peak resident set when the process is stopped, right after those.
"""

import os
import queue
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import threading
import time

import bench_x11

TIMEOUT = 60.0
MARK = re.compile(r'^gpm-bench: (first-frame|data-frame) (\d+)$')

events = queue.Queue()


def window_pid(window):
    out = subprocess.run(['xprop', '-id', window, '_NET_WM_PID'], capture_output=True,
                         text=True, check=False).stdout
    found = re.search(r'= (\d+)', out)
    return int(found.group(1)) if found else None


def read_marks(stream, tail):
    for line in stream:
        line = line.rstrip('\n')
        found = MARK.match(line)
        if found:
            events.put((found.group(1), int(found.group(2)) / 1e6, None))
        else:
            tail.append(line)
            del tail[:-5]


def launch(argv, env, folders, want_marks):
    """One launch; returns {'map', 'paint', 'first-frame', 'data-frame': ms or None,
    'mb': peak resident set}."""
    bus = subprocess.Popen(['dbus-daemon', '--session', '--nofork', '--print-address=1'],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                           start_new_session=True)
    env = dict(env, DBUS_SESSION_BUS_ADDRESS=bus.stdout.readline().strip(),
               XDG_DATA_HOME=os.path.join(folders, 'data'),
               XDG_CONFIG_HOME=os.path.join(folders, 'config'),
               XDG_CACHE_HOME=os.path.join(folders, 'cache'),
               XDG_STATE_HOME=os.path.join(folders, 'state'))
    while not events.empty():
        events.get_nowait()
    tail = []

    began = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    threading.Thread(target=read_marks, args=(proc.stderr, tail), daemon=True).start()

    result = {'map': None, 'paint': None, 'first-frame': None, 'data-frame': None, 'mb': None}
    windows = {}    # window → {'map': time, 'paint': time}, until the process's is known
    while time.monotonic() - began < TIMEOUT and proc.poll() is None:
        try:
            kind, when, window = events.get(timeout=0.1)
        except queue.Empty:
            continue
        if window is None:
            result[kind] = (when - began) * 1000
        else:
            windows.setdefault(window, {})[kind] = (when - began) * 1000
        if want_marks and result['data-frame'] is None:
            continue
        # The owner is asked only once the times are in, so xprop adds no load to them.
        for window, times in list(windows.items()):
            if 'paint' in times:
                if window_pid(window) == proc.pid:
                    result['map'], result['paint'] = times.get('map'), times['paint']
                    break
                del windows[window]
        if result['paint'] is not None:
            break

    status = proc.poll()
    if status is None:      # still running, as it should be: stop it and take its rusage
        os.killpg(proc.pid, signal.SIGTERM)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = status
        result['mb'] = usage.ru_maxrss / 1024
    os.killpg(bus.pid, signal.SIGTERM)
    bus.wait()
    if result['paint'] is None or (want_marks and result['data-frame'] is None):
        print(f'    {os.path.basename(argv[0])}: no window within {TIMEOUT:.0f} s'
              f' (exit status {status}); last lines:\n      ' + '\n      '.join(tail))
    return result


def summarise(samples):
    keys = ('map', 'paint', 'first-frame', 'data-frame', 'mb')
    out = {}
    for key in keys:
        values = [s[key] for s in samples if s[key] is not None]
        out[key] = statistics.median(values) if values else None
        out[key + '-all'] = values
    return out


def run(app, build, work, runs):
    """Returns {'app'|'peer': {'first'|'warm': summary}} over RUNS launches each."""
    print(f'== start: gpu-market and gnome-text-editor, {runs} runs each', flush=True)
    if shutil.which('gnome-text-editor') is None or shutil.which('xprop') is None:
        print('  start: needs gnome-text-editor and x11-utils (make bench-deps)')
    base = dict(os.environ)
    for var in ('GSETTINGS_BACKEND', 'G_DEBUG'):
        base.pop(var, None)
    programs = {
        'app': ([os.path.abspath(app)],
                dict(base, GSETTINGS_SCHEMA_DIR=os.path.abspath(os.path.join(build, 'data')),
                     GPM_BENCH_FIRST_FRAME='1'), True),
        'peer': (['gnome-text-editor'], base, False),
    }
    samples = {name: {'first': [], 'warm': []} for name in programs}
    bench_x11.watch(lambda kind, when, window: events.put((kind, when, window)))
    print('  ms from spawning: window mapped, first frame; for the app also (its own first-'
          'frame mark) and vendors shown')
    for i in range(runs):
        order = ['app', 'peer'] if i % 2 == 0 else ['peer', 'app']
        for name in order:
            argv, env, marks = programs[name]
            folders = tempfile.mkdtemp(prefix='start-', dir=work)
            for launch_kind in ('first', 'warm'):
                samples[name][launch_kind].append(launch(argv, env, folders, marks))
                time.sleep(0.3)
            shutil.rmtree(folders, ignore_errors=True)
        line = '  run %2d:' % (i + 1)
        for name in ('app', 'peer'):
            for launch_kind in ('first', 'warm'):
                s = samples[name][launch_kind][-1]
                line += f' | {name} {launch_kind} {fmt(s["map"])} {fmt(s["paint"])}'
                if name == 'app':
                    line += f' ({fmt(s["first-frame"])}) {fmt(s["data-frame"])}'
        print(line, flush=True)
    return {name: {k: summarise(v) for k, v in kinds.items()}
            for name, kinds in samples.items()}


def fmt(ms):
    return '—' if ms is None else f'{ms:.0f}'
