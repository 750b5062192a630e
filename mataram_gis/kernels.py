"""Numba kernels of the ranking engine (see :mod:`mataram_gis.engine` for the method).

Times are int64 milliseconds. Heaps hold one packed int64 per entry,
``(key << shift) | node``, which keeps them flat and fast; the engine checks that keys
cannot overflow.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from mataram_gis.heap import heap_pop, heap_push

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
    size = heap_push(heap, 0, np.int64(a))
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
                             field, best, bstamp, s, touched, 0, dist, dstamp, done, stamp,
                             heap, shift)  # fmt: skip
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


# --------------------------------------------------------------------------------------
# Forward search per household node (sparse demand: households tied to one centre)
# --------------------------------------------------------------------------------------
@njit(cache=True, nogil=True)
def gain_potential(
    fwd_indptr: np.ndarray,
    fwd_head: np.ndarray,
    fwd_seg: np.ndarray,
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    field: np.ndarray,
    after: np.ndarray,
    upgradable: np.ndarray,
    shift: int,
    floor: np.int64,
) -> np.ndarray:
    """Largest gain any single upgrade downstream of each node could give a trip from it.

    ``U(z) = max(smax(z), max over z -> w of U(w) - rc(z -> w))`` where ``smax(a)`` is the
    best slack ``D(a) - t' - D(b)`` of an upgradable edge out of ``a`` and ``rc`` the
    reduced cost ``t + D(w) - D(z) >= 0``. Computed as one Dijkstra on the reversed graph
    with labels ``-U``.

    Only gains above ``floor`` are tracked: the result is ``max(floor, U)``, still an
    upper bound of every gain, and the Dijkstra then touches only the few nodes near
    upgrades whose slack exceeds ``floor`` (``floor = 0``: the exact ``U``).
    """
    n = len(field)
    label = np.full(n, -floor, np.int64)  # -max(floor, U)
    for z in range(n):
        if field[z] >= _INF:
            continue
        for k in range(fwd_indptr[z], fwd_indptr[z + 1]):
            s = fwd_seg[k]
            w = fwd_head[k]
            if upgradable[s] and field[w] < _INF:
                slack = field[z] - after[s] - field[w]
                if -slack < label[z]:
                    label[z] = -slack
    lo = np.int64(0)
    for z in range(n):
        if label[z] < lo:
            lo = label[z]
    offset = -lo + 1  # heap keys must be positive
    mask = (np.int64(1) << np.int64(shift)) - 1
    # Seeds as a sorted array: a valid min-heap built in one sort.
    heap = np.empty(len(rev_tail) + n + 2, np.int64)
    size = 0
    for z in range(n):
        if label[z] < -floor:
            heap[size] = ((label[z] + offset) << np.int64(shift)) | z
            size += 1
    heap[:size] = np.sort(heap[:size])
    # Along reduced-cost-0 edges (shortest-path tree edges) a label passes on unchanged:
    # those nodes go on a stack and are settled at once, without the heap.
    stack = np.empty(n, np.int64)
    while size > 0:
        key, size = heap_pop(heap, size)
        w = key & mask
        lw = (key >> np.int64(shift)) - offset
        if lw > label[w]:
            continue
        top = 0
        stack[0] = w
        top = 1
        while top > 0:
            top -= 1
            x = stack[top]
            if label[x] < lw:
                continue  # settled later with a better label
            for k in range(rev_indptr[x], rev_indptr[x + 1]):
                z = rev_tail[k]
                if field[z] >= _INF:
                    continue
                lz = lw + rev_time[k] + field[x] - field[z]
                if lz < label[z]:
                    label[z] = lz
                    if lz == lw:
                        stack[top] = z
                        top += 1
                    else:
                        size = heap_push(heap, size, ((lz + offset) << np.int64(shift)) | z)
    return -label


@njit(cache=True, nogil=True)
def forward_benefits(
    fwd_indptr: np.ndarray,
    fwd_head: np.ndarray,
    fwd_time: np.ndarray,
    fwd_seg: np.ndarray,
    field: np.ndarray,
    after: np.ndarray,
    upgradable: np.ndarray,
    potential: np.ndarray,
    sources: np.ndarray,
    weight: np.ndarray,
    count: np.ndarray,
    shift: int,
    wsec: np.ndarray,
    hh: np.ndarray,
    hsec: np.ndarray,
) -> None:
    """Add one group's benefit of every segment (one forward search per household node).

    From household node ``y`` the search runs on reduced costs; the gain of upgrading edge
    ``a -> b`` for ``y`` is ``slack(a -> b) - rc(y -> a)``, and the search stops where
    ``rc(y -> z) >= potential[z]`` (nothing downstream can help any more).
    """
    n = len(field)
    n_seg = len(after)
    dist = np.zeros(n, np.int64)
    dstamp = np.full(n, -1, np.int64)
    done = np.full(n, -1, np.int64)
    sstamp = np.full(n_seg, -1, np.int64)
    sbest = np.zeros(n_seg, np.int64)
    stouched = np.empty(n_seg, np.int64)
    heap = np.empty(len(fwd_head) + 2, np.int64)
    mask = (np.int64(1) << np.int64(shift)) - 1
    for i in range(len(sources)):
        y = sources[i]
        if potential[y] <= 0 or field[y] >= _INF:
            continue
        stamp = i
        nts = 0
        dist[y] = 0
        dstamp[y] = stamp
        size = heap_push(heap, 0, np.int64(y))
        while size > 0:
            key, size = heap_pop(heap, size)
            z = key & mask
            r = key >> np.int64(shift)
            if done[z] == stamp:
                continue
            done[z] = stamp
            if r >= potential[z]:
                continue
            for k in range(fwd_indptr[z], fwd_indptr[z + 1]):
                w = fwd_head[k]
                if field[w] >= _INF:
                    continue
                s = fwd_seg[k]
                if upgradable[s]:
                    gain = field[z] - after[s] - field[w] - r
                    if gain > 0:
                        if sstamp[s] != stamp:
                            sstamp[s] = stamp
                            sbest[s] = gain
                            stouched[nts] = s
                            nts += 1
                        elif gain > sbest[s]:
                            sbest[s] = gain
                nr = r + fwd_time[k] + field[w] - field[z]
                if nr < potential[w] and (dstamp[w] != stamp or nr < dist[w]):
                    dist[w] = nr
                    dstamp[w] = stamp
                    size = heap_push(heap, size, (nr << np.int64(shift)) | w)
        for j in range(nts):
            s = stouched[j]
            wsec[s] += weight[i] * sbest[s]
            hh[s] += count[i]
            hsec[s] += count[i] * sbest[s]


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
    size = 0
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
    mask = (np.int64(1) << np.int64(shift)) - 1
    size = 0
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
    while size > 0:
        key, size = heap_pop(heap, size)
        x = key & mask
        c = key >> np.int64(shift)
        if c > cur[x]:
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
