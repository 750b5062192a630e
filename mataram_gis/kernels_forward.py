"""Numba kernels of the forward search per household node (sparse demand).

Used by :func:`mataram_gis.engine.upgrade_benefits` for households tied to one named
centre: few households, so one forward search from each of their nodes is cheaper than a
backward search per segment. Times are int64 milliseconds; heaps hold packed keys
``(key << shift) | node`` as in :mod:`mataram_gis.kernels`.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from mataram_gis.heap import heap_pop, heap_push

_INF = np.int64(1) << np.int64(62)


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
    # Seeds heapified bottom-up in place (no np.sort: it doubled this kernel's compile time).
    heap = np.empty(len(rev_tail) + n + 2, np.int64)
    size = np.int64(0)
    for z in range(n):
        if label[z] < -floor:
            heap[size] = ((label[z] + offset) << np.int64(shift)) | z
            size += 1
    for start in range(size // 2 - 1, -1, -1):
        i = start
        item = heap[i]
        while True:
            c = 2 * i + 1
            if c >= size:
                break
            if c + 1 < size and heap[c + 1] < heap[c]:
                c += 1
            if heap[c] >= item:
                break
            heap[i] = heap[c]
            i = c
        heap[i] = item
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
        size = heap_push(heap, np.int64(0), np.int64(y))
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
