"""Monte Carlo draws of the uncertain parameters, each with its own exact portfolio.

Each draw changes unit costs (one factor per cost group), the value of time, trips per year,
the equity weight of each desil and the time lost to poor condition (speeds by condition),
then re-chooses the portfolio on the budget and values it exactly. Sampling is
quasi-random (a scrambled Sobol sequence), triangular on ``[1 - spread, 1 + spread]`` around
the scenario's value, so two seeds agree closely with few draws.

Speed: benefits are linear in household weights, so per speed stratum the single-segment and
complementary-pair gains on the untreated network are computed once per desil and every draw
combines them (exact). Speeds by condition are sampled in :data:`SPEED_STRATA` strata: draw
``i`` uses the stratum its speed coordinate falls in, where every segment's time lost to its
condition (``time_before - time_after``) is scaled by the stratum's factor.

The search per draw is the portfolio's greedy (:mod:`mataram_gis.portfolio`) without its
drop-and-refill step: moves (singles and complementary pairs) by exact marginal gain per
rupiah, each re-checked exactly on the current upgraded state before it is taken (lazy
evaluation), then exact refreshes of every still-affordable single until none adds benefit.
Every chosen set's benefit is therefore exact; what it may miss against the full search is
reported by comparing the base draw with :func:`mataram_gis.portfolio.choose_portfolio`.
"""

from __future__ import annotations

import dataclasses
import warnings
from dataclasses import dataclass

import numpy as np
from scipy.stats import qmc

from mataram_gis import speeds
from mataram_gis.engine import INF, Demand, upgrade_benefits
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem
from mataram_gis.reweight import DESILS, HouseholdSplit
from mataram_gis.upgrades import UpgradeState, complementary_pairs

#: Speed strata (distinct networks) of a Monte Carlo run.
SPEED_STRATA = 8
#: Cost groups of :data:`mataram_gis.speeds.UNIT_COST_RP_PER_KM` (one cost factor each).
COST_GROUPS: tuple[str, ...] = ("arterial", "collector", "local", "gang")


def triangular(u: np.ndarray, spread: float) -> np.ndarray:
    """Inverse CDF of the symmetric triangular distribution on ``[1-spread, 1+spread]``."""
    u = np.asarray(u, float)
    lo = np.sqrt(2.0 * u) - 1.0
    hi = 1.0 - np.sqrt(2.0 * (1.0 - u))
    return 1.0 + spread * np.where(u < 0.5, lo, hi)


def quasi_random(n: int, dims: int, rng: np.random.Generator) -> np.ndarray:
    """``(n, dims)`` points of a scrambled Sobol sequence in the unit cube.

    Low-discrepancy points fill the parameter space evenly (each parameter's range, and
    each pair of them, is covered far more evenly than by independent draws), so selection
    frequencies agree between seeds with fewer draws; the scrambling (seeded by ``rng``)
    keeps the estimate unbiased.
    """
    if n <= 0:
        return np.zeros((0, dims))
    with warnings.catch_warnings():  # n need not be a power of two
        warnings.simplefilter("ignore")
        return qmc.Sobol(d=dims, scramble=True, seed=rng).random(n)


@dataclass
class Stratum:
    """One speed stratum: its network state and per-desil gains on the untreated network."""

    factor: float
    state: UpgradeState
    base_fields: np.ndarray
    node_weight: np.ndarray  # (n_nodes, n_groups, 4): producers per desil
    singles: np.ndarray  # (4, n_candidates) weighted ms per unit equity x trips
    pairs: np.ndarray  # (k, 2)
    pair_gain: np.ndarray  # (4, k)
    #: Per-desil exact gain of a move on an upgrade set, keyed by (set hash, move): draws
    #: of one stratum follow the same first picks, so most re-checks are found here.
    cache: dict[tuple[int, int], np.ndarray] = dataclasses.field(default_factory=dict)
    zobrist: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0, np.uint64))

    moves: list[np.ndarray] = dataclasses.field(default_factory=list)
    of_row: dict[int, list[int]] = dataclasses.field(default_factory=dict)

    def desil_gain(self, rows: list[int]) -> tuple[np.ndarray, list]:
        """Exact gain (ms per unit weight) of ``rows`` on the current state, per desil.

        Also returns the field changes, so an accepted move is applied without a second
        search (:func:`_apply_changes`).
        """
        st = self.state
        edges = st._edges(np.asarray(rows, np.int64))
        old = st.graph.time_ms[edges].copy()
        st._set_times(edges, st.problem.after_ms[st.graph.segment[edges]])
        try:
            changes = st._decrease(np.asarray(rows, np.int64))
        finally:
            st._set_times(edges, old)
        out = np.zeros(len(DESILS))
        for grp, nodes, new in changes:
            if len(nodes):
                saved = (st.fields[nodes, grp] - new).astype(float)
                out += saved @ self.node_weight[nodes, grp]
        return out, changes


def build_stratum(
    problem: UpgradeProblem, split: HouseholdSplit, factor: float, *, pairs: bool = True
) -> Stratum:
    """The network with condition time loss scaled by ``factor`` and its per-desil gains."""
    p = problem
    lost = np.where(p.before_ms >= 0, p.before_ms - p.after_ms, 0)
    before = np.where(p.before_ms >= 0, p.after_ms + np.rint(lost * factor), p.before_ms)
    prob = dataclasses.replace(p, before_ms=np.maximum(before, p.after_ms).astype(np.int64))
    state = UpgradeState(prob)
    cand = np.flatnonzero(prob.candidate)
    d = prob.demand
    n_w = np.zeros((prob.n_nodes, prob.n_groups, len(DESILS)))
    singles = np.zeros((len(DESILS), len(cand)))
    for i, desil in enumerate(DESILS):
        w = np.where((split.category == desil) & (d.node >= 0), split.producers, 0.0)
        dem = Demand(node=d.node, weight=w, group=d.group, targets=d.targets)
        ok = d.node >= 0
        np.add.at(n_w[:, :, i], (d.node[ok], d.group[ok]), w[ok])
        if len(cand) and w.any():
            res = upgrade_benefits(
                state.graph,
                prob.seg_u,
                prob.seg_v,
                prob.oneway,
                prob.after_ms,
                dem,
                fields=state.fields,
                segments=cand,
            )
            singles[i] = res.weighted_seconds[cand] * 1000.0
    pair_rows = complementary_pairs(state, prob.candidate) if pairs else np.zeros((0, 2), int)
    out = Stratum(factor=factor, state=state, base_fields=state.fields.copy(order="F"),
                  node_weight=n_w, singles=singles, pairs=pair_rows,
                  pair_gain=np.zeros((len(DESILS), len(pair_rows))))  # fmt: skip
    for k, pr in enumerate(pair_rows):
        out.pair_gain[:, k] = out.desil_gain([int(r) for r in pr])[0]
    out.moves = [np.array([r]) for r in cand] + list(pair_rows)
    out.of_row = {int(r): [i] for i, r in enumerate(cand)}
    for k, pr in enumerate(pair_rows):
        for r in pr:
            out.of_row.setdefault(int(r), []).append(len(cand) + k)
    out.zobrist = np.random.default_rng(12345).integers(1, 2**63, prob.n_segments,
                                                        dtype=np.uint64)  # fmt: skip
    return out


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
    st.groups = [g for g in range(st.fields.shape[1]) if st.weight[:, g].any()]
    cand = np.flatnonzero(prob.candidate)
    gains = trips * np.concatenate([equity @ stratum.singles, equity @ stratum.pair_gain])
    demand = dataclasses.replace(prob.demand, weight=household_weight)
    table = _Table(stratum, cand, cost, gains.copy(), equity * trips)
    _search(stratum, table, cand, cost, budget_rp, demand)
    rows, total = np.flatnonzero(st.chosen), st.total()
    # Safeguard, as in the full search: the naive pick (walk the singles by gain per rupiah),
    # then filled greedily, when it is worth more.
    naive = _naive(cand, gains[: len(cand)], cost[cand], budget_rp)
    if set(naive.tolist()) <= set(rows.tolist()):
        return rows, total
    lean_fields = st.fields.copy(order="F")
    restore(stratum)
    st.apply(naive)
    if st.total() > total:
        table = _Table(stratum, cand, cost, gains.copy(), equity * trips)
        for r in naive:
            table.done[table.of_row.get(int(r), [])] = True
        _search(stratum, table, cand, cost, budget_rp, demand)
        return np.flatnonzero(st.chosen), st.total()
    restore(stratum)
    edges = st._edges(rows)
    st._set_times(edges, prob.after_ms[st.graph.segment[edges]])
    st.chosen[rows] = True
    st.fields = lean_fields
    return rows, total


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
        left = float(budget_rp) - float(cost[st.chosen].sum())
        fit = cand[~st.chosen[cand] & (cost[cand] <= left + 1e-6)]
        if len(fit) == 0:
            return
        res = upgrade_benefits(st.graph, prob.seg_u, prob.seg_v, prob.oneway, prob.after_ms,
                               demand, fields=st.fields, segments=fit)  # fmt: skip
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
            per_desil, changes = stratum.cache.get((key, m)), None
            if per_desil is None:
                per_desil, changes = stratum.desil_gain(rows)
                stratum.cache[(key, m)] = per_desil
            fresh = float(self.price @ per_desil)
            if fresh < self.gain[m] * (1 - 1e-12):
                self.gain[m] = fresh
                score_all[m] = fresh / self.cost[m] if self.cost[m] > 0 else np.inf
                continue
            if changes is None:
                st.apply(rows)
            else:
                _apply_changes(st, rows, changes)
            for r in rows:
                key ^= int(stratum.zobrist[r])
                self.done[self.of_row.get(r, [])] = True
            left -= float(self.row_cost[rows].sum())


def _apply_changes(st: UpgradeState, rows: list[int], changes: list) -> None:
    """:meth:`UpgradeState.apply` with the field changes already found for ``rows``."""
    idx = np.asarray(rows, np.int64)
    edges = st._edges(idx)
    st._set_times(edges, st.problem.after_ms[st.graph.segment[edges]])
    for grp, nodes, new in changes:
        st.fields[nodes, grp] = new
    st.chosen[idx] = True


def restore(stratum: Stratum) -> None:
    """Back to no upgrade (times of the chosen segments and the fields), cheaply."""
    st = stratum.state
    rows = np.flatnonzero(st.chosen)
    if len(rows):
        edges = st._edges(rows)
        st._set_times(edges, st.problem.before_ms[st.graph.segment[edges]])
    st.chosen[:] = False
    st.fields = stratum.base_fields.copy(order="F")


def cost_groups(highway: np.ndarray) -> np.ndarray:
    """Index into :data:`COST_GROUPS` of each row's road class."""
    grp = speeds.lookup(highway, lambda h: speeds.COST_GROUP.get(speeds.base_class(str(h)),
                                                                 "local"))  # fmt: skip
    return np.array([COST_GROUPS.index(g) for g in grp], np.int64)


def hours(stratum: Stratum, weight_nodes: np.ndarray) -> float:
    """Hours/yr saved by the stratum's current state, priced with other node weights."""
    st = stratum.state
    base = stratum.base_fields
    saved = np.where(base < INF, base - st.fields, 0)
    return float(np.sum(weight_nodes * saved)) / MS_PER_HOUR
