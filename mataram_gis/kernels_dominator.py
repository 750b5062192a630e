"""Closure losses through the shortest-path dominator tree, searched lazily (issue 15).

The same losses as :func:`mataram_gis.kernels_closure.closure_losses`, exactly, for one
destination group; only the work differs. Every edge takes at least 1 ms, so the *tight*
edges (``D(x) == t + D(y)``) form an acyclic graph towards the destination. Its
(post-)dominator tree says which nodes lose their time when one edge is cut: when ``x -> w``
is the only tight edge out of ``x``, exactly the nodes dominated by ``x`` (``x``'s subtree:
every shortest path of theirs runs through ``x``), and none otherwise. Subtree membership
is one comparison of Euler-tour numbers, and the households in a subtree are counted in
advance.

The new times then come from a Dijkstra over the subtree that discovers it lazily, in
order of ``D``: a node's new time is more than its old one, so before a new time ``d`` is
settled only the subtree's nodes with ``D < d`` need to be known (each seeded by its best
edge leaving the subtree). The search stops once every household of the subtree is settled,
so a segment near a centre no longer walks the whole far side of the city behind it when
the centre's households live near it (named centres at scale 16: 4,000 of 175,000 nodes).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from mataram_gis.heap import heap_pop, heap_push

_INF = np.int64(1) << np.int64(62)
#: A subtree with fewer than one household node in this many nodes is searched only near
#: its households (:func:`closure_losses_lazy`); tests set 0 (always) and a huge value (never).
SPARSE_RATIO = 8


@njit(cache=True, nogil=True)
def dominator_tree(
    fwd_indptr: np.ndarray,
    fwd_head: np.ndarray,
    fwd_time: np.ndarray,
    field: np.ndarray,
    order: np.ndarray,
    count: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The dominator tree of the tight edges towards the field's destination.

    ``order`` lists the nodes by increasing ``field`` (a topological order of the tight
    edges). The root is the virtual node ``n`` above every destination node.

    Returns
    -------
    tin, tout
        Euler-tour numbers: ``z`` lies in ``x``'s subtree iff ``tin[x] <= tin[z] < tout[x]``
        (``-1`` for unreachable nodes).
    euler
        The nodes in tour order.
    hh_prefix
        Prefix count of household nodes (``count > 0``) along the tour.
    hh_nodes
        The household nodes in tour order (those of ``x``'s subtree are
        ``hh_nodes[hh_prefix[tin[x]]:hh_prefix[tout[x]]]``).
    """
    n = len(field)
    root = n
    idom = np.full(n + 1, -1, np.int64)
    depth = np.zeros(n + 1, np.int64)
    idom[root] = root
    for i in range(len(order)):
        y = order[i]
        if field[y] >= _INF:
            break
        cur = np.int64(-1)
        for k in range(fwd_indptr[y], fwd_indptr[y + 1]):
            w = fwd_head[k]
            if field[w] >= _INF or field[y] != fwd_time[k] + field[w]:
                continue
            if cur < 0:
                cur = w
                continue
            a, b = cur, w  # lowest common ancestor in the tree built so far
            while a != b:
                if depth[a] > depth[b]:
                    a = idom[a]
                elif depth[b] > depth[a]:
                    b = idom[b]
                else:
                    a = idom[a]
                    b = idom[b]
            cur = a
        if cur < 0:
            cur = root  # a destination node
        idom[y] = cur
        depth[y] = depth[cur] + 1
    child_ptr = np.zeros(n + 2, np.int64)
    for y in range(n):
        if idom[y] >= 0:
            child_ptr[idom[y] + 1] += 1
    for p in range(n + 1):
        child_ptr[p + 1] += child_ptr[p]
    fill = child_ptr[:-1].copy()
    child = np.empty(max(child_ptr[n + 1], 1), np.int64)
    for y in range(n):
        if idom[y] >= 0:
            child[fill[idom[y]]] = y
            fill[idom[y]] += 1
    tin = np.full(n + 1, -1, np.int64)
    tout = np.full(n + 1, -1, np.int64)
    euler = np.empty(n + 1, np.int64)
    nxt = child_ptr[:-1].copy()
    stack = np.empty(n + 2, np.int64)
    top = 1
    stack[0] = root
    pos = 0
    tin[root] = pos
    euler[pos] = root
    pos += 1
    while top > 0:
        x = stack[top - 1]
        if nxt[x] < child_ptr[x + 1]:
            z = child[nxt[x]]
            nxt[x] += 1
            tin[z] = pos
            euler[pos] = z
            pos += 1
            stack[top] = z
            top += 1
        else:
            tout[x] = pos
            top -= 1
    hh_prefix = np.zeros(pos + 1, np.int64)
    hh_nodes = np.empty(pos, np.int64)
    for p in range(pos):
        z = euler[p]
        is_hh = z < n and count[z] > 0
        if is_hh:
            hh_nodes[hh_prefix[p]] = z
        hh_prefix[p + 1] = hh_prefix[p] + (1 if is_hh else 0)
    return tin, tout, euler[:pos], hh_prefix, hh_nodes[: hh_prefix[pos]]


@njit(cache=True, nogil=True)
def _heapify(heap: np.ndarray, size: int) -> None:
    """Make ``heap[:size]`` a binary min-heap in place (bottom-up, linear time)."""
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


@njit(cache=True, nogil=True)
def _detour(
    x: int,
    s: int,
    lo: int,
    hi: int,
    tin: np.ndarray,
    fwd_indptr: np.ndarray,
    fwd_head: np.ndarray,
    fwd_time: np.ndarray,
    fwd_seg: np.ndarray,
    field: np.ndarray,
    g: np.ndarray,
    seen: np.ndarray,
    stamp: int,
    heap: np.ndarray,
    shift: int,
) -> np.int64:
    """``x``'s delay without segment ``s`` (new time - ``D(x)``; ``_INF``: no route): A*
    from ``x`` with ``D`` as the potential, to the first node outside ``x``'s subtree
    (whose time is unchanged, so its reduced distance is ``x``'s delay)."""
    sh = np.int64(shift)
    mask = (np.int64(1) << sh) - 1
    seen[x] = stamp
    g[x] = 0
    size = heap_push(heap, 0, np.int64(x))
    while size > 0:
        key, size = heap_pop(heap, size)
        z = key & mask
        r = key >> sh
        if r > g[z]:
            continue
        if not (lo <= tin[z] < hi):
            return r
        for k in range(fwd_indptr[z], fwd_indptr[z + 1]):
            y = fwd_head[k]
            if fwd_seg[k] == s or field[y] >= _INF:
                continue
            nr = r + fwd_time[k] + field[y] - field[z]
            if seen[y] != stamp or nr < g[y]:
                seen[y] = stamp
                g[y] = nr
                size = heap_push(heap, size, (nr << sh) | y)
    return _INF


@njit(cache=True, nogil=True)
def _near_households(
    sources: np.ndarray,
    s: int,
    lo: int,
    hi: int,
    limit: np.int64,
    tin: np.ndarray,
    fwd_indptr: np.ndarray,
    fwd_head: np.ndarray,
    fwd_time: np.ndarray,
    fwd_seg: np.ndarray,
    field: np.ndarray,
    g: np.ndarray,
    seen: np.ndarray,
    member: np.ndarray,
    stamp: int,
    heap: np.ndarray,
    out: np.ndarray,
    shift: int,
) -> int:
    """Nodes of the subtree ``[lo, hi)`` within reduced distance ``limit`` of a household
    in ``sources`` (edges of ``s`` left out); marks them ``member == stamp``, lists them in
    ``out`` and returns their number. Every node of a household's best route without ``s``
    is among them when ``limit`` is at least that household's delay."""
    sh = np.int64(shift)
    mask = (np.int64(1) << sh) - 1
    size = 0
    for j in range(len(sources)):
        h = sources[j]
        seen[h] = stamp
        g[h] = 0
        heap[size] = h  # key 0: the household itself
        size += 1
    _heapify(heap, size)
    n_out = 0
    while size > 0:
        key, size = heap_pop(heap, size)
        z = key & mask
        r = key >> sh
        if r > g[z] or member[z] == stamp:
            continue
        member[z] = stamp
        out[n_out] = z
        n_out += 1
        for k in range(fwd_indptr[z], fwd_indptr[z + 1]):
            y = fwd_head[k]
            if fwd_seg[k] == s or field[y] >= _INF or not (lo <= tin[y] < hi):
                continue
            nr = r + fwd_time[k] + field[y] - field[z]
            if nr <= limit and (seen[y] != stamp or nr < g[y]):
                seen[y] = stamp
                g[y] = nr
                size = heap_push(heap, size, (nr << sh) | y)
    return n_out


@njit(cache=True, nogil=True)
def closure_losses_lazy(
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
    order: np.ndarray,
    weight: np.ndarray,
    count: np.ndarray,
    shift: int,
    ratio: int,
    wsec: np.ndarray,
    delayed: np.ndarray,
    hsec: np.ndarray,
    stranded: np.ndarray,
    stranded_w: np.ndarray,
) -> None:
    """Add one destination group's loss from closing each segment in ``todo``; the
    arguments and outputs of :func:`mataram_gis.kernels_closure.closure_losses`, with
    ``order`` (nodes by increasing ``field``) instead of ``relevant``.

    A subtree holding fewer than one household node in ``ratio`` is searched only near its
    households (:func:`_near_households`, within the cut node's own delay, which bounds
    theirs); a denser one, or one left without a route, whole.
    """
    n = len(field)
    tin, tout, euler, hh_prefix, hh_nodes = dominator_tree(
        fwd_indptr, fwd_head, fwd_time, field, order, count
    )
    sh = np.int64(shift)
    mask = (np.int64(1) << sh) - 1
    new = np.empty(n, np.int64)
    done = np.full(n, -1, np.int64)  # stamp: settled for this segment
    g = np.empty(n, np.int64)
    seen = np.full(n, -1, np.int64)
    member = np.full(n, -1, np.int64)
    near = np.empty(n, np.int64)
    heap = np.empty(len(rev_tail) + len(fwd_head) + n + 2, np.int64)
    for i in range(len(todo)):
        s = todo[i]
        x = np.int64(-1)
        u, v = seg_u[s], seg_v[s]
        if field[u] < _INF and field[v] < _INF:
            if field[u] == seg_t[s] + field[v]:
                x = u
            elif two_way[s] and field[v] == seg_t[s] + field[u]:
                x = v
        if x < 0 or tight[x] != 1:
            continue  # not on a shortest path, or x keeps another tight edge: nobody loses
        lo, hi = tin[x], tout[x]
        waiting = hh_prefix[hi] - hh_prefix[lo]
        if waiting == 0:
            continue
        whole = (hi - lo) <= ratio * waiting
        nodes = euler[lo:hi]
        if not whole:
            limit = _detour(x, s, lo, hi, tin, fwd_indptr, fwd_head, fwd_time, fwd_seg,
                            field, g, seen, 2 * i, heap, shift)  # fmt: skip
            if limit >= _INF:
                whole = True
            else:
                m = _near_households(
                    hh_nodes[hh_prefix[lo] : hh_prefix[hi]], s, lo, hi, limit, tin,
                    fwd_indptr, fwd_head, fwd_time, fwd_seg, field, g, seen, member,
                    2 * i + 1, heap, near, shift,
                )  # fmt: skip
                nodes = near[:m]
        size = 0
        for p in range(len(nodes)):  # every cut-off node's best edge out of the subtree
            z = nodes[p]
            best = _INF
            for k in range(fwd_indptr[z], fwd_indptr[z + 1]):
                y = fwd_head[k]
                if fwd_seg[k] == s or field[y] >= _INF or (lo <= tin[y] < hi):
                    continue
                c = fwd_time[k] + field[y]
                if c < best:
                    best = c
            new[z] = best
            if best < _INF:
                heap[size] = ((best - field[z]) << sh) | z
                size += 1
        _heapify(heap, size)
        while size > 0:  # Dijkstra on the delay new - D (edges reduced by D: never negative)
            key, size = heap_pop(heap, size)
            z = key & mask
            d = (key >> sh) + field[z]
            if done[z] == i or d > new[z]:
                continue
            done[z] = i
            if count[z] > 0:
                extra = d - field[z]
                wsec[s] += weight[z] * extra
                delayed[s] += count[z]
                hsec[s] += count[z] * extra
                waiting -= 1
                if waiting == 0:
                    break
            for k in range(rev_indptr[z], rev_indptr[z + 1]):
                y = rev_tail[k]
                if rev_seg[k] == s or done[y] == i or not (lo <= tin[y] < hi):
                    continue
                if not whole and member[y] != 2 * i + 1:
                    continue
                nd = d + rev_time[k]
                if nd < new[y]:
                    new[y] = nd
                    size = heap_push(heap, size, ((nd - field[y]) << sh) | y)
        if waiting > 0:  # no route left for the subtree's unsettled households
            for p in range(lo, hi):
                z = euler[p]
                if count[z] > 0 and done[z] != i:
                    stranded[s] += count[z]
                    stranded_w[s] += weight[z]
