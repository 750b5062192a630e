"""Portfolio under a budget: the set of upgrades whose JOINT effect saves the most.

Upgrades interact: a detour needs all its links upgraded before it becomes the faster
route (complements), and two parallel roads compete for the same households (substitutes).
So sets are chosen and valued as sets, exactly.

Method (docs/PORTFOLIO.md)
--------------------------
1. Moves: every candidate segment alone, and every pair of candidate segments on one route
   (touching, or joined by up to two roads that are not candidates) that is worth more
   together than apart (a detour that pays only once both links are good;
   :func:`mataram_gis.upgrades.complementary_pairs`).
2. Greedy by exact marginal gain per rupiah on the current upgraded state
   (:class:`mataram_gis.upgrades.UpgradeState`). Gains are kept in a table; the best move
   is re-evaluated exactly before it is taken (lazy evaluation), and the whole table is
   refreshed exactly (batched engine on the upgraded network) every few picks and before
   stopping, so gains that GROW after a pick (complements) are not missed.
3. Safeguards: the naive pick (walk the single-segment ranking by benefit per cost) is
   evaluated exactly too; if it were better the search restarts from it.
4. Local improvement: drop a chosen segment, refill greedily; keep the change when the
   exact total rises (a bounded number of tries).
5. Reported totals (portfolio and naive) are recomputed from scratch with all chosen
   upgrades applied (:func:`mataram_gis.problem.evaluate`).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd

from mataram_gis.errors import ScenarioError, UsageError
from mataram_gis.jobs import CancelCheck, Progress, no_progress
from mataram_gis.portfolio_greedy import (
    REFRESH_EVERY,
    Moves,
    fits,
    greedy_fill,
    naive_pick,
    replay,
)
from mataram_gis.portfolio_improve import improve
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem, evaluate
from mataram_gis.upgrades import UpgradeState

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis

logger = logging.getLogger(__name__)

#: Public names (the search parts live in :mod:`~mataram_gis.portfolio_greedy` and
#: :mod:`~mataram_gis.portfolio_improve`; re-exported here).
__all__ = [
    "DEFAULT_MAX_TRIALS", "PORTFOLIO_COLUMNS", "REFRESH_EVERY", "Moves", "Portfolio",
    "as_problem", "budget_curve", "check_budget", "choose_portfolio", "fits", "greedy_fill",
    "improve", "naive_pick", "portfolio_layer", "replay",
]  # fmt: skip

#: Columns of the ``portfolio`` layer, in order (plus geometry).
PORTFOLIO_COLUMNS: tuple[str, ...] = (
    "pick", "segment_id", "name", "cost", "marginal_benefit", "cumulative_cost",
    "cumulative_benefit",
)  # fmt: skip
#: Local-improvement tries by default: every chosen segment up to this many picks.
DEFAULT_MAX_TRIALS = 4


@dataclass
class Portfolio:
    """A chosen set of upgrades and its exact value.

    Attributes
    ----------
    budget_rp
        The budget.
    rows, segment_ids
        Chosen segments (problem rows and ``segment_id``), in pick order.
    marginal_benefit
        Exact benefit each pick adds given the earlier picks (weighted household-hours/yr).
    cost
        Upgrade cost of each pick (Rp).
    total_benefit, total_cost
        Exact joint benefit (SciPy recomputation with all picks applied) and total cost.
    naive_rows, naive_benefit, naive_cost
        The naive pick on the same budget and its exact joint benefit.
    timings
        Seconds spent per phase.
    """

    budget_rp: float
    rows: np.ndarray
    segment_ids: np.ndarray
    marginal_benefit: np.ndarray
    cost: np.ndarray
    total_benefit: float
    total_cost: float
    naive_rows: np.ndarray
    naive_benefit: float
    naive_cost: float
    timings: dict[str, float] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)

    @property
    def gain_over_naive(self) -> float:
        """Exact extra benefit over the naive pick (weighted household-hours/yr)."""
        return self.total_benefit - self.naive_benefit

    @property
    def gain_over_naive_pct(self) -> float:
        """Extra benefit over naive, percent of the naive benefit (0 when naive is 0)."""
        return 100.0 * self.gain_over_naive / self.naive_benefit if self.naive_benefit else 0.0

    def table(self) -> pd.DataFrame:
        """Pick-order table: pick, segment_id, cost, marginal and cumulative values."""
        return pd.DataFrame(
            {
                "pick": np.arange(1, len(self.rows) + 1),
                "segment_id": self.segment_ids,
                "cost": self.cost,
                "marginal_benefit": self.marginal_benefit,
                "cumulative_cost": np.cumsum(self.cost),
                "cumulative_benefit": np.cumsum(self.marginal_benefit),
            }
        )

    def summary(self) -> dict[str, Any]:
        """Parameters and totals for the scenario record."""
        return {
            "budget_rp": float(self.budget_rp),
            "picks": len(self.rows),
            "total_cost": float(self.total_cost),
            "total_benefit": float(self.total_benefit),
            "naive_picks": len(self.naive_rows),
            "naive_cost": float(self.naive_cost),
            "naive_benefit": float(self.naive_benefit),
            "gain_over_naive": float(self.gain_over_naive),
            "gain_over_naive_pct": float(self.gain_over_naive_pct),
            "segment_ids": [int(x) for x in self.segment_ids],
            "method": "greedy by exact marginal gain per rupiah over single segments and "
            "complementary pairs (lazy, with exact refreshes) + drop-and-refill local "
            "search; totals recomputed from scratch",
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
        }


# -- input checks --------------------------------------------------------------------
def as_problem(analysis_or_problem: Analysis | UpgradeProblem) -> UpgradeProblem:
    """The :class:`UpgradeProblem` of an analysis (or the problem itself)."""
    if isinstance(analysis_or_problem, UpgradeProblem):
        return analysis_or_problem
    return UpgradeProblem.from_analysis(analysis_or_problem)


def check_budget(problem: UpgradeProblem, budget_rp: float) -> None:
    """Raise a clear error for a budget that cannot buy anything."""
    if not np.isfinite(budget_rp) or budget_rp < 0:
        raise ScenarioError(f"the budget must be a positive amount in rupiah, got {budget_rp}")
    costs = problem.cost[problem.candidate]
    if len(costs) == 0:
        raise UsageError(
            "no segment can be upgraded in this analysis (no candidate segments)",
            fix="check the scenario's candidate filter (authorities, minimum length)",
        )
    cheapest = float(costs.min())
    if budget_rp < cheapest:
        raise ScenarioError(
            f"the budget Rp {budget_rp:,.0f} is below the cheapest upgrade (Rp {cheapest:,.0f})",
            fix=f"give a budget of at least Rp {cheapest:,.0f}",
        )


def choose_portfolio(
    analysis_or_problem: Analysis | UpgradeProblem,
    *,
    budget_rp: float,
    pairs: bool = True,
    max_trials: int = DEFAULT_MAX_TRIALS,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> Portfolio:
    """Choose the segments to upgrade within ``budget_rp`` for the largest joint benefit.

    Parameters
    ----------
    analysis_or_problem
        An :class:`~mataram_gis.analysis.Analysis` or an :class:`UpgradeProblem`.
    budget_rp
        Budget in rupiah.
    pairs
        Also consider complementary pairs of segments on one route as single moves.
    max_trials
        Drop-and-refill tries of the local search (0: none).
    progress, cancel
        Job callbacks (:mod:`mataram_gis.jobs`).

    Returns
    -------
    Portfolio
        Picks in order with exact marginal and total benefit, and the naive pick's.

    Raises
    ------
    ScenarioError
        Negative budget, or below the cheapest candidate upgrade.
    """
    problem = as_problem(analysis_or_problem)
    check_budget(problem, budget_rp)
    t: dict[str, float] = {}
    t0 = time.perf_counter()
    progress(0.0, "evaluating upgrades")
    state = UpgradeState(problem)
    moves = Moves(state, pairs=pairs)
    initial = moves.snapshot()  # gains on the empty network: the refill's starting table
    n_cand = len(moves.cand)
    single_gain = moves.gain[:n_cand] / MS_PER_HOUR
    t["moves_s"] = time.perf_counter() - t0
    progress(0.2, "greedy selection")
    order = greedy_fill(state, moves, budget_rp, cancel=cancel,
                         progress=lambda f, m: progress(0.2 + 0.5 * f, m))  # fmt: skip
    t["greedy_s"] = time.perf_counter() - t0 - t["moves_s"]
    naive = naive_pick(problem, single_gain * MS_PER_HOUR, budget_rp)
    naive_total = evaluate(problem, naive)
    if naive_total > state.total() / MS_PER_HOUR:
        state.reset(naive)
        order = [int(r) for r in naive] + greedy_fill(
            state, Moves(state, pairs=pairs), budget_rp, cancel=cancel
        )
    progress(0.7, "improving (swap out / refill)")
    t2 = time.perf_counter()
    order, accepted = improve(state, initial, order, budget_rp, max_trials=max_trials,
                               cancel=cancel)  # fmt: skip
    t["improve_s"] = time.perf_counter() - t2
    rows = np.array(order, np.int64)
    marginal = replay(problem, rows)
    total_benefit = evaluate(problem, rows)
    t["total_s"] = time.perf_counter() - t0
    progress(1.0, "portfolio done")
    return Portfolio(
        budget_rp=float(budget_rp),
        rows=rows,
        segment_ids=problem.segment_ids[rows],
        marginal_benefit=marginal,
        cost=problem.cost[rows],
        total_benefit=total_benefit,
        total_cost=float(problem.cost[rows].sum()),
        naive_rows=naive,
        naive_benefit=naive_total,
        naive_cost=float(problem.cost[naive].sum()),
        timings=t,
        stats={"moves": len(moves.rows), "swaps_accepted": accepted},
    )


def portfolio_layer(
    portfolio: Portfolio, problem: UpgradeProblem, segments: gpd.GeoDataFrame
) -> gpd.GeoDataFrame:
    """The ``portfolio`` layer: chosen segments with geometry, in pick order.

    ``segments`` is the ranking table the problem was built from (same row order).
    """
    table = portfolio.table()
    rows = portfolio.rows
    table.insert(2, "name", problem.names[rows].astype(str) if len(rows) else [])
    return gpd.GeoDataFrame(
        table[list(PORTFOLIO_COLUMNS)],
        geometry=segments.geometry.to_numpy()[rows],
        crs=segments.crs,
    )


def budget_curve(
    analysis_or_problem: Analysis | UpgradeProblem,
    *,
    budgets: list[float] | np.ndarray | None = None,
    n: int = 10,
    max_trials: int = 0,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> pd.DataFrame:
    """Exact benefit of the chosen portfolio at a sweep of budgets.

    Parameters
    ----------
    analysis_or_problem
        An analysis or an :class:`UpgradeProblem`.
    budgets
        Budgets in rupiah; by default ``n`` equal steps up to the cost of upgrading every
        candidate.
    n
        Number of default budget points.
    max_trials
        Local-search tries per budget (0: greedy with safeguards only).
    progress, cancel
        Job callbacks.

    Returns
    -------
    pandas.DataFrame
        ``budget_rp``, ``cost_rp``, ``segments``, ``benefit`` (exact), ``naive_benefit``,
        ``gain_over_naive_pct``, ``benefit_per_rp_billion``.
    """
    problem = as_problem(analysis_or_problem)
    if budgets is None:
        total = float(problem.cost[problem.candidate].sum())
        budgets = np.linspace(total / n, total, n)
    cheapest = float(problem.cost[problem.candidate].min()) if problem.candidate.any() else 0.0
    rows: list[dict[str, float]] = []
    for i, b in enumerate(np.sort(np.asarray(budgets, float))):
        progress(i / len(budgets), f"budget Rp {b:,.0f}")
        if b < cheapest:
            rows.append({"budget_rp": float(b), "cost_rp": 0.0, "segments": 0, "benefit": 0.0,
                         "naive_benefit": 0.0, "gain_over_naive_pct": 0.0})  # fmt: skip
            continue
        pf = choose_portfolio(problem, budget_rp=float(b), max_trials=max_trials,
                              cancel=cancel)  # fmt: skip
        if rows and rows[-1]["benefit"] > pf.total_benefit:
            # The search is a heuristic: a smaller budget's portfolio also fits this one,
            # so keep it where it is better (the curve never falls).
            rows.append(dict(rows[-1], budget_rp=float(b)))
            continue
        rows.append(
            {
                "budget_rp": float(b),
                "cost_rp": pf.total_cost,
                "segments": len(pf.rows),
                "benefit": pf.total_benefit,
                "naive_benefit": pf.naive_benefit,
                "gain_over_naive_pct": pf.gain_over_naive_pct,
            }
        )
    progress(1.0, "budget curve done")
    out = pd.DataFrame(rows)
    with np.errstate(divide="ignore", invalid="ignore"):
        out["benefit_per_rp_billion"] = np.where(
            out["cost_rp"] > 0, out["benefit"] / out["cost_rp"] * 1e9, np.nan
        )
    return out
