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

from mataram_gis import kernels, locality

# The graph and its shortest-time searches live in digraph; re-exported here for callers.
from mataram_gis.digraph import INF, DirectedGraph, key_shift, times_to
from mataram_gis.digraph import build_graph as build_graph
from mataram_gis.digraph import nearest_targets as nearest_targets
from mataram_gis.digraph import scipy_times_to as scipy_times_to
from mataram_gis.parallel import deal, parallel_map, workers

# Former names, still imported by other modules (criticality).
_deal, _workers, _shift = deal, workers, key_shift

#: Default ``potential_floor`` of :func:`upgrade_benefits` (ms), see there. Measured on the
#: scale-16 demo (60 named centres): 30 s cut the potentials' and forward searches' CPU time
#: by a quarter against 10 s; 90 s made the forward searches twice as long.
_POTENTIAL_FLOOR_MS = 30_000


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


def distance_fields(
    graph: DirectedGraph,
    targets: tuple[np.ndarray, ...],
    *,
    settle: tuple[np.ndarray | None, ...] | None = None,
    margin: int = 0,
) -> np.ndarray:
    """``(n_nodes, n_groups)`` travel times (ms) from every node to each group's targets.

    Parameters
    ----------
    settle
        Per group, the household nodes whose times are needed, or None for the whole field.
        A group's search then stops ``margin`` ms beyond the farthest of them: no node
        farther than that can lie on a route that an upgrade cutting at most ``margin`` ms
        makes faster for those households, so the engine stays exact on such a field.
        Out-of-range nodes hold ``INF``.
    margin
        The largest time cut of any single segment (``before - after``).
    """
    out = np.empty((graph.n_nodes, len(targets)), np.int64)

    def run(groups: list[int]) -> None:
        for g in groups:
            nodes = None if settle is None else settle[g]
            if nodes is not None and len(nodes) == 0:
                out[:, g] = INF
            else:
                out[:, g] = times_to(graph, targets[g], settle=nodes, margin=margin)

    groups = list(range(len(targets)))
    parallel_map(run, deal(groups, workers=workers(len(groups))))
    return out


def needed_nodes(demand: Demand) -> tuple[np.ndarray | None, ...]:
    """Per group, the household nodes a field must cover (None: the whole field, group 0).

    Pass as ``settle`` to :func:`distance_fields` (with the largest time cut as
    ``margin``) to compute each named centre's field only as far as its households need.
    """
    ok = demand.node >= 0
    return tuple(
        None if g == 0 else np.unique(demand.node[ok & (demand.group == g)])
        for g in range(len(demand.targets))
    )


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
    method: str = "auto",
    potential_floor: int | None = None,
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
    method
        ``"auto"`` (default), ``"backward"`` or ``"forward"``: the search strategy per
        destination group (all are exact; they differ in speed only).
    potential_floor
        Forward searches: gains up to this many ms are not bounded individually (the
        search runs as if any node could still gain that much), which keeps the bound's
        own Dijkstra local. Exact for any value; speed only. Default ``_POTENTIAL_FLOOR_MS``.

    Returns
    -------
    SegmentBenefits
    """
    n_seg = len(seg_u)
    if fields is None:
        fields = distance_fields(graph, demand.targets)
    n_groups = fields.shape[1]
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
    max_t = int(fields.max(where=fields < INF, initial=0))
    max_t += int(graph.time_ms.max()) if graph.time_ms.size else 0
    shift = _shift(graph)
    if max_t >= (1 << (62 - shift)):
        raise OverflowError("travel times too large for the packed heap key")
    v = locality.view(graph, graph.cache)
    seg_u = v.nodes(seg_u)
    seg_v = v.nodes(seg_v)
    two_way = ~np.asarray(oneway, bool)
    sources = locality.group_sources(demand, v, n_groups=n_groups)
    groups = [g for g in range(n_groups) if len(todo) and len(sources[g][0])]
    floor = np.int64(_POTENTIAL_FLOOR_MS if potential_floor is None else potential_floor)

    def run(tasks: list[tuple[int, np.ndarray | None]]) -> tuple[np.ndarray, ...]:
        out = (np.zeros(n_seg), np.zeros(n_seg, np.int64), np.zeros(n_seg, np.int64))
        for g, part in tasks:
            field = v.rows(fields[:, g])
            nodes, w, c = sources[g]
            if part is not None:
                w = locality.dense(nodes, w, graph.n_nodes)
                c = locality.dense(nodes, c, graph.n_nodes)
                kernels.backward_benefits(
                    v.rev_indptr, v.rev_tail, v.rev_time, seg_u, seg_v, two_way, after, part,
                    field, w, c, shift, *out,
                )  # fmt: skip
            else:
                potential = kernels.gain_potential(
                    v.fwd_indptr, v.fwd_head, v.fwd_seg, v.rev_indptr, v.rev_tail, v.rev_time,
                    field, after, gain, shift, floor,
                )  # fmt: skip
                kernels.forward_benefits(
                    v.fwd_indptr, v.fwd_head, v.fwd_time, v.fwd_seg, field, after, gain,
                    potential, nodes, w, c, shift, *out,
                )  # fmt: skip
        return out

    back = [_use_backward(g, len(sources[g][0]), graph.n_nodes, method) for g in groups]
    parts = parallel_map(run, _plan(groups, back, todo))
    wsec = np.sum([p[0] for p in parts], axis=0) if parts else np.zeros(n_seg)
    hh = np.sum([p[1] for p in parts], axis=0) if parts else np.zeros(n_seg, np.int64)
    hsec = np.sum([p[2] for p in parts], axis=0) if parts else np.zeros(n_seg, np.int64)
    return SegmentBenefits(
        weighted_seconds=wsec / 1000.0, households=hh, household_seconds=hsec / 1000.0
    )


def _plan(
    groups: list[int], backward: list[bool], todo: np.ndarray
) -> list[list[tuple[int, np.ndarray | None]]]:
    """Work per thread: every thread a share of each backward group's segments (the
    nearest-centre group, most of a city's work, then runs on all cores), the forward
    groups dealt round-robin. A fixed plan, so that sums are the same on every run."""
    n_w = workers(len(todo) if any(backward) else len(groups))
    plan: list[list[tuple[int, np.ndarray | None]]] = [[] for _ in range(n_w)]
    for g, b in zip(groups, backward, strict=True):
        if b:
            for k in range(n_w):
                plan[k].append((g, todo[k::n_w]))
    forward = [g for g, b in zip(groups, backward, strict=True) if not b]
    for i, g in enumerate(forward):
        plan[i % n_w].append((g, None))
    return [p for p in plan if p]


def _use_backward(group: int, n_sources: int, n_nodes: int, method: str) -> bool:
    """Backward search per segment suits dense demand; forward per household node, sparse.

    The nearest-centre group (0) of a city has households on most nodes: backward searches
    share the work of all of them. Households tied to one named centre are few: a forward
    search from each of their nodes costs about the length of their route.
    """
    if method == "backward":
        return True
    if method == "forward":
        return False
    return group == 0 and n_sources > n_nodes // 20


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
    n_groups = fields.shape[1]
    if after_ms[segment] < 0 or not np.any(graph.segment == segment):
        return np.zeros(0, np.int64), np.zeros((0, n_groups), np.int64)
    shift = _shift(graph)
    v = locality.view(graph, graph.cache)
    a, b = v.nodes(np.array([seg_u[segment], seg_v[segment]]))
    per_group = []
    for g in range(n_groups):
        nodes, times = kernels.one_segment(
            v.rev_indptr, v.rev_tail, v.rev_time, int(a), int(b), not bool(oneway[segment]),
            np.int64(after_ms[segment]), v.rows(fields[:, g]), shift,
        )  # fmt: skip
        per_group.append((v.ids(nodes), times))
    nodes = np.unique(np.concatenate([p[0] for p in per_group] + [np.zeros(0, np.int64)]))
    new = fields[nodes].copy()
    for g, (gn, gt) in enumerate(per_group):
        new[np.searchsorted(nodes, gn), g] = gt
    return nodes, new
