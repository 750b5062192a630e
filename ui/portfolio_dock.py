# ruff: noqa: N802 - Qt API names (camelCase overrides and signals)
"""The Portfolio panel (issue 6): what a budget buys, chosen as a set and valued exactly.

Budget in rupiah (``10 miliar``, ``750 juta``, ``10000000000``) -> ``choose_portfolio`` in a
worker -> the picks in order with exact marginal and cumulative benefit, the exact total
against the naive pick (by benefit per cost), and the picks highlighted on the map. *Budget
curve* runs ``budget_curve`` at 8 budgets up to the typed one and draws it. Same function
and arguments as ``python main.py portfolio`` (defaults), so the GUI and the CLI pick the
same segments.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from layers.formatting import format_number, format_rupiah
from mataram_gis.errors import MataramError
from mataram_gis.jobs import CancelCheck, Progress
from ui.budget_chart import BudgetChart
from ui.export_dialogs import parse_budget
from ui.frame_model import Column, FrameModel, fmt_dec, fmt_int, fmt_pct, fmt_rp, make_table
from ui.i18n import current_lang
from ui.risk_panel import RiskPanel, fmt_share
from ui.workers import JobRunner, Worker

if TYPE_CHECKING:
    from layers.highlight import SegmentHighlightLayer
    from layers.selection import SelectionModel
    from mataram_gis.analysis import Analysis
    from mataram_gis.portfolio import Portfolio

logger = logging.getLogger(__name__)

PORTFOLIO_COLOUR = "#11a84a"
CURVE_POINTS = 8


def portfolio_job(
    analysis: Analysis, budget_rp: float, *, progress: Progress, cancel: CancelCheck
) -> tuple[Portfolio, pd.DataFrame]:
    """``choose_portfolio`` with the CLI's defaults, and its pick table with names."""
    from mataram_gis.portfolio import choose_portfolio
    from mataram_gis.problem import UpgradeProblem

    problem = UpgradeProblem.from_analysis(analysis)
    pf = choose_portfolio(problem, budget_rp=budget_rp, progress=progress, cancel=cancel)
    table = pf.table()
    table.insert(2, "name", problem.names[pf.rows].astype(str) if len(pf.rows) else [])
    return pf, table


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


class PortfolioPanel(QWidget):
    """Budget field, Compute/Cancel, the picks, totals vs naive, and the budget curve.

    Signals
    -------
    failed(str, bool)
        A job failed (message, whether it is a user error).
    """

    failed = Signal(str, bool)

    def __init__(
        self, runner: JobRunner, selection: SelectionModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.selection = selection
        self.analysis: Analysis | None = None
        self.highlight: SegmentHighlightLayer | None = None
        self.portfolio: Portfolio | None = None
        self.curve: pd.DataFrame | None = None
        self.worker: Worker | None = None
        self.budget = QLineEdit("10 miliar", self)
        self.budget.returnPressed.connect(self.compute)
        self.budget_label = QLabel(self)
        self.compute_button = QPushButton(self)
        self.compute_button.clicked.connect(self.compute)
        self.curve_button = QPushButton(self)
        self.curve_button.clicked.connect(self.compute_curve)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.model = FrameModel([], self)
        self.table = make_table(self.model, self)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        self.chart = BudgetChart(self)
        self.curve_model = FrameModel([], self)
        self.curve_table = make_table(self.curve_model, self)
        curve_box = QSplitter(Qt.Orientation.Vertical, self)
        curve_box.addWidget(self.chart)
        curve_box.addWidget(self.curve_table)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(curve_box, "")
        self.shares: dict[int, float] = {}  # Monte Carlo: share of draws selecting a segment
        self.risk = RiskPanel(runner, self.budget_rp, self)
        self.risk.frequencies.connect(self._set_shares)
        self.risk.failed.connect(self.failed)
        self.tabs.addTab(self.risk, "")
        row = QHBoxLayout()
        row.addWidget(self.budget_label)
        row.addWidget(self.budget, 1)
        row.addWidget(self.compute_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.curve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.totals)
        layout.addWidget(self.tabs, 1)
        self._busy(False)
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
        self.curve_model.set_frame(None)
        self.chart.set_curve(None)
        self.totals.setText("")
        if self.highlight is not None:
            self.highlight.clear("portfolio")
        self.message.setText(self.tr("The ranking changed: compute again.") if had else "")
        self._busy(False)

    def budget_text(self) -> str:
        """The budget as typed (for the briefing dialog)."""
        return self.budget.text()

    def budget_rp(self) -> float | None:
        """The budget in rupiah (None when empty; raises on unreadable text)."""
        return parse_budget(self.budget.text())

    # -- jobs ---------------------------------------------------------------------------------
    def compute(self) -> Worker | None:
        """Choose the portfolio for the typed budget in a worker."""
        if self.analysis is None:
            return None
        try:
            budget = self.budget_rp()
        except MataramError as exc:
            self.message.setText(exc.message)
            return None
        if budget is None:
            self.message.setText(self.tr("Type a budget, e.g. 10 miliar or 750 juta."))
            return None
        self.message.setText(
            self.tr("Choosing segments for %1…").replace(
                "%1", format_rupiah(budget, current_lang())
            )
        )
        return self._start(Worker("portfolio", portfolio_job, self.analysis, budget), self._done)

    def compute_curve(self) -> Worker | None:
        """The exact benefit at 8 budgets up to the typed one (or every candidate), in a worker."""
        if self.analysis is None:
            return None
        try:
            budget = self.budget_rp()
        except MataramError as exc:
            self.message.setText(exc.message)
            return None
        self.message.setText(self.tr("Computing the budget curve…"))
        worker = Worker("portfolio", curve_job, self.analysis, budget)
        return self._start(worker, self._curve_done)

    def cancel(self) -> None:
        """Stop the running job (its result is dropped)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker = None
            self.message.setText(self.tr("Cancelled."))
            self._busy(False)

    def _start(self, worker: Worker, slot: Any) -> Worker:
        self.cancel()
        analysis = self.analysis
        worker.signals.progress.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        worker.signals.finished.connect(
            lambda result, w=worker: slot(result) if w is self.worker and
            self.analysis is analysis else None
        )  # fmt: skip
        worker.signals.failed.connect(lambda m, e, w=worker: self._failed(w, m, e))
        worker.signals.cancelled.connect(lambda w=worker: self._ended(w))
        self.worker = worker
        self.progress.setValue(0)
        self._busy(True)
        return self.runner.start(worker)

    def _ended(self, worker: Worker) -> None:
        if worker is self.worker:
            self.worker = None
            self._busy(False)

    def _failed(self, worker: Worker, message: str, expected: bool) -> None:
        if worker is self.worker:
            self._ended(worker)
            self.message.setText(message)
            self.failed.emit(message, expected)

    def _busy(self, busy: bool) -> None:
        self.compute_button.setEnabled(not busy)
        self.curve_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)

    def _done(self, result: tuple[Portfolio, pd.DataFrame]) -> None:
        self._ended(self.worker)
        self.portfolio, table = result
        self.model.set_frame(self._with_shares(table))
        self.table.resizeColumnsToContents()
        self.tabs.setCurrentIndex(0)
        self.message.setText("")
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
        self._ended(self.worker)
        self.curve = curve
        self.curve_model.set_frame(curve)
        self.chart.set_curve(curve)
        self.curve_table.resizeColumnsToContents()
        self.tabs.setCurrentIndex(1)
        self.message.setText("")

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
        self.compute_button.setText(self.tr("Compute"))
        self.curve_button.setText(self.tr("Budget curve"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.tabs.setTabText(0, self.tr("Chosen segments"))
        self.tabs.setTabText(1, self.tr("Budget curve"))
        self.tabs.setTabText(2, self.tr("Appraisal and risk"))
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
