"""The compiled loops of :mod:`mataram_gis.set_gains` (exact gains of many upgrade sets).

See :func:`mataram_gis.set_gains.set_gains` for the method and why each bound is exact.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from mataram_gis.engine import INF
from mataram_gis.heap import heap_pop, heap_push
from mataram_gis.kernels import seed_decrease


@njit(cache=True, nogil=True)
def detour_bound(
    fwd_indptr: np.ndarray,
    fwd_head: np.ndarray,
    fwd_time: np.ndarray,
    field: np.ndarray,
    sources: np.ndarray,
    shift: int,
    cap: np.int64,
    prev: np.ndarray,
    prev_cap: np.int64,
) -> np.ndarray:
    """``R(x)``: least reduced-cost distance from any of ``sources`` to ``x``, or ``cap``
    where it is at least ``cap`` (the search stops there; ``cap = INF``: the whole field).

    ``prev``: an earlier result, exact below ``prev_cap`` (0: none), possibly on a field
    then known only closer (``INF`` beyond): its nodes below ``prev_cap`` are final (every
    node of their routes is below too, with the same field) and seed the search."""
    n = len(field)
    out = np.full(n, cap, np.int64)
    heap = np.empty(len(fwd_head) + len(sources) + n + 2, np.int64)
    mask = (np.int64(1) << np.int64(shift)) - 1
    size = 0
    if prev_cap > 0:
        for y in range(n):
            if prev[y] < prev_cap and prev[y] < cap and field[y] < INF:
                out[y] = prev[y]
                size = heap_push(heap, size, (prev[y] << np.int64(shift)) | y)
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
def extend_field(
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    field: np.ndarray,
    shift: int,
) -> np.ndarray:
    """The whole field from one exact where finite and ``INF`` beyond a radius (as
    :func:`mataram_gis.engine.distance_fields` with ``settle``): Dijkstra on the reversed
    graph continued from the finite nodes next to an ``INF`` one (every route into the
    ``INF`` part leaves the finite part through such a node)."""
    n = len(field)
    out = field.copy()
    heap = np.empty(len(rev_tail) + n + 2, np.int64)
    mask = (np.int64(1) << np.int64(shift)) - 1
    size = 0
    for x in range(n):
        if out[x] < INF:
            for k in range(rev_indptr[x], rev_indptr[x + 1]):
                if out[rev_tail[k]] >= INF:
                    size = heap_push(heap, size, (out[x] << np.int64(shift)) | x)
                    break
    while size > 0:
        key, size = heap_pop(heap, size)
        x = key & mask
        d = key >> np.int64(shift)
        if d > out[x]:
            continue
        for k in range(rev_indptr[x], rev_indptr[x + 1]):
            y = rev_tail[k]
            nd = d + rev_time[k]
            if nd < out[y]:
                out[y] = nd
                size = heap_push(heap, size, (nd << np.int64(shift)) | y)
    return out


@njit(cache=True, nogil=True)
def search_pruned(
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    field: np.ndarray,
    detours: np.ndarray,
    gi: int,
    slack: np.int64,
    prune: bool,
    seed_node: np.ndarray,
    seed_time: np.ndarray,
    cur: np.ndarray,
    stamp: np.ndarray,
    mark: int,
    touched: np.ndarray,
    heap: np.ndarray,
    shift: int,
) -> int:
    """:func:`mataram_gis.kernels.decrease_times` on a field that may end at a radius
    (nodes whose field is ``INF`` are never touched), with ``prune``: nodes whose detour
    ``R`` is at least ``slack`` are not expanded (see :func:`mataram_gis.set_gains.set_gains`)."""
    mask = (np.int64(1) << np.int64(shift)) - 1
    size, n_touched = seed_decrease(field, seed_node, seed_time, cur, stamp, mark, touched,
                                    heap, shift)  # fmt: skip
    while size > 0:
        key, size = heap_pop(heap, size)
        x = key & mask
        c = key >> np.int64(shift)
        if c > cur[x]:
            continue
        if prune and detours[x, gi] >= slack:
            continue
        for k in range(rev_indptr[x], rev_indptr[x + 1]):
            y = rev_tail[k]
            nc = c + rev_time[k]
            if nc < field[y] and field[y] < INF and (stamp[y] != mark or nc < cur[y]):
                if stamp[y] != mark:
                    stamp[y] = mark
                    touched[n_touched] = y
                    n_touched += 1
                cur[y] = nc
                size = heap_push(heap, size, (nc << np.int64(shift)) | y)
    return n_touched


@njit(cache=True, nogil=True)
def group_slack(
    m: int,
    edges: np.ndarray,
    saving: np.ndarray,
    tail: np.ndarray,
    head: np.ndarray,
    rows: np.ndarray,
    detours: np.ndarray,
    gi: int,
    slack: np.int64,
    exact_to: np.int64,
) -> np.int64:
    """The set's slack for one group: the saving of the edges a gaining route of the group
    may use (tail detour below the slack), one edge per pair of nodes (the largest), to a
    fixed point (see :func:`set_gains`). ``edges`` are sorted by their pair of nodes (else
    the bound is only looser)."""
    s = slack
    while True:
        new = np.int64(0)
        run_lo, run_hi, run_max = -1, -1, np.int64(0)
        for i in range(m):
            a, b = tail[edges[i]], head[edges[i]]
            if saving[i] > 0 and may_serve(a, b, rows, detours, gi, s, exact_to):
                if min(a, b) != run_lo or max(a, b) != run_hi:
                    new += run_max
                    run_lo, run_hi, run_max = min(a, b), max(a, b), np.int64(0)
                run_max = max(run_max, saving[i])
        new += run_max
        if new >= s:
            return s
        s = new


@njit(cache=True, nogil=True)
def may_serve(
    a: int, b: int, rows: np.ndarray, detours: np.ndarray, gi: int, s: np.int64,
    exact_to: np.int64,
) -> bool:  # fmt: skip
    """Whether edge ``a -> b`` may lie on a gaining route when the set's edges save ``s``:
    ``R(a) < s``. Beyond ``exact_to`` (the field's margin) nodes may be ``INF`` and ``R``
    is only known to be at least ``exact_to + 1`` there. ``rows``: the fields, node-major
    (one column per entry of the groups, like ``detours``)."""
    if s <= exact_to:
        return rows[a, gi] < INF and rows[b, gi] < INF and detours[a, gi] < s
    r = exact_to + 1
    if rows[a, gi] < INF and detours[a, gi] < r:
        r = detours[a, gi]
    return r < s


@njit(cache=True, nogil=True)
def gains_of_sets(
    todo: np.ndarray,
    set_ptr: np.ndarray,
    set_edges: np.ndarray,
    tail: np.ndarray,
    head: np.ndarray,
    after: np.ndarray,
    rev_pos: np.ndarray,
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time_in: np.ndarray,
    fields: np.ndarray,
    rows: np.ndarray,
    detours: np.ndarray,
    exact_to: np.ndarray,
    prune: bool,
    restrict: bool,
    groups: np.ndarray,
    weight: np.ndarray,
    count: np.ndarray,
    gain: np.ndarray,
    households: np.ndarray,
    hh_ms: np.ndarray,
    redo: np.ndarray,
    wider: np.ndarray,
) -> None:
    """Gains of the sets ``todo`` into ``gain``, ``households``, ``hh_ms`` (see
    :func:`gains_on`). With ``prune``, each group sees only the edges of the set its gaining
    routes may use; a set whose slack for group ``gi`` exceeds ``exact_to[gi]`` is marked in
    ``redo`` (and the group in ``wider``): it needs that group's whole field. ``restrict``
    (pruned, and no edge slower once upgraded, which split segments can have) limits each
    group to the edges it may use."""
    n = fields.shape[0]
    rev_time = rev_time_in.copy()
    cur = np.zeros(n, np.int64)
    stamp = np.full(n, -1, np.int64)
    touched = np.empty(n, np.int64)
    heap = np.empty(len(rev_tail) + n + 2, np.int64)
    shift = 1
    while (np.int64(1) << shift) <= n:
        shift += 1
    mark = 0
    near = np.zeros(len(groups), np.bool_)
    for s in todo:
        lo, hi = set_ptr[s], set_ptr[s + 1]
        if hi == lo:
            continue
        m = hi - lo
        edges = set_edges[lo:hi]
        old = np.empty(m, np.int64)
        saving = np.zeros(m, np.int64)
        slack = np.int64(0)  # a simple route takes one edge per pair of nodes: the largest
        run_lo, run_hi, run_max = -1, -1, np.int64(0)
        for i in range(m):
            e = edges[i]
            old[i] = rev_time[rev_pos[e]]
            if old[i] > after[e]:
                saving[i] = old[i] - after[e]
                lo, hi = min(tail[e], head[e]), max(tail[e], head[e])
                if lo != run_lo or hi != run_hi:
                    slack += run_max
                    run_lo, run_hi, run_max = lo, hi, np.int64(0)
                run_max = max(run_max, saving[i])
        slack += run_max
        use = np.zeros(m, np.bool_)
        seed_node = np.empty(m, np.int64)
        seed_time = np.empty(m, np.int64)
        total = 0.0
        hh = 0
        hs = 0
        if restrict:  # groups some edge may serve (node-major arrays: one pass, cached)
            for gi in range(len(groups)):
                near[gi] = False
            for i in range(m):
                if saving[i] > 0:
                    a, b = tail[edges[i]], head[edges[i]]
                    for gi in range(len(groups)):
                        if not near[gi]:
                            near[gi] = may_serve(a, b, rows, detours, gi, slack, exact_to[gi])
        for gi in range(len(groups)):
            g = groups[gi]
            field = fields[:, g]
            s_g = slack
            if restrict:
                if not near[gi]:
                    continue
                s_g = group_slack(m, edges, saving, tail, head, rows, detours, gi, slack,
                                   exact_to[gi])  # fmt: skip
                if s_g == 0:
                    continue
            if prune and s_g > exact_to[gi]:
                redo[s] = True
                wider[gi] = True
                continue
            # The group's edges take their upgraded time (pruned: only those it may use).
            k = 0
            for i in range(m):
                e = edges[i]
                a, b = tail[e], head[e]
                use[i] = not restrict or (
                    saving[i] > 0 and may_serve(a, b, rows, detours, gi, s_g, exact_to[gi])
                )
                if use[i]:
                    rev_time[rev_pos[e]] = after[e]
                    if field[b] < INF and field[a] < INF:
                        seed_node[k] = a
                        seed_time[k] = after[e] + field[b]
                        k += 1
            if k > 0:
                mark += 1
                nt = search_pruned(
                    rev_indptr, rev_tail, rev_time, field, detours, gi, s_g, prune,
                    seed_node[:k], seed_time[:k], cur, stamp, mark, touched, heap, shift,
                )  # fmt: skip
                for j in range(nt):
                    x = touched[j]
                    total += weight[x, g] * (field[x] - cur[x])
                    hh += count[x, g]
                    hs += count[x, g] * (field[x] - cur[x])
            for i in range(m - 1, -1, -1):
                if use[i]:
                    rev_time[rev_pos[edges[i]]] = old[i]
        gain[s] = total
        households[s] = hh
        hh_ms[s] = hs
