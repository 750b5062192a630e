"""What a planner asks of two scenarios: which segments enter or leave the top N, and the picks.

Two views beyond "rose / fell most in rank" (dominated by segments ranked in the thousands
whose benefit barely moved):

- :func:`top_changes`: the segments that enter or leave the top ``n`` in B.
- :func:`pick_changes`: the segments a budget buys in A and B, and which differ. The picks
  are each scenario's exact portfolio (:func:`mataram_gis.portfolio.choose_portfolio`, the
  same programme the Portfolio dock and the briefing report), found by :func:`exact_picks`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from mataram_gis.jobs import CancelCheck, Progress, no_progress

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis

#: Columns of a pick list (:attr:`Picks.frame`).
PICK_COLUMNS = ("segment_id", "name", "rank", "benefit", "upgrade_cost")
TOP_CHOICES: tuple[int, ...] = (10, 20, 50)
DEFAULT_BUDGET_RP = 10e9


@dataclass(frozen=True)
class Picks:
    """The exact portfolio one scenario buys with a budget.

    Attributes
    ----------
    budget_rp
        The budget.
    frame
        One row per pick in pick order: ``segment_id``, ``name``, ``rank`` (single-segment
        rank), ``benefit`` (exact marginal benefit given the earlier picks, weighted
        household-hours/yr) and ``upgrade_cost``.
    total_benefit, total_cost
        Exact joint benefit of all picks together and their cost.
    """

    budget_rp: float
    frame: pd.DataFrame
    total_benefit: float
    total_cost: float


def top_changes(segments: pd.DataFrame, n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Segments entering and leaving the top ``n`` in B (``Comparison.segments`` rows).

    Returns
    -------
    entered, left
        ``entered``: in B's top ``n`` but not A's, by rank in B; ``left``: in A's top ``n``
        but not B's, by rank in A.
    """
    rank_a = segments["rank_a"].astype("Float64")
    rank_b = segments["rank_b"].astype("Float64")
    in_a = (rank_a <= n).fillna(False).to_numpy(bool)
    in_b = (rank_b <= n).fillna(False).to_numpy(bool)
    entered = segments.loc[in_b & ~in_a].sort_values("rank_b")
    left = segments.loc[in_a & ~in_b].sort_values("rank_a")
    return entered.reset_index(drop=True), left.reset_index(drop=True)


def no_picks(budget_rp: float) -> Picks:
    """What a budget below the cheapest upgrade buys: nothing."""
    return Picks(budget_rp, pd.DataFrame(columns=list(PICK_COLUMNS)), 0.0, 0.0)


def exact_picks(
    analysis: Analysis,
    budget_rp: float,
    *,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> Picks:
    """The exact portfolio of ``analysis`` under ``budget_rp`` as a pick list."""
    from mataram_gis.portfolio import choose_portfolio
    from mataram_gis.problem import UpgradeProblem

    problem = UpgradeProblem.from_analysis(analysis)
    costs = problem.cost[problem.candidate]
    if len(costs) == 0 or budget_rp < float(costs.min()):
        return no_picks(budget_rp)
    chosen = choose_portfolio(problem, budget_rp=budget_rp, progress=progress, cancel=cancel)
    seg = analysis.segments.set_index("segment_id")
    ids = np.asarray(chosen.segment_ids, np.int64)
    frame = pd.DataFrame(
        {
            "segment_id": ids,
            "name": seg["name"].reindex(ids).fillna("").astype(str).to_numpy(),
            "rank": seg["rank"].reindex(ids).to_numpy(float),
            "benefit": np.asarray(chosen.marginal_benefit, float),
            "upgrade_cost": np.asarray(chosen.cost, float),
        }
    )
    return Picks(budget_rp, frame, float(chosen.total_benefit), float(chosen.total_cost))


def picks_job(
    analyses: tuple[Analysis, Analysis],
    budget_rp: float,
    *,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> tuple[Picks, Picks]:
    """The exact portfolios of two analyses under one budget (a worker job)."""
    out = []
    for i, analysis in enumerate(analyses):
        progress(0.5 * i, "choosing")
        out.append(exact_picks(analysis, budget_rp, cancel=cancel))
    progress(1.0, "portfolio done")
    return out[0], out[1]


def pick_changes(a: Picks, b: Picks) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """How the exact portfolios of A and B differ.

    Returns
    -------
    added, dropped, summary
        ``added``: picked in B only; ``dropped``: picked in A only (each with ``name``,
        ``rank``, ``benefit`` (exact marginal), ``upgrade_cost`` of its own scenario);
        ``summary``: one row per scenario (index ``a``/``b``) with ``picked``, ``cost`` and
        ``benefit`` (the exact joint benefit of the whole portfolio).
    """
    pa, pb = a.frame, b.frame
    ids_a, ids_b = set(pa["segment_id"]), set(pb["segment_id"])
    added = pb.loc[~pb["segment_id"].isin(ids_a)].reset_index(drop=True)
    dropped = pa.loc[~pa["segment_id"].isin(ids_b)].reset_index(drop=True)
    summary = pd.DataFrame(
        {
            "picked": [len(pa), len(pb)],
            "cost": [a.total_cost, b.total_cost],
            "benefit": [a.total_benefit, b.total_benefit],
        },
        index=["a", "b"],
    )
    return added, dropped, summary
