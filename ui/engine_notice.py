"""Progress of the one-time engine compilation: how many kernels are compiled, time spent.

The first ranking after install compiles the Numba kernels (about 20 s on an office PC);
later starts load them from the cache. :class:`CompileWatch` counts Numba's
``numba:compile`` events (fired only for a real compilation, never for a cache load) in the
thread that compiles; the status bar polls it from the GUI thread once a second. No Qt object
is touched from the compiling thread: the listener only updates two numbers under a lock.
Kernels compiled by the warm-up's child process (:mod:`mataram_gis.engine_ready`) are added.
"""

from __future__ import annotations

import threading
import time

from numba.core import event

from mataram_gis import engine_ready

#: Numba's event fired around each real compilation of a kernel (one signature).
COMPILE_EVENT = "numba:compile"


class CompileWatch(event.Listener):
    """Counts finished kernel compilations between :meth:`start` and :meth:`stop`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._compiled = 0
        self._background = 0  # the warm-up child's count when counting started
        self._t0 = 0.0
        self._on = False

    def on_start(self, ev: event.Event) -> None:
        """A compilation started (nothing to count yet)."""

    def on_end(self, ev: event.Event) -> None:
        """A compilation finished: count it."""
        with self._lock:
            self._compiled += 1

    def start(self) -> None:
        """Start counting (idempotent)."""
        with self._lock:
            self._compiled = 0
            self._background = engine_ready.background_compiled()
            self._t0 = time.monotonic()
        if not self._on:
            event.register(COMPILE_EVENT, self)
            self._on = True

    def stop(self) -> None:
        """Stop counting (idempotent)."""
        if self._on:
            event.unregister(COMPILE_EVENT, self)
            self._on = False

    @property
    def active(self) -> bool:
        """True between :meth:`start` and :meth:`stop`."""
        return self._on

    def state(self) -> tuple[int, float]:
        """(kernels compiled so far, seconds since :meth:`start`)."""
        background = engine_ready.background_compiled() - self._background
        with self._lock:
            return self._compiled + background, time.monotonic() - self._t0
