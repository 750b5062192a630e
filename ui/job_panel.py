"""What the panels with a Cancel button share: the button, a message line, the layout helpers.

:class:`JobPanel` runs its jobs in a :class:`~ui.job_slot.JobSlot` (which starts the
worker, shows its progress, drops the result of a superseded or cancelled job or one for an
older analysis), reports failures through ``failed`` and says what is happening through
:meth:`JobPanel.say`. The Portfolio dock and its Appraisal and risk tab are built on it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from layers.formatting import format_number
from mataram_gis.errors import MataramError
from ui.i18n import current_lang
from ui.job_slot import JobSlot
from ui.messages import error_text
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


def splitter(*widgets: QWidget, parent: QWidget) -> QSplitter:
    """A vertical splitter holding ``widgets`` (e.g. a chart above its table)."""
    split = QSplitter(Qt.Orientation.Vertical, parent)
    for w in widgets:
        split.addWidget(w)
    return split


def lay_out(
    panel: QWidget, rows: list[list[QWidget | int | None]], below: list[QWidget | QLayout],
    *, margin: int,
) -> QVBoxLayout:  # fmt: skip
    """The panel's layout: ``rows`` of widgets (``None``: a stretch; an int: the stretch of the
    widget before it), then ``below`` one per line, the last one taking the spare height."""
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(margin, margin, margin, margin)
    for items in rows:
        row = QHBoxLayout()
        for item in items:
            if item is None:
                row.addStretch(1)
            elif isinstance(item, int):
                row.setStretch(row.count() - 1, item)
            else:
                row.addWidget(item)
        layout.addLayout(row)
    for i, item in enumerate(below):
        stretch = 1 if i == len(below) - 1 else 0
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return layout


class JobPanel(QWidget):
    """A panel with one job at a time, its progress bar and its Cancel button.

    Subclasses set ``message_label`` (where :meth:`say` writes) and ``idle_buttons`` (their
    own buttons, enabled when no job runs) before they call :meth:`busy`.

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
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.jobs = JobSlot.of_panel(self, runner, busy=self.busy, failed=self._failed)
        self.progress = self.jobs.bar
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.idle_buttons: tuple[QPushButton, ...] = ()

    def say(self, text: str) -> None:
        """Show a message (progress, cancellation, failure) in ``message_label``."""
        self.message_label.setText(text)

    def ready_budget(
        self, read: Callable[[], float | None], *, required: bool = True
    ) -> tuple[bool, float | None]:
        """``(ok, budget)`` from ``read()``; not ok (and said why) without an analysis, with an
        unreadable budget, or with none when ``required``."""
        if self.analysis is None:
            return False, None
        try:
            budget = read()
        except MataramError as exc:
            self.say(error_text(exc.message))
            return False, None
        if budget is None and required:
            self.say(self.tr("Type a budget, e.g. 10 miliar or 750 juta."))
            return False, None
        return True, budget

    @property
    def worker(self) -> Worker | None:
        """The running job (None when idle)."""
        return self.jobs.worker

    def cancel(self) -> None:
        """Stop the running job (its result is dropped)."""
        if self.jobs.cancel():
            self.say(self.tr("Cancelled."))

    def start(self, worker: Worker, slot: Callable[[Any], None]) -> Worker:
        """Run ``worker``; ``slot(result)`` gets its result unless it was superseded."""
        self.cancel()
        return self.jobs.start(worker, slot)

    def _failed(self, message: str, expected: bool) -> None:
        self.say(error_text(message) if expected else message)
        self.failed.emit(message, expected)

    def busy(self, busy: bool) -> None:
        """Show the job running (progress, Cancel) or not (the panel's buttons)."""
        for button in self.idle_buttons:
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)
