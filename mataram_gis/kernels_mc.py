"""Numba kernel of the Monte Carlo search: one upgrade's exact gain per desil, all groups.

:func:`decrease_groups` runs :func:`mataram_gis.kernels.decrease_times` for every
destination group in one call and sums the time saved at each node times that node's
producers per desil, so an exact re-check costs no Python work per group (before, gathering
the changed nodes' weights in NumPy cost about half as much as the searches themselves).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from mataram_gis.digraph import INF
from mataram_gis.kernels import decrease_times


@njit(cache=True, nogil=True)
def decrease_groups(
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    fields: np.ndarray,
    groups: np.ndarray,
    tails: np.ndarray,
    heads: np.ndarray,
    times: np.ndarray,
    node_weight: np.ndarray,
    cur: np.ndarray,
    stamp: np.ndarray,
    mark: int,
    heap: np.ndarray,
    shift: int,
    out_nodes: np.ndarray,
    out_new: np.ndarray,
    out_ptr: np.ndarray,
    gain: np.ndarray,
) -> int:
    """New times of every group after edges ``tails -> heads`` got faster (``times``).

    ``rev_time`` must already hold the new times. For group ``groups[j]`` the nodes that get
    faster are ``out_nodes[out_ptr[j]:out_ptr[j + 1]]`` with new times ``out_new[...]``;
    ``gain[d]`` receives the sum over those nodes of (old - new) x ``node_weight[node,
    group, d]`` (ms x producers). ``fields`` is not changed. Returns the last stamp mark
    used (marks ``mark .. mark + len(groups) - 1``).
    """
    n_seeds = len(tails)
    seed_node = np.empty(n_seeds, np.int64)
    seed_time = np.empty(n_seeds, np.int64)
    gain[:] = 0.0
    off = 0
    out_ptr[0] = 0
    for j in range(len(groups)):
        grp = groups[j]
        field = fields[:, grp]
        k = 0
        for i in range(n_seeds):
            h = field[heads[i]]
            if h < INF and times[i] + h < field[tails[i]]:
                seed_node[k] = tails[i]
                seed_time[k] = times[i] + h
                k += 1
        m = mark + j
        n = 0
        if k > 0:
            n = decrease_times(rev_indptr, rev_tail, rev_time, field, seed_node[:k],
                               seed_time[:k], cur, stamp, m, out_nodes[off:], heap,
                               shift)  # fmt: skip
        for t in range(off, off + n):
            x = out_nodes[t]
            out_new[t] = cur[x]
            saved = float(field[x] - cur[x])
            for d in range(gain.shape[0]):
                gain[d] += saved * node_weight[x, grp, d]
        off += n
        out_ptr[j + 1] = off
    return mark + len(groups) - 1
