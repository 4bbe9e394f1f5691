"""bench_x11.py — when a program's window is mapped and first painted, seen from the X server.

Any X client can watch another's windows: SubstructureNotify on the root reports each
top-level window created and mapped, and the DAMAGE extension reports when its pixels
change, which is when the program has drawn its first frame (GTK under Xvfb draws with
Mesa's software GL or cairo, both of which put the image into the window). So the same
measure serves the app and a peer that prints nothing. ctypes and the libX11/libXdamage
every GTK system has; no third-party module, no polling.
"""

import ctypes
import ctypes.util
import threading
import time

CREATE_NOTIFY = 16
MAP_NOTIFY = 19
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
DAMAGE_REPORT_RAW_RECTANGLES = 0


class XEvent(ctypes.Union):
    # The offsets below are those of the event structures on 64-bit Linux.
    _fields_ = [('type', ctypes.c_int), ('pad', ctypes.c_long * 24)]


def _word(event, offset):
    return ctypes.c_ulong.from_buffer(event, offset).value


def _int(event, offset):
    return ctypes.c_int.from_buffer(event, offset).value


def watch(put):
    """Calls put(kind, monotonic time, window id) from a thread for 'map' and 'paint'
    (its first frame) of each normal (not override-redirect) top-level window."""
    x11 = ctypes.CDLL(ctypes.util.find_library('X11') or 'libX11.so.6')
    damage = ctypes.CDLL(ctypes.util.find_library('Xdamage') or 'libXdamage.so.1')
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    x11.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    damage.XDamageQueryExtension.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                             ctypes.POINTER(ctypes.c_int)]
    damage.XDamageCreate.restype = ctypes.c_ulong
    damage.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]

    display = x11.XOpenDisplay(None)
    if not display:
        raise RuntimeError('cannot open the X display')
    event_base, error_base = ctypes.c_int(), ctypes.c_int()
    if not damage.XDamageQueryExtension(display, ctypes.byref(event_base),
                                        ctypes.byref(error_base)):
        raise RuntimeError('the X server has no DAMAGE extension')
    damage_notify = event_base.value   # XDamageNotify is the extension's event 0
    x11.XSelectInput(display, x11.XDefaultRootWindow(display), SUBSTRUCTURE_NOTIFY_MASK)
    x11.XFlush(display)

    def loop():
        event = XEvent()
        damaged = {}    # window → damage events since it was mapped
        while True:
            x11.XNextEvent(display, ctypes.byref(event))
            now = time.monotonic()
            if event.type == CREATE_NOTIFY and not _int(event, 68):
                # XCreateWindowEvent: window at 40, override_redirect at 68. Window ids
                # are reused once a program has gone, so each creation starts afresh.
                window = _word(event, 40)
                damaged.pop(window, None)
                damage.XDamageCreate(display, window, DAMAGE_REPORT_RAW_RECTANGLES)
                x11.XFlush(display)
            elif event.type == MAP_NOTIFY and not _int(event, 48):
                # XMapEvent: window at 40, override_redirect at 48.
                damaged[_word(event, 40)] = 0
                put('map', now, hex(_word(event, 40)))
            elif event.type == damage_notify and _word(event, 32) in damaged:
                # XDamageNotifyEvent: drawable at 32. The first damage after the map is
                # the server filling the background (GTK windows have one), at the very
                # moment of the map; the second is the program's first frame.
                window = _word(event, 32)
                damaged[window] += 1
                if damaged[window] == 2:
                    put('paint', now, hex(window))

    threading.Thread(target=loop, daemon=True).start()
