"""The ranking engine: exact benefit of upgrading each segment alone.

Arrays in, arrays out; nothing here knows files, Qt or layers.

Method
------
Let ``D_g(x)`` be the travel time from node ``x`` to destination group ``g`` (the nearest
centre, or one named centre). Upgrading the single directed edge ``a -> b`` to time ``t'``
gives exactly ``D'_g(x) = min(D_g(x), d(x, a) + t' + D_g(b))``: a shortest path uses the
edge at most once, the part before it cannot use it, and the part after it cannot either.
For a two-way segment both directions are upgraded; a simple path uses at most one of
them, so the new time is the minimum over both candidate edges.

Only nodes whose time improves need visiting. A backward Dijkstra from ``a`` is pruned at
every node that does not improve for any group: if ``x`` does not improve, no node whose
shortest path to ``a`` runs through ``x`` can improve either. In a city most segments
stop at ``a`` itself; the rest touch the few nodes upstream of them.

All times are integer milliseconds so that sums are exact and ties are real ties: the
engine equals brute-force recomputation to the last digit of every household's time.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numba import njit
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

#: "Unreachable" travel time.
INF = np.int64(1) << np.int64(62)


@dataclass(frozen=True)
class DirectedGraph:
    """Directed edges of the usable segments, with incoming-edge CSR for backward search.

    Attributes
    ----------
    n_nodes
        Number of nodes (usable or not).
    tail, head, time_ms, segment
        One entry per directed edge.
    rev_indptr, rev_tail, rev_time
        Incoming edges of node ``y``: ``rev_tail[rev_indptr[y]:rev_indptr[y+1]]``.
    """

    n_nodes: int
    tail: np.ndarray
    head: np.ndarray
    time_ms: np.ndarray
    segment: np.ndarray
    rev_indptr: np.ndarray
    rev_tail: np.ndarray
    rev_time: np.ndarray

    def reversed_matrix(self) -> csr_matrix:
        """Sparse matrix of the reversed graph (parallel edges reduced to the fastest)."""
        return _min_matrix(self.head, self.tail, self.time_ms, self.n_nodes)


@dataclass(frozen=True)
class Demand:
    """Households reduced to what the engine needs.

    Attributes
    ----------
    node
        Network node of each household (``-1``: excluded, contributes nothing).
    weight
        Effective weight (producers x equity weight x trips per year).
    group
        Destination group index of each household (into ``targets``).
    targets
        Per group, the node(s) of its destination centre(s). Group 0 is conventionally
        "the nearest of all centres"; the others one named centre each.
    """

    node: np.ndarray
    weight: np.ndarray
    group: np.ndarray
    targets: tuple[np.ndarray, ...]


@dataclass(frozen=True)
class SegmentBenefits:
    """Engine output, one entry per segment.

    Attributes
    ----------
    weighted_seconds
        Sum over households of weight x seconds saved (``benefit = this / 3600``).
    households
        Households whose time strictly improves.
    household_seconds
        Sum of seconds saved over those households (unweighted).
    """

    weighted_seconds: np.ndarray
    households: np.ndarray
    household_seconds: np.ndarray


def _min_matrix(row: np.ndarray, col: np.ndarray, val: np.ndarray, n: int) -> csr_matrix:
    """CSR matrix keeping the minimum of duplicate entries (scipy would sum them)."""
    order = np.lexsort((val, col, row))
    r, c, v = row[order], col[order], val[order]
    first = np.ones(len(r), dtype=bool)
    first[1:] = (r[1:] != r[:-1]) | (c[1:] != c[:-1])
    return csr_matrix((v[first].astype(float), (r[first], c[first])), shape=(n, n))


def build_graph(
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    time_ms: np.ndarray,
    *,
    n_nodes: int,
) -> DirectedGraph:
    """Directed edges of all segments with a time (``time_ms >= 0``).

    A one-way segment gives ``u -> v``; a two-way segment gives ``u -> v`` and ``v -> u``.
    """
    seg_u = np.asarray(seg_u, np.int64)
    seg_v = np.asarray(seg_v, np.int64)
    oneway = np.asarray(oneway, bool)
    time_ms = np.asarray(time_ms, np.int64)
    ok = time_ms >= 0
    fwd = np.flatnonzero(ok)
    bwd = np.flatnonzero(ok & ~oneway)
    tail = np.concatenate([seg_u[fwd], seg_v[bwd]])
    head = np.concatenate([seg_v[fwd], seg_u[bwd]])
    seg = np.concatenate([fwd, bwd])
    t = time_ms[seg]
    order = np.argsort(head, kind="stable")
    rev_indptr = np.zeros(n_nodes + 1, np.int64)
    np.cumsum(np.bincount(head, minlength=n_nodes), out=rev_indptr[1:])
    return DirectedGraph(
        n_nodes=n_nodes,
        tail=tail,
        head=head,
        time_ms=t,
        segment=seg,
        rev_indptr=rev_indptr,
        rev_tail=np.ascontiguousarray(tail[order]),
        rev_time=np.ascontiguousarray(t[order]),
    )


def times_to(graph: DirectedGraph, targets: np.ndarray, *, matrix: csr_matrix | None = None) -> np.ndarray:
    """Travel time (ms) from every node to the nearest of ``targets``; ``INF`` if none."""
    targets = np.unique(np.asarray(targets, np.int64))
    if len(targets) == 0:
        return np.full(graph.n_nodes, INF, np.int64)
    m = graph.reversed_matrix() if matrix is None else matrix
    d = dijkstra(m, directed=True, indices=targets, min_only=True)
    out = np.full(graph.n_nodes, INF, np.int64)
    fin = np.isfinite(d)
    out[fin] = np.rint(d[fin]).astype(np.int64)
    return out


def distance_fields(graph: DirectedGraph, targets: tuple[np.ndarray, ...]) -> np.ndarray:
    """``(n_nodes, n_groups)`` travel times (ms) from every node to each group's targets."""
    m = graph.reversed_matrix()
    cols = [times_to(graph, t, matrix=m) for t in targets]
    return np.ascontiguousarray(np.stack(cols, axis=1)) if cols else np.zeros((graph.n_nodes, 0), np.int64)


def household_times(fields: np.ndarray, demand: Demand) -> np.ndarray:
    """Network time (ms) of each household to its destination; ``INF`` if excluded."""
    out = np.full(len(demand.node), INF, np.int64)
    ok = demand.node >= 0
    out[ok] = fields[demand.node[ok], demand.group[ok]]
    return out


def node_demand(demand: Demand, *, n_nodes: int, n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    """Per node and group: summed weight (float) and household count (int)."""
    ok = demand.node >= 0
    flat = demand.node[ok] * n_groups + demand.group[ok]
    w = np.bincount(flat, weights=demand.weight[ok], minlength=n_nodes * n_groups)
    c = np.bincount(flat, minlength=n_nodes * n_groups).astype(np.int64)
    return w.reshape(n_nodes, n_groups), c.reshape(n_nodes, n_groups)


def upgrade_benefits(
    graph: DirectedGraph,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    after_ms: np.ndarray,
    demand: Demand,
    *,
    fields: np.ndarray | None = None,
    segments: np.ndarray | None = None,
) -> SegmentBenefits:
    """Exact benefit of upgrading each segment alone.

    Parameters
    ----------
    graph
        The network before any upgrade (:func:`build_graph`).
    seg_u, seg_v, oneway
        Segment end nodes and direction, as given to :func:`build_graph`.
    after_ms
        Traversal time of each segment once upgraded (``<0``: the segment is not usable).
        Values above the current time are treated as no change.
    demand
        Households (:class:`Demand`).
    fields
        Precomputed :func:`distance_fields` (computed when omitted).
    segments
        Evaluate only these segment indices (others get zero); all by default.

    Returns
    -------
    SegmentBenefits
    """
    n_seg = len(seg_u)
    if fields is None:
        fields = distance_fields(graph, demand.targets)
    n_groups = fields.shape[1]
    weight, count = node_demand(demand, n_nodes=graph.n_nodes, n_groups=n_groups)
    before = np.full(n_seg, -1, np.int64)
    fwd_edges = graph.tail == np.asarray(seg_u, np.int64)[graph.segment]
    before[graph.segment[fwd_edges]] = graph.time_ms[fwd_edges]
    before[graph.segment[~fwd_edges]] = graph.time_ms[~fwd_edges]
    usable = before >= 0
    after = np.where(usable, np.minimum(np.asarray(after_ms, np.int64), before), -1)
    after = np.where(after < 0, before, after)
    gain = usable & (after < before)
    if segments is not None:
        keep = np.zeros(n_seg, bool)
        keep[np.asarray(segments, np.int64)] = True
        gain &= keep
    todo = np.flatnonzero(gain).astype(np.int64)
    finite = fields[fields < INF]
    max_t = int(finite.max()) if finite.size else 0
    max_t += int(graph.time_ms.max()) if graph.time_ms.size else 0
    shift = max(1, int(graph.n_nodes).bit_length())
    if max_t >= (1 << (62 - shift)):
        raise OverflowError("travel times too large for the packed heap key")
    wsec, hh, hsec = _benefit_kernel(
        graph.rev_indptr,
        graph.rev_tail,
        graph.rev_time,
        np.asarray(seg_u, np.int64),
        np.asarray(seg_v, np.int64),
        ~np.asarray(oneway, bool),
        after,
        todo,
        fields,
        weight,
        count,
        shift,
    )
    return SegmentBenefits(weighted_seconds=wsec / 1000.0, households=hh, household_seconds=hsec / 1000.0)


def segment_savings(
    graph: DirectedGraph,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    after_ms: np.ndarray,
    fields: np.ndarray,
    segment: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Nodes that gain from upgrading one segment, and their new times per group.

    Returns
    -------
    nodes
        Node indices whose time to some group strictly improves.
    new_times
        ``(len(nodes), n_groups)`` new times in ms (equal to the old where no gain).
    """
    if after_ms[segment] < 0 or not np.any(graph.segment == segment):
        return np.zeros(0, np.int64), np.zeros((0, fields.shape[1]), np.int64)
    nodes, best = _one_segment(
        graph.rev_indptr,
        graph.rev_tail,
        graph.rev_time,
        int(seg_u[segment]),
        int(seg_v[segment]),
        not bool(oneway[segment]),
        int(after_ms[segment]),
        fields,
        max(1, int(graph.n_nodes).bit_length()),
    )
    return nodes, best


# --------------------------------------------------------------------------------------
# numba kernels
# --------------------------------------------------------------------------------------
@njit(cache=True, inline="always")
def _heap_push(heap: np.ndarray, size: int, key: np.int64) -> int:
    i = size
    heap[i] = key
    while i > 0:
        p = (i - 1) >> 1
        if heap[p] <= key:
            break
        heap[i] = heap[p]
        i = p
    heap[i] = key
    return size + 1


@njit(cache=True, inline="always")
def _heap_pop(heap: np.ndarray, size: int) -> tuple[np.int64, int]:
    top = heap[0]
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
    return top, size


@njit(cache=True)
def _search(
    a: int,
    b: int,
    t_new: np.int64,
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    fields: np.ndarray,
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
    off: np.ndarray,
    shift: int,
) -> int:
    """Pruned backward search from ``a`` for the upgraded edge ``a -> b``."""
    n_groups = fields.shape[1]
    inf = np.int64(1) << np.int64(62)
    any_gain = False
    for g in range(n_groups):
        db = fields[b, g]
        if db >= inf:
            off[g] = inf
        else:
            off[g] = t_new + db
            if off[g] < fields[a, g]:
                any_gain = True
    if not any_gain:
        return n_touched
    mask = (np.int64(1) << np.int64(shift)) - 1
    size = 0
    dist[a] = 0
    dstamp[a] = stamp
    size = _heap_push(heap, size, np.int64(a))
    while size > 0:
        key, size = _heap_pop(heap, size)
        x = key & mask
        d = key >> np.int64(shift)
        if done[x] == stamp:
            continue
        done[x] = stamp
        improved = False
        for g in range(n_groups):
            if off[g] >= inf:
                continue
            c = d + off[g]
            if c < fields[x, g]:
                if not improved and bstamp[x] != bmark:
                    bstamp[x] = bmark
                    for h in range(n_groups):
                        best[x, h] = fields[x, h]
                    touched[n_touched] = x
                    n_touched += 1
                improved = True
                if c < best[x, g]:
                    best[x, g] = c
        if not improved:
            continue
        for k in range(rev_indptr[x], rev_indptr[x + 1]):
            y = rev_tail[k]
            nd = d + rev_time[k]
            if dstamp[y] != stamp or nd < dist[y]:
                dist[y] = nd
                dstamp[y] = stamp
                size = _heap_push(heap, size, (nd << np.int64(shift)) | y)
    return n_touched


@njit(cache=True)
def _benefit_kernel(
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    two_way: np.ndarray,
    after: np.ndarray,
    todo: np.ndarray,
    fields: np.ndarray,
    weight: np.ndarray,
    count: np.ndarray,
    shift: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    n, n_groups = fields.shape
    n_seg = len(seg_u)
    wsec = np.zeros(n_seg)
    hh = np.zeros(n_seg, np.int64)
    hsec = np.zeros(n_seg, np.int64)
    dist = np.zeros(n, np.int64)
    dstamp = np.full(n, -1, np.int64)
    done = np.full(n, -1, np.int64)
    bstamp = np.full(n, -1, np.int64)
    best = np.empty((n, n_groups), np.int64)
    touched = np.empty(n, np.int64)
    heap = np.empty(len(rev_tail) + 2, np.int64)
    off = np.empty(n_groups, np.int64)
    stamp = 0
    for i in range(len(todo)):
        s = todo[i]
        nt = 0
        stamp += 1
        nt = _search(seg_u[s], seg_v[s], after[s], rev_indptr, rev_tail, rev_time, fields,
                     best, bstamp, s, touched, nt, dist, dstamp, done, stamp, heap, off, shift)
        if two_way[s]:
            stamp += 1
            nt = _search(seg_v[s], seg_u[s], after[s], rev_indptr, rev_tail, rev_time, fields,
                         best, bstamp, s, touched, nt, dist, dstamp, done, stamp, heap, off,
                         shift)
        w = 0.0
        c = 0
        cs = 0
        for j in range(nt):
            x = touched[j]
            for g in range(n_groups):
                saved = fields[x, g] - best[x, g]
                if saved > 0:
                    w += weight[x, g] * saved
                    c += count[x, g]
                    cs += count[x, g] * saved
        wsec[s] = w
        hh[s] = c
        hsec[s] = cs
    return wsec, hh, hsec


@njit(cache=True)
def _one_segment(
    rev_indptr: np.ndarray,
    rev_tail: np.ndarray,
    rev_time: np.ndarray,
    u: int,
    v: int,
    two_way: bool,
    t_new: np.int64,
    fields: np.ndarray,
    shift: int,
) -> tuple[np.ndarray, np.ndarray]:
    n, n_groups = fields.shape
    dist = np.zeros(n, np.int64)
    dstamp = np.full(n, -1, np.int64)
    done = np.full(n, -1, np.int64)
    bstamp = np.full(n, -1, np.int64)
    best = np.empty((n, n_groups), np.int64)
    touched = np.empty(n, np.int64)
    heap = np.empty(len(rev_tail) + 2, np.int64)
    off = np.empty(n_groups, np.int64)
    nt = _search(u, v, t_new, rev_indptr, rev_tail, rev_time, fields, best, bstamp, 0,
                 touched, 0, dist, dstamp, done, 1, heap, off, shift)
    if two_way:
        nt = _search(v, u, t_new, rev_indptr, rev_tail, rev_time, fields, best, bstamp, 0,
                     touched, nt, dist, dstamp, done, 2, heap, off, shift)
    nodes = touched[:nt].copy()
    out = np.empty((nt, n_groups), np.int64)
    for j in range(nt):
        out[j, :] = best[nodes[j], :]
    return nodes, out
