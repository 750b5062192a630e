"""Numba kernels of the ranking engine (see :mod:`mataram_gis.engine` for the method).

Times are int64 milliseconds. Heaps hold one packed int64 per entry,
``(key << shift) | node``, which keeps them flat and fast; the engine checks that keys
cannot overflow.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from mataram_gis.heap import heap_pop, heap_push

# The forward-search kernels live in their own module; re-exported for the engine.
from mataram_gis.kernels_forward import forward_benefits as forward_benefits
from mataram_gis.kernels_forward import gain_potential as gain_potential

_INF = np.int64(1) << np.int64(62)


# Backward search per segment (dense demand: the nearest-centre group)
@njit(cache=True, nogil=True)
def backward_search(
    a: int,
    b: int,
    t_new: np.int64,
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    field: np.ndarray,
    best: np.ndarray,
    bstamp: np.ndarray,
    bmark: int,
    touched: np.ndarray,
    n_touched: int,
    dist: np.ndarray,
    dstamp: np.ndarray,
    done: np.ndarray,
    stamp: int,
    heap: np.ndarray,
    shift: int,
) -> int:
    """Pruned backward Dijkstra from ``a`` for the upgraded edge ``a -> b``.

    Every node whose time improves is recorded in ``touched`` with its new time in
    ``best``; the search does not expand nodes that do not improve.
    """
    if field[b] >= _INF or field[a] >= _INF:
        return n_touched
    off = t_new + field[b]
    if off >= field[a]:
        return n_touched
    mask = (np.int64(1) << np.int64(shift)) - 1
    dist[a] = 0
    dstamp[a] = stamp
    size = heap_push(heap, np.int64(0), np.int64(a))
    while size > 0:
        key, size = heap_pop(heap, size)
        x = key & mask
        d = key >> np.int64(shift)
        if done[x] == stamp:
            continue
        done[x] = stamp
        c = d + off
        if c >= field[x] or field[x] >= _INF:
            continue  # no gain here, hence none upstream through x (INF: out of range)
        if bstamp[x] != bmark:
            bstamp[x] = bmark
            best[x] = field[x]
            touched[n_touched] = x
            n_touched += 1
        if c < best[x]:
            best[x] = c
        for k in range(rev_indptr[x], rev_indptr[x + 1]):
            y = rev_tail[k]
            nd = d + rev_time[k]
            if dstamp[y] != stamp or nd < dist[y]:
                dist[y] = nd
                dstamp[y] = stamp
                size = heap_push(heap, size, (nd << np.int64(shift)) | y)
    return n_touched


@njit(cache=True, nogil=True)
def backward_scratch(
    n: int, n_edges: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Work arrays of :func:`backward_search`: reused across searches through stamps."""
    return (
        np.zeros(n, np.int64),
        np.full(n, -1, np.int64),
        np.full(n, -1, np.int64),
        np.full(n, -1, np.int64),
        np.empty(n, np.int64),
        np.empty(n, np.int64),
        np.empty(n_edges + 2, np.int64),
    )


@njit(cache=True, nogil=True)
def backward_benefits(
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    two_way: np.ndarray,
    after: np.ndarray,
    todo: np.ndarray,
    field: np.ndarray,
    weight: np.ndarray,
    count: np.ndarray,
    shift: int,
    wsec: np.ndarray,
    hh: np.ndarray,
    hsec: np.ndarray,
) -> None:
    """Add one group's benefit of every segment in ``todo`` (backward searches)."""
    n = len(field)
    dist, dstamp, done, bstamp, best, touched, heap = backward_scratch(n, len(rev_tail))
    stamp = 0
    for i in range(len(todo)):
        s = todo[i]
        stamp += 1
        nt = backward_search(seg_u[s], seg_v[s], after[s], rev_indptr, rev_tail, rev_time,
                             field, best, bstamp, s, touched, np.int64(0), dist, dstamp, done,
                             stamp, heap, shift)  # fmt: skip
        if two_way[s]:
            stamp += 1
            nt = backward_search(seg_v[s], seg_u[s], after[s], rev_indptr, rev_tail,
                                 rev_time, field, best, bstamp, s, touched, nt, dist, dstamp,
                                 done, stamp, heap, shift)  # fmt: skip
        w = 0.0
        c = 0
        cs = 0
        for j in range(nt):
            x = touched[j]
            saved = field[x] - best[x]
            if saved > 0 and count[x] > 0:
                w += weight[x] * saved
                c += count[x]
                cs += count[x] * saved
        wsec[s] += w
        hh[s] += c
        hsec[s] += cs


@njit(cache=True, nogil=True)
def one_segment(
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    u: int,
    v: int,
    two_way: bool,
    t_new: np.int64,
    field: np.ndarray,
    shift: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Nodes whose time to one group improves when one segment is upgraded, new times."""
    n = len(field)
    dist, dstamp, done, bstamp, best, touched, heap = backward_scratch(n, len(rev_tail))
    nt = backward_search(u, v, t_new, rev_indptr, rev_tail, rev_time, field, best, bstamp, 0,
                         touched, 0, dist, dstamp, done, 1, heap, shift)  # fmt: skip
    if two_way:
        nt = backward_search(v, u, t_new, rev_indptr, rev_tail, rev_time, field, best, bstamp,
                             0, touched, nt, dist, dstamp, done, 2, heap, shift)  # fmt: skip
    nodes = touched[:nt].copy()
    out = np.empty(nt, np.int64)
    for j in range(nt):
        out[j] = best[nodes[j]]
    return nodes, out


@njit(cache=True, nogil=True)
def times_to_targets(
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    targets: np.ndarray,
    settle: np.ndarray,
    margin: np.int64,
    shift: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Dijkstra on the reversed graph: time from every node to the nearest target.

    Returns the times and, per node, the index (into ``targets``) of that nearest target.
    When ``settle`` marks some nodes, the search stops once all of them are settled and the
    frontier has passed their largest time by ``margin``; farther nodes get ``INF``.
    """
    n = len(rev_indptr) - 1
    dist = np.full(n, _INF, np.int64)
    which = np.full(n, -1, np.int64)
    heap = np.empty(len(rev_tail) + len(targets) + 2, np.int64)
    mask = (np.int64(1) << np.int64(shift)) - 1
    to_settle = 0
    for x in range(n):
        if settle[x]:
            to_settle += 1
    bounded = to_settle > 0
    stop = _INF
    size = np.int64(0)
    for i in range(len(targets)):
        t = targets[i]
        if dist[t] != 0:
            dist[t] = 0
            which[t] = i
            size = heap_push(heap, size, np.int64(t))
    while size > 0:
        key, size = heap_pop(heap, size)
        x = key & mask
        d = key >> np.int64(shift)
        if d > dist[x]:
            continue
        if d >= stop:
            break
        if bounded and settle[x]:
            to_settle -= 1
            if to_settle == 0:
                stop = d + margin + 1
        for k in range(rev_indptr[x], rev_indptr[x + 1]):
            y = rev_tail[k]
            nd = d + rev_time[k]
            if nd < dist[y]:
                dist[y] = nd
                which[y] = which[x]
                size = heap_push(heap, size, (nd << np.int64(shift)) | y)
    if stop < _INF:
        for x in range(n):
            if dist[x] >= stop:
                dist[x] = _INF
                which[x] = -1
    return dist, which


@njit(cache=True, nogil=True)
def seed_decrease(
    field: np.ndarray,
    seed_node: np.ndarray,
    seed_time: np.ndarray,
    cur: np.ndarray,
    stamp: np.ndarray,
    mark: int,
    touched: np.ndarray,
    heap: np.ndarray,
    shift: int,
) -> tuple[int, int]:
    """Put the seeds that improve on ``field`` into the heap: (heap size, nodes touched)."""
    size = np.int64(0)
    n_touched = 0
    for i in range(len(seed_node)):
        a = seed_node[i]
        if seed_time[i] < field[a] and (stamp[a] != mark or seed_time[i] < cur[a]):
            if stamp[a] != mark:
                stamp[a] = mark
                touched[n_touched] = a
                n_touched += 1
            cur[a] = seed_time[i]
            size = heap_push(heap, size, (seed_time[i] << np.int64(shift)) | a)
    return size, n_touched


@njit(cache=True, nogil=True)
def decrease_bounded(
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    field: np.ndarray,
    detour: np.ndarray,
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
    """:func:`decrease_times`; with ``prune``, nodes whose gain plus ``slack`` is at most
    their ``detour`` are not expanded (the bound of :mod:`mataram_gis.set_gains`)."""
    mask = (np.int64(1) << np.int64(shift)) - 1
    size, n_touched = seed_decrease(field, seed_node, seed_time, cur, stamp, mark, touched,
                                    heap, shift)  # fmt: skip
    while size > 0:
        key, size = heap_pop(heap, size)
        x = key & mask
        c = key >> np.int64(shift)
        if c > cur[x]:
            continue
        if prune and field[x] - c + slack <= detour[x]:
            continue
        for k in range(rev_indptr[x], rev_indptr[x + 1]):
            y = rev_tail[k]
            nc = c + rev_time[k]
            if nc < field[y] and (stamp[y] != mark or nc < cur[y]):
                if stamp[y] != mark:
                    stamp[y] = mark
                    touched[n_touched] = y
                    n_touched += 1
                cur[y] = nc
                size = heap_push(heap, size, (nc << np.int64(shift)) | y)
    return n_touched


@njit(cache=True, nogil=True)
def decrease_times(
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    field: np.ndarray,
    seed_node: np.ndarray,
    seed_time: np.ndarray,
    cur: np.ndarray,
    stamp: np.ndarray,
    mark: int,
    touched: np.ndarray,
    heap: np.ndarray,
    shift: int,
) -> int:
    """New times to one group after some edges got faster (``rev_time`` already updated).

    ``seed_node[i]`` may now reach the group in ``seed_time[i]`` (the upgraded edge's new
    time plus the old time of its head). A Dijkstra from these seeds over incoming edges
    settles only nodes whose time decreases, which is all that changes when times only
    decrease. New times go to ``cur`` (valid where ``stamp == mark``); the changed nodes
    to ``touched``; returns their number.
    """
    return decrease_bounded(rev_indptr, rev_tail, rev_time, field, field, np.int64(0), False,
                            seed_node, seed_time, cur, stamp, mark, touched, heap,
                            shift)  # fmt: skip
