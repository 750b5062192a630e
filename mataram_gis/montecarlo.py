"""Monte Carlo draws of the uncertain parameters, each with its own exact portfolio.

Each draw changes unit costs (one factor per cost group), the value of time, trips per year,
the equity weight of each desil and the time lost to poor condition (speeds by condition),
then re-chooses the portfolio on the budget and values it exactly. Sampling is
quasi-random (a scrambled Sobol sequence), triangular on ``[1 - spread, 1 + spread]`` around
the scenario's value, so two seeds agree closely with few draws.

Speed: benefits are linear in household weights, so per speed stratum the single-segment and
complementary-pair gains on the untreated network are computed once per desil and every draw
combines them (exact). Speeds by condition are sampled in :data:`SPEED_STRATA` strata (draws
dealt to them in equal numbers), where every segment's time lost to its condition
(``time_before - time_after``) is scaled by the stratum's factor. Within a stratum every
exact re-check (a move on an upgrade set) is kept per desil, with its field changes, so
draws that reach the same set reuse it (:class:`Stratum`); strata run in threads, one per core.

The search per draw (:mod:`mataram_gis.montecarlo_search`) is the portfolio's greedy without
its periodic full refreshes and its drop-and-refill step: the full search costs about 1.4 s
of CPU per portfolio on the demo (500 draws: over ten minutes), the drop-and-refill alone
recomputes the distance fields for every try, and on the demo it accepted no swap. Every
chosen set's benefit is exact (tests/test_montecarlo.py re-values every draw from scratch).
"""

from __future__ import annotations

import dataclasses
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from scipy.stats import qmc

from mataram_gis import speeds
from mataram_gis.engine import INF, Demand
from mataram_gis.kernels_mc import decrease_groups
from mataram_gis.problem import MS_PER_HOUR, UpgradeProblem
from mataram_gis.reweight import DESILS, HouseholdSplit
from mataram_gis.upgrades import UpgradeState, complementary_pairs

if TYPE_CHECKING:
    from mataram_gis.appraisal import Appraisal

#: Speed strata (distinct networks) of a Monte Carlo run.
SPEED_STRATA = 8
#: Memory for kept field changes per stratum (bytes); beyond it, moves are searched again.
DELTA_BYTES = 128 * 2**20
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
class Sample:
    """The sampled factors of a Monte Carlo run (multipliers of the scenario's values).

    ``stratum`` is each draw's speed stratum and ``speed`` the factor of each stratum; the
    others are per draw (``cost`` per :data:`COST_GROUPS`, ``equity`` per desil).
    """

    stratum: np.ndarray
    speed: np.ndarray
    cost: np.ndarray
    equity: np.ndarray
    vot: np.ndarray
    trips: np.ndarray


def sample(n: int, seed: int, params: Appraisal) -> Sample:
    """``n`` draws of the uncertain parameters (scrambled Sobol, seeded by ``seed``).

    The coordinates that change the selection come first (speed stratum, the four cost
    groups, the four equity weights), where a Sobol sequence is most even; value of time and
    trips per year, which only scale the value, come last. Draws are dealt to the speed
    strata in equal numbers (by rank of their speed coordinate), so no stratum is over- or
    under-represented by chance.
    """
    u = quasi_random(n, 11, np.random.default_rng(seed))
    n_strata = max(1, min(SPEED_STRATA, n))
    rank = np.argsort(np.argsort(u[:, 0], kind="stable"), kind="stable")
    return Sample(
        stratum=(rank * n_strata) // max(n, 1),
        speed=triangular((np.arange(n_strata) + 0.5) / n_strata, params.speed_spread),
        cost=triangular(u[:, 1:5], params.cost_spread),
        equity=triangular(u[:, 5:9], params.equity_spread),
        vot=triangular(u[:, 9], params.vot_spread),
        trips=triangular(u[:, 10], params.trips_spread),
    )


@dataclass
class Stratum:
    """One speed stratum: its network state and per-desil gains on the untreated network.

    Exact re-checks run :func:`mataram_gis.kernels_mc.decrease_groups` (all groups, gain per
    desil, in one call); the changes of the last re-check stay in the ``out_*`` buffers until
    the next, so an accepted move is applied without a second search (:meth:`apply_last`).
    A move accepted from the cache is only marked (:meth:`defer`): its edges run at their
    upgraded times, and the fields catch up in one search from all deferred edges before the
    next re-check (:meth:`flush`).
    """

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
    pending: list[int] = dataclasses.field(default_factory=list)
    groups: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0, np.int64))
    out_nodes: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0, np.int64))
    out_new: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(0, np.int64))
    out_ptr: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(1, np.int64))
    out_gain: np.ndarray = dataclasses.field(default_factory=lambda: np.zeros(len(DESILS)))
    #: Field changes of searched moves, keyed like ``cache``: (group pointers, nodes, saved).
    deltas: dict[tuple[int, int], tuple[np.ndarray, np.ndarray, np.ndarray]] = dataclasses.field(
        default_factory=dict
    )
    delta_bytes: int = 0

    def _search(self, rows: np.ndarray) -> None:
        """Changes (in the buffers) and per-desil gain of ``rows``' edges, already faster."""
        st = self.state
        g = st.graph
        edges = st._edges(rows)
        st._mark = decrease_groups(
            g.rev_indptr, g.rev_tail, g.rev_time, st.fields, self.groups, g.tail[edges],
            g.head[edges], g.time_ms[edges], self.node_weight, st._cur, st._stamp,
            st._mark + 1, st._heap, st._shift, self.out_nodes, self.out_new, self.out_ptr,
            self.out_gain,
        )  # fmt: skip

    def desil_gain(self, rows: list[int], key: tuple[int, int] | None = None) -> np.ndarray:
        """Exact gain (ms per unit weight) of ``rows`` on the current state, per desil.

        With ``key`` (set hash, move) the field changes are kept (up to
        :data:`DELTA_BYTES`), so a draw that takes the same move on the same set applies
        them without a search (:meth:`apply_kept`).
        """
        self.flush()
        st = self.state
        idx = np.asarray(rows, np.int64)
        edges = st._edges(idx)
        old = st.graph.time_ms[edges].copy()
        st._set_times(edges, st.problem.edge_after_ms[edges])
        try:
            self._search(idx)
        finally:
            st._set_times(edges, old)
        n = int(self.out_ptr[-1])
        if key is not None and self.delta_bytes + 8 * n <= DELTA_BYTES:
            ptr, nodes = self.out_ptr.copy(), self.out_nodes[:n]
            saved = np.empty(n, np.int64)
            for j, grp in enumerate(self.groups):
                part = slice(ptr[j], ptr[j + 1])
                saved[part] = st.fields[nodes[part], grp] - self.out_new[part]
            if n and saved.max() < 2**31:  # always, unless a road only becomes usable
                saved = saved.astype(np.int32)
            self.deltas[key] = (ptr, nodes.astype(np.int32), saved)
            self.delta_bytes += 4 * n + saved.nbytes
        return self.out_gain.copy()

    def _write(self) -> None:
        fields, ptr = self.state.fields, self.out_ptr
        for j, grp in enumerate(self.groups):
            fields[self.out_nodes[ptr[j] : ptr[j + 1]], grp] = self.out_new[ptr[j] : ptr[j + 1]]

    def _upgrade(self, rows: list[int]) -> None:
        st = self.state
        idx = np.asarray(rows, np.int64)
        edges = st._edges(idx)
        st._set_times(edges, st.problem.edge_after_ms[edges])
        st.chosen[idx] = True

    def apply_last(self, rows: list[int]) -> None:
        """Upgrade ``rows``, whose :meth:`desil_gain` was the last search."""
        self._upgrade(rows)
        self._write()

    def apply_kept(self, rows: list[int], key: tuple[int, int]) -> bool:
        """Upgrade ``rows`` with the kept changes of ``key`` if the fields are current."""
        delta = self.deltas.get(key)
        if delta is None or self.pending:
            return False
        self._upgrade(rows)
        ptr, nodes, saved = delta
        fields = self.state.fields
        for j, grp in enumerate(self.groups):
            fields[nodes[ptr[j] : ptr[j + 1]], grp] -= saved[ptr[j] : ptr[j + 1]]
        return True

    def defer(self, rows: list[int]) -> None:
        """Upgrade ``rows`` now, their fields at the next :meth:`flush`."""
        st = self.state
        idx = np.asarray(rows, np.int64)
        edges = st._edges(idx)
        st._set_times(edges, st.problem.edge_after_ms[edges])
        st.chosen[idx] = True
        self.pending.extend(rows)

    def flush(self) -> None:
        """Bring the fields up to date with the deferred upgrades (one search)."""
        if self.pending:
            self._search(np.asarray(self.pending, np.int64))
            self._write()
            self.pending.clear()


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
            res = prob.single_benefits(state.graph, dem, state.fields, cand)
            singles[i] = res.weighted_seconds[cand] * 1000.0
    pair_rows = complementary_pairs(state, prob.candidate) if pairs else np.zeros((0, 2), int)
    out = Stratum(factor=factor, state=state, base_fields=state.fields.copy(order="F"),
                  node_weight=n_w, singles=singles, pairs=pair_rows,
                  pair_gain=np.zeros((len(DESILS), len(pair_rows))))  # fmt: skip
    out.groups = np.flatnonzero(n_w.any(axis=(0, 2))).astype(np.int64)
    out.out_nodes = np.zeros(prob.n_nodes * max(1, len(out.groups)), np.int64)
    out.out_new = np.zeros_like(out.out_nodes)
    out.out_ptr = np.zeros(len(out.groups) + 1, np.int64)
    for k, pr in enumerate(pair_rows):
        out.pair_gain[:, k] = out.desil_gain([int(r) for r in pr])
    out.moves = [np.array([r]) for r in cand] + list(pair_rows)
    out.of_row = {int(r): [i] for i, r in enumerate(cand)}
    for k, pr in enumerate(pair_rows):
        for r in pr:
            out.of_row.setdefault(int(r), []).append(len(cand) + k)
    out.zobrist = np.random.default_rng(12345).integers(1, 2**63, prob.n_segments,
                                                        dtype=np.uint64)  # fmt: skip
    return out


def restore(stratum: Stratum) -> None:
    """Back to no upgrade (times of the chosen segments and the fields), cheaply."""
    st = stratum.state
    rows = np.flatnonzero(st.chosen)
    if len(rows):
        edges = st._edges(rows)
        st._set_times(edges, st.problem.edge_before_ms[edges])
    st.chosen[:] = False
    stratum.pending.clear()
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
