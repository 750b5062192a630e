"""Numba kernel: exact upgrade benefits with households snapped to points on segments.

See :func:`mataram_gis.snapping.snapped_benefits`. Reuses the engine's pruned backward
search (:func:`mataram_gis.kernels.backward_search`), which yields the exact new time of
every node that improves when one segment is upgraded; a household sitting on segment
``q`` at ``a`` ms from ``u_q`` and ``b`` ms from ``v_q`` then reaches its centre in
``min(a + D'(u_q), b + D'(v_q))`` (the first term only where ``q`` is two-way), and one on
the upgraded segment itself moves along it at the new speed.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from mataram_gis.kernels import backward_scratch, backward_search

_INF = np.int64(1) << np.int64(62)


@njit(cache=True, nogil=True)
def _offer(h: int, c: np.int64, base: np.ndarray, hstamp: np.ndarray, hbest: np.ndarray,
           htouched: np.ndarray, nht: int, mark: int) -> int:  # fmt: skip
    if c >= base[h]:
        return nht
    if hstamp[h] != mark:
        hstamp[h] = mark
        hbest[h] = c
        htouched[nht] = h
        return nht + 1
    if c < hbest[h]:
        hbest[h] = c
    return nht


@njit(cache=True, nogil=True)
def snapped_benefits(
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    two_way: np.ndarray,
    after: np.ndarray,
    todo: np.ndarray,
    field: np.ndarray,
    att_ptr: np.ndarray,
    att_hh: np.ndarray,
    att_off: np.ndarray,
    on_ptr: np.ndarray,
    on_hh: np.ndarray,
    on_a: np.ndarray,
    on_b: np.ndarray,
    base: np.ndarray,
    weight: np.ndarray,
    shift: int,
    wsec: np.ndarray,
    hh: np.ndarray,
    hsec: np.ndarray,
) -> None:
    """Add one destination group's benefit of every segment in ``todo``.

    ``att_*``: per node, the households that leave through it and their offset (ms);
    ``on_*``: per segment, the households on it with their offsets once it is upgraded
    (``on_a < 0``: not allowed towards ``u``); ``base``: each household's time now.
    """
    n = len(field)
    dist, dstamp, done, bstamp, best, touched, heap = backward_scratch(n, len(rev_tail))
    nh = len(base)
    hstamp = np.full(nh, -1, np.int64)
    hbest = np.zeros(nh, np.int64)
    htouched = np.empty(nh, np.int64)
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
        nht = 0
        for j in range(nt):
            x = touched[j]
            for k in range(att_ptr[x], att_ptr[x + 1]):
                nht = _offer(att_hh[k], att_off[k] + best[x], base, hstamp, hbest, htouched,
                             nht, i)  # fmt: skip
        us = seg_u[s]
        vs = seg_v[s]
        du = best[us] if bstamp[us] == s else field[us]
        dv = best[vs] if bstamp[vs] == s else field[vs]
        for k in range(on_ptr[s], on_ptr[s + 1]):
            c = _INF
            if on_a[k] >= 0 and du < _INF:
                c = on_a[k] + du
            if dv < _INF and on_b[k] + dv < c:
                c = on_b[k] + dv
            nht = _offer(on_hh[k], c, base, hstamp, hbest, htouched, nht, i)
        for j in range(nht):
            h = htouched[j]
            saved = base[h] - hbest[h]
            wsec[s] += weight[h] * saved
            hh[s] += 1
            hsec[s] += saved
