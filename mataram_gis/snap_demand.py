"""Point-on-segment snapping inside the analysis (scenario ``snap = "segment"``).

With ``snap = "node"`` (the default) a household walks to the nearest junction from which
its centre is reachable (:mod:`mataram_gis.demand`). With ``snap = "segment"`` it walks
straight to the nearest point of the nearest usable segment that leads to a centre, and
from there rides along that segment to whichever end gives the shorter trip (a virtual
split of the segment, :mod:`mataram_gis.snapping`). Centres stay at their junction in both
modes (a centre is a few points on the main network; docs/ACCESS.md).

What each part of the results means with ``snap = "segment"``:

- ``segments``: ``benefit``, ``households_benefiting``, ``mean_minutes_saved`` and the rank
  are exact for the split network (:func:`mataram_gis.snapping.snapped_benefits`): a
  household may switch to the other end of its segment, and upgrading its own segment
  speeds its ride along it.
- ``origins``: ``node`` is the end (junction) the household's best route leaves by,
  ``access_s`` the walk to the line plus the ride along the segment to ``node`` (at the
  segment's speed today), ``time_to_centre_s`` the network time from ``node``, as in node
  snapping; ``snap_segment_id``, ``snap_fraction`` (0..1 from ``u``) and ``snap_walk_s``
  say where and how far it walked; ``snap_alt_segment_id``, ``snap_alt_fraction`` and
  ``snap_alt_walk_s`` where it would walk to if its own segment were closed (the nearest
  point of the nearest other segment leading to a centre; -1 / empty when none in reach).
- Everything that re-evaluates a *set* of upgrades or a closure (ruas joint benefit,
  portfolio, programme, equity tables, criticality, Monte Carlo) rebuilds the split model
  from these columns (:mod:`mataram_gis.snap_split`): each household starts at its point,
  leaves by either end (``u`` only on a two-way segment), and rides faster when its own
  segment is in the set; exact, equal to brute force on the really split network
  (:mod:`mataram_gis.oracle`, tests/test_snap_sets.py).
"""

from __future__ import annotations

import dataclasses

import geopandas as gpd
import numpy as np

from mataram_gis.demand import effective_weight, household_groups
from mataram_gis.engine import INF, Demand, DirectedGraph, distance_fields, nearest_targets
from mataram_gis.scenario import Scenario
from mataram_gis.snap_split import position
from mataram_gis.snapping import SegmentSnap, alternative_segments, snap_to_segments

#: Scenario values of ``snap``.
SNAP_MODES = ("node", "segment")


@dataclasses.dataclass(frozen=True)
class PointTimes:
    """Each household's network time from its point, and the end it leaves by.

    Attributes
    ----------
    time_ms
        Network time from the point on the segment (``INF``: no route or not snapped).
    exit_node
        Junction of the best route (``-1`` where none).
    along_ms
        Ride from the point to ``exit_node`` along the segment.
    """

    time_ms: np.ndarray
    exit_node: np.ndarray
    along_ms: np.ndarray


def point_times(
    snap: SegmentSnap,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    two_way: np.ndarray,
    time_ms: np.ndarray,
    fields: np.ndarray,
    group: np.ndarray,
) -> PointTimes:
    """``min(p + D(u), t - p + D(v))`` per household (the first only where two-way).

    A point at fraction ``0 < f < 1`` of a segment of ``t`` ms sits ``p = round(f t)`` ms
    from ``u``; one at ``f = 0`` (``1``) is the junction ``u`` (``v``) itself (the model of
    :mod:`mataram_gis.snap_split`); ties go to ``v``.
    """
    ok = snap.segment >= 0
    q = np.where(ok, snap.segment, 0)
    t = np.maximum(np.asarray(time_ms, np.int64)[q], 0)
    pos = position(snap.fraction, t)
    at_u = snap.fraction <= 0.0
    at_v = snap.fraction >= 1.0
    g = np.where(ok, group, 0)
    du = fields[seg_u[q], g]
    dv = fields[seg_v[q], g]
    via_u = np.where((two_way[q] | at_u) & ~at_v & (du < INF), pos + np.minimum(du, INF // 4),
                     INF)  # fmt: skip
    via_v = np.where(~at_u & (dv < INF), t - pos + np.minimum(dv, INF // 4), INF)
    use_u = via_u < via_v
    best = np.where(use_u, via_u, via_v)
    reach = ok & (best < INF)
    return PointTimes(
        time_ms=np.where(reach, best, INF),
        exit_node=np.where(reach, np.where(use_u, seg_u[q], seg_v[q]), -1).astype(np.int64),
        along_ms=np.where(reach, np.where(use_u, pos, t - pos), 0).astype(np.int64),
    )


def segment_demand(
    households: gpd.GeoDataFrame,
    lines: np.ndarray,
    graph: DirectedGraph,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    before_ms: np.ndarray,
    targets: tuple[np.ndarray, ...],
    group_index: dict[str, int],
    origins: gpd.GeoDataFrame,
    *,
    scenario: Scenario,
) -> tuple[SegmentSnap, Demand, gpd.GeoDataFrame, np.ndarray]:
    """Households snapped to points on segments: the snap, demand, origins and fields.

    ``origins`` is the layer of node snapping (:func:`mataram_gis.demand.build_demand`);
    its node, weight, access, time, centre and exclusion columns are redone here. The
    returned snap has ``segment = -1`` for every excluded household (what
    :func:`mataram_gis.snapping.snapped_benefits` expects).
    """
    seg_u = np.asarray(seg_u, np.int64)
    seg_v = np.asarray(seg_v, np.int64)
    two_way = ~np.asarray(oneway, bool)
    before = np.asarray(before_ms, np.int64)
    fields = distance_fields(graph, targets)
    _, nearest = nearest_targets(graph, targets[0])
    usable = before >= 0
    f0 = fields[:, 0]
    leads = usable & ((f0[seg_v] < INF) | (two_way & (f0[seg_u] < INF)))
    pts = households.geometry.to_numpy()
    found = snap_to_segments(pts, lines, leads, max_distance_m=scenario.snap_distance_m)
    group, fixed = household_groups(households, group_index)
    unknown = group < 0
    group = np.where(unknown, 0, group)
    seg = np.where(unknown, -1, found.segment)
    times = point_times(SegmentSnap(seg, found.fraction, found.distance_m), seg_u, seg_v,
                        two_way, before, fields, group)  # fmt: skip
    ok = times.exit_node >= 0
    reason = origins["excluded"].to_numpy(dtype=object).copy()
    reason[~unknown] = ""
    off = ~ok & ~unknown
    if off.any():
        near = snap_to_segments(pts[off], lines, usable, max_distance_m=scenario.snap_distance_m)
        far = np.zeros(len(reason), bool)
        far[np.flatnonzero(off)] = near.segment < 0
        d = f"{scenario.snap_distance_m:.0f}"
        reason[off & far] = f"no road within {d} m (check its coordinates and their CRS)"
        reason[off & ~far] = f"no road within {d} m leads to a centre (check the roads around it)"
    weight = np.where(ok, effective_weight(households, scenario), 0.0)
    group = np.where(ok, group, 0)
    node = times.exit_node
    snap = SegmentSnap(segment=np.where(ok, seg, -1), fraction=found.fraction,
                       distance_m=found.distance_m)  # fmt: skip
    out = origins.copy()
    walk_s = np.where(ok, found.distance_m / (scenario.walk_speed_kmh / 3.6), np.nan)
    out["node"] = node
    out["weight"] = weight
    out["access_s"] = np.where(ok, walk_s + times.along_ms / 1000.0, np.nan)
    out["time_to_centre_s"] = np.where(ok, fields[np.maximum(node, 0), group] / 1000.0, np.nan)
    ids = np.array(list(group_index), dtype=object)
    named = households["centre"].to_numpy(dtype=object)
    centre = np.where(fixed, named, "").astype(object)
    auto = ok & ~fixed
    centre[auto] = ids[nearest[node[auto]]]
    out["centre"] = centre
    out["excluded"] = reason
    out["snap_segment_id"] = np.where(ok, seg, -1).astype(np.int64)
    out["snap_walk_s"] = walk_s
    out["snap_fraction"] = np.where(ok, found.fraction, np.nan)
    # where it walks on to when its own segment is closed (criticality)
    alt = alternative_segments(pts, lines, leads, np.where(ok, seg, -1),
                               max_distance_m=scenario.snap_distance_m)  # fmt: skip
    has_alt = ok & (alt.segment >= 0)
    out["snap_alt_segment_id"] = np.where(has_alt, alt.segment, -1).astype(np.int64)
    out["snap_alt_fraction"] = np.where(has_alt, alt.fraction, np.nan)
    out["snap_alt_walk_s"] = np.where(
        has_alt, alt.distance_m / (scenario.walk_speed_kmh / 3.6), np.nan
    )
    return snap, Demand(node=node, weight=weight, group=group, targets=targets), out, fields
