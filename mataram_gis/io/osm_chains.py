"""Merge degree-2 chains of a directed multigraph in arrays, as ``osmnx.simplify_graph`` does.

Nodes are 0..n-1; edges are parallel arrays ``u``, ``v`` in the order a networkx graph would
have received them. The rules are osmnx's (``simplification.py``, osmnx 2):

- A node is an *endpoint* when it has a self-loop, no incoming or no outgoing edge, or not
  exactly two distinct neighbours with 2 or 4 incident edges.
- From every endpoint, through every successor that is not an endpoint, a path follows the
  chain until it reaches an endpoint (possibly its start); at a node whose onward edge is
  missing it stops there.
- Each path becomes one edge; where two nodes are joined by parallel edges, the path takes
  the first one's data (networkx key 0). The interior nodes of all paths are removed with
  their edges; every other edge stays as it is.
- Finally every connected part without an endpoint (a ring of degree-2 nodes) is removed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Segments:
    """The simplified directed edges.

    Attributes
    ----------
    nodes, node_start
        Node path of segment ``i``: ``nodes[node_start[i]:node_start[i + 1]]``.
    pieces, piece_start
        The original edges (indices into the input arrays) whose data segment ``i`` merges,
        in path order: ``pieces[piece_start[i]:piece_start[i + 1]]``.
    """

    nodes: np.ndarray
    node_start: np.ndarray
    pieces: np.ndarray
    piece_start: np.ndarray


def _neighbour_pairs(u: np.ndarray, v: np.ndarray, n: int) -> np.ndarray:
    """Distinct unordered pairs of different nodes joined by an edge, as ``a * n + b``
    (``a < b``), ascending."""
    a, b = np.minimum(u, v), np.maximum(u, v)
    return np.unique(a[a != b] * n + b[a != b])


def endpoints(
    u: np.ndarray, v: np.ndarray, n: int, *, pair: np.ndarray | None = None
) -> np.ndarray:
    """osmnx's ``_is_endpoint`` for every node of the multigraph (edges ``u -> v``);
    ``pair``: :func:`_neighbour_pairs` when already known."""
    indeg = np.bincount(v, minlength=n)
    outdeg = np.bincount(u, minlength=n)
    deg = indeg + outdeg
    loop = np.zeros(n, dtype=bool)
    loop[u[u == v]] = True
    pair = _neighbour_pairs(u, v, n) if pair is None else pair
    nbrs = np.bincount(pair // n, minlength=n) + np.bincount(pair % n, minlength=n)
    plain = (nbrs == 2) & ((deg == 2) | (deg == 4))
    return loop | (indeg == 0) | (outdeg == 0) | ~plain


def _other_neighbour(pair: np.ndarray, n: int, inner: np.ndarray) -> np.ndarray:
    """For each node with exactly two distinct neighbours, their sum (``-1`` elsewhere).

    ``pair``: :func:`_neighbour_pairs`. The neighbour of node ``x`` other than ``p`` is then
    ``total[x] - p``.
    """
    a, b = pair // n, pair % n
    total = np.full(n, -1, dtype=np.int64)
    ends = np.concatenate([a, b])
    others = np.concatenate([b, a])
    sums = np.bincount(ends, weights=others.astype(np.float64), minlength=n)
    total[inner] = np.rint(sums[inner]).astype(np.int64)
    return total


def simplify_arrays(u: np.ndarray, v: np.ndarray, n: int) -> Segments:
    """Simplify the directed multigraph ``u -> v`` on nodes ``0..n-1`` (see module doc).

    Parameters
    ----------
    u, v
        Edge ends (int64), in insertion order.
    n
        Number of nodes.

    Returns
    -------
    Segments
    """
    u = np.asarray(u, dtype=np.int64)
    v = np.asarray(v, dtype=np.int64)
    pair = _neighbour_pairs(u, v, n)
    end = endpoints(u, v, n, pair=pair)
    used = np.zeros(n, dtype=bool)
    used[u] = used[v] = True
    inner = used & ~end
    other = _other_neighbour(pair, n, inner)
    # the first edge of every directed node pair (networkx key 0 among parallel edges)
    key = u * n + v
    pair_key, first = np.unique(key, return_index=True)
    pu, pv = u[first], v[first]
    # paths: one per (endpoint, successor that is not an endpoint)
    start = np.flatnonzero(end[pu] & inner[pv])
    path_of: list[np.ndarray] = [np.arange(len(start))]
    step_pair: list[np.ndarray] = [start]
    active = np.arange(len(start))
    cur = start
    while len(active):
        x = pv[cur]
        go = inner[x]
        active, cur, x = active[go], cur[go], x[go]
        w = other[x] - pu[cur]
        nk = x * n + w
        at = np.minimum(np.searchsorted(pair_key, nk), len(pair_key) - 1)
        found = pair_key[at] == nk
        active, cur = active[found], at[found]
        path_of.append(active)
        step_pair.append(cur)
    path = np.concatenate(path_of)
    pairs = np.concatenate(step_pair)
    order = np.argsort(path, kind="stable")  # steps were appended in path order
    path, pairs = path[order], pairs[order]
    n_paths = len(start)
    counts = np.bincount(path, minlength=n_paths)
    last = np.cumsum(counts) - 1
    interior = np.ones(len(pairs), dtype=bool)
    interior[last] = False
    removed = np.zeros(n, dtype=bool)
    removed[pv[pairs[interior]]] = True
    # new edges (paths) and the original edges that keep both their nodes
    p_first, p_last = pu[pairs[last - counts + 1]], pv[pairs[last]]
    stay = np.flatnonzero(~removed[u] & ~removed[v])
    keep_path = ~removed[p_first] & ~removed[p_last]
    seg_u = np.concatenate([u[stay], p_first[keep_path]])
    seg_v = np.concatenate([v[stay], p_last[keep_path]])
    alive = _outside_rings(seg_u, seg_v, n)
    stay, keep_path = stay[alive[: len(stay)]], np.flatnonzero(keep_path)[alive[len(stay) :]]
    return _assemble(stay, keep_path, u, v, first[pairs], counts, pv[pairs])


def _outside_rings(u: np.ndarray, v: np.ndarray, n: int) -> np.ndarray:
    """Per edge: False when its connected part has no endpoint (osmnx ``_remove_rings``)."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if len(u) == 0:
        return np.zeros(0, dtype=bool)
    graph = coo_matrix((np.ones(len(u), dtype=np.int8), (u, v)), shape=(n, n))
    _, label = connected_components(graph, directed=True, connection="weak")
    end = endpoints(u, v, n)
    used = np.zeros(n, dtype=bool)
    used[u] = used[v] = True
    has_end = np.zeros(label.max() + 1, dtype=bool)
    has_end[label[used & end]] = True
    return has_end[label[u]]


def _assemble(
    stay: np.ndarray,
    paths: np.ndarray,
    u: np.ndarray,
    v: np.ndarray,
    piece: np.ndarray,
    counts: np.ndarray,
    head: np.ndarray,
) -> Segments:
    """Concatenate node paths and pieces: the kept original edges, then the kept paths.

    ``piece`` and ``head`` give, per path step (paths one after another), the first edge of
    the step's node pair and the node it reaches.
    """
    offsets = np.concatenate([[0], np.cumsum(counts)])
    lens = counts[paths]
    idx = np.repeat(offsets[paths], lens) + _ramp(lens)
    n_stay = len(stay)
    piece_start = np.concatenate([[0], np.cumsum(np.concatenate([np.ones(n_stay, np.int64),
                                                                lens]))])  # fmt: skip
    pieces = np.concatenate([stay, piece[idx]])
    node_counts = np.concatenate([np.full(n_stay, 2, np.int64), lens + 1])
    node_start = np.concatenate([[0], np.cumsum(node_counts)])
    nodes = np.empty(node_start[-1], dtype=np.int64)
    first_node = node_start[:-1]
    nodes[first_node[:n_stay]] = u[stay]
    nodes[first_node[:n_stay] + 1] = v[stay]
    path_first = first_node[n_stay:]
    nodes[path_first] = u[piece[offsets[paths]]]
    tail = np.repeat(path_first + 1, lens) + _ramp(lens)
    nodes[tail] = head[idx]
    return Segments(nodes=nodes, node_start=node_start, pieces=pieces, piece_start=piece_start)


def _ramp(lens: np.ndarray) -> np.ndarray:
    """``0..k-1`` for every ``k`` in ``lens``, concatenated."""
    total = int(lens.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.repeat(np.cumsum(lens) - lens, lens)
    return np.arange(total, dtype=np.int64) - starts
