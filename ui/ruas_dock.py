"""The Ruas panel (issue 11): road sections of the SK list ranked by the exact joint benefit of
treating all their candidate segments (:func:`mataram_gis.ruas.rank_ruas`).

Linked to the map both ways: selecting ruas in the table selects their segments on the map
(and zooms there); selecting a segment on the map selects its ruas in the table. Computed
in a worker after each ranking while the panel is showing, else when it is next shown
(the shared table-panel behaviour is in :class:`ui.table_dock.RankedTablePanel`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QWidget

from mataram_gis.outputs.ruas_texts import fungsi_name, sta_range, status_name, treatment_name
from ui.frame_model import Column, fmt_dec, fmt_int, fmt_rp
from ui.i18n import current_lang
from ui.table_dock import RankedTablePanel

if TYPE_CHECKING:
    import pandas as pd

    from layers.selection import SelectionModel
    from ui.workers import JobRunner

logger = logging.getLogger(__name__)

SOURCE = "ruas"


class RuasPanel(RankedTablePanel):
    """The ruas ranking table; ``zoomRequested()`` after a selection from the table."""

    job_name = "ruas"
    rank = "mataram_gis.ruas:rank_ruas"
    source = SOURCE

    def __init__(
        self, runner: JobRunner, selection: SelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, selection, parent)
        selection.events.connect("changed", self._map_selected)
        self.retranslate()

    @property
    def ruas(self) -> gpd.GeoDataFrame | None:
        """The ranked ruas (None until computed)."""
        return self.frame

    def table_frame(self, frame: gpd.GeoDataFrame) -> pd.DataFrame:
        """The ruas without geometry, with the best stretch as an STA range."""
        shown = frame.drop(columns="geometry").copy()
        shown["stretch"] = [
            sta_range(a, b)
            for a, b in zip(frame["best_sta_from_m"], frame["best_sta_to_m"], strict=True)
        ]
        return shown

    def summary_texts(self) -> tuple[str, str, str, str]:
        """Running, done (``%1``: the count), waiting and idle summaries, translated."""
        return (
            self.tr("Ranking road sections (ruas)…"),
            self.tr(
                "%1 ruas with candidate segments, ranked by the exact joint benefit of "
                "treating all their candidate segments."
            ),
            self.tr("Waiting for the ranking…"),
            self.tr("Press Compute to rank the road sections (ruas)."),
        )

    # -- the map link ---------------------------------------------------------------------
    def segments_of(self, nomor: list[str]) -> list[int]:
        """Segment ids of the given ruas (in the current analysis)."""
        if self.analysis is None or "nomor_ruas" not in self.analysis.segments:
            return []
        s = self.analysis.segments
        return s.loc[s["nomor_ruas"].isin(nomor), "segment_id"].astype(int).tolist()

    def segments_of_rows(self, rows: list[int]) -> list[int]:
        """Segment ids of the ruas in ``rows``."""
        return self.segments_of([str(self.model.value(r, "nomor_ruas")) for r in rows])

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
        return [str(self.model.value(r, "nomor_ruas")) for r in self.selected_rows()]

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
