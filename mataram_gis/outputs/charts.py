"""Charts for the briefing: cumulative benefit against cumulative cost."""

from __future__ import annotations

import io

import numpy as np
from matplotlib.figure import Figure

from mataram_gis.outputs.maplegend import MUTED
from mataram_gis.outputs.mapplot import INK
from mataram_gis.outputs.tables import cumulative_by_efficiency
from mataram_gis.outputs.texts import fmt_num, t
from mataram_gis.results import Results

CURVE_COLOUR = "#d95f0e"
#: Without a budget the chart stops where this share of the total benefit is reached (the
#: long flat tail of low-value segments would squeeze the informative start into a corner).
SHOWN_SHARE = 0.95
#: With a budget the x-axis runs to this multiple of it (the full range is stated in words).
BUDGET_ZOOM = 2.5


def benefit_per_first_billion(results: Results) -> float:
    """Benefit (weighted household-hours/year) bought by the first Rp 1 billion."""
    c = cumulative_by_efficiency(results)
    within = c["cum_cost"] <= 1e9
    return float(c.loc[within, "benefit"].sum())


def curve_range(results: Results, *, budget_rp: float | None = None) -> tuple[float, float, float]:
    """The x-axis end of the chart and the whole curve's extent, in rupiah and benefit.

    Returns
    -------
    shown_rp, total_rp, total_benefit
        The chart shows costs from 0 to ``shown_rp``: ``BUDGET_ZOOM`` x the budget when one is
        given (at least Rp 1.5 billion), else the cost that buys ``SHOWN_SHARE`` of the total
        benefit; never more than the whole curve, ``total_rp``.
    """
    c = cumulative_by_efficiency(results)
    if not len(c):
        return 1.5e9, 0.0, 0.0
    cost = c["cum_cost"].to_numpy()
    benefit = c["cum_benefit"].to_numpy()
    total_rp, total_b = float(cost[-1]), float(benefit[-1])
    if budget_rp:
        shown = max(BUDGET_ZOOM * budget_rp, 1.5e9)
    else:
        stop = min(int(np.searchsorted(benefit, SHOWN_SHARE * total_b)), len(cost) - 1)
        shown = max(float(cost[stop]), 1.5e9)
    return min(shown, max(total_rp, 1.5e9)), total_rp, total_b


def cumulative_chart(
    results: Results,
    *,
    lang: str = "id",
    budget_rp: float | None = None,
    width_mm: float = 170.0,
    height_mm: float = 95.0,
    dpi: int = 200,
) -> bytes:
    """PNG of cumulative benefit (y) against cumulative cost (x), segments by benefit/cost.

    Parameters
    ----------
    results
        The results.
    lang
        ``id`` or ``en``.
    budget_rp
        Draw a vertical budget line when given, and zoom the x-axis around it
        (:func:`curve_range`).
    width_mm, height_mm, dpi
        Size and resolution of the image.
    """
    c = cumulative_by_efficiency(results)
    fig = Figure(figsize=(width_mm / 25.4, height_mm / 25.4))
    ax = fig.add_axes((0.1, 0.16, 0.86, 0.78))
    if len(c):
        x = np.r_[0.0, c["cum_cost"].to_numpy() / 1e9]
        y = np.r_[0.0, c["cum_benefit"].to_numpy() / 1e3]
        xmax = curve_range(results, budget_rp=budget_rp)[0] / 1e9
        ytop = float(np.interp(xmax, x, y))
        ax.fill_between(x, y, color=CURVE_COLOUR, alpha=0.12, lw=0)
        ax.plot(x, y, color=CURVE_COLOUR, lw=1.8)
        ax.set_xlim(0, xmax)
        ax.set_ylim(0, max(ytop, 1e-9) * 1.08)
        first = benefit_per_first_billion(results)
        ax.axvline(1.0, color=MUTED, lw=0.7, ls=":")
        ax.annotate(
            t("curve_first_bn", lang, benefit=fmt_num(first, lang)),
            xy=(1.0, first / 1e3),
            xytext=(_label_x(xmax, budget_rp), ytop * 0.3),
            fontsize=7.5,
            color=INK,
            arrowprops={"arrowstyle": "->", "color": INK, "lw": 0.7},
        )
        if budget_rp:
            ax.axvline(budget_rp / 1e9, color=INK, lw=1.0, ls="--")
            ax.text(
                budget_rp / 1e9,
                ytop * 1.06,
                f" {t('curve_budget', lang)}",
                fontsize=7.5,
                color=INK,
                va="top",
            )
    ax.set_xlabel(t("curve_x", lang), fontsize=8, color=INK)
    ax.set_ylabel(t("curve_y", lang), fontsize=8, color=INK)
    ax.tick_params(labelsize=7, colors=INK)
    ax.xaxis.set_major_formatter(lambda v, _: _tick(v, lang))
    ax.yaxis.set_major_formatter(lambda v, _: _tick(v, lang))
    ax.grid(True, color="#d8dce1", lw=0.5)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


def _tick(value: float, lang: str) -> str:
    decimals = 0 if value == int(value) else 1 if value * 10 == int(value * 10) else 2
    return fmt_num(value, lang, decimals=decimals)


def _label_x(xmax: float, budget_rp: float | None) -> float:
    """Where the "first billion" note starts: clear of the budget line (billions)."""
    if not budget_rp:
        return xmax * 0.18
    b = budget_rp / 1e9
    return b * 1.06 if b < xmax * 0.5 else max(xmax * 0.12, 1.2)
