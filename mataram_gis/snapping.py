"""Snapping to the nearest point on a segment, which splits it virtually.

Today's analysis snaps households and centres to the nearest junction *node* (the
default, unchanged). This module offers the alternative that ra2ce and GOSTnets users ask
for: a point joins the network at the nearest point of the nearest usable segment, the
segment is split there into parts (virtual nodes), and the access leg is the straight
distance to the line, walked at the scenario's walking speed (``walk_speed_kmh``, 4.5 km/h
by default, as for node snapping).

Exactness: a point at fraction ``0 < f < 1`` of a segment of ``t`` ms is *inside* it and
sits ``p = round(f t)`` ms from ``u`` (integer ms, within half a millisecond of the true
position, a few millimetres), whatever ``t`` is (before or after an upgrade); a point at
``f = 0`` or ``1`` is the junction ``u`` or ``v`` itself. The parts take
``p_1 - 0, p_2 - p_1, ..., t - p_k`` ms, so the parts of a segment add up to its time
exactly; points at the same fraction share a node, and a part may take 0 ms (two points
within half a millisecond). The split network is an ordinary network: the engine runs on
it unchanged and stays equal to brute force (the model of :mod:`mataram_gis.snap_split`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from mataram_gis import kernels_snap
from mataram_gis.engine import (
    INF,
    Demand,
    DirectedGraph,
    SegmentBenefits,
    build_graph,
    distance_fields,
    household_times,
)
from mataram_gis.snap_split import position


@dataclass(frozen=True)
class SegmentSnap:
    """Where each point joins the network (``segment = -1``: none within reach).

    Attributes
    ----------
    segment
        Index of the nearest usable segment.
    fraction
        Position along it from ``u`` (0..1, by length).
    distance_m
        Straight distance from the point to the segment.
    """

    segment: np.ndarray
    fraction: np.ndarray
    distance_m: np.ndarray


@dataclass(frozen=True)
class SplitNetwork:
    """The network with the snapped points' segments split at their points.

    Attributes
    ----------
    seg_u, seg_v, oneway, time_ms
        Segments of the split network: the untouched originals first (same index), then
        the parts.
    parent
        Original segment of each segment of the split network.
    n_nodes
        Nodes, original ones first, then the virtual nodes.
    point_node
        Node of each snapped point (``-1`` where not snapped).
    """

    seg_u: np.ndarray
    seg_v: np.ndarray
    oneway: np.ndarray
    time_ms: np.ndarray
    parent: np.ndarray
    n_nodes: int
    point_node: np.ndarray


def snap_to_segments(
    points: np.ndarray, lines: np.ndarray, usable: np.ndarray, *, max_distance_m: float
) -> SegmentSnap:
    """Nearest usable segment of each shapely point, within ``max_distance_m``.

    Ties go to the lowest segment index (deterministic).
    """
    n = len(points)
    seg = np.full(n, -1, np.int64)
    frac = np.zeros(n)
    dist = np.full(n, np.inf)
    use = np.flatnonzero(usable)
    if n == 0 or len(use) == 0:
        return SegmentSnap(seg, frac, dist)
    tree = shapely.STRtree(np.asarray(lines, dtype=object)[use])
    (pi, li), d = tree.query_nearest(
        points, max_distance=max_distance_m, return_distance=True, all_matches=True
    )
    order = np.lexsort((li, pi))
    pi, li, d = pi[order], li[order], d[order]
    first = np.ones(len(pi), bool)
    first[1:] = pi[1:] != pi[:-1]
    pi, li, d = pi[first], use[li[first]], d[first]
    seg[pi] = li
    dist[pi] = d
    frac[pi] = shapely.line_locate_point(np.asarray(lines, dtype=object)[li], points[pi],
                                         normalized=True)  # fmt: skip
    return SegmentSnap(seg, np.nan_to_num(frac), dist)


def split_network(
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    time_ms: np.ndarray,
    snap: SegmentSnap,
    *,
    n_nodes: int,
) -> SplitNetwork:
    """Split every snapped segment at its points (see the module notes for the rounding)."""
    from mataram_gis.snap_split import make_layout

    seg_u = np.asarray(seg_u, np.int64)
    seg_v = np.asarray(seg_v, np.int64)
    time_ms = np.asarray(time_ms, np.int64)
    ok = (snap.segment >= 0) & (time_ms[np.maximum(snap.segment, 0)] >= 0)
    row = np.where(ok, snap.segment, -1)
    layout, node = make_layout(seg_u, seg_v, row, snap.fraction, n_base=n_nodes)
    t = layout.part_times(time_ms)
    t = np.where(time_ms[layout.part_row] >= 0, t, -1)
    return SplitNetwork(
        seg_u=layout.part_u,
        seg_v=layout.part_v,
        oneway=np.asarray(oneway, bool)[layout.part_row],
        time_ms=t,
        parent=layout.part_row,
        n_nodes=layout.n_nodes,
        point_node=node,
    )


def alternative_segments(
    points: np.ndarray,
    lines: np.ndarray,
    usable: np.ndarray,
    own: np.ndarray,
    *,
    max_distance_m: float,
) -> SegmentSnap:
    """Nearest usable segment of each point other than its ``own`` one, within reach.

    Where a household walks on to when its own segment is closed (ties: lowest index).
    """
    n = len(points)
    seg = np.full(n, -1, np.int64)
    frac = np.zeros(n)
    dist = np.full(n, np.inf)
    use = np.flatnonzero(usable)
    if n == 0 or len(use) == 0:
        return SegmentSnap(seg, frac, dist)
    lines = np.asarray(lines, dtype=object)
    tree = shapely.STRtree(lines[use])
    pi, li = tree.query(points, predicate="dwithin", distance=max_distance_m)
    li = use[li]
    keep = li != np.asarray(own, np.int64)[pi]
    pi, li = pi[keep], li[keep]
    d = shapely.distance(points[pi], lines[li])
    keep = d <= max_distance_m
    pi, li, d = pi[keep], li[keep], d[keep]
    order = np.lexsort((li, d, pi))
    pi, li, d = pi[order], li[order], d[order]
    first = np.ones(len(pi), bool)
    first[1:] = pi[1:] != pi[:-1]
    pi, li, d = pi[first], li[first], d[first]
    seg[pi] = li
    dist[pi] = d
    frac[pi] = shapely.line_locate_point(lines[li], points[pi], normalized=True)
    return SegmentSnap(seg, np.nan_to_num(frac), dist)


@dataclass(frozen=True)
class SnappingComparison:
    """Door-to-centre seconds of each household under both snapping rules (NaN: not
    reachable), and the access legs."""

    node_s: np.ndarray
    segment_s: np.ndarray
    node_access_s: np.ndarray
    segment_access_s: np.ndarray

    def summary(self) -> dict[str, float]:
        """Mean and median difference (segment minus node), share of households changed."""
        both = np.isfinite(self.node_s) & np.isfinite(self.segment_s)
        diff = self.segment_s[both] - self.node_s[both]
        return {
            "households": int(both.sum()),
            "mean_node_min": float(self.node_s[both].mean() / 60) if both.any() else 0.0,
            "mean_segment_min": float(self.segment_s[both].mean() / 60) if both.any() else 0.0,
            "mean_diff_s": float(diff.mean()) if both.any() else 0.0,
            "median_diff_s": float(np.median(diff)) if both.any() else 0.0,
            "mean_abs_diff_s": float(np.abs(diff).mean()) if both.any() else 0.0,
            "share_changed_over_30s": float(np.mean(np.abs(diff) > 30)) if both.any() else 0.0,
            "mean_access_node_s": float(np.nanmean(self.node_access_s)),
            "mean_access_segment_s": float(np.nanmean(self.segment_access_s)),
        }


def compare_snapping(analysis: object) -> SnappingComparison:
    """Each household's door-to-centre time with node snapping (the analysis) and with
    point-on-segment snapping of households and centres (same network, same destinations)."""
    a = analysis
    net = a.prepared.network  # type: ignore[attr-defined]
    sc = a.scenario  # type: ignore[attr-defined]
    return compare_on(
        net.segments.geometry.to_numpy(), net.seg_u, net.seg_v, a.oneway,  # type: ignore[attr-defined]
        a.before_ms, a.origins, a.prepared.centres.geometry.to_numpy(),  # type: ignore[attr-defined]
        a.centres["node"].to_numpy(np.int64), a.demand, n_nodes=net.n_nodes,  # type: ignore[attr-defined]
        walk_speed_kmh=sc.walk_speed_kmh, snap_distance_m=sc.snap_distance_m,
    )  # fmt: skip


def compare_on(
    lines: np.ndarray,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    time_ms: np.ndarray,
    origins: object,
    centre_points: np.ndarray,
    centre_nodes: np.ndarray,
    demand: Demand,
    *,
    n_nodes: int,
    walk_speed_kmh: float,
    snap_distance_m: float,
) -> SnappingComparison:
    """:func:`compare_snapping` on explicit arrays (e.g. rebuilt from a results file).

    ``origins`` is the ``origins`` layer (``access_s``, ``time_to_centre_s``, ``excluded``,
    points); ``demand`` its :class:`~mataram_gis.engine.Demand` (groups, weights).
    """
    walk = walk_speed_kmh / 3.6
    o = origins
    usable = np.asarray(time_ms) >= 0
    hh_pts = o.geometry.to_numpy()  # type: ignore[attr-defined]
    snap = snap_to_segments(np.concatenate([hh_pts, centre_points]), lines, usable,
                            max_distance_m=snap_distance_m)  # fmt: skip
    split = split_network(seg_u, seg_v, oneway, time_ms, snap, n_nodes=n_nodes)
    n_h = len(hh_pts)
    c_nodes = split.point_node[n_h:]
    c_nodes = np.where(c_nodes >= 0, c_nodes, np.asarray(centre_nodes, np.int64))
    graph = build_graph(split.seg_u, split.seg_v, split.oneway, split.time_ms,
                        n_nodes=split.n_nodes)  # fmt: skip
    targets = (c_nodes,) + tuple(np.array([n]) for n in c_nodes)
    used = (o["excluded"].fillna("") == "").to_numpy()  # type: ignore[index]
    node = np.where(used, split.point_node[:n_h], -1)
    fields = distance_fields(graph, targets)
    t = household_times(fields, Demand(node=node, weight=demand.weight, group=demand.group,
                                       targets=targets))  # fmt: skip
    seg_access = snap.distance_m[:n_h] / walk
    access = o["access_s"].to_numpy(float)  # type: ignore[index]
    network = o["time_to_centre_s"].to_numpy(float)  # type: ignore[index]
    return SnappingComparison(
        node_s=np.where(used, network + access, np.nan),
        segment_s=np.where((t < INF) & used, t / 1000.0 + seg_access, np.nan),
        node_access_s=np.where(used, access, np.nan),
        segment_access_s=np.where(used, seg_access, np.nan),
    )


def snapped_benefits(
    graph: DirectedGraph,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    after_ms: np.ndarray,
    snap: SegmentSnap,
    demand: Demand,
) -> SegmentBenefits:
    """Exact benefit of upgrading each segment alone, households on points of segments.

    ``snap`` places each household (``demand.node`` is ignored; ``demand.weight``,
    ``group`` and ``targets`` are used); centres stay at their nodes. Equal to brute force
    on the network split at every household's point (``tests/test_snapping.py``).
    """
    seg_u = np.asarray(seg_u, np.int64)
    seg_v = np.asarray(seg_v, np.int64)
    two_way = ~np.asarray(oneway, bool)
    n_seg = len(seg_u)
    before = np.full(n_seg, -1, np.int64)
    before[graph.segment] = graph.time_ms
    after = np.where(before >= 0, np.minimum(np.asarray(after_ms, np.int64), before), -1)
    after = np.where(after < 0, before, after)
    fields = distance_fields(graph, demand.targets)
    shift = max(1, int(graph.n_nodes).bit_length())
    todo = np.flatnonzero((before >= 0) & (after < before)).astype(np.int64)
    ok = (snap.segment >= 0) & (demand.weight >= 0)
    q = np.where(ok, snap.segment, 0)
    t = before[q]
    ok &= t >= 0
    pos = position(snap.fraction, t)
    inner = ok & (snap.fraction > 0.0) & (snap.fraction < 1.0)
    node = np.where(snap.fraction <= 0.0, seg_u[q], seg_v[q])
    out = (np.zeros(n_seg), np.zeros(n_seg, np.int64), np.zeros(n_seg, np.int64))
    for g in range(fields.shape[1]):
        field = np.ascontiguousarray(fields[:, g])
        sel = np.flatnonzero(ok & (demand.group == g))
        if len(sel) == 0 or len(todo) == 0:
            continue
        big = INF
        du, dv = field[seg_u[q[sel]]], field[seg_v[q[sel]]]
        via_u = np.where(two_way[q[sel]] & (du < big), pos[sel] + np.minimum(du, big // 4), big)
        via_v = np.where(dv < big, t[sel] - pos[sel] + np.minimum(dv, big // 4), big)
        base = np.where(inner[sel], np.minimum(via_u, via_v), field[node[sel]])
        keep = base < big
        sel, base = sel[keep], base[keep]
        local = np.arange(len(sel))
        # attachments: (node, household, offset)
        ins = inner[sel]
        tw = two_way[q[sel]]
        a_nodes = np.concatenate([seg_u[q[sel]][ins & tw], seg_v[q[sel]][ins], node[sel][~ins]])
        a_hh = np.concatenate([local[ins & tw], local[ins], local[~ins]])
        a_off = np.concatenate([pos[sel][ins & tw], (t[sel] - pos[sel])[ins],
                                np.zeros(int((~ins).sum()), np.int64)])  # fmt: skip
        order = np.argsort(a_nodes, kind="stable")
        att_ptr = np.zeros(graph.n_nodes + 1, np.int64)
        np.cumsum(np.bincount(a_nodes, minlength=graph.n_nodes), out=att_ptr[1:])
        # households on each segment, with their offsets once it is upgraded
        on = np.flatnonzero(ins)
        on_seg = q[sel][on]
        a2 = position(snap.fraction[sel][on], after[on_seg])
        o_order = np.argsort(on_seg, kind="stable")
        on_ptr = np.zeros(n_seg + 1, np.int64)
        np.cumsum(np.bincount(on_seg, minlength=n_seg), out=on_ptr[1:])
        kernels_snap.snapped_benefits(
            graph.rev_indptr, graph.rev_tail, graph.rev_time, seg_u, seg_v, two_way, after,
            todo, field, att_ptr, np.ascontiguousarray(a_hh[order]),
            np.ascontiguousarray(a_off[order]), on_ptr, np.ascontiguousarray(on[o_order]),
            np.ascontiguousarray(np.where(two_way[on_seg], a2, -1)[o_order]),
            np.ascontiguousarray((after[on_seg] - a2)[o_order]),
            np.ascontiguousarray(base), np.ascontiguousarray(demand.weight[sel]), shift, *out,
        )  # fmt: skip
    return SegmentBenefits(
        weighted_seconds=out[0] / 1000.0, households=out[1], household_seconds=out[2] / 1000.0
    )
