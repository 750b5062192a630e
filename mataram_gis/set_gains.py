"""Exact benefit of many upgrade SETS at once (each set alone against no upgrade).

The same computation as :meth:`mataram_gis.upgrades.UpgradeState.gain_and_households` on
a fresh state, looped inside one compiled function so that thousands of sets (every ruas
of a city, and the stretches within them) cost a few kernel calls each and no Python
overhead. For each set: its edges take their upgraded times; per destination group a
Dijkstra from the upgraded edges settles only the nodes that get faster
(:func:`mataram_gis.kernels.decrease_times`); the weighted time saved and the households
at those nodes are summed; the edge times are restored. Exact (integer milliseconds), and
property-tested against brute-force recomputation (tests/test_ruas.py).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from mataram_gis.engine import INF
from mataram_gis.kernels import decrease_times
from mataram_gis.problem import UpgradeProblem


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
    groups: np.ndarray,
    weight: np.ndarray,
    count: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    n_sets = len(set_ptr) - 1
    n = fields.shape[0]
    gain = np.zeros(n_sets)
    households = np.zeros(n_sets, np.int64)
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
        for i in range(m):
            e = set_edges[lo + i]
            old[i] = rev_time[rev_pos[e]]
            rev_time[rev_pos[e]] = after[e]
        seed_node = np.empty(m, np.int64)
        seed_time = np.empty(m, np.int64)
        total = 0.0
        hh = 0
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
            nt = decrease_times(
                rev_indptr,
                rev_tail,
                rev_time,
                field,
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
        gain[s] = total
        households[s] = hh
        for i in range(m):
            e = set_edges[lo + i]
            rev_time[rev_pos[e]] = old[i]
    return gain, households


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
    seg_ptr = np.zeros(problem.n_segments + 1, np.int64)
    np.cumsum(np.bincount(g.segment, minlength=problem.n_segments), out=seg_ptr[1:])
    seg_edges = np.argsort(g.segment, kind="stable")
    after_e = problem.after_ms[g.segment]
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
    weight = problem.node_weight
    # every group with a household (zero-weight households still count as benefiting)
    groups = np.flatnonzero(np.asarray(problem.node_count).any(axis=0)).astype(np.int64)
    return _set_gains(
        set_ptr,
        set_edges,
        g.tail,
        g.head,
        after_e.astype(np.int64),
        rev_pos,
        g.rev_indptr,
        g.rev_tail,
        g.rev_time.copy(),
        np.asfortranarray(problem.base_fields),
        groups,
        np.asarray(weight, float),
        np.asarray(problem.node_count, np.int64),
    )
