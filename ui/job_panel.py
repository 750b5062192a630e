"""What every panel that runs one job at a time shares: Cancel, progress, the worker's life.

:class:`JobPanel` starts a :class:`~ui.workers.Worker`, shows its progress, drops the result
of a superseded or cancelled job (or one for an older analysis), reports failures through
``failed`` and says what is happening through :meth:`JobPanel.say`. The Portfolio dock and
its Appraisal and risk tab are built on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from layers.formatting import format_number
from ui.i18n import current_lang
from ui.workers import JobRunner, Worker

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis


def fmt_share(value: Any) -> str:
    """A share as a percentage (blank when missing)."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return ""
    return "" if not np.isfinite(x) else format_number(100 * x, current_lang(), 0) + " %"


class JobPanel(QWidget):
    """A panel with one job at a time, its progress bar and its Cancel button.

    Subclasses implement :meth:`say` (where messages go) and :meth:`set_idle_enabled` (their
    own buttons, enabled when no job runs).

    Signals
    -------
    failed(str, bool)
        A job failed (message, whether it is a user error).
    """

    failed = Signal(str, bool)

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.analysis: Analysis | None = None
        self.worker: Worker | None = None
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)

    def say(self, text: str) -> None:
        """Show a message (progress, cancellation, failure)."""
        raise NotImplementedError

    def set_idle_enabled(self, enabled: bool) -> None:
        """Enable the panel's own buttons (False while a job runs)."""
        raise NotImplementedError

    def cancel(self) -> None:
        """Stop the running job (its result is dropped)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker = None
            self.say(self.tr("Cancelled."))
            self.busy(False)

    def start(self, worker: Worker, slot: Callable[[Any], None]) -> Worker:
        """Run ``worker``; ``slot(result)`` gets its result unless it was superseded."""
        self.cancel()
        analysis = self.analysis
        worker.signals.progress.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        worker.signals.finished.connect(
            lambda result, w=worker: self._finished(w, analysis, slot, result)
        )
        worker.signals.failed.connect(lambda m, e, w=worker: self._failed(w, m, e))
        worker.signals.cancelled.connect(lambda w=worker: self._ended(w))
        self.worker = worker
        self.progress.setValue(0)
        self.busy(True)
        return self.runner.start(worker)

    def _finished(
        self, worker: Worker, analysis: Analysis | None, slot: Callable[[Any], None], result: Any
    ) -> None:
        if worker is self.worker and self.analysis is analysis:
            self._ended(worker)
            slot(result)

    def _ended(self, worker: Worker) -> None:
        if worker is self.worker:
            self.worker = None
            self.busy(False)

    def _failed(self, worker: Worker, message: str, expected: bool) -> None:
        if worker is self.worker:
            self._ended(worker)
            self.say(message)
            self.failed.emit(message, expected)

    def busy(self, busy: bool) -> None:
        """Show the job running (progress, Cancel) or not (the panel's buttons)."""
        self.set_idle_enabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
