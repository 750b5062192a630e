"""Portfolio under a budget: the set of upgrades whose JOINT effect saves the most.

Upgrades interact: a detour needs all its links upgraded before it becomes the faster
route (complements), and two parallel roads compete for the same households (substitutes).
So sets are chosen and valued as sets, exactly.

Method (docs/PORTFOLIO.md)
--------------------------
1. Moves: every candidate segment alone, and every pair of consecutive candidate segments
   that is worth more together than apart (a detour that pays only once both links are
   good; :func:`mataram_gis.upgrades.complementary_pairs`).
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

import copy
import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd

from mataram_gis.errors import ScenarioError, UsageError
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem, evaluate
from mataram_gis.upgrades import UpgradeState, complementary_pairs

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis

logger = logging.getLogger(__name__)

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


# -- the search ----------------------------------------------------------------------
def _fits(cost: np.ndarray, left: float) -> np.ndarray:
    return cost <= left + max(1e-6, abs(left) * 1e-12)


def naive_pick(problem: UpgradeProblem, single_gain: np.ndarray, budget_rp: float) -> np.ndarray:
    """Walk candidates by single benefit per cost (then benefit, row); take each that fits."""
    cand = np.flatnonzero(problem.candidate)
    gain, cost = single_gain, problem.cost[cand]
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(cost > 0, gain / cost, np.inf)
    order = np.lexsort((cand, -gain, -ratio))
    taken, left = [], float(budget_rp)
    for k in order:
        if gain[k] > 0 and _fits(cost[k], left):
            taken.append(cand[k])
            left -= cost[k]
    return np.array(taken, np.int64)


class _Moves:
    """Candidate moves (singles, then complementary pairs) with their latest exact gains."""

    def __init__(self, state: UpgradeState, *, pairs: bool) -> None:
        self.state = state
        self.use_pairs = pairs
        self.cand = np.flatnonzero(state.problem.candidate)
        self.refresh()

    def refresh(self) -> None:
        """Exact gains of every move on the current state."""
        st = self.state
        cost = st.problem.cost
        singles = self.cand[~st.chosen[self.cand]]
        pairs = (
            complementary_pairs(st, st.problem.candidate)
            if self.use_pairs
            else np.zeros((0, 2), np.int64)
        )
        single_gain = st.single_gains(singles) if len(singles) else np.zeros(0)
        pair_gain = np.array([st.gain(pair) for pair in pairs], float)
        self.rows = list(singles.reshape(-1, 1)) + list(pairs)
        self.gain = np.concatenate([single_gain, pair_gain])
        self.cost = np.concatenate([cost[singles], cost[pairs].sum(axis=1)])
        self.taken = np.zeros(len(self.rows), bool)
        # Which moves hold each segment (to retire them once it is chosen).
        self.by_segment: dict[int, list[int]] = {int(r): [m] for m, r in enumerate(singles)}
        for k, pair in enumerate(pairs):
            for x in pair:
                self.by_segment.setdefault(int(x), []).append(len(singles) + k)

    def snapshot(self) -> _Moves:
        """A copy of the table (moves and gains) that later picks do not change."""
        out = copy.copy(self)
        out.gain, out.taken = self.gain.copy(), self.taken.copy()
        return out

    def best(self, left: float) -> int | None:
        """Index of the affordable move with the best latest gain per rupiah."""
        ok = ~self.taken & (self.gain > 0) & _fits(self.cost, left)
        if not ok.any():
            return None
        with np.errstate(divide="ignore", invalid="ignore"):
            score = np.where(self.cost > 0, self.gain / self.cost, np.inf)
        idx = np.flatnonzero(ok)
        return int(idx[np.argmax(score[idx])])

    def mark_taken(self, rows: np.ndarray) -> None:
        """Moves that share a segment with ``rows`` are spent."""
        for r in rows:
            self.taken[self.by_segment.get(int(r), [])] = True


#: Exact refresh of the whole gain table after this many picks (and always before
#: stopping). Between refreshes each pick is still checked exactly (lazy evaluation).
REFRESH_EVERY = 24


def _greedy_fill(
    state: UpgradeState, moves: _Moves, budget_rp: float, *,
    banned: set[int] = frozenset(), cancel: CancelCheck | None = None,
    progress: Progress = no_progress,
) -> list[int]:  # fmt: skip
    """Add the best affordable move by exact gain per rupiah until nothing fits or helps."""
    cost = state.problem.cost
    order: list[int] = []
    since = 0
    while True:
        check_cancel(cancel)
        left = budget_rp - float(cost[state.chosen].sum())
        m = moves.best(left)
        if m is None or banned.intersection(int(x) for x in moves.rows[m]):
            if m is not None:
                moves.taken[m] = True
                continue
            if since == 0:
                return order
            moves.refresh()
            since = 0
            continue
        fresh = state.gain(moves.rows[m])
        stale = moves.gain[m]
        moves.gain[m] = fresh
        if fresh < stale and moves.best(left) != m:  # it got worse and is no longer best
            continue
        if fresh <= 0:
            continue
        rows = [int(r) for r in moves.rows[m] if not state.chosen[r]]
        state.apply(rows)
        moves.mark_taken(np.array(rows))
        order.extend(rows)
        since += 1
        progress(min(1.0, float(cost[state.chosen].sum()) / budget_rp) if budget_rp else 1.0,
                 "choosing")  # fmt: skip
        if since >= REFRESH_EVERY:
            moves.refresh()
            since = 0


def _improve(
    state: UpgradeState, moves: _Moves, order: list[int], budget_rp: float, *,
    max_trials: int, cancel: CancelCheck | None,
) -> tuple[list[int], int]:  # fmt: skip
    """Drop one weak pick and refill from the freed budget (exact); keep improvements.

    The weakest picks (by exact marginal gain per rupiah) are tried first. The refill uses
    the gain table of the last refresh, each candidate re-checked exactly before it is
    taken, so every accepted total is exact.
    """
    best_total, best_order = state.total(), list(order)
    marginal = replay(state.problem, best_order)
    cost = state.problem.cost[np.asarray(best_order, np.int64)] if best_order else np.zeros(0)
    with np.errstate(divide="ignore", invalid="ignore"):
        weakest = np.argsort(np.where(cost > 0, marginal / cost, np.inf))
    tries = [best_order[i] for i in weakest[:max_trials]]
    accepted = 0
    spare = (moves.gain.copy(), moves.taken.copy())
    for r in tries:
        check_cancel(cancel)
        if r not in best_order:
            continue
        keep = [x for x in best_order if x != r]
        state.reset(keep)
        moves.gain[:], moves.taken[:] = spare[0], spare[1]
        for x in keep:
            moves.taken[moves.by_segment.get(int(x), [])] = True
        added = _fill_lazily(state, moves, budget_rp, banned=r, cancel=cancel)
        total = state.total()
        if total > best_total * (1 + 1e-12) + 1e-9:
            best_total, best_order = total, keep + added
            accepted += 1
    state.reset(best_order)
    return best_order, accepted


def _fill_lazily(
    state: UpgradeState, moves: _Moves, budget_rp: float, *, banned: int,
    cancel: CancelCheck | None,
) -> list[int]:  # fmt: skip
    """Greedy refill without refreshes (lazy exact checks only), never taking ``banned``."""
    moves.taken[moves.by_segment.get(int(banned), [])] = True
    cost = state.problem.cost
    added: list[int] = []
    while True:
        check_cancel(cancel)
        left = budget_rp - float(cost[state.chosen].sum())
        m = moves.best(left)
        if m is None:
            return added
        fresh = state.gain(moves.rows[m])
        stale, moves.gain[m] = moves.gain[m], fresh
        if fresh <= 0 or (fresh < stale and moves.best(left) != m):
            continue
        rows = [int(x) for x in moves.rows[m] if not state.chosen[x]]
        state.apply(rows)
        moves.mark_taken(np.array(rows))
        added.extend(rows)


def replay(problem: UpgradeProblem, rows: list[int] | np.ndarray) -> np.ndarray:
    """Exact marginal benefit (hours) of each row applied in the given order."""
    state = UpgradeState(problem)
    return np.array([state.apply([int(r)]) / MS_PER_HOUR for r in rows], float)


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
        Also consider complementary pairs of consecutive segments as single moves.
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
    moves = _Moves(state, pairs=pairs)
    initial = moves.snapshot()  # gains on the empty network: the refill's starting table
    n_cand = len(moves.cand)
    single_gain = moves.gain[:n_cand] / MS_PER_HOUR
    t["moves_s"] = time.perf_counter() - t0
    progress(0.2, "greedy selection")
    order = _greedy_fill(state, moves, budget_rp, cancel=cancel,
                         progress=lambda f, m: progress(0.2 + 0.5 * f, m))  # fmt: skip
    t["greedy_s"] = time.perf_counter() - t0 - t["moves_s"]
    naive = naive_pick(problem, single_gain * MS_PER_HOUR, budget_rp)
    naive_total = evaluate(problem, naive)
    if naive_total > state.total() / MS_PER_HOUR:
        state.reset(naive)
        order = [int(r) for r in naive] + _greedy_fill(
            state, _Moves(state, pairs=pairs), budget_rp, cancel=cancel
        )
    progress(0.7, "improving (swap out / refill)")
    t2 = time.perf_counter()
    order, accepted = _improve(state, initial, order, budget_rp, max_trials=max_trials,
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
