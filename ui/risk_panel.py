# ruff: noqa: N802 - Qt API names (camelCase overrides and signals)
"""Appraisal and risk tab of the Portfolio dock (issue 12).

*Run* plans the budget with :func:`mataram_gis.programme_run.run_programme` in a worker (the
same call as ``python main.py portfolio --draws N``): NPV, BCR and EIRR unweighted and
equity-weighted side by side, the switching values, and with draws > 0 the Monte Carlo: how
often each road is selected (a bar chart here, a column in the picks table) and the spread of
the programme's NPV. Progress and Cancel as for every job.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from layers.formatting import format_number, format_rupiah
from mataram_gis.jobs import CancelCheck, Progress
from ui.frame_model import Column, FrameModel, fmt_dec, fmt_rp, make_table
from ui.i18n import current_lang
from ui.job_panel import JobPanel, fmt_share, lay_out, splitter
from ui.workers import JobRunner, Worker

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis
    from mataram_gis.programme_run import ProgrammeResult

logger = logging.getLogger(__name__)

BAR_COLOUR = "#2b8cbe"
DEFAULT_DRAWS = 200


def risk_job(
    analysis: Analysis, budget_rp: float, draws: int, *, progress: Progress,
    cancel: CancelCheck,
) -> ProgrammeResult:  # fmt: skip
    """Plan, appraise and run ``draws`` Monte Carlo draws for ``budget_rp``."""
    from mataram_gis.problem import UpgradeProblem
    from mataram_gis.programme_run import run_programme

    problem = UpgradeProblem.from_analysis(analysis)
    return run_programme(
        problem, analysis.segments, analysis.origins, analysis.scenario, budget_rp=budget_rp,
        draws=draws, progress=progress, cancel=cancel,
    )  # fmt: skip


class FrequencyChart(QWidget):
    """Horizontal bars: share of draws in which each road is selected (0-100 %)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame: pd.DataFrame | None = None
        self.title = "Selected in % of draws"
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def set_frame(self, frame: pd.DataFrame | None, title: str) -> None:
        """``ruas`` and ``share`` columns (None: empty)."""
        self.frame, self.title = frame, title
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        fm = p.fontMetrics()
        if self.frame is None or not len(self.frame):
            p.end()
            return
        rows = max(1, int((self.height() - 2 * fm.height() - 8) // (fm.height() + 3)))
        f = self.frame.head(rows)
        names = [str(x)[:28] for x in f["ruas"]]
        left = 8 + max(fm.horizontalAdvance(n) for n in names)
        width = max(10.0, self.width() - left - 52)
        p.setPen(QColor("#444444"))
        p.drawText(QPointF(left, fm.ascent() + 2), self.title)
        for i, (name, share) in enumerate(zip(names, f["share"], strict=True)):
            y = 6 + fm.height() * (i + 1) + 3 * i
            p.drawText(QPointF(left - 4 - fm.horizontalAdvance(name), y + fm.ascent()), name)
            p.fillRect(QRectF(left, y + 2, width * float(share), fm.height() - 3),
                       QColor(BAR_COLOUR))  # fmt: skip
            text = format_number(100 * float(share), current_lang()) + " %"
            p.drawText(QPointF(left + width * float(share) + 4, y + fm.ascent()), text)
        p.end()


class RiskPanel(JobPanel):
    """Draws, Run/Cancel, the appraisal figures, the frequency chart and the ruas table.

    Signals
    -------
    frequencies(object)
        ``{segment_id: share}`` after a run with draws (empty dict when cleared).
    failed(str, bool)
        A job failed (message, whether it is a user error).
    """

    frequencies = Signal(object)

    def __init__(self, runner: JobRunner, budget: Callable[[], float | None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(runner, parent)
        self.budget = budget
        self.result: ProgrammeResult | None = None
        self.draws = QSpinBox(self)
        self.draws.setRange(0, 5000)
        self.draws.setSingleStep(50)
        self.draws.setValue(DEFAULT_DRAWS)
        self.draws_label = QLabel(self)
        self.run_button = QPushButton(self)
        self.run_button.clicked.connect(self.run)
        self.figures = self.message_label
        self.figures.setTextFormat(Qt.TextFormat.RichText)
        self.idle_buttons = (self.run_button,)
        self.chart = FrequencyChart(self)
        self.model = FrameModel([], self)
        self.table = make_table(self.model, self)
        lay_out(
            self,
            [[self.draws_label, self.draws, None, self.run_button, self.cancel_button]],
            [self.progress, self.figures, splitter(self.chart, self.table, parent=self)],
            margin=4,
        )
        self.busy(False)
        self.retranslate()

    def set_analysis(self, analysis: Analysis | None) -> None:
        """A new ranking: the earlier appraisal no longer applies."""
        self.cancel()
        self.analysis, self.result = analysis, None
        self.model.set_frame(None)
        self.chart.set_frame(None, "")
        self.figures.setText("")
        self.frequencies.emit({})

    def run(self) -> Worker | None:
        """Plan, appraise and run the Monte Carlo in a worker."""
        ok, budget = self.ready_budget(self.budget)
        if not ok:
            return None
        worker = Worker("risk", risk_job, self.analysis, budget, int(self.draws.value()))
        started = self.start(worker, self._done)
        self.say(self.tr("Appraising and drawing %1 times…").replace(
            "%1", format_number(int(self.draws.value()), current_lang())))  # fmt: skip
        return started

    def _done(self, result: ProgrammeResult) -> None:
        self.result = result
        self._show()
        mc = result.monte_carlo
        shares = {} if mc is None else dict(zip(mc.segments["segment_id"].astype(int),
                                                 mc.segments["share"], strict=True))  # fmt: skip
        self.frequencies.emit(shares)

    def _show(self) -> None:
        res = self.result
        if res is None:
            return
        lang = current_lang()
        tot = res.totals

        def fig(suffix: str) -> str:
            eirr = tot[f"eirr{suffix}"]
            eirr_text = "-" if not np.isfinite(eirr) else format_number(100 * eirr, lang, 1) + " %"
            text = self.tr("NPV %1, BCR %2, EIRR %3")
            text = text.replace("%1", format_rupiah(tot[f"npv_rp{suffix}"], lang))
            return text.replace("%2", format_number(tot[f"bcr{suffix}"], lang, 2)).replace(
                "%3", eirr_text
            )

        sv = res.summary()["switching_values"]
        lines = [
            self.tr("<b>Unweighted</b> (every producer hour the same): %1").replace("%1", fig("")),
            self.tr(
                "<b>Equity-weighted</b> (poor households' hours times their desil weight): %1"
            ).replace("%1", fig("_equity")),
            self.tr("Costs may rise %1 or benefits fall %2 before BCR < 1 (unweighted).")
            .replace("%1", format_number(100 * sv["cost_rise"], lang, 0) + " %")
            .replace("%2", format_number(100 * sv["benefit_fall"], lang, 0) + " %"),
        ]
        mc = res.monte_carlo
        if mc is not None and mc.draws:
            s = mc.summary()["npv_rp_equity"]
            lines.append(self.tr("%1 draws: equity-weighted NPV from %2 to %3 (P5-P95).")
                         .replace("%1", format_number(mc.draws, lang))
                         .replace("%2", format_rupiah(s["p5"], lang))
                         .replace("%3", format_rupiah(s["p95"], lang)))  # fmt: skip
            self.chart.set_frame(mc.ruas, self.tr("Selected in % of draws"))
        app = res.ruas_appraisal.copy()
        if mc is not None:
            app["share"] = app["ruas"].map(dict(zip(mc.ruas["ruas"], mc.ruas["share"],
                                                    strict=True))).fillna(0.0)  # fmt: skip
        self.model.set_frame(app)
        self.table.resizeColumnsToContents()
        self.figures.setText("<br>".join(lines))

    def retranslate(self) -> None:
        """Re-set every visible text."""
        self.draws_label.setText(self.tr("Monte Carlo draws"))
        self.run_button.setText(self.tr("Appraise"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.model.set_columns([
            Column(self.tr("Road"), "ruas", str, numeric=False),
            Column(self.tr("Cost"), "cost", fmt_rp),
            Column(self.tr("NPV"), "npv_rp", fmt_rp),
            Column(self.tr("BCR"), "bcr", fmt_dec(2)),
            Column(self.tr("NPV equity-weighted"), "npv_rp_equity", fmt_rp),
            Column(self.tr("BCR equity-weighted"), "bcr_equity", fmt_dec(2)),
            Column(self.tr("Cost may rise"), "cost_rise", fmt_share),
            Column(self.tr("Selected"), "share", fmt_share),
        ])  # fmt: skip
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
