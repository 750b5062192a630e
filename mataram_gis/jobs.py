"""Progress reporting and cancellation shared by the CLI and the GUI workers.

A job function takes keyword-only ``progress`` and ``cancel`` callables. The CLI passes a
text progress bar; the GUI passes a worker's signal emitter and its cancel flag.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Protocol

from mataram_gis.errors import Cancelled


class Progress(Protocol):
    """Receives a fraction in [0, 1] and a short message."""

    def __call__(self, fraction: float, message: str) -> None: ...


CancelCheck = Callable[[], bool]


def no_progress(fraction: float, message: str) -> None:
    """A progress sink that ignores everything."""


def check_cancel(cancel: CancelCheck | None) -> None:
    """Raise :class:`Cancelled` when the user asked to stop."""
    if cancel is not None and cancel():
        raise Cancelled()


class TextProgress:
    """A one-line text progress bar on stderr for the CLI."""

    def __init__(self, *, width: int = 30, stream=None) -> None:
        self.width = width
        self.stream = stream or sys.stderr
        self.start = time.perf_counter()
        self._last = ""

    def __call__(self, fraction: float, message: str) -> None:
        fraction = min(max(fraction, 0.0), 1.0)
        filled = round(fraction * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        from mataram_gis.messages import translate  # the CLI's language (default Indonesian)

        line = f"[{bar}] {fraction * 100:5.1f}% {translate(message, kind='progress')}"
        if line != self._last:
            end = "\n" if fraction >= 1.0 else ""
            self.stream.write("\r" + line.ljust(80) + end)
            self.stream.flush()
            self._last = line
