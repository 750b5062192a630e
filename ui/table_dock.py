# ruff: noqa: N802, N815 - Qt API names (camelCase overrides and signals)
"""A planning panel of one ranked table computed in a worker (the Corridors and Ruas docks).

:class:`RankedTablePanel` holds what the panels share: a summary line, *Compute*, a progress
bar and a sortable table; the job runs in a worker after each ranking while the panel is
showing (else when it is next shown, or on *Compute*); a newer ranking cancels a running
job; selecting rows selects their segments on the map (and asks to zoom there). A subclass
gives the job, the table's columns and the summary text (its own ``tr`` context), and the
segments of the selected rows.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, ClassVar

import geopandas as gpd
import pandas as pd
from PySide6.QtCore import QEvent, QItemSelection, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from layers.formatting import format_number
from mataram_gis.jobs import CancelCheck, Progress
from ui.frame_model import RAW_ROLE, FrameModel, make_table
from ui.i18n import current_lang
from ui.job_slot import JobSlot
from ui.workers import JobRunner, Worker

if TYPE_CHECKING:
    from layers.selection import SelectionModel
    from mataram_gis.analysis import Analysis

logger = logging.getLogger(__name__)


def ranked_job(
    rank: str, analysis: Analysis, *, progress: Progress, cancel: CancelCheck
) -> gpd.GeoDataFrame:
    """``rank`` (``"module:function"``, imported here: it is heavy) of the analysis's
    upgrade problem and segments; only the ranked rows, best first."""
    from mataram_gis.problem import UpgradeProblem

    module, name = rank.split(":")
    function = getattr(importlib.import_module(module), name)
    problem = UpgradeProblem.from_analysis(analysis)
    frame = function(problem, analysis.segments, progress=progress, cancel=cancel)
    return frame.loc[frame["rank"].notna()].reset_index(drop=True)


class RankedTablePanel(QWidget):
    """Summary, *Compute*, progress and the table; ``zoomRequested()`` after a table pick.

    Subclasses set :attr:`job_name`, :attr:`rank` (the ranking function as
    ``"module:function"``, see :func:`ranked_job`) and :attr:`source` (the selection
    source), and implement
    :meth:`summary_texts`, :meth:`retranslate` and :meth:`segments_of_rows`.
    """

    zoomRequested = Signal()
    failed = Signal(str, bool)

    job_name: ClassVar[str] = ""
    rank: ClassVar[str] = ""
    source: ClassVar[str] = ""

    def __init__(
        self, runner: JobRunner, selection: SelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.selection = selection
        self.analysis: Analysis | None = None
        self.frame: gpd.GeoDataFrame | None = None  # the ranked rows (geometry included)
        self._stale = False
        self._syncing = False  # the table is being set from the map: not a user pick
        #: The row picked in the table (as a dict), for Identify.
        self.current: dict | None = None
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.compute_button = QPushButton(self)
        self.compute_button.clicked.connect(self.compute)
        self.jobs = JobSlot.of_panel(self, runner, busy=self._busy, failed=self.failed)
        self.progress = self.jobs.bar
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

    # -- what a subclass gives ------------------------------------------------------------
    def summary_texts(self) -> tuple[str, str, str, str]:
        """Running, done (``%1``: the count), waiting and idle summaries, translated."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Re-set every visible text (the button, the columns, the summary)."""
        raise NotImplementedError

    def segments_of_rows(self, rows: list[int]) -> list[int]:
        """Segment ids of the given model rows."""
        raise NotImplementedError

    def table_frame(self, frame: gpd.GeoDataFrame) -> pd.DataFrame:
        """What the table shows of the job's frame (default: all but the geometry)."""
        return frame.drop(columns="geometry")

    # -- computing ------------------------------------------------------------------------
    @property
    def worker(self) -> Worker | None:
        """The running job (None when idle)."""
        return self.jobs.worker

    def set_analysis(self, analysis: Analysis | None) -> None:
        """A new ranking: recompute now when showing, else when next shown."""
        self.jobs.cancel()
        self.analysis = analysis
        self.frame = None
        self.model.set_frame(None)
        self._stale = analysis is not None
        self._show_summary()
        self.compute_if_showing()

    def compute(self) -> Worker | None:
        """Run the job on the current analysis in a worker."""
        if self.analysis is None:
            return None
        self._stale = False
        worker = Worker(self.job_name, ranked_job, self.rank, self.analysis)
        return self.jobs.start(worker, self._done)

    def _busy(self, busy: bool) -> None:
        self.compute_button.setEnabled(not busy)
        self._show_summary()

    def _done(self, frame: gpd.GeoDataFrame) -> None:
        self.frame = frame
        self.model.set_frame(self.table_frame(frame))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()
        self._show_summary()

    def summary_text(self) -> str:
        """The summary line for the current state (running, done, waiting for data, idle)."""
        running, done, waiting, idle = self.summary_texts()
        if self.worker is not None:
            return running
        if self.frame is not None:
            return done.replace("%1", format_number(len(self.frame), current_lang()))
        return waiting if self.analysis is None else idle

    def _show_summary(self) -> None:
        self.summary.setText(self.summary_text())

    # -- the map link ---------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        """Model rows selected in the table, in order."""
        rows = {
            self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()
        }
        return sorted(rows)

    def _rows_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self.frame is None or self._syncing:
            return
        rows = self.selected_rows()
        self.current = None
        if len(rows) == 1:
            self.current = {k: self.model.value(rows[0], k) for k in self.model.frame.columns}
        ids = self.segments_of_rows(rows)
        if ids:
            self.selection.select(ids, source=self.source)
            self.zoomRequested.emit()

    # -- showing --------------------------------------------------------------------------
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
