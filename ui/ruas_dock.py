# ruff: noqa: N802, N815 - Qt API names (camelCase overrides and signals)
"""The Ruas panel (issue 11): road sections of the SK list ranked by the exact joint benefit of
treating all their candidate segments (:func:`mataram_gis.ruas.rank_ruas`).

Linked to the map both ways: selecting ruas in the table selects their segments on the map
(and zooms there); selecting a segment on the map selects its ruas in the table. Computed
in a worker after each ranking while the panel is showing, else when it is next shown.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from layers.formatting import format_number
from mataram_gis.jobs import CancelCheck, Progress
from mataram_gis.outputs.ruas_texts import fungsi_name, sta_range, status_name, treatment_name
from ui.frame_model import RAW_ROLE, Column, FrameModel, fmt_dec, fmt_int, fmt_rp, make_table
from ui.i18n import current_lang
from ui.workers import JobRunner, Worker

if TYPE_CHECKING:
    from layers.selection import SelectionModel
    from mataram_gis.analysis import Analysis

logger = logging.getLogger(__name__)

SOURCE = "ruas"


def ruas_job(analysis: Analysis, *, progress: Progress, cancel: CancelCheck) -> gpd.GeoDataFrame:
    """The ``ruas`` layer of the analysis (ranked ruas first)."""
    from mataram_gis.problem import UpgradeProblem
    from mataram_gis.ruas import rank_ruas

    problem = UpgradeProblem.from_analysis(analysis)
    frame = rank_ruas(problem, analysis.segments, progress=progress, cancel=cancel)
    return frame.loc[frame["rank"].notna()].reset_index(drop=True)


class RuasPanel(QWidget):
    """The ruas ranking table; ``zoomRequested()`` after a selection from the table."""

    zoomRequested = Signal()
    failed = Signal(str, bool)

    def __init__(
        self, runner: JobRunner, selection: SelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.selection = selection
        self.analysis: Analysis | None = None
        self.ruas: gpd.GeoDataFrame | None = None
        self.current: dict | None = None  # the ruas row picked in the table (for Identify)
        self.worker: Worker | None = None
        self._stale = False
        self._syncing = False
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
        selection.events.connect("changed", self._map_selected)
        self.retranslate()

    # -- computing ----------------------------------------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        """A new ranking: recompute now when showing, else when next shown."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker = None
        self.analysis = analysis
        self.ruas = None
        self.model.set_frame(None)
        self._stale = analysis is not None
        self._show_summary()
        self.compute_if_showing()

    def compute(self) -> Worker | None:
        """Rank the ruas of the current analysis in a worker."""
        if self.analysis is None:
            return None
        if self.worker is not None:
            self.worker.cancel()
        worker = Worker("ruas", ruas_job, self.analysis)
        worker.signals.progress.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        worker.signals.finished.connect(
            lambda frame, w=worker: self._done(frame) if w is self.worker else None
        )
        worker.signals.failed.connect(
            lambda m, e, w=worker: self.failed.emit(m, e) if w is self.worker else None
        )
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

    def _done(self, frame: gpd.GeoDataFrame) -> None:
        self.ruas = frame
        shown = frame.drop(columns="geometry").copy()
        shown["stretch"] = [
            sta_range(a, b)
            for a, b in zip(frame["best_sta_from_m"], frame["best_sta_to_m"], strict=True)
        ]
        self.model.set_frame(shown)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.resizeColumnsToContents()

    def _show_summary(self) -> None:
        if self.worker is not None:
            text = self.tr("Ranking road sections (ruas)…")
        elif self.ruas is not None:
            text = self.tr(
                "%1 ruas with candidate segments, ranked by the exact joint benefit of "
                "treating all their candidate segments."
            ).replace("%1", format_number(len(self.ruas), current_lang()))
        elif self.analysis is None:
            text = self.tr("Waiting for the ranking…")
        else:
            text = self.tr("Press Compute to rank the road sections (ruas).")
        self.summary.setText(text)

    # -- the map link ---------------------------------------------------------------------
    def segments_of(self, nomor: list[str]) -> list[int]:
        """Segment ids of the given ruas (in the current analysis)."""
        if self.analysis is None or "nomor_ruas" not in self.analysis.segments:
            return []
        s = self.analysis.segments
        return s.loc[s["nomor_ruas"].isin(nomor), "segment_id"].astype(int).tolist()

    def _rows_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self.ruas is None or self._syncing:
            return
        rows = {
            self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()
        }
        nomor = [str(self.model.value(r, "nomor_ruas")) for r in sorted(rows)]
        self.current = None
        if len(rows) == 1:
            row = next(iter(rows))
            self.current = {k: self.model.value(row, k) for k in self.model.frame.columns}
        ids = self.segments_of(nomor)
        if ids:
            self.selection.select(ids, source=SOURCE)
            self.zoomRequested.emit()

    def _map_selected(self, selected: tuple[int, ...], source: str | None) -> None:
        """A segment picked elsewhere: select its ruas in the table (no feedback loop)."""
        if source == SOURCE or self.ruas is None or not selected or self.analysis is None:
            return
        s = self.analysis.segments
        hit = s.loc[s["segment_id"] == int(selected[-1]), "nomor_ruas"]
        if hit.empty:
            return
        rows = np.flatnonzero(self.model.frame["nomor_ruas"].astype(str).to_numpy() == hit.iloc[0])
        self._syncing = True
        try:
            sel = self.table.selectionModel()
            sel.clearSelection()
            for r in rows:
                index = self.proxy.mapFromSource(self.model.index(int(r), 0))
                flags = QItemSelectionModel.SelectionFlag.Select
                sel.select(index, flags | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
        finally:
            self._syncing = False

    def selected_nomor(self) -> list[str]:
        """Nomor ruas of the rows selected in the table."""
        rows = {
            self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()
        }
        return [str(self.model.value(r, "nomor_ruas")) for r in sorted(rows)]

    # -- showing ------------------------------------------------------------------------
    def showing(self) -> bool:
        """True when the table is on screen (not behind another dock's tab)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def compute_if_showing(self) -> None:
        """Compute a stale ranking now if the panel is on screen."""
        if self._stale and self.worker is None and self.showing():
            self.compute()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.compute_if_showing)

    def retranslate(self) -> None:
        """Re-set every visible text (status, fungsi, treatment in the app's language)."""
        self.compute_button.setText(self.tr("Compute"))
        lang = current_lang()
        unnamed = self.tr("(unnamed)")
        self.model.set_columns([
            Column(self.tr("Rank"), "rank", fmt_int),
            Column(self.tr("Ruas no."), "nomor_ruas", str, numeric=False),
            Column(self.tr("Name"), "nama_ruas", lambda x: str(x) or unnamed, numeric=False),
            Column(self.tr("Status"), "status", lambda x: status_name(x, lang), numeric=False),
            Column(self.tr("Function"), "fungsi", lambda x: fungsi_name(x, lang), numeric=False),
            Column(self.tr("Length (m)"), "length_m", fmt_int),
            Column(self.tr("Benefit"), "benefit", fmt_dec(1)),
            Column(self.tr("Households"), "households_benefiting", fmt_int),
            Column(self.tr("Cost"), "upgrade_cost", fmt_rp),
            Column(self.tr("Best stretch"), "stretch", str, numeric=False),
            Column(self.tr("Treatment"), "treatment", lambda x: treatment_name(x, lang),
                   numeric=False),
        ])  # fmt: skip
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
