"""Portfolio under a budget: the set of upgrades whose JOINT effect saves the most.

Upgrades interact: a detour needs all its links upgraded before it becomes the faster
route (complements), and two parallel roads compete for the same households (substitutes).
So sets are chosen and valued as sets, exactly.

Method (docs/PORTFOLIO.md)
--------------------------
1. Moves: every candidate segment alone, every pair of candidates sharing a node, and
   every corridor (:mod:`mataram_gis.corridors`) with two or more candidate segments.
2. Exact greedy: repeatedly take the affordable move with the highest exact marginal gain
   per rupiah on the current upgraded state. Marginal gains are kept exact after every
   pick by re-searching only the moves whose search region the pick changed
   (:mod:`mataram_gis.moves_state`); gains may grow (complements) and are never assumed
   to shrink, unlike lazy greedy.
3. Safeguards: the result is compared with the naive pick (walk the single-segment ranking
   by benefit per cost, taking each that fits) and with the best single affordable move
   plus greedy fill; the best start is kept, so the portfolio is never worse than naive.
4. Local improvement: drop one chosen segment, refill greedily without it; keep the change
   when the exact total rises; repeat until no drop helps (or ``max_trials`` tries).
5. The reported totals (portfolio and naive) are recomputed with SciPy Dijkstra on the
   network with all chosen upgrades applied (:func:`mataram_gis.problem.evaluate`).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import geopandas as gpd
import numpy as np
import pandas as pd

from mataram_gis.corridors import corridor_labels, corridor_members
from mataram_gis.errors import ScenarioError, UsageError
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.moves_state import MoveSet, SearchState
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem, evaluate

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis

logger = logging.getLogger(__name__)

#: Columns of the ``portfolio`` layer, in order (plus geometry).
PORTFOLIO_COLUMNS: tuple[str, ...] = (
    "pick", "segment_id", "name", "cost", "marginal_benefit", "cumulative_cost",
    "cumulative_benefit",
)  # fmt: skip
#: Corridors with more candidate segments than this are not used as a single move.
MAX_CORRIDOR_MOVE = 8
#: Local-improvement tries by default: every chosen segment up to this many picks.
DEFAULT_MAX_TRIALS = 12


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
            "method": "exact greedy over single/pair/corridor moves + drop-and-refill "
            "local search; totals recomputed with SciPy Dijkstra",
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
        }


# -- moves ---------------------------------------------------------------------------
def build_moves(problem: UpgradeProblem, *, pairs: bool = True, corridors: bool = True) -> MoveSet:
    """Singles (first, in candidate row order), adjacent pairs, corridors of 2-8 candidates."""
    cand = np.flatnonzero(problem.candidate)
    parts = [MoveSet.from_lists([np.array([r]) for r in cand], kind="single")]
    if pairs and len(cand) > 1:
        ends = np.concatenate([problem.seg_u[cand], problem.seg_v[cand]])
        segs = np.concatenate([cand, cand])
        order = np.lexsort((segs, ends))
        ends, segs = ends[order], segs[order]
        cuts = np.flatnonzero(np.diff(ends)) + 1
        seen: set[tuple[int, int]] = set()
        lists = []
        for grp in np.split(segs, cuts):
            grp = np.unique(grp)
            for i in range(len(grp)):
                for j in range(i + 1, len(grp)):
                    key = (int(grp[i]), int(grp[j]))
                    if key not in seen:
                        seen.add(key)
                        lists.append(np.array(key))
        parts.append(MoveSet.from_lists(lists, kind="pair"))
    if corridors:
        labels = corridor_labels(
            problem.seg_u, problem.seg_v, problem.names, n_nodes=problem.n_nodes
        )
        lists = [r[problem.candidate[r]] for r in corridor_members(labels)]
        keep = [x for x in lists if 2 <= len(x) <= MAX_CORRIDOR_MOVE]
        parts.append(MoveSet.from_lists(keep, kind="corridor"))
    return MoveSet.concat(parts)


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


def _greedy_fill(
    state: SearchState, budget_rp: float, *, banned: np.ndarray | None = None,
    cancel: CancelCheck | None = None, progress: Progress = no_progress,
) -> list[int]:  # fmt: skip
    """Add the best affordable move by exact gain per rupiah until nothing fits or helps."""
    moves, cost = state.moves, state.problem.cost
    assert moves is not None
    order: list[int] = []
    while True:
        check_cancel(cancel)
        spent = float(cost[state.chosen].sum())
        left = budget_rp - spent
        rc = moves.remaining_cost(cost, state.chosen)
        ok = (state.gains > 0) & _fits(rc, left)
        if banned is not None:
            ok &= ~banned
        if not ok.any():
            return order
        with np.errstate(divide="ignore", invalid="ignore"):
            score = np.where(rc > 0, state.gains / rc, np.inf)
        m = int(np.flatnonzero(ok)[np.argmax(score[ok])])
        rows = [int(r) for r in moves.members(m) if not state.chosen[r]]
        state.add(rows)
        order.extend(rows)
        progress(min(1.0, (spent + rc[m]) / budget_rp) if budget_rp else 1.0, "choosing")


def _start_from(state: SearchState, rows: np.ndarray, budget_rp: float) -> list[int]:
    chosen = np.zeros(state.problem.n_segments, bool)
    chosen[rows] = True
    state.reset_to(chosen)
    return [int(r) for r in rows] + _greedy_fill(state, budget_rp)


def _improve(
    state: SearchState, order: list[int], budget_rp: float, *, max_trials: int | None,
    cancel: CancelCheck | None,
) -> tuple[list[int], int]:  # fmt: skip
    """Drop-one-and-refill local search (exact); returns the new order and accepted moves."""
    moves = state.moves
    assert moves is not None
    best_total, best_order = state.total(), list(order)
    best_chosen, best_fields = state.chosen.copy(), state.fields.copy()
    tried: set[int] = set()
    trials = accepted = 0
    limit = len(order) if max_trials is None else max_trials
    while trials < limit:
        todo = [r for r in best_order if r not in tried]
        if not todo:
            break
        r = todo[-1] if accepted == 0 and trials == 0 else todo[0]
        tried.add(r)
        trials += 1
        check_cancel(cancel)
        chosen = best_chosen.copy()
        chosen[r] = False
        state.reset_to(chosen)
        banned = np.zeros(len(moves), bool)
        banned[
            np.unique(np.searchsorted(moves.indptr, np.flatnonzero(moves.segs == r), "right") - 1)
        ] = True
        added = _greedy_fill(state, budget_rp, banned=banned, cancel=cancel)
        total = state.total()
        if total > best_total * (1 + 1e-12) + 1e-9:
            logger.debug("swap out %d in %s: %.3f -> %.3f", r, added, best_total, total)
            best_total = total
            best_order = [x for x in best_order if x != r] + added
            best_chosen, best_fields = state.chosen.copy(), state.fields.copy()
            accepted += 1
            tried = set()
        else:
            state.reset_to(best_chosen, best_fields)
    return best_order, accepted


def replay(problem: UpgradeProblem, rows: list[int] | np.ndarray) -> np.ndarray:
    """Exact marginal benefit (hours) of each row applied in the given order."""
    state = SearchState(problem)
    return state.add(np.asarray(rows, np.int64)) / MS_PER_HOUR if len(rows) else np.zeros(0)


def choose_portfolio(
    analysis_or_problem: Analysis | UpgradeProblem,
    *,
    budget_rp: float,
    pairs: bool = True,
    corridors: bool = True,
    max_trials: int | None = DEFAULT_MAX_TRIALS,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
    _state: SearchState | None = None,
) -> Portfolio:
    """Choose the segments to upgrade within ``budget_rp`` for the largest joint benefit.

    Parameters
    ----------
    analysis_or_problem
        An :class:`~mataram_gis.analysis.Analysis` or an :class:`UpgradeProblem`.
    budget_rp
        Budget in rupiah.
    pairs, corridors
        Consider adjacent pairs and whole corridors as single moves (finds complements).
    max_trials
        Drop-and-refill tries of the local search (``None``: until no drop helps).
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
    progress(0.0, "evaluating upgrade moves")
    state = _state
    if state is None:
        state = SearchState(problem)
        state.track(build_moves(problem, pairs=pairs, corridors=corridors), cancel=cancel)
    else:
        state.reset_to(np.zeros(problem.n_segments, bool), problem.base_fields)
    assert state.moves is not None
    n_cand = int(problem.candidate.sum())
    single_gain = state.gains[:n_cand].copy()
    best_move = _best_single_move(state, budget_rp)
    t["moves_s"] = time.perf_counter() - t0
    progress(0.3, "greedy selection")
    order = _greedy_fill(state, budget_rp, cancel=cancel,
                         progress=lambda f, m: progress(0.3 + 0.3 * f, m))  # fmt: skip
    total = state.total()
    t["greedy_s"] = time.perf_counter() - t0 - t["moves_s"]
    naive = naive_pick(problem, single_gain, budget_rp)
    naive_total = evaluate(problem, naive)
    if naive_total > total:
        order, total = _start_from(state, naive, budget_rp), state.total()
    if best_move is not None and best_move[1] > total:
        saved = (state.chosen.copy(), state.fields.copy(), order)
        alt = _start_from(state, state.moves.members(best_move[0]), budget_rp)
        if state.total() > total:
            order, total = alt, state.total()
        else:
            state.reset_to(saved[0], saved[1])
            order = saved[2]
    progress(0.6, "improving (swap out / refill)")
    t2 = time.perf_counter()
    order, accepted = _improve(state, order, budget_rp, max_trials=max_trials, cancel=cancel)
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
        stats={"moves": len(state.moves), "swaps_accepted": accepted},
    )


def _best_single_move(state: SearchState, budget_rp: float) -> tuple[int, float] | None:
    """The affordable move with the largest exact gain (hours) from the current state."""
    assert state.moves is not None
    rc = state.moves.remaining_cost(state.problem.cost, state.chosen)
    ok = _fits(rc, budget_rp) & (state.gains > 0)
    if not ok.any():
        return None
    m = int(np.flatnonzero(ok)[np.argmax(state.gains[ok])])
    return m, float(state.gains[m]) / MS_PER_HOUR


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
    max_trials: int | None = 0,
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
    state = SearchState(problem)
    state.track(build_moves(problem), cancel=cancel)
    cheapest = float(problem.cost[problem.candidate].min()) if problem.candidate.any() else 0.0
    rows = []
    for i, b in enumerate(budgets):
        progress(i / len(budgets), f"budget Rp {b:,.0f}")
        if b < cheapest:
            rows.append({"budget_rp": float(b), "cost_rp": 0.0, "segments": 0, "benefit": 0.0,
                         "naive_benefit": 0.0, "gain_over_naive_pct": 0.0})  # fmt: skip
            continue
        pf = choose_portfolio(problem, budget_rp=float(b), max_trials=max_trials,
                              cancel=cancel, _state=state)  # fmt: skip
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
