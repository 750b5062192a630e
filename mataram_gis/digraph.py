"""The directed road graph of the engine and shortest times to a set of targets.

Arrays in, arrays out (see :mod:`mataram_gis.engine` for the method). Times are int64
milliseconds; ``INF`` marks "unreachable". The searches run as Numba kernels
(:mod:`mataram_gis.kernels`) on the locality-ordered view (:mod:`mataram_gis.locality`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import dijkstra

from mataram_gis import kernels, locality

#: "Unreachable" travel time.
INF = np.int64(1) << np.int64(62)


@dataclass(frozen=True)
class DirectedGraph:
    """Directed edges of the usable segments, with incoming-edge CSR for backward search.

    Attributes
    ----------
    n_nodes
        Number of nodes (usable or not).
    cache
        Structures derived from the topology (:func:`mataram_gis.locality.view`).
    tail, head, time_ms, segment
        One entry per directed edge.
    rev_indptr, rev_tail, rev_time
        Incoming edges of node ``y``: ``rev_tail[rev_indptr[y]:rev_indptr[y+1]]``.
    fwd_indptr, fwd_head, fwd_time, fwd_seg
        Outgoing edges of node ``x``: ``fwd_head[fwd_indptr[x]:fwd_indptr[x+1]]``, with
        their segment.
    """

    n_nodes: int
    tail: np.ndarray
    head: np.ndarray
    time_ms: np.ndarray
    segment: np.ndarray
    rev_indptr: np.ndarray
    rev_tail: np.ndarray
    rev_time: np.ndarray
    fwd_indptr: np.ndarray
    fwd_head: np.ndarray
    fwd_time: np.ndarray
    fwd_seg: np.ndarray
    cache: dict = dataclasses.field(default_factory=dict, compare=False, repr=False)

    def reversed_matrix(self) -> csr_matrix:
        """Sparse matrix of the reversed graph (parallel edges reduced to the fastest)."""
        return _min_matrix(self.head, self.tail, self.time_ms, self.n_nodes)


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
    f_order = np.argsort(tail, kind="stable")
    fwd_indptr = np.zeros(n_nodes + 1, np.int64)
    np.cumsum(np.bincount(tail, minlength=n_nodes), out=fwd_indptr[1:])
    return DirectedGraph(
        n_nodes=n_nodes,
        tail=tail,
        head=head,
        time_ms=t,
        segment=seg,
        rev_indptr=rev_indptr,
        rev_tail=np.ascontiguousarray(tail[order]),
        rev_time=np.ascontiguousarray(t[order]),
        fwd_indptr=fwd_indptr,
        fwd_head=np.ascontiguousarray(head[f_order]),
        fwd_time=np.ascontiguousarray(t[f_order]),
        fwd_seg=np.ascontiguousarray(seg[f_order]),
        cache={"rev_order": order, "fwd_order": f_order},  # for mataram_gis.rerank
    )


def times_to(
    graph: DirectedGraph,
    targets: np.ndarray,
    *,
    settle: np.ndarray | None = None,
    margin: int = 0,
) -> np.ndarray:
    """Travel time (ms) from every node to the nearest of ``targets``; ``INF`` if none.

    With ``settle`` (node indices), only nodes within ``margin`` of the largest time of
    those nodes are computed; the rest are ``INF`` (see
    :func:`mataram_gis.engine.distance_fields`).
    """
    return nearest_targets(graph, targets, settle=settle, margin=margin)[0]


def nearest_targets(
    graph: DirectedGraph,
    targets: np.ndarray,
    *,
    settle: np.ndarray | None = None,
    margin: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Time to the nearest target and which target it is (index into ``targets``, -1)."""
    v = locality.view(graph, graph.cache)
    mask = np.zeros(graph.n_nodes, bool)
    if settle is not None:
        mask[np.asarray(settle, np.int64)] = True
    dist, which = kernels.times_to_targets(
        v.rev_indptr, v.rev_tail, v.rev_time, v.nodes(targets), v.rows(mask), np.int64(margin),
        key_shift(graph),
    )  # fmt: skip
    return v.back(dist), v.back(which)


def scipy_times_to(graph: DirectedGraph, targets: np.ndarray) -> np.ndarray:
    """:func:`times_to` computed with SciPy's Dijkstra (the oracle's independent path)."""
    targets = np.unique(np.asarray(targets, np.int64))
    if len(targets) == 0:
        return np.full(graph.n_nodes, INF, np.int64)
    d = dijkstra(graph.reversed_matrix(), directed=True, indices=targets, min_only=True)
    out = np.full(graph.n_nodes, INF, np.int64)
    fin = np.isfinite(d)
    out[fin] = np.rint(d[fin]).astype(np.int64)
    return out


def key_shift(graph: DirectedGraph) -> int:
    """Bits of a packed heap key that hold the node index."""
    return max(1, int(graph.n_nodes).bit_length())
