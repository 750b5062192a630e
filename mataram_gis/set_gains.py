"""Exact benefit of many upgrade SETS at once (each set alone against no upgrade).

The same computation as :meth:`mataram_gis.upgrades.UpgradeState.gain_and_households` on
a fresh state, looped inside one compiled function so that thousands of sets (every ruas
of a city, and the stretches within them) cost a few kernel calls each and no Python
overhead. For each set: its edges take their upgraded times; per destination group a
Dijkstra from the upgraded edges settles only the nodes that get faster
(as :func:`mataram_gis.kernels.decrease_times`); the weighted time saved and the households
at those nodes are summed; the edge times are restored. Exact (integer milliseconds), and
property-tested against brute-force recomputation (tests/test_ruas.py).

Pruning. Let ``R_g(x)`` be the smallest detour (reduced cost ``d(h, x) + D_g(x) - D_g(h)``,
times before any upgrade) by which any household ``h`` of group ``g`` could pass node
``x``, and ``S`` the most the set's edges can save on one route: a simple route takes at
most one edge between two nodes, so ``S`` is the largest saving of the set's edges per pair
of nodes, summed (half the whole saving of a two-way road). A route of ``h`` through ``x``
takes at least ``D_g(h) + R_g(x)`` before the upgrade and at least ``D_g(h) + R_g(x) - S``
after it (the saving of its set edges on both sides of ``x`` together): once
``R_g(x) >= S``, no household gains through ``x`` and the search does not expand it. (A
gaining household's best route, taken simple, has no such node, and its nodes are reached
in order, so its new time is still exact.) Households tied to one named centre are few and local:
their searches then stop near the upgrade instead of sweeping the centre's whole
catchment. ``R_g`` is one forward Dijkstra per group, computed once per problem (groups
over the cores). Each group also sees only the set's edges its gaining routes may use (a
smaller slack), and the analysis's own fields are reused (see :func:`set_gains`). The
compiled loops are in :mod:`mataram_gis.set_gains_kernels`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from mataram_gis.engine import INF, DirectedGraph
from mataram_gis.parallel import deal, parallel_map, workers
from mataram_gis.set_gains_kernels import detour_bound, extend_field, gains_of_sets

if TYPE_CHECKING:
    from mataram_gis.problem import UpgradeProblem


def set_gains(problem: UpgradeProblem, sets: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Exact benefit (weighted ms) and households gaining, of each set of rows upgraded alone.

    Parameters
    ----------
    problem
        The upgrade problem.
    sets
        Row indices (segments) of each set; rows that cannot get faster add nothing.

    Returns
    -------
    gain, households : numpy.ndarray
        Per set: weighted milliseconds saved per year and the number of households whose
        time improves.

    Notes
    -----
    Per group. A route of household ``h`` that gains through the set's edge ``a -> b`` is at
    least ``D(h) + R(a)`` long before the upgrade, and the upgrade saves it at most ``S_P``,
    the saving of the set's edges on it: so ``R(a) < S_P``. Starting from the set's whole
    saving, the group's slack ``S_g`` is the saving of the edges with ``R(a) < S_g``, to a
    fixed point; only those edges seed the group's search, pruned with ``S_g`` (smaller
    than the set's saving when the set is long and the group's households are elsewhere).

    Fields. Every node on such a route lies less than ``S_g`` beyond the group's farthest
    household. The analysis's own fields (:attr:`UpgradeProblem.known_fields`: group 0
    whole, the others exact up to ``known_margin`` beyond it, ``INF`` farther; there ``R``
    is at least ``known_margin + 1``) are used whenever ``S_g <= known_margin``; only the
    sets and groups where it is larger take the group's whole field, continued then from
    the bounded one (:func:`_widen`). The detour bound ``R`` is searched once per problem
    (cached), up to a cap (a lower bound of ``R`` keeps the pruning exact; ``S_g`` is at
    most the set's slack, :func:`set_slack`), the groups spread over the cores, like the
    sets.
    """
    n_out = len(sets)
    gain = np.zeros(n_out)
    households = np.zeros(n_out, np.int64)
    if n_out == 0:
        return gain, households
    cap = int(max(set_slack(problem, sets).max(), 0))
    b = _bounds(problem, cap=cap)
    redo = np.zeros(n_out, bool)
    wider = np.zeros(len(b.groups), bool)
    got, hh, _ = gains_on(
        problem.graph, b.fields, problem.edge_after_ms, sets, problem.node_weight,
        problem.node_count, n_rows=problem.n_segments, groups=b.groups, detours=b.detours,
        exact_to=b.exact_to, node_major=b.rows, redo=redo, wider=wider,
    )  # fmt: skip
    gain[:], households[:] = got, hh
    if redo.any():
        b = _widen(problem, b, wider, cap=cap)
        idx = np.flatnonzero(redo)
        redo2 = np.zeros(len(idx), bool)
        got, hh, _ = gains_on(
            problem.graph, b.fields, problem.edge_after_ms, [sets[i] for i in idx],
            problem.node_weight, problem.node_count, n_rows=problem.n_segments,
            groups=b.groups, detours=b.detours, exact_to=b.exact_to, node_major=b.rows, redo=redo2,
            wider=np.zeros(len(b.groups), bool),
        )  # fmt: skip
        assert not redo2.any()  # every group the first pass marked has its whole field now
        gain[idx], households[idx] = got, hh
    return gain, households


def set_slack(problem: UpgradeProblem, sets: list[np.ndarray]) -> np.ndarray:
    """Per set, an upper bound (ms) of what its rows' edges save on any one route: a simple
    route takes at most one edge between two nodes (never both ``a -> b`` and ``b -> a``),
    so the largest saving of the set's edges per pair of nodes, summed (half the set's
    whole saving on a two-way road)."""
    g = problem.graph
    set_ptr, set_edges = set_edge_lists(g, sets, n_rows=problem.n_segments)
    saving = np.maximum(problem.edge_before_ms - problem.edge_after_ms, 0)[set_edges]
    set_of = np.repeat(np.arange(len(sets)), np.diff(set_ptr))
    out = np.zeros(len(sets), np.int64)
    if len(set_edges):
        a, b = g.tail[set_edges], g.head[set_edges]
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        new = (np.diff(set_of) != 0) | (np.diff(lo) != 0) | (np.diff(hi) != 0)
        start = np.flatnonzero(np.r_[True, new])
        np.add.at(out, set_of[start], np.maximum.reduceat(saving, start).astype(np.int64))
    return out


def set_edge_lists(
    graph: DirectedGraph, sets: list[np.ndarray], *, n_rows: int
) -> tuple[np.ndarray, np.ndarray]:
    """The directed edges of each set's rows (``graph.segment`` gives each edge's row): set
    ``i``'s are ``edges[ptr[i]:ptr[i + 1]]``, sorted by their pair of nodes (see
    :func:`set_slack`)."""
    g = graph
    seg_ptr = np.zeros(n_rows + 1, np.int64)
    np.cumsum(np.bincount(g.segment, minlength=n_rows), out=seg_ptr[1:])
    seg_edges = np.argsort(g.segment, kind="stable")
    sizes = np.array([len(r) for r in sets], np.int64)
    rows = (
        np.concatenate([np.asarray(r, np.int64) for r in sets])
        if len(sets)
        else np.zeros(0, np.int64)
    )
    per_row = seg_ptr[rows + 1] - seg_ptr[rows]
    total = int(per_row.sum())
    offs = np.arange(total) - np.repeat(np.cumsum(per_row) - per_row, per_row)
    edges = seg_edges[np.repeat(seg_ptr[rows], per_row) + offs].astype(np.int64)
    edge_set = np.repeat(np.repeat(np.arange(len(sets)), sizes), per_row)
    ptr = np.zeros(len(sets) + 1, np.int64)
    np.cumsum(np.bincount(edge_set, minlength=len(sets)), out=ptr[1:])
    a, b = graph.tail[edges], graph.head[edges]
    return ptr, edges[np.lexsort((np.maximum(a, b), np.minimum(a, b), edge_set))]


@dataclass
class _Bounds:
    """What the pruned searches of one problem share (cached on the problem)."""

    groups: np.ndarray  # groups with a household
    fields: np.ndarray  # (n_nodes, n_groups), column-major
    exact_to: np.ndarray  # per entry of ``groups``: margin up to which its field is exact
    detours: np.ndarray  # (n_nodes, len(groups)), node-major: R, capped per column
    cap: np.ndarray  # per entry of ``groups``: the cap its detour column was searched to
    rows: np.ndarray  # ``fields[:, groups]``, node-major


def _bounds(problem: UpgradeProblem, *, cap: int) -> _Bounds:
    """The problem's :class:`_Bounds`, whole-field columns searched to at least ``cap``."""
    b = problem.__dict__.get("_set_gains_bounds")
    if b is None:
        count = problem.node_count
        groups = np.flatnonzero(count.any(axis=0)).astype(np.int64)
        known = problem.known_fields is not None and problem.split is None
        fields = np.asfortranarray(problem.known_fields if known else problem.base_fields)
        exact_to = np.full(len(groups), INF, np.int64)
        if known:
            exact_to[groups != 0] = problem.known_margin  # group 0's field is whole
        n = problem.graph.n_nodes
        b = _Bounds(
            groups,
            fields,
            exact_to,
            np.zeros((n, len(groups)), np.int64),  # 0: a lower bound of R until searched
            np.full(len(groups), -1, np.int64),
            np.ascontiguousarray(fields[:, groups]),
        )
        problem.__dict__["_set_gains_bounds"] = b
    # ``R`` is only compared with slacks: below ``cap`` (at most the largest slack) or, on a
    # field exact to M, below M + 1 (larger group slacks take the whole field).
    want = np.where(b.exact_to < INF, b.exact_to + 1, cap)
    _search_detours(problem, b, np.flatnonzero(b.cap < want), want)
    return b


def _search_detours(problem: UpgradeProblem, b: _Bounds, cols: np.ndarray, want: np.ndarray):
    """Search the detour columns ``cols`` to their ``want`` cap (groups over the cores)."""
    g = problem.graph
    count = problem.node_count
    shift = max(1, int(g.n_nodes).bit_length())
    caps = np.minimum(want, INF)

    def run(part: list[int]) -> None:
        for i in part:
            grp = b.groups[i]
            sources = np.flatnonzero(count[:, grp] > 0).astype(np.int64)
            prev = np.ascontiguousarray(b.detours[:, i])  # exact below b.cap[i] (-1: unset)
            b.detours[:, i] = detour_bound(g.fwd_indptr, g.fwd_head, g.fwd_time, b.fields[:, grp],
                                           sources, shift, np.int64(caps[i]), prev,
                                           np.int64(max(b.cap[i], 0)))  # fmt: skip
            b.cap[i] = caps[i]

    cols = [int(i) for i in cols]
    if cols:
        parallel_map(run, deal(cols, workers=workers(len(cols))))


def _widen(problem: UpgradeProblem, b: _Bounds, wider: np.ndarray, *, cap: int) -> _Bounds:
    """``b`` with the whole field (and its detours to ``cap``) of the groups ``wider``: each
    continued from its radius-bounded field, and the detours from those below its cap
    (exact there, see :func:`mataram_gis.set_gains_kernels.detour_bound`)."""
    cols = np.flatnonzero(wider)
    if b.fields is problem.known_fields:  # never change the analysis's own array
        b.fields = np.array(b.fields, order="F", copy=True)
    g = problem.graph
    shift = max(1, int(g.n_nodes).bit_length())

    def run(part: list[int]) -> None:
        for i in part:
            grp = b.groups[i]
            b.fields[:, grp] = extend_field(g.rev_indptr, g.rev_tail, g.rev_time,
                                            b.fields[:, grp], shift)  # fmt: skip
            b.rows[:, i] = b.fields[:, grp]

    parallel_map(run, deal([int(i) for i in cols], workers=workers(len(cols))))
    b.exact_to[cols] = INF
    return _bounds(problem, cap=cap)


#: Below this many upgraded edges in all, the sets are evaluated in one thread.
_PARALLEL_EDGES = 2000


def gains_on(
    graph: DirectedGraph,
    fields: np.ndarray,
    edge_after: np.ndarray,
    sets: list[np.ndarray],
    weight: np.ndarray,
    count: np.ndarray,
    *,
    n_rows: int,
    groups: np.ndarray | None = None,
    detours: np.ndarray | None = None,
    exact_to: np.ndarray | None = None,
    node_major: np.ndarray | None = None,
    redo: np.ndarray | None = None,
    wider: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gain of each set of rows against ``graph`` with its exact ``fields``.

    ``graph.segment`` gives each edge's row, ``edge_after`` its upgraded time; ``weight``
    and ``count`` are per node and group. Without ``detours`` (node-major, one column per
    entry of ``groups``) the searches are not pruned (any current state, e.g.
    :class:`mataram_gis.upgrades.UpgradeState`). ``exact_to`` (per entry of ``groups``,
    default whole) is how far each field is exact; sets that need more are marked in
    ``redo`` and their groups in ``wider`` (see :func:`set_gains`); ``node_major`` is
    ``fields[:, groups]`` node-major (made when not given). Returns the weighted
    ms, the households gaining and their unweighted ms, per set.
    """
    g = graph
    set_ptr, set_edges = set_edge_lists(g, sets, n_rows=n_rows)
    total = len(set_edges)
    rev_order = np.argsort(g.head, kind="stable")
    rev_pos = np.empty(len(g.head), np.int64)
    rev_pos[rev_order] = np.arange(len(g.head))
    count = np.asarray(count, np.int64)
    if groups is None:
        groups = np.flatnonzero(count.any(axis=0)).astype(np.int64)
    prune = detours is not None
    if detours is None:
        detours = np.zeros((1, len(groups)), np.int64)
    n_sets = len(sets)
    after_t = np.asarray(edge_after, np.int64)
    exact_to = np.full(len(groups), INF, np.int64) if exact_to is None else exact_to
    if node_major is None:
        node_major = (np.ascontiguousarray(fields[:, groups]) if prune
                      else np.zeros((1, len(groups)), np.int64))  # fmt: skip
    redo = np.zeros(n_sets, bool) if redo is None else redo
    wider = np.zeros(len(groups), bool) if wider is None else wider
    gain = np.zeros(n_sets)
    households = np.zeros(n_sets, np.int64)
    hh_ms = np.zeros(n_sets, np.int64)
    args = (
        set_ptr, set_edges, g.tail, g.head, after_t, rev_pos,
        g.rev_indptr, g.rev_tail, g.rev_time, np.asfortranarray(fields), node_major,
        np.ascontiguousarray(detours), np.asarray(exact_to, np.int64), prune,
        prune and bool((after_t <= g.time_ms).all()), groups,
        np.asarray(weight, float), count, gain, households, hh_ms, redo, wider,
    )  # fmt: skip
    # Sets dealt round-robin to the cores; each thread has its own edge times and buffers.
    n_work = workers(n_sets if total >= _PARALLEL_EDGES else 1)
    parallel_map(lambda todo: gains_of_sets(todo, *args),
                 [np.arange(i, n_sets, n_work) for i in range(n_work)])  # fmt: skip
    return gain, households, hh_ms
