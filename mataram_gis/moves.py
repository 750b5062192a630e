"""Exact marginal gain of upgrade *moves* (sets of segments) on an upgraded state.

A move is a small set of segments (one segment, two adjacent ones, a whole corridor).
Its exact gain on the current state (some segments already upgraded, distance fields
``F`` exact for that state) is found by applying its segments one after another with the
engine's identity ``F'(x) = min(F(x), d(x, a) + t' + F(b))`` for the upgraded edge
``a -> b`` (a pruned backward search per destination group), updating ``F`` and the edge
time in between, then summing ``weight x (F_before - F_after)``. Each step is exact, so
the sum is exact: equal to recomputing every shortest path with the move applied.

Every search records its *region*: the nodes whose times it read (popped nodes plus
both ends of each segment). If a later upgrade changes no time at a node of a move's
region (and touches no end node of it), the move's search would read the same
numbers and its gain is unchanged. That makes re-evaluation after a pick exact and cheap:
only moves whose region meets the changed keys are searched again. This is what keeps
greedy selection exact when gains can GROW (complementary links), unlike lazy greedy.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from mataram_gis.engine import INF, DirectedGraph


def edge_segments(graph: DirectedGraph) -> np.ndarray:
    """Segment of each incoming edge in the graph's reverse CSR order."""
    order = np.argsort(graph.head, kind="stable")
    return np.ascontiguousarray(graph.segment[order].astype(np.int64))


def heap_shift(n_nodes: int, fields: np.ndarray, times: np.ndarray) -> int:
    """Bits for the node in the packed heap key (raises if times would overflow)."""
    shift = max(1, int(n_nodes).bit_length())
    finite = fields[fields < INF]
    max_t = (int(finite.max()) if finite.size else 0) + int(max(times.max(initial=0), 0)) * 2
    if max_t >= (1 << (62 - shift)):
        raise OverflowError("travel times too large for the packed heap key")
    return shift


@njit(cache=True)
def _grow(a: np.ndarray, need: int) -> np.ndarray:
    if need <= len(a):
        return a
    out = np.empty(max(need, 2 * len(a)), a.dtype)
    out[: len(a)] = a
    return out


@njit(cache=True)
def _search(a, b, t_new, groups, rev_indptr, rev_tail, rev_seg, cur, fields, best,
            bstamp, bmark, touched, nt, dist, dstamp, done, stamp, heap, off, shift, reg,
            nreg):  # fmt: skip
    """Pruned backward search (all groups) for upgraded edge ``a -> b``; records popped nodes."""
    any_gain = False
    for gi in range(len(groups)):
        g = groups[gi]
        db = fields[b, g]
        if db >= INF:
            off[g] = INF
        else:
            off[g] = t_new + db
            if off[g] < fields[a, g]:
                any_gain = True
    if not any_gain:
        return nt, reg, nreg
    mask = (np.int64(1) << np.int64(shift)) - 1
    dist[a] = 0
    dstamp[a] = stamp
    heap[0] = np.int64(a)
    size = 1
    while size > 0:
        key = heap[0]
        size -= 1
        last = heap[size]
        i = 0
        while True:
            c = 2 * i + 1
            if c >= size:
                break
            if c + 1 < size and heap[c + 1] < heap[c]:
                c += 1
            if heap[c] >= last:
                break
            heap[i] = heap[c]
            i = c
        if size > 0:
            heap[i] = last
        x = key & mask
        d = key >> np.int64(shift)
        if done[x] == stamp:
            continue
        done[x] = stamp
        if nreg >= len(reg):
            reg = _grow(reg, nreg + 1)
        reg[nreg] = x
        nreg += 1
        improved = False
        for gi in range(len(groups)):
            g = groups[gi]
            if off[g] >= INF:
                continue
            cand = d + off[g]
            if cand < fields[x, g]:
                if not improved and bstamp[x] != bmark:
                    bstamp[x] = bmark
                    for hi in range(len(groups)):
                        h = groups[hi]
                        best[x, h] = fields[x, h]
                    touched[nt] = x
                    nt += 1
                improved = True
                if cand < best[x, g]:
                    best[x, g] = cand
        if not improved:
            continue
        for k in range(rev_indptr[x], rev_indptr[x + 1]):
            y = rev_tail[k]
            nd = d + cur[rev_seg[k]]
            if dstamp[y] != stamp or nd < dist[y]:
                dist[y] = nd
                dstamp[y] = stamp
                key2 = (nd << np.int64(shift)) | y
                j = size
                size += 1
                while j > 0:
                    p = (j - 1) >> 1
                    if heap[p] <= key2:
                        break
                    heap[j] = heap[p]
                    j = p
                heap[j] = key2
    return nt, reg, nreg


@njit(cache=True)
def run_moves(todo, commit, move_indptr, move_segs, rev_indptr, rev_tail, rev_seg, cur, after,
              seg_u, seg_v, two_way, fields, weight, count, groups, shift):  # fmt: skip
    """Exact gain of each move in ``todo`` on the state (``cur`` times, ``fields``).

    With ``commit`` false the state is restored after each move; with ``commit`` true the
    moves are applied for good (``fields`` and ``cur`` updated in place).

    Returns
    -------
    gain, households
        Per todo move: weighted ms saved, and households whose time strictly improves.
    reg_indptr, reg
        Per todo move, the nodes whose times its searches read (popped nodes, end nodes).
    step_gain
        Per todo move and member (flat, in ``move_indptr`` layout of the todo moves): the
        weighted ms each member adds in order.
    changed
        Keys whose time changed (commit mode; empty otherwise).
    """
    n, n_groups = fields.shape
    n_todo = len(todo)
    gain = np.zeros(n_todo)
    hh = np.zeros(n_todo, np.int64)
    reg_indptr = np.zeros(n_todo + 1, np.int64)
    reg = np.empty(1024, np.int64)
    nreg = 0
    total_members = 0
    for i in range(n_todo):
        m = todo[i]
        total_members += move_indptr[m + 1] - move_indptr[m]
    step_gain = np.zeros(total_members)
    changed = np.empty(16, np.int64)
    nchanged = 0
    dist = np.zeros(n, np.int64)
    dstamp = np.full(n, -1, np.int64)
    done = np.full(n, -1, np.int64)
    bstamp = np.full(n, -1, np.int64)
    best = np.empty((n, n_groups), np.int64)
    off = np.empty(n_groups, np.int64)
    touched = np.empty(n, np.int64)
    heap = np.empty(len(rev_tail) + 2, np.int64)
    logged = np.full(n * n_groups, -1, np.int64)
    log_key = np.empty(16, np.int64)
    log_old = np.empty(16, np.int64)
    seg_old = np.empty(64, np.int64)
    stamp = 0
    bmark = 0
    member = 0
    for i in range(n_todo):
        m = todo[i]
        nlog = 0
        k0 = move_indptr[m]
        k1 = move_indptr[m + 1]
        seg_old = _grow(seg_old, k1 - k0)
        for k in range(k0, k1):
            s = move_segs[k]
            seg_old[k - k0] = cur[s]
            a0 = seg_u[s]
            b0 = seg_v[s]
            reg = _grow(reg, nreg + 2)
            reg[nreg] = a0
            reg[nreg + 1] = b0
            nreg += 2
            t_new = after[s]
            if t_new < 0 or t_new >= cur[s]:
                member += 1
                continue
            sg = 0.0
            bmark += 1
            stamp += 1
            nt = 0
            nt, reg, nreg = _search(
                a0,
                b0,
                t_new,
                groups,
                rev_indptr,
                rev_tail,
                rev_seg,
                cur,
                fields,
                best,
                bstamp,
                bmark,
                touched,
                nt,
                dist,
                dstamp,
                done,
                stamp,
                heap,
                off,
                shift,
                reg,
                nreg,
            )
            if two_way[s]:
                stamp += 1
                nt, reg, nreg = _search(
                    b0,
                    a0,
                    t_new,
                    groups,
                    rev_indptr,
                    rev_tail,
                    rev_seg,
                    cur,
                    fields,
                    best,
                    bstamp,
                    bmark,
                    touched,
                    nt,
                    dist,
                    dstamp,
                    done,
                    stamp,
                    heap,
                    off,
                    shift,
                    reg,
                    nreg,
                )
            for j in range(nt):
                x = touched[j]
                for gi in range(len(groups)):
                    g = groups[gi]
                    old = fields[x, g]
                    new = best[x, g]
                    if new >= old:
                        continue
                    key = x * n_groups + g
                    if logged[key] != i:
                        logged[key] = i
                        log_key = _grow(log_key, nlog + 1)
                        log_old = _grow(log_old, nlog + 1)
                        log_key[nlog] = key
                        log_old[nlog] = old
                        nlog += 1
                    sg += weight[x, g] * (old - new)
                    fields[x, g] = new
            cur[s] = t_new
            step_gain[member] = sg
            member += 1
        w = 0.0
        c = 0
        for j in range(nlog):
            key = log_key[j]
            x = key // n_groups
            g = key % n_groups
            saved = log_old[j] - fields[x, g]
            if saved > 0:
                w += weight[x, g] * saved
                c += count[x, g]
        gain[i] = w
        hh[i] = c
        reg_indptr[i + 1] = nreg
        if commit:
            changed = _grow(changed, nchanged + nlog + 2 * n_groups * (k1 - k0))
            for j in range(nlog):
                changed[nchanged] = log_key[j]
                nchanged += 1
            for k in range(k0, k1):
                s = move_segs[k]
                for g in range(n_groups):
                    changed[nchanged] = seg_u[s] * n_groups + g
                    changed[nchanged + 1] = seg_v[s] * n_groups + g
                    nchanged += 2
        else:
            for j in range(nlog):
                key = log_key[j]
                fields[key // n_groups, key % n_groups] = log_old[j]
            for k in range(k0, k1):
                cur[move_segs[k]] = seg_old[k - k0]
    return gain, hh, reg_indptr, reg[:nreg].copy(), step_gain, changed[:nchanged].copy()
