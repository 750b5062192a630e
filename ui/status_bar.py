# ruff: noqa: N802 - Qt API names (camelCase overrides and signals)
"""Status bar: cursor lon/lat and UTM 50S, map scale, selection count, job progress."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from layers.formatting import format_number
from ui.engine_notice import CompileWatch
from ui.i18n import current_lang
from ui.messages import progress_text
from ui.workers import JobRunner, Worker

logger = logging.getLogger(__name__)


class MapStatusBar(QStatusBar):
    """Shows where the cursor is, the scale, the selection and the running job."""

    def __init__(
        self, runner: JobRunner, crs: str = "EPSG:32750", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.crs = crs
        self._to_lonlat = None
        self.crs_name = "UTM 50S"
        self.coords = QLabel(self)
        self.scale = QLabel(self)
        self.selected = QLabel(self)
        self.job = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.cancel = QPushButton(self)
        self.cancel.setFlat(False)
        self.cancel.clicked.connect(runner.cancel_all)
        for w in (self.job, self.progress, self.cancel):
            self.addPermanentWidget(w)
            w.hide()
        for w in (self.coords, self.scale, self.selected):
            self.addPermanentWidget(w)
        self.coords.setMinimumWidth(360)
        self._n_selected = 0
        self._scale = 0.0
        self._job_name = ""
        self._has_cursor = False
        #: Show "preparing the analysis engine (once)" during the next ranking (first start).
        self.engine_notice = False
        self.compile_watch = CompileWatch()
        self._engine_timer = QTimer(self)
        self._engine_timer.setInterval(1000)
        self._engine_timer.timeout.connect(self._show_job)
        self._message = ""
        runner.started.connect(self._job_started)
        runner.ended.connect(self._job_ended)
        self.retranslate()

    def show_cursor(self, x: float, y: float) -> None:
        """Cursor at map coordinates ``(x, y)`` (metres, UTM 50S)."""
        if self._to_lonlat is None:
            from pyproj import Transformer  # lazy: pyproj loads its database

            self._to_lonlat = Transformer.from_crs(self.crs, "EPSG:4326", always_xy=True)
        lon, lat = self._to_lonlat.transform(x, y)
        lang = current_lang()
        ns = (self.tr("S") if lat < 0 else self.tr("N")).strip()
        ew = (self.tr("W") if lon < 0 else self.tr("E")).strip()
        self.coords.setText(
            f"{format_number(abs(lat), lang, 5)}° {ns}, {format_number(abs(lon), lang, 5)}° {ew}"
            f"  |  {self.crs_name} X {format_number(x, lang)} m, Y {format_number(y, lang)} m"
        )
        self._has_cursor = True

    def show_scale(self, denominator: float) -> None:
        """The map scale 1:N."""
        self._scale = denominator
        step = 10 ** max(int(len(str(int(max(denominator, 1)))) - 2), 0)
        n = round(denominator / step) * step
        self.scale.setText(self.tr("Scale 1:%1").replace("%1", format_number(n, current_lang())))

    def show_selection(self, count: int) -> None:
        """Number of selected segments."""
        self._n_selected = count
        self.selected.setText(
            self.tr("%1 selected").replace("%1", format_number(count, current_lang()))
        )

    def _job_started(self, worker: Worker) -> None:
        self._job_name = worker.name
        if worker.name == "rank" and self.engine_notice:
            self._job_name = "engine"
            worker.signals.done.connect(self._engine_ready)
            self.compile_watch.start()  # kernels compiled, counted in the worker thread
            self._engine_timer.start()
        worker.signals.progress.connect(self._job_progress)
        self._message = ""
        self._show_job()
        self.progress.setValue(0)
        for w in (self.job, self.progress, self.cancel):
            w.show()

    def _job_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self._message = message
        self._show_job()

    def _show_job(self) -> None:
        """The job's title and last message; while compiling, kernels done and seconds."""
        text = self._job_title(self._job_name)
        if self._message:
            text += f": {progress_text(self._message)}"
        if self._job_name == "engine" and self.compile_watch.active:
            compiled, seconds = self.compile_watch.state()
            text += " — " + (
                self.tr("%1 engine parts compiled, %2 s")
                .replace("%1", format_number(compiled, current_lang()))
                .replace("%2", format_number(int(seconds), current_lang()))
            )
        self.job.setText(text)

    def _job_ended(self, worker: Worker) -> None:
        if not self.runner.active:
            for w in (self.job, self.progress, self.cancel):
                w.hide()

    def _engine_ready(self) -> None:
        self.engine_notice = False
        self._engine_timer.stop()
        self.compile_watch.stop()

    def _job_title(self, name: str) -> str:
        titles = {
            "engine": self.tr("Preparing the analysis engine (once only)"),
            "load": self.tr("Loading"),
            "rank": self.tr("Ranking"),
            "export": self.tr("Exporting"),
            "save": self.tr("Saving"),
            "portfolio": self.tr("Portfolio"),
            "corridors": self.tr("Corridors"),
            "compare": self.tr("Comparing scenarios"),
            "compare_picks": self.tr("Comparing scenarios"),
            "ruas": self.tr("Ruas"),
            "access": self.tr("Accessibility"),
            "risk": self.tr("Risk"),
            "autosave": self.tr("Saving"),
        }
        return titles.get(name, name)

    def retranslate(self) -> None:
        """Re-set every visible text."""
        self.cancel.setText(self.tr("Cancel"))
        self.show_selection(self._n_selected)
        self.show_scale(self._scale)
        if not self._has_cursor:
            self.coords.setText(self.tr("Move the mouse over the map"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
