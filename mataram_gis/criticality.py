"""Vulnerability: the exact loss if one segment became impassable (closure or flood).

For every segment, the extra weighted travel time of the households that keep a route
(``criticality``, weighted household-hours per year, like ``benefit``) and the households
left with no route at all (``households_stranded``; their loss is not in ``criticality``,
it would be infinite).

Method
------
Cutting a segment only changes the nodes *all* of whose shortest paths use it. With
``D`` the time to a destination group, an edge ``x -> y`` is *tight* when
``D(x) == t + D(y)``; every edge takes at least 1 ms, so tight edges form an acyclic
graph. A node is affected iff every tight edge out of it is cut or leads to an affected
node: counting each node's live tight out-edges down as the cut spreads upstream decides
this exactly (Ramalingam and Reps' dynamic shortest paths, phase 1, without a heap). A
node with an equally fast alternative (a tie, real in integer milliseconds) keeps a live
edge and is unaffected, and so is everything upstream of it. New times of the affected
nodes then come from one Dijkstra restricted to them, seeded by their best edges into the
unaffected part, stopped once every affected node with households is settled (phase 2).
Segments off every shortest path stop at once; the rest touch the nodes upstream of them
on the shortest-path tree.

Households tied to a named centre use that centre's field (computed whole here: a detour
can run beyond the truncated fields of the ranking); only segments on a shortest path
from one of their nodes are examined for them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from mataram_gis import engine_ready, kernels_closure, kernels_dominator
from mataram_gis.engine import (
    INF,
    Demand,
    DirectedGraph,
    _deal,
    _shift,
    _workers,
    distance_fields,
    node_demand,
    parallel_map,
)
from mataram_gis.oracle import brute_force_household_times


@dataclass(frozen=True)
class ClosureLosses:
    """Loss from closing each segment alone, one entry per segment.

    Attributes
    ----------
    weighted_seconds
        Sum of weight x extra seconds over households that keep a route
        (``criticality = weighted_seconds / 3600``).
    households_delayed
        Households whose time strictly grows but that keep a route.
    household_seconds
        Their extra seconds, unweighted.
    households_stranded
        Households left with no route to their centre.
    stranded_weight
        Summed effective weight of the stranded households.
    """

    weighted_seconds: np.ndarray
    households_delayed: np.ndarray
    household_seconds: np.ndarray
    households_stranded: np.ndarray
    stranded_weight: np.ndarray

    @property
    def criticality(self) -> np.ndarray:
        """Weighted household-hours per year lost (households that keep a route)."""
        return self.weighted_seconds / 3600.0


def _reverse_segments(graph: DirectedGraph) -> np.ndarray:
    """Segment of each incoming edge, aligned with ``graph.rev_tail``."""
    order = np.argsort(graph.head, kind="stable")
    return np.ascontiguousarray(graph.segment[order])


def segment_times(graph: DirectedGraph, seg_u: np.ndarray, n_seg: int) -> np.ndarray:
    """Traversal time (ms) of each segment in the graph; ``-1`` when not usable."""
    out = np.full(n_seg, -1, np.int64)
    out[graph.segment] = graph.time_ms
    return out


def closure_losses(
    graph: DirectedGraph,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    demand: Demand,
    *,
    fields: np.ndarray | None = None,
    segments: Iterable[int] | None = None,
) -> ClosureLosses:
    """Exact loss of closing each usable segment alone (both directions of a two-way one).

    Parameters
    ----------
    graph
        The network (:func:`mataram_gis.engine.build_graph`); its times are the ones lost.
    seg_u, seg_v, oneway
        Segment end nodes and direction, as given to ``build_graph``.
    demand
        Households (:class:`mataram_gis.engine.Demand`).
    fields
        *Whole* distance fields, one column per group (computed when omitted). The
        ranking's truncated fields of named centres are not enough: pass None.
    segments
        Only these segment indices (others get zero); all by default.

    Returns
    -------
    ClosureLosses
    """
    engine_ready.wait(
        "access"
    )  # a fresh install: its kernels are being compiled in the background
    seg_u = np.ascontiguousarray(seg_u, np.int64)
    seg_v = np.ascontiguousarray(seg_v, np.int64)
    n_seg = len(seg_u)
    if fields is None:
        fields = distance_fields(graph, demand.targets)
    n_groups = fields.shape[1]
    weight, count = node_demand(demand, n_nodes=graph.n_nodes, n_groups=n_groups)
    seg_t = segment_times(graph, seg_u, n_seg)
    todo = np.flatnonzero(seg_t >= 0)
    if segments is not None:
        keep = np.zeros(n_seg, bool)
        keep[np.fromiter(segments, np.int64)] = True
        todo = todo[keep[todo]]
    todo = np.ascontiguousarray(todo, np.int64)
    two_way = np.ascontiguousarray(~np.asarray(oneway, bool))
    shift = _shift(graph)
    total = int(graph.time_ms.sum()) if graph.time_ms.size else 0
    if total >= (1 << (62 - shift)):
        raise OverflowError("travel times too large for the packed heap key")
    rev_seg = _reverse_segments(graph)
    groups = [g for g in range(n_groups) if len(todo) and (count[:, g] > 0).any()]

    def run(group_list: list[int]) -> tuple[np.ndarray, ...]:
        out = (np.zeros(n_seg), np.zeros(n_seg, np.int64), np.zeros(n_seg, np.int64),
               np.zeros(n_seg, np.int64), np.zeros(n_seg))  # fmt: skip
        for g in group_list:
            field = np.ascontiguousarray(fields[:, g])
            tight = kernels_closure.tight_out_degree(
                graph.fwd_indptr, graph.fwd_head, graph.fwd_time, field
            )
            kernels_dominator.closure_losses_lazy(
                seg_u, seg_v, seg_t, two_way, todo, graph.fwd_indptr, graph.fwd_head,
                graph.fwd_time, graph.fwd_seg, graph.rev_indptr, graph.rev_tail,
                graph.rev_time, rev_seg, field, tight, np.argsort(field, kind="stable"),
                np.ascontiguousarray(weight[:, g]), np.ascontiguousarray(count[:, g]),
                shift, kernels_dominator.SPARSE_RATIO, *out,
            )  # fmt: skip
        return out

    parts = parallel_map(run, _deal(groups, workers=_workers(len(groups))))

    def total_of(i: int, dtype: type) -> np.ndarray:
        if not parts:
            return np.zeros(n_seg, dtype)
        return np.sum([p[i] for p in parts], axis=0).astype(dtype)

    return ClosureLosses(
        weighted_seconds=total_of(0, float) / 1000.0,
        households_delayed=total_of(1, np.int64),
        household_seconds=total_of(2, np.int64) / 1000.0,
        households_stranded=total_of(3, np.int64),
        stranded_weight=total_of(4, float),
    )


def brute_force_closures(
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    time_ms: np.ndarray,
    demand: Demand,
    *,
    n_nodes: int,
    segments: Iterable[int] | None = None,
) -> ClosureLosses:
    """The oracle: remove each segment, recompute every household's time with SciPy."""
    time_ms = np.asarray(time_ms, np.int64)
    base = brute_force_household_times(seg_u, seg_v, oneway, time_ms, demand, n_nodes=n_nodes)
    n_seg = len(seg_u)
    wsec, hsec, sw = np.zeros(n_seg), np.zeros(n_seg), np.zeros(n_seg)
    delayed, stranded = np.zeros(n_seg, np.int64), np.zeros(n_seg, np.int64)
    for s in range(n_seg) if segments is None else segments:
        if time_ms[s] < 0:
            continue
        t = time_ms.copy()
        t[s] = -1
        new = brute_force_household_times(seg_u, seg_v, oneway, t, demand, n_nodes=n_nodes)
        had = base < INF
        lost = had & (new >= INF)
        late = had & ~lost & (new > base)
        extra = np.where(late, new - base, 0)
        wsec[s] = float(np.sum(demand.weight[late] * extra[late])) / 1000.0
        delayed[s] = int(late.sum())
        hsec[s] = float(extra.sum()) / 1000.0
        stranded[s] = int(lost.sum())
        sw[s] = float(demand.weight[lost].sum())
    return ClosureLosses(
        weighted_seconds=wsec,
        households_delayed=delayed,
        household_seconds=hsec,
        households_stranded=stranded,
        stranded_weight=sw,
    )


def hazard_exposure(lines: object, hazard: object) -> np.ndarray:
    """Which segments touch a hazard area (e.g. flood-prone polygons).

    Parameters
    ----------
    lines
        Segment GeoSeries / GeoDataFrame (any CRS).
    hazard
        Hazard polygons (GeoDataFrame), reprojected to the segments' CRS.

    Returns
    -------
    numpy.ndarray
        Boolean per segment: True where the line intersects a hazard polygon.
    """
    import shapely

    if hazard is None or len(hazard) == 0:  # type: ignore[arg-type]
        return np.zeros(len(lines), bool)  # type: ignore[arg-type]
    crs = getattr(lines, "crs", None)
    if crs is not None and hazard.crs is not None and hazard.crs != crs:  # type: ignore[attr-defined]
        hazard = hazard.to_crs(crs)  # type: ignore[attr-defined]
    tree = shapely.STRtree(hazard.geometry.to_numpy())  # type: ignore[attr-defined]
    idx, _ = tree.query(lines.geometry.to_numpy(), predicate="intersects")  # type: ignore[attr-defined]
    out = np.zeros(len(lines), bool)  # type: ignore[arg-type]
    out[idx] = True
    return out
