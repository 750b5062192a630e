"""Autosave and recovery of the session.

The current project is saved every few minutes, and a few seconds after each finished
analysis, to ``<AppDataLocation>/autosave.mgis.gpkg`` (atomic, in a worker thread). A marker
file ``session.running`` exists while the app runs and is removed on a clean exit; at the
next start, a marker left behind together with an autosave written after it means the last
session ended abnormally, and the user is offered to recover it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QThreadPool, QTimer, Signal

from ui.workers import Worker

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis, AnalysisInputs
    from mataram_gis.scenario import Scenario

logger = logging.getLogger(__name__)

AUTOSAVE_NAME = "autosave.mgis.gpkg"
MARKER_NAME = "session.running"
INTERVAL_MS = 3 * 60 * 1000
DEBOUNCE_MS = 5_000


@dataclass
class ProjectState:
    """What a project save needs (see :func:`mataram_gis.project.save_project`)."""

    inputs: AnalysisInputs
    scenarios: dict[str, Scenario]
    active: str
    analysis: Analysis | None = None


def app_data_dir() -> Path:
    """The user's data folder (Qt ``AppDataLocation``), created if needed."""
    location = QStandardPaths.StandardLocation.AppDataLocation
    folder = Path(QStandardPaths.writableLocation(location))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_job(path: Path, state: ProjectState, *, progress, cancel) -> Path:
    """Save ``state`` as a project file (a job function for :class:`ui.workers.Worker`)."""
    from mataram_gis.project import save_project

    progress(0.1, f"saving {path.name}")
    written = save_project(
        path,
        inputs=state.inputs,
        scenarios=state.scenarios,
        active=state.active,
        analysis=state.analysis,
    )
    progress(1.0, f"{path.name} saved")
    return written


class SessionKeeper(QObject):
    """Autosaves the current project and offers to recover it after a crash.

    Parameters
    ----------
    state
        Returns the current :class:`ProjectState`, or None when there is nothing to save.
    folder
        Where the autosave and the marker live (default: :func:`app_data_dir`).
    interval_ms, debounce_ms
        Periodic autosave interval; delay of the autosave requested after an analysis.
    ask
        True: ask the user (QMessageBox) whether to recover; False: decline silently
        (``--screenshot`` mode, tests).

    Signals
    -------
    saved(str)
        An autosave was written (its path).
    """

    saved = Signal(str)

    def __init__(
        self,
        state: Callable[[], ProjectState | None],
        *,
        folder: Path | None = None,
        interval_ms: int = INTERVAL_MS,
        debounce_ms: int = DEBOUNCE_MS,
        ask: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.folder = folder or app_data_dir()
        self.path = self.folder / AUTOSAVE_NAME
        self.marker = self.folder / MARKER_NAME
        self.ask = ask
        self._worker: Worker | None = None
        self._last_saved: tuple[int, ...] | None = None
        self._periodic = QTimer(self, interval=interval_ms)
        self._periodic.timeout.connect(self.save_now)
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self.save_now)

    # -- recovery -------------------------------------------------------------------------
    def recovery_available(self) -> bool:
        """True when the last session did not exit cleanly and left an autosave behind."""
        if not (self.marker.exists() and self.path.exists()):
            return False
        return self.path.stat().st_mtime >= self.marker.stat().st_mtime

    def begin(self) -> None:
        """Mark the session as running and start the periodic autosave."""
        self.marker.write_text("running\n", encoding="utf-8")
        self._periodic.start()

    def request(self) -> None:
        """Autosave soon (debounced), e.g. after a finished analysis."""
        if self._periodic.isActive():
            self._debounce.start()

    def save_now(self) -> Worker | None:
        """Start an autosave in a worker unless nothing changed or one is running."""
        if self._worker is not None:
            return None
        state = self.state()
        if state is None:
            return None
        key = (id(state.inputs), id(state.analysis), hash(repr(state.scenarios)))
        if key == self._last_saved:
            return None
        worker = Worker("autosave", save_job, self.path, state)
        worker.signals.finished.connect(lambda path, k=key: self._saved(path, k))
        worker.signals.failed.connect(lambda message, _: logger.warning("autosave: %s", message))
        worker.signals.done.connect(self._done)
        self._worker = worker
        QThreadPool.globalInstance().start(worker)
        return worker

    def _saved(self, path: Path, key: tuple[int, ...]) -> None:
        self._last_saved = key
        logger.info("autosaved %s", path)
        self.saved.emit(str(path))

    def _done(self) -> None:
        self._worker = None

    def stop(self) -> None:
        """Stop the timers (the running save, if any, finishes; the pool is awaited)."""
        self._periodic.stop()
        self._debounce.stop()

    def clean_exit(self) -> None:
        """Stop autosaving and remove the marker: the next start offers no recovery."""
        self.stop()
        if self._worker is not None:
            QThreadPool.globalInstance().waitForDone(30_000)
        self.marker.unlink(missing_ok=True)
