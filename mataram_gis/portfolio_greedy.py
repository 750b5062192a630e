"""The portfolio's greedy core: candidate moves, their exact gains, and the greedy fill.

Moves are every candidate segment alone and every complementary pair of segments on one
route (:func:`mataram_gis.upgrades.complementary_pairs`). The greedy takes the affordable
move with the best exact marginal gain per rupiah on the current upgraded state
(:class:`mataram_gis.upgrades.UpgradeState`), re-checking the best move exactly before it is
taken (lazy evaluation) and refreshing the whole table every :data:`REFRESH_EVERY` picks and
before stopping. See :mod:`mataram_gis.portfolio` for the whole method.
"""

from __future__ import annotations

import copy

import numpy as np

from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem
from mataram_gis.upgrades import UpgradeState, complementary_pairs


def fits(cost: np.ndarray, left: float) -> np.ndarray:
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
        if gain[k] > 0 and fits(cost[k], left):
            taken.append(cand[k])
            left -= cost[k]
    return np.array(taken, np.int64)


class Moves:
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

    def snapshot(self) -> Moves:
        """A copy of the table (moves and gains) that later picks do not change."""
        out = copy.copy(self)
        out.gain, out.taken = self.gain.copy(), self.taken.copy()
        return out

    def best(self, left: float) -> int | None:
        """Index of the affordable move with the best latest gain per rupiah."""
        ok = ~self.taken & (self.gain > 0) & fits(self.cost, left)
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


def greedy_fill(
    state: UpgradeState, moves: Moves, budget_rp: float, *,
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


def replay(problem: UpgradeProblem, rows: list[int] | np.ndarray) -> np.ndarray:
    """Exact marginal benefit (hours) of each row applied in the given order."""
    state = UpgradeState(problem)
    return np.array([state.apply([int(r)]) / MS_PER_HOUR for r in rows], float)
