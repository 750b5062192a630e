"""The portfolio search of one Monte Carlo draw, on a speed stratum (exact values).

The portfolio's greedy (:mod:`mataram_gis.portfolio_greedy`) with the draw's costs and
weights: moves (singles and complementary pairs) by exact marginal gain per rupiah, each
re-checked exactly on the current upgraded state before it is taken (lazy evaluation), then
exact refreshes of every still-affordable single until none adds benefit; the naive pick as
a safeguard. Gains are per desil (:class:`mataram_gis.montecarlo.Stratum`), so one re-check
serves every draw of the stratum that reaches the same upgrade set.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from mataram_gis.engine import Demand
from mataram_gis.montecarlo import Stratum, restore

#: Exact refreshes of the affordable singles per draw, at most.
MAX_REFRESH = 5


def lean_portfolio(
    stratum: Stratum, cost: np.ndarray, equity: np.ndarray, trips: float, budget_rp: float,
    household_weight: np.ndarray,
) -> tuple[np.ndarray, float]:  # fmt: skip
    """Rows chosen within ``budget_rp`` and their exact benefit (weighted ms).

    ``equity`` is the weight per desil (4 values), ``cost`` the draw's cost per row and
    ``household_weight`` the draw's weight per household (for the exact refreshes). The
    stratum's state is left with the chosen rows applied (see :func:`restore`).
    """
    st = stratum.state
    prob = st.problem
    st.weight = trips * (stratum.node_weight @ equity)
    # Every group with producers: the fields of all of them stay exact whatever the draw's
    # equity weights (the cached per-desil gains serve other draws).
    st.groups = [int(g) for g in stratum.groups]
    cand = np.flatnonzero(prob.candidate)
    gains = trips * np.concatenate([equity @ stratum.singles, equity @ stratum.pair_gain])
    demand = dataclasses.replace(prob.demand, weight=household_weight)
    naive = _naive(cand, gains[: len(cand)], cost[cand], budget_rp)
    table = _Table(stratum, cand, cost, gains.copy(), equity * trips)
    table.naive = np.zeros(prob.n_segments, bool)
    table.naive[naive] = True
    _search(stratum, table, cand, cost, budget_rp, demand)
    rows, total = np.flatnonzero(st.chosen), st.total()
    # Safeguard, as in the full search: the naive pick (walk the singles by gain per rupiah),
    # then filled greedily, when it is worth more. Valued exactly from the greedy's last set
    # inside it (kept by the greedy), so only the rest of the naive pick is searched.
    if st.chosen[naive].all():  # the greedy's set holds the naive pick: worth at least as much
        return rows, total
    lean = (st.fields.copy(order="F"), st.chosen.copy())
    inside = table.inside if table.inside is not None else lean
    _set_state(stratum, inside[1], inside[0].copy(order="F"))
    stratum.defer([int(r) for r in naive if not st.chosen[r]])
    stratum.flush()
    if st.total() > total:
        table = _Table(stratum, cand, cost, gains.copy(), equity * trips)
        for r in naive:
            table.done[table.of_row.get(int(r), [])] = True
        _search(stratum, table, cand, cost, budget_rp, demand)
        return np.flatnonzero(st.chosen), st.total()
    _set_state(stratum, lean[1], lean[0])  # back to the greedy's set
    return rows, total


def _set_state(stratum: Stratum, chosen: np.ndarray, fields: np.ndarray) -> None:
    """The stratum's state with ``chosen`` upgraded and their (exact) ``fields``."""
    restore(stratum)
    st = stratum.state
    rows = np.flatnonzero(chosen)
    edges = st._edges(rows)
    st._set_times(edges, st.problem.edge_after_ms[edges])
    st.chosen[rows] = True
    st.fields = fields


def _naive(cand: np.ndarray, gain: np.ndarray, cost: np.ndarray, budget_rp: float) -> np.ndarray:
    """Candidates by single gain per rupiah (then gain, row), each taken when it fits."""
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(cost > 0, gain / cost, np.inf)
    left, out = float(budget_rp), []
    for k in np.lexsort((cand, -gain, -ratio)):
        if gain[k] > 0 and cost[k] <= left + 1e-6:
            out.append(int(cand[k]))
            left -= float(cost[k])
    return np.array(out, np.int64)


def _search(
    stratum: Stratum, table: _Table, cand: np.ndarray, cost: np.ndarray, budget_rp: float,
    demand: Demand,
) -> None:  # fmt: skip
    """Greedy, then exact refreshes of the affordable singles until none adds benefit."""
    st = stratum.state
    prob = st.problem
    for _ in range(MAX_REFRESH):
        table.greedy(stratum, float(budget_rp))
        stratum.flush()
        left = float(budget_rp) - float(cost[st.chosen].sum())
        fit = cand[~st.chosen[cand] & (cost[cand] <= left + 1e-6)]
        if len(fit) == 0:
            return
        res = prob.single_benefits(st.graph, demand, st.fields, fit)
        fresh = res.weighted_seconds[fit] * 1000.0
        if not (fresh > 0).any():
            return
        table.gain[np.searchsorted(cand, fit)] = fresh


class _Table:
    """Moves (singles then pairs), their latest gains, costs and which are spent."""

    def __init__(self, stratum: Stratum, cand: np.ndarray, cost: np.ndarray,
                 gain: np.ndarray, price: np.ndarray) -> None:  # fmt: skip
        self.price = price  # weight per desil of this draw
        pairs = stratum.pairs
        self.moves = stratum.moves
        self.gain = gain
        self.cost = np.concatenate([cost[cand], cost[pairs].sum(axis=1) if len(pairs)
                                    else np.zeros(0)])  # fmt: skip
        self.row_cost = cost
        self.done = np.zeros(len(self.moves), bool)
        self.of_row = stratum.of_row
        #: Rows of the naive pick, and the last state (fields, chosen) inside it.
        self.naive = np.zeros(len(cost), bool)
        self.inside: tuple[np.ndarray, np.ndarray] | None = None

    def greedy(self, stratum: Stratum, budget_rp: float) -> None:
        """Lazy greedy by gain per rupiah with exact re-checks (updates the state)."""
        st = stratum.state
        left = budget_rp - float(self.row_cost[st.chosen].sum())
        key = int(np.bitwise_xor.reduce(stratum.zobrist[st.chosen])) if st.chosen.any() else 0
        with np.errstate(divide="ignore", invalid="ignore"):
            score_all = np.where(self.cost > 0, self.gain / self.cost, np.inf)
        while True:
            ok = ~self.done & (self.gain > 0) & (self.cost <= left + 1e-6)
            if not ok.any():
                return
            idx = np.flatnonzero(ok)
            m = int(idx[np.argmax(score_all[idx])])
            rows = [int(r) for r in self.moves[m] if not st.chosen[r]]
            per_desil = stratum.cache.get((key, m))
            searched = per_desil is None
            if searched:
                per_desil = stratum.desil_gain(rows, (key, m))
                stratum.cache[(key, m)] = per_desil
            fresh = float(self.price @ per_desil)
            if fresh < self.gain[m] * (1 - 1e-12):
                self.gain[m] = fresh
                score_all[m] = fresh / self.cost[m] if self.cost[m] > 0 else np.inf
                continue
            if self.inside is None and not self.naive[rows].all():
                stratum.flush()  # leaving the naive pick: keep the last state inside it
                self.inside = (st.fields.copy(order="F"), st.chosen.copy())
            if searched:
                stratum.apply_last(rows)
            elif not stratum.apply_kept(rows, (key, m)):
                stratum.defer(rows)
            for r in rows:
                key ^= int(stratum.zobrist[r])
                self.done[self.of_row.get(r, [])] = True
            left -= float(self.row_cost[rows].sum())
