"""The five graduated priority classes of the road map: breaks, colours and line widths.

One classification serves every map of the product (the exported priority map, the QGIS
style and the GUI map canvas), so that a segment looks the same everywhere. It is pure: no
matplotlib, no Qt.

Classes are built on the benefit of the segments that gain at all (``benefit > 0``), at
quantiles chosen for a heavily skewed benefit distribution: the top 0.5 % of those segments is
"very high", the next 2.5 % "high", the next 7 % "medium", the next 20 % "low" and the
lower 70 % "very low" (drawn pale and thin, so the eye goes to the few that matter).
Breaks are rounded to two significant digits so legends read well.
Segments with no benefit are drawn as "other roads".

The colour ramp (ColorBrewer YlOrBr, steps 2-5 and 7 of 7) darkens monotonically, so the
classes stay in order when printed in grayscale; the line width grows with the class too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

#: Quantiles of the positive benefits at which the classes break (lowest class first).
QUANTILES: tuple[float, ...] = (0.7, 0.9, 0.97, 0.995)
#: Fill colours, class 1 (very low) to class 5 (very high); luminance decreases.
COLOURS: tuple[str, ...] = ("#fee391", "#fec44f", "#fe9929", "#d95f0e", "#662506")
#: Line widths in millimetres, class 1 to 5 (paper maps; the GUI may scale them).
WIDTHS_MM: tuple[float, ...] = (0.3, 0.5, 0.75, 1.1, 1.6)
#: Roads without benefit: a light cool grey, thinner than any class.
OTHER_COLOUR = "#cdd2d9"
OTHER_WIDTH_MM = 0.15
#: Points per millimetre (matplotlib widths are in points).
PT_PER_MM = 72.0 / 25.4


def nice_round(value: float, *, digits: int = 2) -> float:
    """``value`` rounded to ``digits`` significant digits (0 stays 0)."""
    if value <= 0 or not math.isfinite(value):
        return 0.0
    exponent = math.floor(math.log10(value)) - (digits - 1)
    return round(value / 10**exponent) * 10**exponent


@dataclass(frozen=True)
class PriorityClasses:
    """Graduated classes of benefit.

    Attributes
    ----------
    breaks
        Upper bounds of classes 1..n-1 (increasing); class ``n`` is open-ended.
    maximum
        Largest benefit (the upper end of the top class, for legends).
    colours, widths_mm
        Colour (hex) and line width (mm) of classes 1..n.
    """

    breaks: tuple[float, ...]
    maximum: float
    colours: tuple[str, ...] = COLOURS
    widths_mm: tuple[float, ...] = WIDTHS_MM
    other_colour: str = OTHER_COLOUR
    other_width_mm: float = OTHER_WIDTH_MM

    @property
    def n(self) -> int:
        """Number of classes."""
        return len(self.breaks) + 1

    def classify(self, benefit: Sequence[float] | np.ndarray) -> np.ndarray:
        """Class of each benefit: 0 for no benefit (other roads), else 1..n."""
        values = np.nan_to_num(np.asarray(benefit, dtype=float), nan=0.0)
        cls = np.searchsorted(np.asarray(self.breaks, dtype=float), values, side="left") + 1
        return np.where(values > 0, cls, 0).astype(np.int64)

    def bounds(self, k: int) -> tuple[float, float]:
        """Lower (exclusive) and upper (inclusive) benefit of class ``k`` (1..n)."""
        edges = (0.0, *self.breaks, max(self.maximum, self.breaks[-1] if self.breaks else 0))
        return edges[k - 1], edges[k]

    def widths_pt(self) -> tuple[float, ...]:
        """Line widths in points (for matplotlib)."""
        return tuple(w * PT_PER_MM for w in self.widths_mm)

    def range_label(self, k: int, *, fmt=None) -> str:
        """``"120 - 450"``-style label of class ``k``; ``fmt`` formats a number."""
        fmt = fmt or (lambda x: f"{x:,.0f}" if x >= 10 else f"{x:g}")
        lo, hi = self.bounds(k)
        if k == 1:
            return f"\u2264 {fmt(hi)}"
        if k == self.n:
            return f"> {fmt(lo)}"
        return f"{fmt(lo)} \u2013 {fmt(hi)}"


def priority_classes(
    benefit: Sequence[float] | np.ndarray,
    *,
    quantiles: Sequence[float] = QUANTILES,
) -> PriorityClasses:
    """Classes for a set of benefits (typically every segment's ``benefit``).

    Parameters
    ----------
    benefit
        Benefits (weighted household-hours/year); zero, negative and NaN are ignored.
    quantiles
        Quantiles of the positive benefits where classes break (``n - 1`` of them).

    Returns
    -------
    PriorityClasses
        Always ``len(quantiles) + 1`` classes with strictly increasing breaks, even when
        few segments gain (breaks are then spread evenly up to the maximum).
    """
    values = np.asarray(benefit, dtype=float)
    positive = values[np.isfinite(values) & (values > 0)]
    n_breaks = len(quantiles)
    if positive.size == 0:
        return PriorityClasses(breaks=tuple(float(i + 1) for i in range(n_breaks)), maximum=0.0)
    top = float(positive.max())
    raw = np.quantile(positive, quantiles)
    breaks: list[float] = []
    for q in raw:
        b = nice_round(float(q))
        if breaks and b <= breaks[-1]:
            b = _next_nice(breaks[-1])
        breaks.append(b)
    if breaks[-1] >= top:  # too few distinct values: spread evenly below the maximum
        step = top / (n_breaks + 1)
        breaks = [float(f"{step * (i + 1):.6g}") for i in range(n_breaks)]
    return PriorityClasses(breaks=tuple(breaks), maximum=top)


def _next_nice(value: float) -> float:
    """The next two-significant-digit number above ``value``."""
    exponent = math.floor(math.log10(value)) - 1 if value > 0 else -2
    return nice_round(value + 10**exponent)
