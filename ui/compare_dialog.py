"""Two scenarios side by side: totals, the segments that rose and fell most in rank.

*Show on map* highlights the risers and the fallers in two colours (the highlight is removed
when the dialog closes).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.frame_model import Column, FrameModel, fmt_dec, fmt_int, make_table

_fmt1, _fmt0 = fmt_dec(1), fmt_dec(0)


def fmt_figure(x: object) -> str:
    """Counts, rupiah and hours without decimals; small figures (minutes) with one."""
    return _fmt0(x) if abs(float(x)) >= 100 or float(x).is_integer() else _fmt1(x)


if TYPE_CHECKING:
    from layers.highlight import SegmentHighlightLayer
    from mataram_gis.scenarios import Comparison

logger = logging.getLogger(__name__)

ROSE_COLOUR = "#1f6fd1"
FELL_COLOUR = "#e0162b"


class CompareDialog(QDialog):
    """Totals of scenario A and B, and the risers/fallers tables."""

    def __init__(
        self,
        comparison: Comparison,
        highlight: SegmentHighlightLayer | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.highlight = highlight
        c = comparison
        self.setWindowTitle(self.tr("Compare scenarios: %1 and %2").replace("%1", c.name_a)
                            .replace("%2", c.name_b))  # fmt: skip
        labels = {
            "households_used": self.tr("Households counted"),
            "households_excluded": self.tr("Households excluded"),
            "mean_time_to_centre_min": self.tr("Mean time to centre (min)"),
            "candidates": self.tr("Candidate segments"),
            "benefit_sum_candidates": self.tr("Sum of single-segment benefits"),
            "top_benefit": self.tr("Benefit of the top segment"),
            "upgrade_cost_all_candidates": self.tr("Cost of upgrading every candidate (Rp)"),
        }
        totals = c.totals.rename(index=labels).reset_index(names="quantity")
        self.totals_model = FrameModel([
            Column(self.tr("Quantity"), "quantity", numeric=False),
            Column(c.name_a, "a", fmt_figure),
            Column(c.name_b, "b", fmt_figure),
            Column(self.tr("Change"), "change", fmt_figure),
        ], self)  # fmt: skip
        self.totals_model.set_frame(totals)
        self.totals = make_table(self.totals_model, self)
        self.totals.resizeColumnsToContents()
        moved = [
            Column(self.tr("Name"), "name", lambda x: str(x) or self.tr("(unnamed)"),
                   numeric=False),
            Column(self.tr("Rank A"), "rank_a", fmt_int),
            Column(self.tr("Rank B"), "rank_b", fmt_int),
            Column(self.tr("Places"), "rank_change", fmt_int),
            Column(self.tr("Benefit change"), "benefit_change", fmt_dec(1)),
        ]  # fmt: skip
        self.rose_model, self.fell_model = FrameModel(moved, self), FrameModel(moved, self)
        self.rose_model.set_frame(c.rose)
        self.fell_model.set_frame(_abs_change(c.fell))
        self.rose, self.fell = make_table(self.rose_model, self), make_table(self.fell_model, self)
        boxes = QHBoxLayout()
        for title, view in ((self.tr("Rose most in %1"), self.rose),
                            (self.tr("Fell most in %1"), self.fell)):  # fmt: skip
            box = QGroupBox(title.replace("%1", c.name_b), self)
            QVBoxLayout(box).addWidget(view)
            view.resizeColumnsToContents()
            boxes.addWidget(box)
        note = QLabel(
            self.tr("A: %1, B: %2. Segments matched by id; a rise is a smaller rank number in B.")
            .replace("%1", c.name_a).replace("%2", c.name_b), self
        )  # fmt: skip
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.show_button = QPushButton(self.tr("Show on map"), self)
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self.show_on_map)
        self.show_button.setEnabled(highlight is not None)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals, 2)
        layout.addLayout(boxes, 3)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(1000, 640)

    def show_on_map(self, on: bool = True) -> None:
        """Highlight risers (blue) and fallers (red), or remove the highlight."""
        if self.highlight is None:
            return
        if not on:
            self.highlight.clear("rose", "fell")
            return
        c = self.comparison
        self.highlight.set_group("rose", c.rose["segment_id"].to_numpy(), ROSE_COLOUR,
                                 self.tr("Rose in %1").replace("%1", c.name_b))  # fmt: skip
        self.highlight.set_group("fell", c.fell["segment_id"].to_numpy(), FELL_COLOUR,
                                 self.tr("Fell in %1").replace("%1", c.name_b))  # fmt: skip

    def done(self, result: int) -> None:
        self.show_on_map(False)
        super().done(result)


def _abs_change(frame: pd.DataFrame) -> pd.DataFrame:
    """Fallers with the places lost as a positive number."""
    out = frame.copy()
    out["rank_change"] = out["rank_change"].abs()
    return out
