# ruff: noqa: N802 - Qt API names (camelCase overrides)
"""A small QPainter line chart: exact benefit of the best portfolio against the budget.

Two lines over the budget (Rp billion): the chosen portfolio and the naive pick (dashed),
so the planner sees how far each billion goes and what choosing sets (not single segments)
adds. No matplotlib: it draws offscreen and in any thread-free test without a backend.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from layers.formatting import format_number
from ui.i18n import current_lang

PORTFOLIO_COLOUR = "#d95f0e"
NAIVE_COLOUR = "#6f7782"


def nice_ticks(top: float, n: int = 4) -> list[float]:
    """Round tick values from 0 to at least ``top``."""
    if top <= 0 or not math.isfinite(top):
        return [0.0, 1.0]
    raw = top / n
    step = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * step:
            step *= m
            break
    return [i * step for i in range(math.ceil(top / step) + 1)]


class BudgetChart(QWidget):
    """Benefit (weighted household-hours/yr) against budget (Rp billion)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.curve: pd.DataFrame | None = None
        self.x_title = "Budget (Rp billion)"
        self.y_title = "Benefit (household-hours/yr)"
        self.names = ("Portfolio", "Naive pick")
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def set_curve(self, curve: pd.DataFrame | None) -> None:
        """Show a :func:`~mataram_gis.portfolio.budget_curve` table (None: empty)."""
        self.curve = curve
        self.update()

    def set_titles(self, x: str, y: str, portfolio: str, naive: str) -> None:
        """Translated axis and series titles."""
        self.x_title, self.y_title, self.names = x, y, (portfolio, naive)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if self.curve is None or not len(self.curve):
            p.end()
            return
        lang = current_lang()
        fm = p.fontMetrics()
        x_bn = np.concatenate([[0.0], self.curve["budget_rp"].to_numpy(float) / 1e9])
        ys = [
            np.concatenate([[0.0], self.curve[c].to_numpy(float)])
            for c in ("benefit", "naive_benefit")
        ]
        y_ticks = nice_ticks(float(max(np.nanmax(y) for y in ys)))
        x_ticks = nice_ticks(float(x_bn.max()))
        left = 12 + fm.horizontalAdvance(format_number(y_ticks[-1], lang)) + fm.height()
        plot = QRectF(left, 12 + fm.height(), self.width() - left - 14,
                      self.height() - 24 - 3 * fm.height())  # fmt: skip
        if plot.width() < 20 or plot.height() < 20:
            p.end()
            return

        def pt(x: float, y: float) -> QPointF:
            return QPointF(
                plot.left() + plot.width() * x / x_ticks[-1],
                plot.bottom() - plot.height() * y / y_ticks[-1],
            )

        grid, ink = QPen(QColor("#e3e3e3")), QPen(QColor("#444444"))
        for y in y_ticks:
            p.setPen(grid)
            p.drawLine(pt(0, y), pt(x_ticks[-1], y))
            p.setPen(ink)
            text = format_number(y, lang)
            p.drawText(QPointF(plot.left() - 4 - fm.horizontalAdvance(text),
                               pt(0, y).y() + fm.ascent() / 2 - 1), text)  # fmt: skip
        for x in x_ticks:
            text = format_number(x, lang, 0 if x_ticks[1] >= 1 else 1)
            q = pt(x, 0)
            p.drawText(QPointF(q.x() - fm.horizontalAdvance(text) / 2, q.y() + fm.height()), text)
        p.drawRect(plot)
        p.drawText(QPointF(plot.center().x() - fm.horizontalAdvance(self.x_title) / 2,
                           self.height() - 6), self.x_title)  # fmt: skip
        p.drawText(QPointF(plot.left(), fm.ascent() + 2), self.y_title)
        for y, colour, style, name, row in (
            (ys[1], NAIVE_COLOUR, Qt.PenStyle.DashLine, self.names[1], 1),
            (ys[0], PORTFOLIO_COLOUR, Qt.PenStyle.SolidLine, self.names[0], 0),
        ):
            path = QPainterPath(pt(x_bn[0], y[0]))
            for xi, yi in zip(x_bn[1:], y[1:], strict=True):
                path.lineTo(pt(xi, yi))
            pen = QPen(QColor(colour), 2.2, style)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            ly = plot.bottom() - 8 - row * (fm.height() + 2)
            lx = plot.right() - 8 - fm.horizontalAdvance(name) - 26
            p.drawLine(QPointF(lx, ly - fm.ascent() / 3), QPointF(lx + 20, ly - fm.ascent() / 3))
            p.setPen(ink)
            p.drawText(QPointF(lx + 24, ly), name)
        p.end()
