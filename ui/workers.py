"""Background jobs: a QRunnable running a job function in the global QThreadPool.

A job function takes keyword-only ``progress(fraction, message)`` and ``cancel() -> bool``
(:mod:`mataram_gis.jobs`) and returns its result; the worker relays progress and the
outcome to the GUI thread by signals: ``progress(float, str)``, ``finished(object)``,
``failed(str, bool)`` (the message and whether it is our own error; for any other exception
a translated "unexpected error, see the log" (:func:`ui.messages.unexpected_text`), the
traceback in the log only),
``cancelled()``. ``JobRunner`` keeps the running workers alive and counts them.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from mataram_gis.errors import Cancelled, MataramError
from ui.messages import unexpected_text

logger = logging.getLogger(__name__)

JobFunction = Callable[..., Any]
_PROJ_CONTEXTS: list[object] = []


def keep_proj_context() -> None:
    """Keep this pool thread's PROJ context alive for the life of the thread.

    pyproj stores a thread's PROJ context pointer in native thread storage but frees the
    context with the Python thread state, which PySide drops after each ``QRunnable.run``:
    the next job on the same pool thread then used a freed context and crashed (segfault in
    ``CRS.from_user_input``). Holding the context's manager keeps the pointer valid; pool
    threads never expire (:class:`JobRunner`), so this holds at most one per pool thread.
    """
    if "pyproj._context" not in sys.modules:
        return
    from pyproj._context import get_context_manager

    manager = get_context_manager()
    if manager is not None and not any(m is manager for m in _PROJ_CONTEXTS):
        _PROJ_CONTEXTS.append(manager)


class WorkerSignals(QObject):
    """Signals of one worker (a QRunnable cannot have signals itself)."""

    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, expected (a MataramError) or a bug
    cancelled = Signal()
    done = Signal()  # always last, whatever the outcome


class Worker(QRunnable):
    """Run ``function(*args, progress=..., cancel=..., **kwargs)`` off the GUI thread.

    Parameters
    ----------
    name
        A short label for the status bar and the log.
    function
        The job function.
    """

    def __init__(self, name: str, function: JobFunction, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.name = name
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next check."""
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def _progress(self, fraction: float, message: str) -> None:
        self.signals.progress.emit(float(fraction), str(message))

    def run(self) -> None:
        signals = self.signals
        try:
            if self._cancel.is_set():
                raise Cancelled()
            result = self.function(
                *self.args, progress=self._progress, cancel=self._cancel.is_set, **self.kwargs
            )
            if self._cancel.is_set():
                raise Cancelled()
        except Cancelled:
            logger.info("job %s cancelled", self.name)
            signals.cancelled.emit()
        except MataramError as exc:
            logger.warning("job %s: %s", self.name, exc.message)
            signals.failed.emit(exc.message, True)
        except Exception:  # a bug: its details go to the log only (ui/messages.py)
            logger.error("job %s failed:\n%s", self.name, traceback.format_exc())
            signals.failed.emit(unexpected_text(), False)
        else:
            signals.finished.emit(result)
        finally:
            keep_proj_context()
            signals.done.emit()


class JobRunner(QObject):
    """Start workers in the global pool and keep them referenced until they end.

    Signals ``started(Worker)`` and ``ended(Worker)`` let the status bar show progress.
    """

    started = Signal(object)
    ended = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self.pool.setExpiryTimeout(-1)  # keep pool threads (and their PROJ contexts)
        self.active: list[Worker] = []

    def start(self, worker: Worker) -> Worker:
        """Queue ``worker`` in the thread pool."""
        self.active.append(worker)
        worker.signals.done.connect(lambda w=worker: self._done(w))
        logger.debug("job %s started", worker.name)
        self.started.emit(worker)
        self.pool.start(worker)
        return worker

    def _done(self, worker: Worker) -> None:
        if worker in self.active:
            self.active.remove(worker)
        self.ended.emit(worker)

    def cancel_all(self) -> None:
        """Ask every running job to stop."""
        for worker in list(self.active):
            worker.cancel()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the pool is idle (used at exit and in tests)."""
        return self.pool.waitForDone(msecs)
