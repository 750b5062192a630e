"""Exact benefit of many upgrade SETS at once (each set alone against no upgrade).

The same computation as :meth:`mataram_gis.upgrades.UpgradeState.gain_and_households` on
a fresh state, looped inside one compiled function so that thousands of sets (every ruas
of a city, and the stretches within them) cost a few kernel calls each and no Python
overhead. For each set: its edges take their upgraded times; per destination group a
Dijkstra from the upgraded edges settles only the nodes that get faster
(:func:`mataram_gis.kernels.decrease_times`); the weighted time saved and the households
at those nodes are summed; the edge times are restored. Exact (integer milliseconds), and
property-tested against brute-force recomputation (tests/test_ruas.py).

Pruning. Let ``R_g(x)`` be the smallest detour (reduced cost ``d(h, x) + D_g(x) - D_g(h)``,
times before any upgrade) by which any household ``h`` of group ``g`` could pass node
``x``, and ``S`` the time the whole set saves on its own edges (an upper bound of what the
upgraded edges can shorten ``d(h, x)``). Any route of ``h`` through ``x`` then takes at least
``D_g(h) + R_g(x) - S - delta(x)``, where ``delta(x)`` is the improvement at ``x``: once
``delta(x) + S <= R_g(x)``, no household gains through ``x`` and the search does not expand
it. (A gaining household's best route has no such node, and its nodes are reached in order,
so its new time is still exact.) Households tied to one named centre are few and local:
their searches then stop near the upgrade instead of sweeping the centre's whole
catchment. ``R_g`` is one forward Dijkstra per group, computed once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from numba import njit

from mataram_gis.engine import INF, DirectedGraph
from mataram_gis.heap import heap_pop, heap_push
from mataram_gis.kernels import decrease_bounded

if TYPE_CHECKING:
    from mataram_gis.problem import UpgradeProblem


@njit(cache=True, nogil=True)
def _detour(
    fwd_indptr: np.ndarray,
    fwd_head: np.ndarray,
    fwd_time: np.ndarray,
    field: np.ndarray,
    sources: np.ndarray,
    shift: int,
) -> np.ndarray:
    """``R(x)``: least reduced-cost distance from any of ``sources`` to ``x`` (``INF``: none)."""
    n = len(field)
    out = np.full(n, INF, np.int64)
    heap = np.empty(len(fwd_head) + len(sources) + 2, np.int64)
    mask = (np.int64(1) << np.int64(shift)) - 1
    size = 0
    for i in range(len(sources)):
        y = sources[i]
        if field[y] < INF and out[y] != 0:
            out[y] = 0
            size = heap_push(heap, size, np.int64(y))
    while size > 0:
        key, size = heap_pop(heap, size)
        z = key & mask
        r = key >> np.int64(shift)
        if r > out[z]:
            continue
        for k in range(fwd_indptr[z], fwd_indptr[z + 1]):
            w = fwd_head[k]
            if field[w] >= INF:
                continue
            nr = r + fwd_time[k] + field[w] - field[z]
            if nr < out[w]:
                out[w] = nr
                size = heap_push(heap, size, (nr << np.int64(shift)) | w)
    return out


@njit(cache=True, nogil=True)
def _set_gains(
    set_ptr: np.ndarray,
    set_edges: np.ndarray,
    tail: np.ndarray,
    head: np.ndarray,
    after: np.ndarray,
    rev_pos: np.ndarray,
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    fields: np.ndarray,
    detours: np.ndarray,
    prune: bool,
    groups: np.ndarray,
    weight: np.ndarray,
    count: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    n_sets = len(set_ptr) - 1
    n = fields.shape[0]
    gain = np.zeros(n_sets)
    households = np.zeros(n_sets, np.int64)
    hh_ms = np.zeros(n_sets, np.int64)
    cur = np.zeros(n, np.int64)
    stamp = np.full(n, -1, np.int64)
    touched = np.empty(n, np.int64)
    heap = np.empty(len(rev_tail) + n + 2, np.int64)
    shift = 1
    while (np.int64(1) << shift) <= n:
        shift += 1
    mark = 0
    for s in range(n_sets):
        lo, hi = set_ptr[s], set_ptr[s + 1]
        if hi == lo:
            continue
        m = hi - lo
        old = np.empty(m, np.int64)
        slack = np.int64(0)
        for i in range(m):
            e = set_edges[lo + i]
            old[i] = rev_time[rev_pos[e]]
            if old[i] > after[e]:
                slack += old[i] - after[e]
            rev_time[rev_pos[e]] = after[e]
        seed_node = np.empty(m, np.int64)
        seed_time = np.empty(m, np.int64)
        total = 0.0
        hh = 0
        hs = 0
        for gi in range(len(groups)):
            g = groups[gi]
            field = fields[:, g]
            k = 0
            for i in range(m):
                e = set_edges[lo + i]
                if field[head[e]] < INF:
                    seed_node[k] = tail[e]
                    seed_time[k] = after[e] + field[head[e]]
                    k += 1
            if k == 0:
                continue
            mark += 1
            nt = decrease_bounded(
                rev_indptr,
                rev_tail,
                rev_time,
                field,
                detours[:, gi],
                slack,
                prune,
                seed_node[:k],
                seed_time[:k],
                cur,
                stamp,
                mark,
                touched,
                heap,
                shift,
            )
            for j in range(nt):
                x = touched[j]
                total += weight[x, g] * (field[x] - cur[x])
                hh += count[x, g]
                hs += count[x, g] * (field[x] - cur[x])
        gain[s] = total
        households[s] = hh
        hh_ms[s] = hs
        for i in range(m):
            e = set_edges[lo + i]
            rev_time[rev_pos[e]] = old[i]
    return gain, households, hh_ms


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
    """
    g = problem.graph
    count = np.asarray(problem.node_count, np.int64)
    # every group with a household (zero-weight households still count as benefiting)
    groups = np.flatnonzero(count.any(axis=0)).astype(np.int64)
    fields = np.asfortranarray(problem.base_fields)
    shift = max(1, int(g.n_nodes).bit_length())
    detours = np.empty((g.n_nodes, len(groups)), np.int64, order="F")
    for i, grp in enumerate(groups):
        sources = np.flatnonzero(count[:, grp] > 0).astype(np.int64)
        detours[:, i] = _detour(
            g.fwd_indptr, g.fwd_head, g.fwd_time, fields[:, grp], sources, shift
        )
    gain, households, _ = gains_on(
        g, fields, problem.edge_after_ms, sets, problem.node_weight, count,
        n_rows=problem.n_segments, groups=groups, detours=detours,
    )  # fmt: skip
    return gain, households


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
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Gain of each set of rows against ``graph`` with its exact ``fields``.

    ``graph.segment`` gives each edge's row, ``edge_after`` its upgraded time; ``weight``
    and ``count`` are per node and group. Without ``detours`` the searches are not pruned
    (any current state, e.g. :class:`mataram_gis.upgrades.UpgradeState`). Returns the
    weighted ms, the households gaining and their unweighted ms, per set.
    """
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
    set_of = np.repeat(np.arange(len(sets)), sizes)
    per_row = seg_ptr[rows + 1] - seg_ptr[rows]
    total = int(per_row.sum())
    offs = np.arange(total) - np.repeat(np.cumsum(per_row) - per_row, per_row)
    set_edges = seg_edges[np.repeat(seg_ptr[rows], per_row) + offs].astype(np.int64)
    set_ptr = np.zeros(len(sets) + 1, np.int64)
    np.cumsum(
        np.bincount(set_of, weights=per_row, minlength=len(sets)).astype(np.int64), out=set_ptr[1:]
    )
    rev_order = np.argsort(g.head, kind="stable")
    rev_pos = np.empty(len(g.head), np.int64)
    rev_pos[rev_order] = np.arange(len(g.head))
    count = np.asarray(count, np.int64)
    if groups is None:
        groups = np.flatnonzero(count.any(axis=0)).astype(np.int64)
    prune = detours is not None
    if detours is None:
        detours = np.zeros((1, len(groups)), np.int64)
    return _set_gains(
        set_ptr,
        set_edges,
        g.tail,
        g.head,
        np.asarray(edge_after, np.int64),
        rev_pos,
        g.rev_indptr,
        g.rev_tail,
        g.rev_time.copy(),
        np.asfortranarray(fields),
        detours,
        prune,
        groups,
        np.asarray(weight, float),
        count,
    )
