"""The network with a set of segments upgraded, kept exact as upgrades are added.

Adding upgrades only ever makes edges faster, so every node's new time can be found by a
Dijkstra that starts at the upgraded edges and settles only the nodes that get faster
(:func:`mataram_gis.kernels.decrease_times`). The marginal gain of any set of segments on
the current state is therefore exact and costs about the size of the area it improves;
the single-segment gains of every candidate come from the batched engine run on the
current state. This is what the portfolio search stands on.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from mataram_gis import kernels
from mataram_gis.engine import INF, distance_fields
from mataram_gis.problem import UpgradeProblem


class UpgradeState:
    """Current segment times, graph and exact distance fields of an upgrade set.

    Parameters
    ----------
    problem
        The upgrade problem (rows of the ranking table).
    """

    def __init__(self, problem: UpgradeProblem) -> None:
        self.problem = problem
        # Own copies of the edge times: they change as segments are upgraded.
        self.graph = problem.graph_with(())
        self.base_fields = problem.base_fields
        # Column-major: each group's field is one contiguous array for the kernels. Always a
        # copy: asfortranarray would return the problem's cached array itself when it is
        # already column-major (one destination group), and upgrades would overwrite it.
        self.fields = np.array(self.base_fields, order="F", copy=True)
        self.chosen = np.zeros(problem.n_segments, bool)
        self.weight = problem.node_weight
        n_edges = len(self.graph.tail)
        rev_order = np.argsort(self.graph.head, kind="stable")
        fwd_order = np.argsort(self.graph.tail, kind="stable")
        self._rev_pos = np.empty(n_edges, np.int64)
        self._rev_pos[rev_order] = np.arange(n_edges)
        self._fwd_pos = np.empty(n_edges, np.int64)
        self._fwd_pos[fwd_order] = np.arange(n_edges)
        # Edges of each segment (one or two), as a CSR over segment rows.
        order = np.argsort(self.graph.segment, kind="stable")
        self._seg_edges = order
        self._seg_ptr = np.zeros(problem.n_segments + 1, np.int64)
        np.cumsum(np.bincount(self.graph.segment, minlength=problem.n_segments),
                  out=self._seg_ptr[1:])  # fmt: skip
        n = problem.n_nodes
        self._cur = np.zeros(n, np.int64)
        self._stamp = np.full(n, -1, np.int64)
        self._mark = 0
        self._touched = np.empty(n, np.int64)
        self._heap = np.empty(len(self.graph.rev_tail) + n + 2, np.int64)
        self._shift = max(1, int(n).bit_length())
        self.groups = [g for g in range(self.fields.shape[1]) if self.weight[:, g].any()]

    # -- edge times -----------------------------------------------------------------
    def _edges(self, rows: np.ndarray) -> np.ndarray:
        parts = [self._seg_edges[self._seg_ptr[r] : self._seg_ptr[r + 1]] for r in rows]
        return np.concatenate(parts) if parts else np.zeros(0, np.int64)

    def _set_times(self, edges: np.ndarray, times: np.ndarray) -> None:
        g = self.graph
        g.time_ms[edges] = times
        g.rev_time[self._rev_pos[edges]] = times
        g.fwd_time[self._fwd_pos[edges]] = times

    # -- exact marginal gains -------------------------------------------------------
    def _decrease(self, rows: np.ndarray) -> list[tuple[int, np.ndarray, np.ndarray]]:
        """Per group: nodes that get faster with ``rows`` upgraded, and their new times.

        Edge times of ``rows`` must already be set to their upgraded values.
        """
        edges = self._edges(rows)
        g = self.graph
        tails, heads, times = g.tail[edges], g.head[edges], g.time_ms[edges]
        out = []
        for grp in self.groups:
            field = self.fields[:, grp]
            ok = field[heads] < INF
            seed_time = times[ok] + field[heads[ok]]
            if not (seed_time < field[tails[ok]]).any():  # no seed improves: nothing can
                out.append((grp, np.zeros(0, np.int64), np.zeros(0, np.int64)))
                continue
            self._mark += 1
            k = kernels.decrease_times(
                g.rev_indptr, g.rev_tail, g.rev_time, field,
                tails[ok], seed_time, self._cur, self._stamp, self._mark, self._touched,
                self._heap, self._shift,
            )  # fmt: skip
            nodes = self._touched[:k].copy()
            out.append((grp, nodes, self._cur[nodes].copy()))
        return out

    def gain(self, rows: Iterable[int]) -> float:
        """Exact extra benefit (weighted ms) of also upgrading ``rows``; state unchanged."""
        return self.gain_and_households(rows)[0]

    def gain_and_households(self, rows: Iterable[int]) -> tuple[float, int]:
        """Exact extra benefit (weighted ms) of ``rows`` and the households that gain."""
        rows = np.asarray([r for r in rows if not self.chosen[r]], np.int64)
        if len(rows) == 0:
            return 0.0, 0
        edges = self._edges(rows)
        old = self.graph.time_ms[edges].copy()
        self._set_times(edges, self.problem.edge_after_ms[edges])
        try:
            changes = self._decrease(rows)
        finally:
            self._set_times(edges, old)
        count = self.problem.node_count
        households = sum(int(count[nodes, grp].sum()) for grp, nodes, _ in changes)
        return self._value(changes), households

    def apply(self, rows: Iterable[int]) -> float:
        """Upgrade ``rows``; return their exact marginal gain (weighted ms)."""
        rows = np.asarray([r for r in rows if not self.chosen[r]], np.int64)
        if len(rows) == 0:
            return 0.0
        edges = self._edges(rows)
        self._set_times(edges, self.problem.edge_after_ms[edges])
        changes = self._decrease(rows)
        value = self._value(changes)
        for grp, nodes, new in changes:
            self.fields[nodes, grp] = new
        self.chosen[rows] = True
        return value

    def _value(self, changes: list[tuple[int, np.ndarray, np.ndarray]]) -> float:
        total = 0.0
        for grp, nodes, new in changes:
            # Not np.dot: float x int64 takes NumPy's slow generic path, and a float BLAS dot
            # on a long vector spins up BLAS threads (both ~1000x slower on a busy machine).
            saved = self.fields[nodes, grp] - new
            total += float((self.weight[nodes, grp] * saved).sum())
        return total

    def single_gains(self, rows: np.ndarray) -> np.ndarray:
        """Exact marginal gain (weighted ms) of each of ``rows`` alone, on this state."""
        p = self.problem
        # Chosen segments already run at their upgraded time: the engine sees no gain.
        res = p.single_benefits(self.graph, p.demand, self.fields, rows)
        return res.weighted_seconds[rows] * 1000.0

    def total(self) -> float:
        """Benefit (weighted ms) of the current set against no upgrade."""
        base = self.base_fields
        saved = np.where(base < INF, base - self.fields, 0)
        return float(np.sum(self.weight * saved))

    def reset(self, chosen: Iterable[int] = ()) -> None:
        """Start again from no upgrade, then upgrade ``chosen`` (fields recomputed)."""
        rows = np.asarray(list(chosen), np.int64)
        every = np.arange(len(self.graph.tail))
        self._set_times(every, self.problem.edge_before_ms)
        self.chosen[:] = False
        if len(rows):
            edges = self._edges(rows)
            self._set_times(edges, self.problem.edge_after_ms[edges])
            self.chosen[rows] = True
        self.fields = np.asfortranarray(distance_fields(self.graph, self.problem.demand.targets))


#: At most this many complementary pairs are kept as moves (the largest excess saving).
MAX_PAIRS = 120
#: Complementary pairs may be joined by up to this many edges that are not candidates.
MAX_GAP = 2


def complementary_pairs(
    state: UpgradeState, candidate: np.ndarray, *, limit: int = MAX_PAIRS, gap: int = MAX_GAP
) -> np.ndarray:
    """Pairs of candidate segments on one route, worth more together than apart.

    For edges ``a -> b``, then up to ``gap`` edges that are not candidates (roads already
    good, or already chosen) from ``b`` to ``c``, then ``c -> d``, the saving at ``a`` of
    upgrading both candidate edges is compared with the sum of the savings of each alone,
    per destination group, along that route; pairs where it is larger (a detour that only
    pays once both links are good) are returned as ``(k, 2)`` rows, the largest excess first
    (at most ``limit``). This is a screen: their exact gain is then evaluated like any other
    move.
    """
    g = state.graph
    ok_seg = candidate & ~state.chosen
    e2 = np.flatnonzero(ok_seg[g.segment])
    if len(e2) == 0:
        return np.zeros((0, 2), np.int64)
    rev_order = np.argsort(g.head, kind="stable")
    # Routes walked backwards from each candidate edge c -> d: (that edge, b, time b ~> c).
    last, node, mid = e2, g.tail[e2], np.zeros(len(e2), np.int64)
    found: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    for hop in range(gap + 1):
        deg = g.rev_indptr[node + 1] - g.rev_indptr[node]
        starts = np.repeat(g.rev_indptr[node], deg)
        offs = np.arange(int(deg.sum())) - np.repeat(np.cumsum(deg) - deg, deg)
        e_in = rev_order[starts + offs]
        last, mid = np.repeat(last, deg), np.repeat(mid, deg)
        s_in, s2 = g.segment[e_in], g.segment[last]
        pair = ok_seg[s_in] & (s_in != s2)
        e1, e2r, t_mid = e_in[pair], last[pair], mid[pair]
        s1 = s_in[pair]
        excess = _excess(state, e1, e2r, t_mid)
        good = excess > 0
        found.append((s1[good], g.segment[e2r[good]], excess[good]))
        if hop < gap:  # walk on over roads that are not candidates
            on = ~ok_seg[s_in]
            last, node, mid = last[on], g.tail[e_in[on]], mid[on] + g.time_ms[e_in[on]]
    s1 = np.concatenate([f[0] for f in found])
    s2 = np.concatenate([f[1] for f in found])
    excess = np.concatenate([f[2] for f in found])
    order = np.argsort(-excess, kind="stable")
    pairs = np.sort(np.column_stack([s1[order], s2[order]]), axis=1)
    if len(pairs) == 0:
        return np.zeros((0, 2), np.int64)
    _, first = np.unique(pairs, axis=0, return_index=True)
    return pairs[np.sort(first)][:limit].astype(np.int64)


def _excess(state: UpgradeState, e1: np.ndarray, e2: np.ndarray, t_mid: np.ndarray) -> np.ndarray:
    """Saving at the tail of ``e1`` of both upgrades beyond the two alone (best group).

    The route is ``e1``, then ``t_mid`` ms of roads that stay as they are, then ``e2``.
    """
    g, p = state.graph, state.problem
    a, b, d = g.tail[e1], g.head[e1], g.head[e2]
    t1, t1n = g.time_ms[e1], p.edge_after_ms[e1]
    rest2 = t_mid + p.edge_after_ms[e2]
    excess = np.zeros(len(e1), np.int64)
    for grp in state.groups:
        f = state.fields[:, grp]
        da, db, dd = f[a], f[b], f[d]
        fin = (da < INF) & (db < INF) & (dd < INF)
        db2 = np.minimum(db, rest2 + dd)
        alone1 = np.maximum(da - (t1n + db), 0)
        alone2 = np.maximum(da - (t1 + db2), 0)
        both = np.maximum(da - (t1n + db2), 0)
        excess = np.maximum(excess, np.where(fin, both - alone1 - alone2, 0))
    return excess
