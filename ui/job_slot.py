"""One job at a time for a panel: start, progress, cancel, the current job's result only.

The panels that compute in the background (the Corridors and Ruas tables, the Accessibility
dock, the Portfolio dock and its Appraisal and risk tab) share one life of a job, written
here once, in the spirit of superqt's ``thread_worker`` and QGIS's ``QgsTask``: a
:class:`JobSlot` starts a :class:`~ui.workers.Worker` in the panel's
:class:`~ui.workers.JobRunner`, cancels the one it replaces, drives the panel's progress bar,
and hands on the outcome of the *current* job only. A result is dropped when its worker was
cancelled or superseded, or when the panel's context (its analysis) changed while it ran:
the stale-result guard.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from ui.workers import JobRunner, Worker

#: Steps of a progress bar (a job's progress fraction times this).
STEPS = 1000


def progress_bar(parent: QWidget) -> QProgressBar:
    """The thin, textless, hidden progress bar of a panel's job."""
    bar = QProgressBar(parent)
    bar.setRange(0, STEPS)
    bar.setTextVisible(False)
    bar.setMaximumHeight(10)
    bar.hide()
    return bar


class JobSlot(QObject):
    """At most one running job of a panel, and what it shows of it.

    Parameters
    ----------
    runner
        Where the workers run (it keeps them alive and lets the status bar cancel them).
    parent
        The panel (owner of the slot).
    bar
        The panel's progress bar: set to 0 and shown at start, fed by the job's progress,
        hidden when the current job ends.
    context
        What the result must still belong to (e.g. ``lambda: panel.analysis``): read at start
        and again at the end; a result for another context is dropped.

    Signals
    -------
    busyChanged(bool)
        True when a job starts, False when the current job ends (result, failure,
        cancellation from the status bar or :meth:`cancel`).
    failed(str, bool)
        The current job failed (message, whether it is a user error).
    """

    busyChanged = Signal(bool)  # noqa: N815 - Qt signal name
    failed = Signal(str, bool)

    def __init__(
        self,
        runner: JobRunner,
        parent: QObject,
        *,
        bar: QProgressBar | None = None,
        context: Callable[[], object] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.bar, self.context = runner, bar, context
        #: The running job (None when idle).
        self.worker: Worker | None = None

    @classmethod
    def of_panel(
        cls,
        panel: QWidget,
        runner: JobRunner,
        *,
        busy: Callable[[bool], None],
        failed: Callable[[str, bool], None],
    ) -> JobSlot:
        """The slot of a panel whose ``analysis`` attribute is the context, with a new
        :func:`progress_bar` (``slot.bar``, for the panel's layout); ``busy`` follows
        ``busyChanged`` and ``failed`` gets the failures."""
        slot = cls(runner, panel, bar=progress_bar(panel), context=lambda: panel.analysis)
        slot.busyChanged.connect(busy)
        slot.failed.connect(failed)
        return slot

    @property
    def running(self) -> bool:
        """True while a job runs."""
        return self.worker is not None

    def start(self, worker: Worker, done: Callable[[Any], None]) -> Worker:
        """Run ``worker`` instead of the running job; ``done(result)`` gets its result unless
        it was cancelled or superseded or the context changed meanwhile."""
        self.cancel()
        context = self.context()
        signals = worker.signals
        signals.progress.connect(lambda f, _m, w=worker: self._progress(w, f))
        signals.finished.connect(lambda r, w=worker: self._finished(w, context, done, r))
        signals.failed.connect(lambda m, e, w=worker: self._failed(w, m, e))
        signals.cancelled.connect(lambda w=worker: self._end(w))
        self.worker = worker
        if self.bar is not None:
            self.bar.setValue(0)
            self.bar.show()
        self.busyChanged.emit(True)
        return self.runner.start(worker)

    def cancel(self) -> bool:
        """Stop the running job (its result is dropped); True if one was running."""
        worker = self.worker
        if worker is None:
            return False
        worker.cancel()
        self._end(worker)
        return True

    def _progress(self, worker: Worker, fraction: float) -> None:
        if worker is self.worker and self.bar is not None:
            self.bar.setValue(int(fraction * STEPS))

    def _end(self, worker: Worker) -> bool:
        """End ``worker`` if it is the current job; False if it was not (stale)."""
        if worker is not self.worker:
            return False
        self.worker = None
        if self.bar is not None:
            self.bar.hide()
        self.busyChanged.emit(False)
        return True

    def _finished(
        self, worker: Worker, context: object, done: Callable[[Any], None], result: Any
    ) -> None:
        if self._end(worker) and self.context() is context:
            done(result)

    def _failed(self, worker: Worker, message: str, expected: bool) -> None:
        if self._end(worker):
            self.failed.emit(message, expected)
