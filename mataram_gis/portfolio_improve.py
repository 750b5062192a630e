"""The portfolio's local improvement: drop a weak pick, refill greedily, keep gains (exact)."""

from __future__ import annotations

import numpy as np

from mataram_gis.jobs import CancelCheck, check_cancel
from mataram_gis.portfolio_greedy import Moves, replay
from mataram_gis.upgrades import UpgradeState


def improve(
    state: UpgradeState, moves: Moves, order: list[int], budget_rp: float, *,
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
        added = fill_lazily(state, moves, budget_rp, banned=r, cancel=cancel)
        total = state.total()
        if total > best_total * (1 + 1e-12) + 1e-9:
            best_total, best_order = total, keep + added
            accepted += 1
    state.reset(best_order)
    return best_order, accepted


def fill_lazily(
    state: UpgradeState, moves: Moves, budget_rp: float, *, banned: int,
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
