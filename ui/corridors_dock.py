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

from layers.formatting import format_number
from mataram_gis.jobs import CancelCheck, Progress
from ui.frame_model import Column, fmt_dec, fmt_int, fmt_rp
from ui.i18n import current_lang
from ui.table_dock import RankedTablePanel

if TYPE_CHECKING:
    from layers.selection import SelectionModel
    from mataram_gis.analysis import Analysis
    from ui.workers import JobRunner

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


class CorridorsPanel(RankedTablePanel):
    """The corridor ranking table; ``zoomRequested()`` after a selection from the table."""

    job_name = "corridors"
    job = staticmethod(corridors_job)
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

    def summary_text(self) -> str:
        """The summary line for the current state."""
        if self.worker is not None:
            return self.tr("Ranking whole roads…")
        if self.corridors is not None:
            return self.tr(
                "%1 roads (ruas) with candidate segments, ranked by the exact benefit "
                "of upgrading each whole road."
            ).replace("%1", format_number(len(self.corridors), current_lang()))
        if self.analysis is None:
            return self.tr("Waiting for the ranking…")
        return self.tr("Press Compute to rank whole roads (ruas).")

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
