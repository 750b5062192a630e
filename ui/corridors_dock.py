# ruff: noqa: N802, N815 - Qt API names (camelCase overrides and signals)
"""The Corridors panel (issue 6): whole roads (ruas) ranked by the exact benefit of upgrading
all their candidate segments at once (``rank_corridors``).

Computed in a worker: automatically after each ranking while the panel is showing, else when
it is next shown or on *Compute* (a few seconds on the full demo). Selecting corridors selects
their segments on the map (and zooms to them).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import geopandas as gpd
from PySide6.QtCore import QEvent, QItemSelection, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from layers.formatting import format_number
from mataram_gis.jobs import CancelCheck, Progress
from ui.frame_model import RAW_ROLE, Column, FrameModel, fmt_dec, fmt_int, fmt_rp, make_table
from ui.i18n import current_lang
from ui.workers import JobRunner, Worker

if TYPE_CHECKING:
    from layers.selection import SelectionModel
    from mataram_gis.analysis import Analysis

logger = logging.getLogger(__name__)


def corridors_job(
    analysis: Analysis, *, progress: Progress, cancel: CancelCheck
) -> gpd.GeoDataFrame:
    """``rank_corridors`` of the analysis (ranked corridors first)."""
    from mataram_gis.corridors import rank_corridors
    from mataram_gis.problem import UpgradeProblem

    problem = UpgradeProblem.from_analysis(analysis)
    frame = rank_corridors(problem, analysis.segments, progress=progress, cancel=cancel)
    return frame.loc[frame["rank"].notna()].reset_index(drop=True)


class CorridorsPanel(QWidget):
    """The corridor ranking table; ``zoomRequested()`` after a selection from the table."""

    zoomRequested = Signal()
    failed = Signal(str, bool)

    def __init__(
        self, runner: JobRunner, selection: SelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.selection = selection
        self.analysis: Analysis | None = None
        self.corridors: gpd.GeoDataFrame | None = None
        self.worker: Worker | None = None
        self._stale = False
        #: The corridor picked in the table (its row as a dict), for Identify.
        self.current: dict | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.compute_button = QPushButton(self)
        self.compute_button.clicked.connect(self.compute)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.model = FrameModel([], self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RAW_ROLE)
        self.table = make_table(self.proxy, self)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._rows_selected)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.compute_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def set_analysis(self, analysis: Analysis | None) -> None:
        """A new ranking: recompute now when showing, else when next shown."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker = None
        self.analysis = analysis
        self.corridors = None
        self.model.set_frame(None)
        self._stale = analysis is not None
        self._show_summary()
        self.compute_if_showing()

    def compute(self) -> Worker | None:
        """Rank the corridors of the current analysis in a worker."""
        if self.analysis is None:
            return None
        if self.worker is not None:
            self.worker.cancel()
        analysis = self.analysis
        worker = Worker("corridors", corridors_job, analysis)
        worker.signals.progress.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        worker.signals.finished.connect(
            lambda frame, w=worker: self._done(frame) if w is self.worker else None
        )
        worker.signals.failed.connect(lambda m, e, w=worker: self._failed(w, m, e))
        worker.signals.done.connect(lambda w=worker: self._ended(w))
        self.worker = worker
        self._stale = False
        self.progress.setValue(0)
        self.progress.show()
        self.compute_button.setEnabled(False)
        self._show_summary()
        return self.runner.start(worker)

    def _ended(self, worker: Worker) -> None:
        if worker is self.worker:
            self.worker = None
        if self.worker is None:
            self.progress.hide()
            self.compute_button.setEnabled(True)
            self._show_summary()

    def _failed(self, worker: Worker, message: str, expected: bool) -> None:
        if worker is self.worker:
            self.failed.emit(message, expected)

    def _done(self, frame: gpd.GeoDataFrame) -> None:
        self.corridors = frame
        self.model.set_frame(frame.drop(columns="geometry"))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()

    def _show_summary(self) -> None:
        if self.worker is not None:
            text = self.tr("Ranking whole roads…")
        elif self.corridors is not None:
            text = self.tr(
                "%1 roads (ruas) with candidate segments, ranked by the exact benefit "
                "of upgrading each whole road."
            ).replace("%1", format_number(len(self.corridors), current_lang()))
        elif self.analysis is None:
            text = self.tr("Waiting for the ranking…")
        else:
            text = self.tr("Press Compute to rank whole roads (ruas).")
        self.summary.setText(text)

    def _rows_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self.corridors is None:
            return
        rows = {
            self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()
        }
        ids: list[int] = []
        for r in sorted(rows):
            ids += [int(x) for x in str(self.model.value(r, "segment_ids") or "").split()]
        self.current = None
        if len(rows) == 1:
            row = next(iter(rows))
            self.current = {k: self.model.value(row, k) for k in self.model.frame.columns}
        if ids:
            self.selection.select(ids, source="corridors")
            self.zoomRequested.emit()

    def showing(self) -> bool:
        """True when the table is on screen (not behind another dock's tab)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def compute_if_showing(self) -> None:
        """Compute a stale ranking now if the panel is on screen."""
        if self._stale and self.worker is None and self.showing():
            self.compute()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.compute_if_showing)  # once laid out

    def retranslate(self) -> None:
        """Re-set every visible text."""
        self.compute_button.setText(self.tr("Compute"))
        unnamed = self.tr("(unnamed)")
        self.model.set_columns([
            Column(self.tr("Rank"), "rank", fmt_int),
            Column(self.tr("Name"), "name", lambda x: str(x) or unnamed, numeric=False),
            Column(self.tr("Segments"), "segments", fmt_int),
            Column(self.tr("Length (m)"), "length_m", fmt_int),
            Column(self.tr("Cost"), "cost", fmt_rp),
            Column(self.tr("Benefit"), "benefit", fmt_dec(1)),
            Column(self.tr("Households"), "households_benefiting", fmt_int),
        ])  # fmt: skip
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
