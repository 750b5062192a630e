"""Numba kernels of the closure (vulnerability) analysis; see :mod:`mataram_gis.criticality`.

Times are int64 milliseconds, every edge takes at least 1 ms (``speeds.travel_time_ms``),
so a *tight* edge ``x -> y`` (``D(x) == t + D(y)``) always leads to a strictly smaller
``D``. Heaps hold packed keys ``(key << shift) | node`` as in :mod:`mataram_gis.kernels`,
whose heap routines are reused.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from mataram_gis.heap import heap_pop, heap_push

_INF = np.int64(1) << np.int64(62)


@njit(cache=True, nogil=True)
def demand_closure(
    fwd_indptr: np.ndarray,
    fwd_head: np.ndarray,
    fwd_time: np.ndarray,
    field: np.ndarray,
    sources: np.ndarray,
) -> np.ndarray:
    """Nodes lying on some shortest path from one of ``sources`` (tight-edge descendants).

    Only an edge out of such a node can lengthen a household's trip when it is cut.
    """
    n = len(field)
    seen = np.zeros(n, np.bool_)
    stack = np.empty(n, np.int64)
    top = 0
    for i in range(len(sources)):
        x = sources[i]
        if field[x] < _INF and not seen[x]:
            seen[x] = True
            stack[top] = x
            top += 1
    while top > 0:
        top -= 1
        x = stack[top]
        for k in range(fwd_indptr[x], fwd_indptr[x + 1]):
            y = fwd_head[k]
            if not seen[y] and field[y] < _INF and field[x] == fwd_time[k] + field[y]:
                seen[y] = True
                stack[top] = y
                top += 1
    return seen


@njit(cache=True, nogil=True)
def tight_out_degree(
    fwd_indptr: np.ndarray, fwd_head: np.ndarray, fwd_time: np.ndarray, field: np.ndarray
) -> np.ndarray:
    """Number of tight edges out of each node (edges on some shortest path)."""
    n = len(field)
    out = np.zeros(n, np.int64)
    for x in range(n):
        if field[x] >= _INF:
            continue
        for k in range(fwd_indptr[x], fwd_indptr[x + 1]):
            y = fwd_head[k]
            if field[y] < _INF and field[x] == fwd_time[k] + field[y]:
                out[x] += 1
    return out


@njit(cache=True, nogil=True)
def _affected(
    s: int,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    seg_t: np.ndarray,
    two_way: np.ndarray,
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    rev_seg: np.ndarray,
    field: np.ndarray,
    tight: np.ndarray,
    relevant: np.ndarray,
    left: np.ndarray,
    lstamp: np.ndarray,
    aff: np.ndarray,
    stamp: int,
    out: np.ndarray,
) -> int:
    """Nodes whose every shortest path uses segment ``s`` (phase 1).

    A node is affected when all its tight out-edges are cut or lead to affected nodes:
    count them down from ``tight`` as the cut spreads upstream (tight edges strictly lower
    ``D``, so the shortest-path graph is acyclic and the count is exact). A node with an
    equally fast alternative (a tie) keeps a live edge and stays unaffected, and so does
    everything upstream of it. Affected nodes go to ``out``; returns their number.
    """
    n_out = 0
    for d in range(2):
        if d == 1 and not two_way[s]:
            break
        x = seg_u[s] if d == 0 else seg_v[s]
        y = seg_v[s] if d == 0 else seg_u[s]
        if field[x] < _INF and field[y] < _INF and field[x] == seg_t[s] + field[y]:
            if not relevant[x]:
                continue
            if lstamp[x] != stamp:
                lstamp[x] = stamp
                left[x] = tight[x]
            left[x] -= 1
            if left[x] == 0:
                aff[x] = stamp
                out[n_out] = x
                n_out += 1
    i = 0
    while i < n_out:
        x = out[i]
        i += 1
        for k in range(rev_indptr[x], rev_indptr[x + 1]):
            z = rev_tail[k]
            if rev_seg[k] == s or field[z] >= _INF or field[z] != rev_time[k] + field[x]:
                continue
            if lstamp[z] != stamp:
                lstamp[z] = stamp
                left[z] = tight[z]
            left[z] -= 1
            if left[z] == 0:
                aff[z] = stamp
                out[n_out] = z
                n_out += 1
    return n_out


@njit(cache=True, nogil=True)
def _new_times(
    s: int,
    nodes: np.ndarray,
    n_nodes: int,
    fwd_indptr: np.ndarray,
    fwd_head: np.ndarray,
    fwd_time: np.ndarray,
    fwd_seg: np.ndarray,
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    rev_seg: np.ndarray,
    field: np.ndarray,
    aff: np.ndarray,
    stamp: int,
    count: np.ndarray,
    new: np.ndarray,
    heap: np.ndarray,
    shift: int,
) -> None:
    """Exact new times of the affected nodes without segment ``s`` (phase 2).

    Each affected node starts from its best edge to an unaffected node (whose time is
    unchanged); a Dijkstra restricted to the affected nodes finishes the job, and stops
    once every affected node with households is settled. ``INF``: no route left; times of
    nodes without households are upper bounds only.
    """
    mask = (np.int64(1) << np.int64(shift)) - 1
    size = 0
    waiting = 0
    for i in range(n_nodes):
        if count[nodes[i]] > 0:
            waiting += 1
    if waiting == 0:
        return  # no household among the affected nodes: nothing to compute
    for i in range(n_nodes):
        x = nodes[i]
        best = _INF
        for k in range(fwd_indptr[x], fwd_indptr[x + 1]):
            y = fwd_head[k]
            if fwd_seg[k] == s or aff[y] == stamp or field[y] >= _INF:
                continue
            c = fwd_time[k] + field[y]
            if c < best:
                best = c
        new[x] = best
        if best < _INF:
            size = heap_push(heap, size, (best << np.int64(shift)) | x)
    while size > 0:
        key, size = heap_pop(heap, size)
        x = key & mask
        d = key >> np.int64(shift)
        if d > new[x]:
            continue
        if count[x] > 0:
            waiting -= 1
            if waiting == 0:
                break
        for k in range(rev_indptr[x], rev_indptr[x + 1]):
            z = rev_tail[k]
            if aff[z] != stamp or rev_seg[k] == s:
                continue
            nd = d + rev_time[k]
            if nd < new[z]:
                new[z] = nd
                size = heap_push(heap, size, (nd << np.int64(shift)) | z)


@njit(cache=True, nogil=True)
def closure_losses(
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    seg_t: np.ndarray,
    two_way: np.ndarray,
    todo: np.ndarray,
    fwd_indptr: np.ndarray,
    fwd_head: np.ndarray,
    fwd_time: np.ndarray,
    fwd_seg: np.ndarray,
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    rev_seg: np.ndarray,
    field: np.ndarray,
    tight: np.ndarray,
    relevant: np.ndarray,
    weight: np.ndarray,
    count: np.ndarray,
    shift: int,
    wsec: np.ndarray,
    delayed: np.ndarray,
    hsec: np.ndarray,
    stranded: np.ndarray,
    stranded_w: np.ndarray,
) -> None:
    """Add one destination group's loss from closing each segment in ``todo``.

    ``wsec``: weight x extra ms of households that keep a route; ``delayed``: their count;
    ``hsec``: their extra ms; ``stranded`` / ``stranded_w``: households (and weight) left
    with no route.
    """
    n = len(field)
    left = np.zeros(n, np.int64)
    lstamp = np.full(n, -1, np.int64)
    aff = np.full(n, -1, np.int64)
    nodes = np.empty(n, np.int64)
    new = np.empty(n, np.int64)
    heap = np.empty(len(rev_tail) + n + 2, np.int64)
    for i in range(len(todo)):
        s = todo[i]
        stamp = i
        na = _affected(s, seg_u, seg_v, seg_t, two_way, rev_indptr, rev_tail, rev_time,
                       rev_seg, field, tight, relevant, left, lstamp, aff, stamp,
                       nodes)  # fmt: skip
        if na == 0:
            continue
        _new_times(s, nodes, na, fwd_indptr, fwd_head, fwd_time, fwd_seg, rev_indptr,
                   rev_tail, rev_time, rev_seg, field, aff, stamp, count, new, heap,
                   shift)  # fmt: skip
        for j in range(na):
            x = nodes[j]
            if count[x] == 0:
                continue
            if new[x] >= _INF:
                stranded[s] += count[x]
                stranded_w[s] += weight[x]
            else:
                extra = new[x] - field[x]
                wsec[s] += weight[x] * extra
                delayed[s] += count[x]
                hsec[s] += count[x] * extra


@njit(cache=True, nogil=True)
def _affected_cut(
    s: int,
    cut_ptr: np.ndarray,
    cut_tail: np.ndarray,
    cut_head: np.ndarray,
    cut_time: np.ndarray,
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    rev_seg: np.ndarray,
    field: np.ndarray,
    tight: np.ndarray,
    relevant: np.ndarray,
    left: np.ndarray,
    lstamp: np.ndarray,
    aff: np.ndarray,
    stamp: int,
    out: np.ndarray,
) -> int:
    """:func:`_affected` for a segment made of several edges (``cut_*[cut_ptr[s]:...]``,
    each with ``rev_seg == s``): the parts of a split segment."""
    n_out = 0
    for e in range(cut_ptr[s], cut_ptr[s + 1]):
        x = cut_tail[e]
        y = cut_head[e]
        if field[x] < _INF and field[y] < _INF and field[x] == cut_time[e] + field[y]:
            if not relevant[x]:
                continue
            if lstamp[x] != stamp:
                lstamp[x] = stamp
                left[x] = tight[x]
            left[x] -= 1
            if left[x] == 0:
                aff[x] = stamp
                out[n_out] = x
                n_out += 1
    i = 0
    while i < n_out:
        x = out[i]
        i += 1
        for k in range(rev_indptr[x], rev_indptr[x + 1]):
            z = rev_tail[k]
            if rev_seg[k] == s or field[z] >= _INF or field[z] != rev_time[k] + field[x]:
                continue
            if lstamp[z] != stamp:
                lstamp[z] = stamp
                left[z] = tight[z]
            left[z] -= 1
            if left[z] == 0:
                aff[z] = stamp
                out[n_out] = z
                n_out += 1
    return n_out


@njit(cache=True, nogil=True)
def split_closure_losses(
    todo: np.ndarray,
    cut_ptr: np.ndarray,
    cut_tail: np.ndarray,
    cut_head: np.ndarray,
    cut_time: np.ndarray,
    fwd_indptr: np.ndarray,
    fwd_head: np.ndarray,
    fwd_time: np.ndarray,
    fwd_seg: np.ndarray,
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    rev_seg: np.ndarray,
    field: np.ndarray,
    tight: np.ndarray,
    relevant: np.ndarray,
    weight: np.ndarray,
    count: np.ndarray,
    need: np.ndarray,
    owner: np.ndarray,
    own: tuple,
    shift: int,
    wsec: np.ndarray,
    delayed: np.ndarray,
    hsec: np.ndarray,
    stranded: np.ndarray,
    stranded_w: np.ndarray,
) -> None:
    """:func:`closure_losses` on a split network (:mod:`mataram_gis.snap_closure`).

    Closing segment ``s`` cuts all its parts. Households at nodes ``owner == s`` (inside
    ``s``) are not counted where they stand: ``own`` (per segment, CSR ``own[0]``) lists
    them with their node, weight, the two exits of their alternative point and offsets
    (``-1``: none) and the extra walk; they walk on to it. ``need`` marks the nodes whose
    new time must be exact (households and alternative exits).
    """
    own_ptr, own_node, own_w, own_e1, own_a1, own_e2, own_a2, own_extra = own
    n = len(field)
    left = np.zeros(n, np.int64)
    lstamp = np.full(n, -1, np.int64)
    aff = np.full(n, -1, np.int64)
    nodes = np.empty(n, np.int64)
    new = np.empty(n, np.int64)
    heap = np.empty(len(rev_tail) + n + 2, np.int64)
    for i in range(len(todo)):
        s = todo[i]
        stamp = i
        na = _affected_cut(s, cut_ptr, cut_tail, cut_head, cut_time, rev_indptr, rev_tail,
                           rev_time, rev_seg, field, tight, relevant, left, lstamp, aff, stamp,
                           nodes)  # fmt: skip
        if na > 0:
            _new_times(s, nodes, na, fwd_indptr, fwd_head, fwd_time, fwd_seg, rev_indptr,
                       rev_tail, rev_time, rev_seg, field, aff, stamp, need, new, heap,
                       shift)  # fmt: skip
        for j in range(na):
            x = nodes[j]
            if count[x] == 0 or owner[x] == s:
                continue
            if new[x] >= _INF:
                stranded[s] += count[x]
                stranded_w[s] += weight[x]
            else:
                extra = new[x] - field[x]
                wsec[s] += weight[x] * extra
                delayed[s] += count[x]
                hsec[s] += count[x] * extra
        for k in range(own_ptr[s], own_ptr[s + 1]):
            base = field[own_node[k]]
            if base >= _INF:
                continue
            best = _INF
            for e, a in ((own_e1[k], own_a1[k]), (own_e2[k], own_a2[k])):
                if e < 0:
                    continue
                d = new[e] if (na > 0 and aff[e] == stamp) else field[e]
                if d < _INF and a + d < best:
                    best = a + d
            if best >= _INF:
                stranded[s] += 1
                stranded_w[s] += own_w[k]
                continue
            extra = own_extra[k] + best - base
            if extra > 0:
                wsec[s] += own_w[k] * extra
                delayed[s] += 1
                hsec[s] += extra
