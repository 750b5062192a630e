"""Two scenarios side by side: totals; what enters or leaves the top N; the budget's picks.

Tabs: *Top N* (segments entering / leaving the top 10, 20 or 50 in B), *Programme picks*
(what a budget buys in A and in B: each scenario's exact portfolio, and which picks
change; a new budget is chosen in a worker), *Largest moves* (the segments that rose / fell
most in rank). *Show on map* highlights the two lists of the tab shown (removed when the
dialog closes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from layers.formatting import format_number, format_rupiah
from ui.compare_top import DEFAULT_BUDGET_RP, TOP_CHOICES, Picks, pick_changes, top_changes
from ui.frame_model import Column, FrameModel, fmt_dec, fmt_int, fmt_rp, make_table
from ui.i18n import current_lang

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
    """Totals of scenario A and B; top-N entries and exits; budget picks; rank moves."""

    def __init__(
        self,
        comparison: Comparison,
        highlight: SegmentHighlightLayer | None,
        parent: QWidget | None = None,
        *,
        picks: tuple[Picks, Picks] | None = None,
        repick: Callable[[float], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.comparison = comparison
        self.highlight = highlight
        self.picks = picks
        self.repick = repick
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
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._top_tab(), self.tr("Top N"))
        self.tabs.addTab(self._picks_tab(), self.tr("Programme picks"))
        self.tabs.addTab(self._moves_tab(), self.tr("Largest moves"))
        self.tabs.currentChanged.connect(lambda _: self._refresh_highlight())
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
        layout.addWidget(self.tabs, 4)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.set_top(TOP_CHOICES[0])
        self.set_budget(picks[0].budget_rp if picks else DEFAULT_BUDGET_RP)
        self.resize(1080, 640)  # both top-N lists show all five columns (1366 px screens)

    # -- tabs -----------------------------------------------------------------------------
    def _pair(
        self, left: QWidget, right: QWidget, titles: tuple[QGroupBox, QGroupBox]
    ) -> QHBoxLayout:
        row = QHBoxLayout()
        for box, view in zip(titles, (left, right), strict=True):
            QVBoxLayout(box).addWidget(view)
            row.addWidget(box)
        return row

    def _top_tab(self) -> QWidget:
        tab = QWidget(self)
        self.top_n = QComboBox(tab)
        for n in TOP_CHOICES:
            self.top_n.addItem(self.tr("Top %1").replace("%1", str(n)), n)
        self.top_n.currentIndexChanged.connect(lambda _: self.set_top(self.top_n.currentData()))
        cols = [
            Column(self.tr("Name"), "name", lambda x: str(x) or self.tr("(unnamed)"),
                   numeric=False),
            Column(self.tr("Rank A"), "rank_a", fmt_int),
            Column(self.tr("Rank B"), "rank_b", fmt_int),
            Column(self.tr("Benefit A"), "benefit_a", fmt_dec(1)),
            Column(self.tr("Benefit B"), "benefit_b", fmt_dec(1)),
        ]  # fmt: skip
        self.entered_model, self.left_model = FrameModel(cols, self), FrameModel(cols, self)
        self.entered = make_table(self.entered_model, tab)
        self.left = make_table(self.left_model, tab)
        self.entered_box, self.left_box = QGroupBox(tab), QGroupBox(tab)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare the"), tab))
        top.addWidget(self.top_n)
        top.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addLayout(self._pair(self.entered, self.left, (self.entered_box, self.left_box)))
        return tab

    def _picks_tab(self) -> QWidget:
        tab = QWidget(self)
        self.budget = QDoubleSpinBox(tab, minimum=0.1, maximum=10_000.0, decimals=1)
        self.budget.setSingleStep(1.0)
        self.budget.setKeyboardTracking(False)  # one new portfolio per finished edit
        self.budget.valueChanged.connect(lambda v: self.set_budget(v * 1e9))
        cols = [
            Column(self.tr("Name"), "name", lambda x: str(x) or self.tr("(unnamed)"),
                   numeric=False),
            Column(self.tr("Rank"), "rank", fmt_int),
            Column(self.tr("Benefit"), "benefit", fmt_dec(1)),
            Column(self.tr("Cost"), "upgrade_cost", fmt_rp),
        ]  # fmt: skip
        self.added_model, self.dropped_model = FrameModel(cols, self), FrameModel(cols, self)
        self.added = make_table(self.added_model, tab)
        self.dropped = make_table(self.dropped_model, tab)
        self.added_box, self.dropped_box = QGroupBox(tab), QGroupBox(tab)
        self.picks_summary = QLabel(tab)
        self.picks_summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Budget (Rp billion)"), tab))
        top.addWidget(self.budget)
        top.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.picks_summary)
        layout.addLayout(self._pair(self.added, self.dropped, (self.added_box, self.dropped_box)))
        tab.setEnabled(self.picks is not None)
        return tab

    def _moves_tab(self) -> QWidget:
        tab = QWidget(self)
        c = self.comparison
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
        self.rose, self.fell = make_table(self.rose_model, tab), make_table(self.fell_model, tab)
        boxes = (QGroupBox(self.tr("Rose most in %1").replace("%1", c.name_b), tab),
                 QGroupBox(self.tr("Fell most in %1").replace("%1", c.name_b), tab))  # fmt: skip
        QVBoxLayout(tab).addLayout(self._pair(self.rose, self.fell, boxes))
        for view in (self.rose, self.fell):
            view.resizeColumnsToContents()
        return tab

    # -- contents -------------------------------------------------------------------------
    def set_top(self, n: int) -> None:
        """Show the segments entering and leaving the top ``n`` in B."""
        c = self.comparison
        self.top_n.setCurrentIndex(max(self.top_n.findData(n), 0))
        self.entered_frame, self.left_frame = top_changes(c.segments, n)
        self.entered_model.set_frame(self.entered_frame)
        self.left_model.set_frame(self.left_frame)
        self.entered_box.setTitle(self.tr("Enter the top %1 in %2 (%3)").replace("%1", str(n))
                                  .replace("%2", c.name_b)
                                  .replace("%3", str(len(self.entered_frame))))  # fmt: skip
        self.left_box.setTitle(self.tr("Leave the top %1 in %2 (%3)").replace("%1", str(n))
                               .replace("%2", c.name_b)
                               .replace("%3", str(len(self.left_frame))))  # fmt: skip
        for view in (self.entered, self.left):
            view.resizeColumnsToContents()
        self._refresh_highlight()

    def set_budget(self, budget_rp: float) -> None:
        """Show what ``budget_rp`` buys in A and B (choosing the portfolios in a worker)."""
        if self.budget.value() != budget_rp / 1e9:
            self.budget.blockSignals(True)
            self.budget.setValue(budget_rp / 1e9)
            self.budget.blockSignals(False)
        if self.picks is None:
            self.added_frame = self.dropped_frame = pd.DataFrame()
            return
        if self.picks[0].budget_rp == budget_rp:
            self.set_picks(self.picks)
        elif self.repick is not None:
            self.picks_summary.setText(self.tr("Choosing the programme for each scenario…"))
            self.repick(budget_rp)

    def set_picks(self, picks: tuple[Picks, Picks]) -> None:
        """Show two exact portfolios (of one budget) and which picks change."""
        self.picks = picks
        if picks[0].budget_rp / 1e9 != self.budget.value():
            return  # an older budget's answer; the newer one is on its way
        c, lang = self.comparison, current_lang()
        self.added_frame, self.dropped_frame, summary = pick_changes(*picks)
        self.added_model.set_frame(self.added_frame)
        self.dropped_model.set_frame(self.dropped_frame)
        self.added_box.setTitle(self.tr("Picked only in %1 (%2)").replace("%1", c.name_b)
                                .replace("%2", str(len(self.added_frame))))  # fmt: skip
        self.dropped_box.setTitle(self.tr("Picked only in %1 (%2)").replace("%1", c.name_a)
                                  .replace("%2", str(len(self.dropped_frame))))  # fmt: skip
        line = self.tr("%1: %2 segments, %3, benefit %4.")
        parts = [
            line.replace("%1", name).replace("%2", format_number(row.picked, lang))
            .replace("%3", format_rupiah(row.cost, lang))
            .replace("%4", format_number(row.benefit, lang, 1))
            for name, row in zip((c.name_a, c.name_b), summary.itertuples(), strict=True)
        ]  # fmt: skip
        note = self.tr(
            "Each scenario's exact programme (as in the Portfolio panel): the set of segments "
            "whose joint benefit is largest within the budget."
        )
        self.picks_summary.setText(" ".join(parts) + " " + note)
        for view in (self.added, self.dropped):
            view.resizeColumnsToContents()
        self._refresh_highlight()

    # -- map ------------------------------------------------------------------------------
    def _groups(self) -> tuple[pd.DataFrame, pd.DataFrame, str, str]:
        """The two lists of the tab shown, with their legend texts."""
        c, tab = self.comparison, self.tabs.currentIndex()
        if tab == 0:
            n = str(self.top_n.currentData())
            enter = self.tr("Enter the top %1 in %2").replace("%1", n).replace("%2", c.name_b)
            leave = self.tr("Leave the top %1 in %2").replace("%1", n).replace("%2", c.name_b)
            return self.entered_frame, self.left_frame, enter, leave
        if tab == 1:
            only = self.tr("Picked only in %1")
            return (self.added_frame, self.dropped_frame,
                    only.replace("%1", c.name_b), only.replace("%1", c.name_a))  # fmt: skip
        rose = self.tr("Rose in %1").replace("%1", c.name_b)
        return c.rose, c.fell, rose, self.tr("Fell in %1").replace("%1", c.name_b)

    def _refresh_highlight(self) -> None:
        if self.show_button.isChecked():
            self.show_on_map(True)

    def show_on_map(self, on: bool = True) -> None:
        """Highlight the tab's two lists (blue: gained in B, red: lost), or remove them."""
        if self.highlight is None:
            return
        if not on:
            self.highlight.clear("rose", "fell")
            return
        gained, lost, text_gained, text_lost = self._groups()
        self.highlight.set_group("rose", _ids(gained), ROSE_COLOUR, text_gained)
        self.highlight.set_group("fell", _ids(lost), FELL_COLOUR, text_lost)

    def done(self, result: int) -> None:
        self.show_on_map(False)
        super().done(result)


def _ids(frame: pd.DataFrame) -> object:
    """Segment ids of a list (an empty list when it has no rows)."""
    return frame["segment_id"].to_numpy() if len(frame) else []


def _abs_change(frame: pd.DataFrame) -> pd.DataFrame:
    """Fallers with the places lost as a positive number."""
    out = frame.copy()
    out["rank_change"] = out["rank_change"].abs()
    return out
