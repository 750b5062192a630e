"""Portfolio by ruas or by stretch: whole road sections (or stretches of them) as the unit.

Dinas PUPR programmes works per *ruas* (the SK road section) and locates them by STA, not
per junction-to-junction segment. This module lets the exact portfolio pick such units:

- ``segmen``: single segments (and complementary pairs), :func:`~mataram_gis.portfolio.
  choose_portfolio` itself;
- ``ruas``: one item per ruas, all its candidate segments treated together;
- ``penggal``: one item per stretch, a run of consecutive candidate segments of one ruas in
  STA order (a non-candidate segment ends the run).

An item's cost is the sum of its segments' costs; its gain is the exact joint gain of
upgrading all its segments together on the current upgraded state
(:class:`~mataram_gis.upgrades.UpgradeState`), so complements inside a ruas count.

Method: greedy by exact marginal gain per rupiah over the items (lazy: the best item is
re-evaluated exactly before it is taken; the whole table is refreshed exactly before
stopping, so gains that grew after a pick are not missed); the naive pick (items by their
stand-alone benefit per cost) as a safeguard; then drop-one-and-refill on the weakest picks.
Reported totals are recomputed from scratch (:func:`mataram_gis.problem.evaluate`).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from mataram_gis.errors import ScenarioError, UsageError
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.portfolio import DEFAULT_MAX_TRIALS, Portfolio, choose_portfolio, replay
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem, evaluate
from mataram_gis.set_gains import set_gains
from mataram_gis.upgrades import UpgradeState

logger = logging.getLogger(__name__)

#: Units of decision of the portfolio (CLI ``--unit``).
UNITS: tuple[str, ...] = ("segmen", "ruas", "penggal")


@dataclass
class UnitPortfolio(Portfolio):
    """A :class:`~mataram_gis.portfolio.Portfolio` chosen by whole items.

    Attributes
    ----------
    unit
        ``ruas`` or ``penggal``.
    items
        Rows (problem rows) of each picked item, in pick order; ``rows`` is their
        concatenation.
    """

    unit: str = "ruas"
    items: list[np.ndarray] = field(default_factory=list)


def ruas_labels(segments: pd.DataFrame) -> np.ndarray:
    """The ruas of each row: ``nomor_ruas`` where given, else the street name, else the id."""
    from mataram_gis.programme_eval import ruas_key

    s = segments.reset_index(drop=True)
    if "name" not in s:
        s = s.assign(name="")
    if "segment_id" not in s:
        s = s.assign(segment_id=np.arange(len(s)))
    return ruas_key(s)


def sta_of(segments: pd.DataFrame) -> np.ndarray:
    """``sta_from_m`` of each row (0 where unknown)."""
    if "sta_from_m" not in segments:
        return np.zeros(len(segments))
    sta = pd.to_numeric(segments["sta_from_m"], errors="coerce").to_numpy(float)
    return np.where(np.isfinite(sta), sta, 0.0)


def unit_items(
    problem: UpgradeProblem, *, unit: str, ruas: np.ndarray, sta: np.ndarray
) -> list[np.ndarray]:
    """Candidate rows of each item (non-empty), ordered by ruas then STA.

    Parameters
    ----------
    problem
        The upgrade problem (its ``candidate`` rows are the ones that may be treated).
    unit
        ``ruas`` (all candidates of a ruas) or ``penggal`` (runs of consecutive candidates).
    ruas, sta
        Ruas label and STA (m) of each row.
    """
    if unit not in ("ruas", "penggal"):
        raise UsageError(f"unknown portfolio unit {unit!r}", fix=f"use one of {', '.join(UNITS)}")
    codes, _ = pd.factorize(pd.Series(np.asarray(ruas, object)).astype(str), sort=True)
    order = np.lexsort((problem.segment_ids, np.asarray(sta, float), codes))
    cand = problem.candidate[order]
    items: list[np.ndarray] = []
    start = 0
    for i in range(1, len(order) + 1):
        end_ruas = i == len(order) or codes[order[i]] != codes[order[start]]
        if not end_ruas and (unit == "ruas" or cand[i] == cand[start]):
            continue
        run = order[start:i][cand[start:i]]
        if len(run):
            items.append(np.sort(run))
        start = i
    return items


def _fits(cost: np.ndarray, left: float) -> np.ndarray:
    return cost <= left + max(1e-6, abs(left) * 1e-12)


def _best(gain: np.ndarray, cost: np.ndarray, ok: np.ndarray) -> int | None:
    if not ok.any():
        return None
    with np.errstate(divide="ignore", invalid="ignore"):
        score = np.where(cost > 0, gain / cost, np.inf)
    idx = np.flatnonzero(ok)
    return int(idx[np.argmax(score[idx])])


def _greedy(
    state: UpgradeState, items: list[np.ndarray], cost: np.ndarray, gain: np.ndarray,
    taken: np.ndarray, budget_rp: float, *, cancel: CancelCheck | None,
) -> list[int]:  # fmt: skip
    """Take items by exact marginal gain per rupiah until nothing affordable gains."""
    order: list[int] = []
    fresh_table = False
    while True:
        check_cancel(cancel)
        left = budget_rp - float(cost[taken].sum())
        ok = ~taken & (gain > 0) & _fits(cost, left)
        i = _best(gain, cost, ok)
        if i is None:
            if fresh_table:
                return order
            todo = np.flatnonzero(~taken & _fits(cost, left))
            gain[todo] = [state.gain(items[k]) for k in todo]
            fresh_table = True
            continue
        stale, gain[i] = gain[i], state.gain(items[i])
        if gain[i] <= 0 or (gain[i] < stale and _best(gain, cost, ok) != i):
            continue
        state.apply(items[i])
        taken[i] = True
        order.append(i)
        fresh_table = False


def _naive(single: np.ndarray, cost: np.ndarray, budget_rp: float) -> list[int]:
    """Items by stand-alone benefit per cost (then benefit, index), each taken if it fits."""
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(cost > 0, single / cost, np.inf)
    left, out = float(budget_rp), []
    for k in np.lexsort((np.arange(len(cost)), -single, -ratio)):
        if single[k] > 0 and _fits(cost[k : k + 1], left)[0]:
            out.append(int(k))
            left -= cost[k]
    return out


def _rows(items: list[np.ndarray], picks: list[int]) -> np.ndarray:
    return np.concatenate([items[k] for k in picks]) if picks else np.zeros(0, np.int64)


def choose_by_unit(
    problem: UpgradeProblem,
    *,
    budget_rp: float,
    unit: str = "segmen",
    ruas: np.ndarray | None = None,
    sta: np.ndarray | None = None,
    pairs: bool = True,
    max_trials: int = DEFAULT_MAX_TRIALS,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> Portfolio:
    """The portfolio within ``budget_rp`` picking whole ``unit`` items (see the module doc).

    Parameters
    ----------
    problem
        The upgrade problem.
    budget_rp
        Budget in rupiah.
    unit
        ``segmen`` (the segment portfolio), ``ruas`` or ``penggal``.
    ruas, sta
        Ruas label and STA of each row (:func:`ruas_labels`, :func:`sta_of`); needed for
        ``ruas`` and ``penggal``.
    pairs
        ``segmen`` only: also try complementary pairs.
    max_trials
        Drop-and-refill tries of the local search (0: none).
    progress, cancel
        Job callbacks.

    Raises
    ------
    ScenarioError
        A negative budget, or one below the cheapest item.
    """
    if unit == "segmen":
        return choose_portfolio(
            problem, budget_rp=budget_rp, pairs=pairs, max_trials=max_trials,
            progress=progress, cancel=cancel,
        )  # fmt: skip
    if ruas is None or sta is None:
        raise UsageError(f"the {unit} portfolio needs the ruas and STA of every segment")
    t0 = time.perf_counter()
    items = unit_items(problem, unit=unit, ruas=ruas, sta=sta)
    cost = np.array([float(problem.cost[rows].sum()) for rows in items])
    _check(cost, budget_rp, unit)
    progress(0.05, f"evaluating {len(items)} {unit}")
    single = set_gains(problem, items)[0] if items else np.zeros(0)
    state = UpgradeState(problem)
    taken = np.zeros(len(items), bool)
    progress(0.3, "greedy selection")
    picks = _greedy(state, items, cost, single.copy(), taken, budget_rp, cancel=cancel)
    naive = _naive(single, cost, budget_rp)
    naive_total = evaluate(problem, _rows(items, naive))
    if naive_total > state.total() / MS_PER_HOUR:
        state.reset(_rows(items, naive))
        taken[:] = False
        taken[naive] = True
        picks = naive + _greedy(state, items, cost, single.copy(), taken, budget_rp,
                                cancel=cancel)  # fmt: skip
    progress(0.7, "improving (swap out / refill)")
    picks, accepted = _improve(state, items, cost, single, picks, budget_rp,
                               max_trials=max_trials, cancel=cancel)  # fmt: skip
    rows = _rows(items, picks)
    progress(1.0, "portfolio done")
    naive_rows = _rows(items, naive)
    return UnitPortfolio(
        budget_rp=float(budget_rp), rows=rows, segment_ids=problem.segment_ids[rows],
        marginal_benefit=replay(problem, rows), cost=problem.cost[rows],
        total_benefit=evaluate(problem, rows), total_cost=float(problem.cost[rows].sum()),
        naive_rows=naive_rows, naive_benefit=naive_total,
        naive_cost=float(problem.cost[naive_rows].sum()),
        timings={"total_s": time.perf_counter() - t0},
        stats={"items": len(items), "swaps_accepted": accepted},
        unit=unit, items=[items[k] for k in picks],
    )  # fmt: skip


def _check(cost: np.ndarray, budget_rp: float, unit: str) -> None:
    if not np.isfinite(budget_rp) or budget_rp < 0:
        raise ScenarioError(f"the budget must be a positive amount in rupiah, got {budget_rp}")
    if len(cost) == 0:
        raise UsageError(
            "no segment can be upgraded in this analysis (no candidate segments)",
            fix="check the scenario's candidate filter (authorities, minimum length)",
        )
    if budget_rp < cost.min():
        raise ScenarioError(
            f"the budget Rp {budget_rp:,.0f} is below the cheapest {unit} (Rp {cost.min():,.0f})",
            fix=f"give a budget of at least Rp {cost.min():,.0f}, or choose by segmen",
        )


def _improve(
    state: UpgradeState, items: list[np.ndarray], cost: np.ndarray, single: np.ndarray,
    picks: list[int], budget_rp: float, *, max_trials: int, cancel: CancelCheck | None,
) -> tuple[list[int], int]:  # fmt: skip
    """Drop one of the weakest picks, refill greedily without it; keep exact improvements."""
    best_total, best = state.total(), list(picks)
    state.reset()
    marginal = [state.apply(items[k]) for k in best]  # exact, in pick order
    with np.errstate(divide="ignore", invalid="ignore"):
        weak = np.argsort(np.where(cost[best] > 0, np.asarray(marginal) / cost[best], np.inf))
    accepted = 0
    for k in [best[i] for i in weak[:max_trials]]:
        check_cancel(cancel)
        if k not in best:
            continue
        keep = [x for x in best if x != k]
        state.reset(_rows(items, keep))
        taken = np.zeros(len(items), bool)
        taken[keep] = True
        taken[k] = True  # banned in this refill
        added = _greedy(state, items, cost, single.copy(), taken, budget_rp, cancel=cancel)
        total = state.total()
        if total > best_total * (1 + 1e-12) + 1e-9:
            best_total, best = total, keep + added
            accepted += 1
    state.reset(_rows(items, best))
    return best, accepted


def search_portfolio(
    problem: UpgradeProblem, *, budget_rp: float, search: dict[str, Any] | None = None,
    cancel: CancelCheck | None = None,
) -> Portfolio:  # fmt: skip
    """:func:`choose_by_unit` with the options of a programme's ``search`` dict.

    ``search`` holds ``pairs``, ``max_trials``, ``unit`` and, for ``ruas``/``penggal``,
    ``ruas`` and ``sta`` (one value per row).
    """
    return choose_by_unit(problem, budget_rp=budget_rp, cancel=cancel, **(search or {}))
