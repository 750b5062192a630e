# ruff: noqa: N802, N815 - Qt API names (camelCase overrides and signals)
"""The Portfolio panel (issue 6): what a budget buys, chosen as a set and valued exactly.

Budget in rupiah (``10 miliar``, ``750 juta``, ``10000000000``) and the unit picked (single
segments, whole ruas or stretches: :func:`mataram_gis.portfolio_ruas.choose_by_unit`) -> in
a worker -> the picks as a work programme grouped by ruas with STA, treatment, volume and cost
(:mod:`ui.works_panel`), kemantapan before and after against the target, the picks in order
with exact marginal and cumulative benefit, the exact total against the naive pick, and the
picks highlighted on the map. *Budget curve* runs ``budget_curve`` at 8 budgets up to the
typed one and draws it. Same function and arguments as ``python main.py portfolio``
(defaults, ``--unit``), so the GUI and the CLI pick the same segments.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent, QItemSelection, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QWidget,
)

from layers.formatting import format_number, format_rupiah
from mataram_gis.jobs import CancelCheck, Progress
from ui.budget_chart import BudgetChart
from ui.export_dialogs import parse_budget
from ui.frame_model import Column, FrameModel, fmt_dec, fmt_int, fmt_pct, fmt_rp, make_table
from ui.i18n import current_lang
from ui.job_panel import JobPanel, fmt_share, lay_out, splitter
from ui.risk_panel import RiskPanel
from ui.workers import JobRunner, Worker
from ui.works_panel import KemantapanBox, WorksTable

if TYPE_CHECKING:
    from layers.highlight import SegmentHighlightLayer
    from layers.selection import SelectionModel
    from mataram_gis.analysis import Analysis
    from mataram_gis.portfolio import Portfolio

logger = logging.getLogger(__name__)

PORTFOLIO_COLOUR = "#11a84a"
CURVE_POINTS = 8
#: As :data:`mataram_gis.portfolio_ruas.UNITS` (not imported: the domain loads in workers).
UNITS: tuple[str, ...] = ("segmen", "ruas", "penggal")


@dataclass
class PortfolioJobResult:
    """What the portfolio job returns: the portfolio, its pick table, works and kemantapan."""

    portfolio: Portfolio
    table: pd.DataFrame
    works: pd.DataFrame
    kemantapan: tuple[float, float]


def portfolio_job(
    analysis: Analysis, budget_rp: float, unit: str = "segmen", *, progress: Progress,
    cancel: CancelCheck,
) -> PortfolioJobResult:  # fmt: skip
    """``choose_by_unit`` with the CLI's defaults; the picks by ruas; kemantapan before/after."""
    from mataram_gis.portfolio_ruas import choose_by_unit, ruas_labels, sta_of
    from mataram_gis.problem import UpgradeProblem
    from mataram_gis.works import kemantapan_before_after, works_table

    problem = UpgradeProblem.from_analysis(analysis)
    seg = analysis.segments
    pf = choose_by_unit(problem, budget_rp=budget_rp, unit=unit, ruas=ruas_labels(seg),
                        sta=sta_of(seg), progress=progress, cancel=cancel)  # fmt: skip
    table = pf.table()
    table.insert(2, "name", problem.names[pf.rows].astype(str) if len(pf.rows) else [])
    works = works_table(seg, pf.rows, benefit=pf.marginal_benefit)
    auths = analysis.scenario.candidate_authorities
    return PortfolioJobResult(
        pf, table, works, kemantapan_before_after(seg, pf.rows, authorities=auths)
    )


def curve_job(
    analysis: Analysis, budget_rp: float | None, *, progress: Progress, cancel: CancelCheck
) -> pd.DataFrame:
    """``budget_curve`` at 8 budgets up to ``budget_rp`` (None: up to every candidate).

    Up to the typed budget by default: the full sweep to "upgrade everything" takes many
    minutes on a city (the largest portfolios are the slowest).
    """
    from mataram_gis.portfolio import budget_curve

    budgets = None if budget_rp is None else np.linspace(budget_rp / CURVE_POINTS, budget_rp,
                                                          CURVE_POINTS)  # fmt: skip
    return budget_curve(
        analysis, budgets=budgets, n=CURVE_POINTS, progress=progress, cancel=cancel
    )


class PortfolioPanel(JobPanel):
    """Budget and unit, Compute/Cancel, kemantapan, the works by ruas, the picks, the curve.

    Signals
    -------
    failed(str, bool)
        A job failed (message, whether it is a user error).
    targetChanged(float)
        The user set another kemantapan target (a fraction, 0-1).
    """

    targetChanged = Signal(float)

    def __init__(
        self, runner: JobRunner, selection: SelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(runner, parent)
        self.selection = selection
        self.highlight: SegmentHighlightLayer | None = None
        self.portfolio: Portfolio | None = None
        self.curve: pd.DataFrame | None = None
        self.budget = QLineEdit("10 miliar", self)
        self.budget.returnPressed.connect(self.compute)
        self.budget_label = QLabel(self)
        self.unit_label = QLabel(self)
        self.unit = QComboBox(self)
        for unit in UNITS:
            self.unit.addItem(unit, unit)
        self.compute_button = QPushButton(self)
        self.compute_button.clicked.connect(self.compute)
        self.curve_button = QPushButton(self)
        self.curve_button.clicked.connect(self.compute_curve)
        self.message = self.message_label
        self.idle_buttons = (self.compute_button, self.curve_button)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.kemantapan = KemantapanBox(self)
        self.kemantapan.targetChanged.connect(self.targetChanged)
        self.works = WorksTable(selection, self)
        self.model = FrameModel([], self)
        self.table = make_table(self.model, self)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        self.chart = BudgetChart(self)
        self.curve_model = FrameModel([], self)
        self.curve_table = make_table(self.curve_model, self)
        curve_box = splitter(self.chart, self.curve_table, parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.works, "")
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(curve_box, "")
        self.shares: dict[int, float] = {}  # Monte Carlo: share of draws selecting a segment
        self.risk = RiskPanel(runner, self.budget_rp, self)
        self.risk.frequencies.connect(self._set_shares)
        self.risk.failed.connect(self.failed)
        self.tabs.addTab(self.risk, "")
        lay_out(
            self,
            [[self.budget_label, self.budget, 1, self.compute_button],
             [self.unit_label, self.unit, None, self.curve_button, self.cancel_button]],
            [self.progress, self.message, self.totals, self.kemantapan.text,
             self.kemantapan.row, self.tabs],
            margin=6,
        )  # fmt: skip
        self.busy(False)
        self.retranslate()

    # -- state ------------------------------------------------------------------------------
    def set_analysis(self, analysis: Analysis | None) -> None:
        """A new ranking: earlier results no longer apply (cleared, running job cancelled)."""
        had = self.portfolio is not None or self.curve is not None
        self.cancel()
        self.analysis = analysis
        self.risk.set_analysis(analysis)
        self.portfolio, self.curve = None, None
        self.model.set_frame(None)
        self.works.set_works(None)
        self.kemantapan.set_values(math.nan, math.nan)
        if analysis is not None:
            self.kemantapan.set_target(analysis.scenario.kemantapan_target)
        self.curve_model.set_frame(None)
        self.chart.set_curve(None)
        self.totals.setText("")
        if self.highlight is not None:
            self.highlight.clear("portfolio")
        self.say(self.tr("The ranking changed: compute again.") if had else "")
        self.busy(False)

    def budget_text(self) -> str:
        """The budget as typed (for the briefing dialog)."""
        return self.budget.text()

    def budget_rp(self) -> float | None:
        """The budget in rupiah (None when empty; raises on unreadable text)."""
        return parse_budget(self.budget.text())

    # -- jobs ---------------------------------------------------------------------------------
    def compute(self) -> Worker | None:
        """Choose the portfolio for the typed budget and unit in a worker."""
        ok, budget = self.ready_budget(self.budget_rp)
        if not ok:
            return None
        unit = str(self.unit.currentData())
        worker = self.start(Worker("portfolio", portfolio_job, self.analysis, budget, unit),
                            self._done)  # fmt: skip
        self.say(self.tr("Choosing segments for %1…").replace(
            "%1", format_rupiah(budget, current_lang())))  # fmt: skip
        return worker

    def compute_curve(self) -> Worker | None:
        """The exact benefit at 8 budgets up to the typed one (or every candidate), in a worker."""
        ok, budget = self.ready_budget(self.budget_rp, required=False)
        if not ok:
            return None
        worker = self.start(Worker("portfolio", curve_job, self.analysis, budget),
                            self._curve_done)  # fmt: skip
        self.say(self.tr("Computing the budget curve…"))
        return worker

    def _done(self, result: PortfolioJobResult) -> None:
        self.portfolio = result.portfolio
        self.model.set_frame(self._with_shares(result.table))
        self.table.resizeColumnsToContents()
        self.works.set_works(result.works)
        self.kemantapan.set_values(*result.kemantapan)
        self.tabs.setCurrentIndex(0)
        self.say("")
        self._show_totals()
        if self.highlight is not None:
            self.highlight.set_group(
                "portfolio", self.portfolio.segment_ids, PORTFOLIO_COLOUR,
                self.tr("Portfolio within the budget"),
            )  # fmt: skip

    def _with_shares(self, table: pd.DataFrame) -> pd.DataFrame:
        """The picks with the Monte Carlo share of draws selecting each (0 when never)."""
        out = table.copy()
        out["selected_share"] = [self.shares.get(int(x), np.nan) if self.shares else np.nan
                                 for x in out["segment_id"]]  # fmt: skip
        return out

    def _set_shares(self, shares: dict[int, float]) -> None:
        self.shares = dict(shares)
        if self.portfolio is not None:
            self.model.set_frame(self._with_shares(self.model.frame))

    def _curve_done(self, curve: pd.DataFrame) -> None:
        self.curve = curve
        self.curve_model.set_frame(curve)
        self.chart.set_curve(curve)
        self.curve_table.resizeColumnsToContents()
        self.tabs.setCurrentIndex(2)
        self.say("")

    def _show_totals(self) -> None:
        pf = self.portfolio
        if pf is None:
            self.totals.setText("")
            return
        lang = current_lang()
        text = self.tr(
            "<b>%1 segments</b>, %2 of %3. Exact joint benefit <b>%4</b> household-hours/yr; "
            "naive pick by benefit per cost (%5 segments): %6. Difference <b>%7 (%8)</b>."
        )
        values = (
            format_number(len(pf.rows), lang), format_rupiah(pf.total_cost, lang),
            format_rupiah(pf.budget_rp, lang), format_number(pf.total_benefit, lang, 1),
            format_number(len(pf.naive_rows), lang), format_number(pf.naive_benefit, lang, 1),
            ("+" if pf.gain_over_naive > 0 else "") + format_number(pf.gain_over_naive, lang, 1),
            fmt_pct(pf.gain_over_naive_pct),
        )  # fmt: skip
        for i in reversed(range(len(values))):  # %8 before %1
            text = text.replace(f"%{i + 1}", values[i])
        works = self.works.model.frame
        if works is not None and len(works):
            text += " " + self.tr("%1 ruas, %2 stretches.").replace(
                "%1", format_number(works["ruas"].nunique(), lang)
            ).replace("%2", format_number(len(works), lang))
        self.totals.setText(text)

    def _row_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if rows:
            ids = np.asarray([self.model.value(r, "segment_id") for r in rows], np.int64)
            self.selection.select(ids.tolist(), source="portfolio")

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-set every visible text."""
        self.budget_label.setText(self.tr("Budget (Rp)"))
        self.budget.setPlaceholderText(self.tr("e.g. 10 miliar, 750 juta, 10000000000"))
        self.unit_label.setText(self.tr("Pick by"))
        units = {"segmen": self.tr("segment"), "ruas": self.tr("whole ruas"),
                 "penggal": self.tr("stretch")}  # fmt: skip
        for i in range(self.unit.count()):
            self.unit.setItemText(i, units[self.unit.itemData(i)])
        self.unit.setToolTip(self.tr(
            "segment: single segments (and pairs); whole ruas: all candidate segments of a ruas "
            "together; stretch: runs of consecutive candidate segments of a ruas (STA)"
        ))  # fmt: skip
        self.compute_button.setText(self.tr("Compute"))
        self.curve_button.setText(self.tr("Budget curve"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.tabs.setTabText(0, self.tr("Work programme"))
        self.tabs.setTabText(1, self.tr("Chosen segments"))
        self.tabs.setTabText(2, self.tr("Budget curve"))
        self.tabs.setTabText(3, self.tr("Appraisal and risk"))
        unnamed = self.tr("(unnamed)")
        self.model.set_columns([
            Column(self.tr("Pick"), "pick", fmt_int),
            Column(self.tr("Name"), "name", lambda x: str(x) or unnamed, numeric=False),
            Column(self.tr("Cost"), "cost", fmt_rp),
            Column(self.tr("Marginal benefit"), "marginal_benefit", fmt_dec(1)),
            Column(self.tr("Cumulative cost"), "cumulative_cost", fmt_rp),
            Column(self.tr("Cumulative benefit"), "cumulative_benefit", fmt_dec(1)),
            Column(self.tr("Selected in draws"), "selected_share", fmt_share),
        ])  # fmt: skip
        self.curve_model.set_columns([
            Column(self.tr("Budget"), "budget_rp", fmt_rp),
            Column(self.tr("Cost"), "cost_rp", fmt_rp),
            Column(self.tr("Segments"), "segments", fmt_int),
            Column(self.tr("Benefit"), "benefit", fmt_dec(1)),
            Column(self.tr("Naive pick"), "naive_benefit", fmt_dec(1)),
            Column(self.tr("Gain"), "gain_over_naive_pct", fmt_pct),
        ])  # fmt: skip
        self.chart.set_titles(
            self.tr("Budget (Rp billion)"), self.tr("Benefit (household-hours/yr)"),
            self.tr("Portfolio"), self.tr("Naive pick"),
        )  # fmt: skip
        self.table.setToolTip(
            self.tr("Marginal benefit: what each pick adds, exactly, given the earlier picks")
        )
        self._show_totals()
        self.kemantapan.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
