"""The Corridors panel (issue 6): whole roads (ruas) ranked by the exact benefit of upgrading
all their candidate segments at once (``rank_corridors``).

Computed in a worker: automatically after each ranking while the panel is showing, else when
it is next shown or on *Compute* (a few seconds on the full demo). Selecting corridors selects
their segments on the map (and zooms to them). The shared table-panel behaviour is in
:class:`ui.table_dock.RankedTablePanel`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import geopandas as gpd
from PySide6.QtWidgets import QWidget

from ui.frame_model import Column, fmt_dec, fmt_int, fmt_rp
from ui.table_dock import RankedTablePanel

if TYPE_CHECKING:
    from layers.selection import SelectionModel
    from ui.workers import JobRunner

logger = logging.getLogger(__name__)


class CorridorsPanel(RankedTablePanel):
    """The corridor ranking table; ``zoomRequested()`` after a selection from the table."""

    job_name = "corridors"
    rank = "mataram_gis.corridors:rank_corridors"
    source = "corridors"

    def __init__(
        self, runner: JobRunner, selection: SelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, selection, parent)
        self.retranslate()

    @property
    def corridors(self) -> gpd.GeoDataFrame | None:
        """The ranked corridors (None until computed)."""
        return self.frame

    def segments_of_rows(self, rows: list[int]) -> list[int]:
        """Segment ids of the corridors in ``rows`` (their ``segment_ids`` column)."""
        ids: list[int] = []
        for r in rows:
            ids += [int(x) for x in str(self.model.value(r, "segment_ids") or "").split()]
        return ids

    def summary_texts(self) -> tuple[str, str, str, str]:
        """Running, done (``%1``: the count), waiting and idle summaries, translated."""
        return (
            self.tr("Ranking whole roads…"),
            self.tr(
                "%1 roads (ruas) with candidate segments, ranked by the exact benefit "
                "of upgrading each whole road."
            ),
            self.tr("Waiting for the ranking…"),
            self.tr("Press Compute to rank whole roads (ruas)."),
        )

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
