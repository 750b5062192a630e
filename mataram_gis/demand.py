"""Households and centres on the network: snapping, weights, destinations, exclusions.

Households and centres snap to the nearest usable network node; the access leg is walked.
A household is never dropped silently: when it cannot be used it stays in the origins
table with the reason in ``excluded``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
from scipy.sparse.csgraph import connected_components
from scipy.spatial import cKDTree

from mataram_gis import speeds
from mataram_gis.engine import (
    INF,
    Demand,
    DirectedGraph,
    distance_fields,
    nearest_targets,
    needed_nodes,
)
from mataram_gis.errors import InputDataError, NetworkError
from mataram_gis.exclusions import check_weights
from mataram_gis.rerank import kept, origins_frame
from mataram_gis.scenario import Scenario

logger = logging.getLogger(__name__)

#: Neighbours tried per household before a per-group search for a reachable node.
_K_NEAREST = 16
_NO_ROUTE = "leads to a centre"


@dataclass(frozen=True)
class CentreSnap:
    """Centres with their network node (``node``) and snapping distance (``snap_m``)."""

    centres: gpd.GeoDataFrame
    nodes: np.ndarray


def usable_nodes(graph: DirectedGraph) -> np.ndarray:
    """Boolean mask of nodes with at least one usable edge."""
    mask = np.zeros(graph.n_nodes, bool)
    mask[graph.tail] = True
    mask[graph.head] = True
    return mask


def largest_strong_component(graph: DirectedGraph) -> np.ndarray:
    """Boolean mask of the nodes in the largest strongly connected component."""
    m = graph.reversed_matrix()
    _, labels = connected_components(m, directed=True, connection="strong")
    used = usable_nodes(graph)
    counts = np.bincount(labels[used], minlength=labels.max() + 1)
    return used & (labels == int(np.argmax(counts)))


def snap_centres(
    centres: gpd.GeoDataFrame,
    node_xy: np.ndarray,
    graph: DirectedGraph,
    *,
    scenario: Scenario,
    cache: dict | None = None,
) -> CentreSnap:
    """Snap centres to the nearest node of the largest strongly connected part.

    Centres sit on the main network by construction, so every household that can reach
    the main network can reach every centre. ``cache`` keeps that part, its KD-tree and
    the snapped centres while the graph's structure is the same (:mod:`mataram_gis.rerank`).
    """
    cache = {} if cache is None else cache
    core, tree = _core(graph, node_xy, cache)
    hit = cache.get("centre_snap")  # the same centres on the same main part: as before
    if hit and hit[0] is core and hit[1] is centres and hit[2] == scenario.snap_distance_m:
        return hit[3]
    if len(core) == 0:
        raise NetworkError(
            "no road in the network can be used in this travel mode",
            fix=f"check the road classes or choose another mode than {scenario.mode}",
        )
    pts = finite_points(centres, what="centres")
    dist, idx = tree.query(pts)
    far = dist > scenario.snap_distance_m
    if far.any():
        rows = centres.loc[far]
        listing = "; ".join(
            f"{cid} ({name}) {d:.0f} m"
            for cid, name, d in zip(rows["centre_id"], rows["name"], dist[far], strict=True)
        )
        fix = (
            "check the centre coordinates (swapped lon/lat? wrong CRS?) or raise the "
            "snapping distance"
        )
        problem = (
            f"centre(s) farther than {scenario.snap_distance_m:.0f} m from the usable road "
            f"network: {listing}"
        )
        if len(core) < 0.5 * graph.n_nodes:  # most roads unusable: speeds, not centres
            problem += (
                f". Only {len(core)} of {graph.n_nodes} junctions lie on the main network "
                f"usable by {scenario.mode}"
            )
            fix = (
                f"check the speeds for {scenario.mode} (base_speed_kmh, condition_cap_kmh, "
                "condition_factor: null closes a road class) and the road classes; then " + fix
            )
        raise NetworkError(problem, where="centres", fix=fix)
    out = centres.copy()
    out["node"] = core[idx].astype(np.int64)
    out["snap_m"] = dist
    snapped = CentreSnap(centres=out, nodes=core[idx].astype(np.int64))
    cache["centre_snap"] = (core, centres, scenario.snap_distance_m, snapped)
    return snapped


def _core(graph: DirectedGraph, node_xy: np.ndarray, cache: dict) -> tuple[np.ndarray, object]:
    """Nodes of the largest strongly connected part and their KD-tree (None if empty)."""
    hit = cache.get("centre_core")
    if hit is not None and hit[0] is graph.rev_indptr:
        return hit[1], hit[2]
    core = np.flatnonzero(largest_strong_component(graph))
    tree = cKDTree(node_xy[core]) if len(core) else None
    cache["centre_core"] = (graph.rev_indptr, core, tree)
    return core, tree


def finite_points(points: gpd.GeoDataFrame, *, what: str) -> np.ndarray:
    """Point coordinates as an (n, 2) array; raise when a point is missing or not finite."""
    xy = np.column_stack([points.geometry.x, points.geometry.y]).reshape(-1, 2)
    bad = ~np.isfinite(xy).all(axis=1)
    if bad.any():
        from mataram_gis.io.validate import rows_text

        raise InputDataError(
            f"{rows_text(np.flatnonzero(bad) + 1)}: the point is missing or its coordinates "
            "are not finite numbers",
            where=what,
            fix=f"give every one of the {what} a point with real coordinates",
        )
    return xy


def destination_groups(centres: CentreSnap) -> tuple[tuple[np.ndarray, ...], dict[str, int]]:
    """Group 0: nearest of all centres; group ``i+1``: centre ``i`` alone."""
    targets = (centres.nodes,) + tuple(np.array([n]) for n in centres.nodes)
    index = {cid: i + 1 for i, cid in enumerate(centres.centres["centre_id"])}
    return targets, index


@dataclass(frozen=True)
class NearestNodes:
    """The k nearest network nodes of each household, found once per network.

    Re-ranking then only checks which of them reach the household's destination.
    """

    xy: np.ndarray
    dist: np.ndarray
    node: np.ndarray


def nearest_nodes(households: gpd.GeoDataFrame, node_xy: np.ndarray) -> NearestNodes:
    """Query the ``_K_NEAREST`` nearest nodes of every household (scenario-independent)."""
    xy = finite_points(households, what="households")
    k = min(_K_NEAREST, len(node_xy))
    if len(xy) == 0 or k == 0:
        return NearestNodes(xy=xy, dist=np.zeros((len(xy), 0)), node=np.zeros((len(xy), 0), int))
    d, i = cKDTree(node_xy).query(xy, k=k)
    return NearestNodes(xy=xy, dist=d.reshape(len(xy), k), node=i.reshape(len(xy), k))


def snap_households(
    near: NearestNodes,
    node_xy: np.ndarray,
    fields: np.ndarray,
    group: np.ndarray,
    *,
    snap_distance_m: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Nearest node from which the household's destination is reachable, and its distance.

    Returns ``node = -1`` where no such node lies within the snapping distance.
    """
    n_h = len(near.xy)
    node = np.full(n_h, -1, np.int64)
    dist = np.full(n_h, np.inf)
    rows = np.flatnonzero(group >= 0)
    if len(rows) == 0 or near.node.shape[1] == 0:
        return node, dist
    # Most households' nearest node will do: test it first, the k nearest only for the rest.
    near0 = near.node[rows, 0]
    hit = (near.dist[rows, 0] <= snap_distance_m) & (fields[near0, group[rows]] < INF)
    node[rows[hit]] = near0[hit]
    dist[rows[hit]] = near.dist[rows[hit], 0]
    rest = rows[~hit]
    cand = near.node[rest]
    ok = (near.dist[rest] <= snap_distance_m) & (fields[cand, group[rest][:, None]] < INF)
    first = np.argmax(ok, axis=1)
    found = np.zeros(len(rows), bool)
    found[hit] = True
    got = ok[np.arange(len(rest)), first]
    found[~hit] = got
    node[rest[got]] = cand[got, first[got]]
    dist[rest[got]] = near.dist[rest[got], first[got]]
    # Rare: none of the k nearest nodes reaches this household's centre; search its group.
    lost = rows[~found & (near.dist[rows, 0] <= snap_distance_m)]
    for g in np.unique(group[lost]):
        sel = lost[group[lost] == g]
        reach = np.flatnonzero(fields[:, g] < INF)
        if len(reach) == 0:
            continue
        dd, ii = cKDTree(node_xy[reach]).query(near.xy[sel], distance_upper_bound=snap_distance_m)
        hit = np.isfinite(dd)
        node[sel[hit]] = reach[ii[hit]]
        dist[sel[hit]] = dd[hit]
    return node, dist


def _beyond_snap(near: NearestNodes, snap_distance_m: float) -> np.ndarray:
    """True where even the nearest network node lies beyond the snapping distance."""
    if near.dist.shape[1] == 0:
        return np.ones(len(near.xy), bool)
    return near.dist[:, 0] > snap_distance_m


def household_groups(
    households: gpd.GeoDataFrame, group_index: dict[str, int]
) -> tuple[np.ndarray, np.ndarray]:
    """Destination group per household (``-1``: names an unknown centre) and fixed flag."""
    group, fixed, _ = named_groups(households, group_index)
    return group, fixed


def named_groups(
    households: gpd.GeoDataFrame, group_index: dict[str, int], cache: dict | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`household_groups` and the named centre (``""``: the nearest), kept in
    ``cache`` for the same households and centres."""
    key = tuple(group_index.items())
    hit = None if cache is None else cache.get("household_groups")
    if hit is not None and hit[0] is households and hit[1] == key:
        return hit[2]
    named = households["centre"].to_numpy(dtype=object)
    fixed = named != ""
    group = np.zeros(len(households), np.int64)
    group[fixed] = speeds.lookup(named[fixed], lambda c: group_index.get(c, -1)).astype(np.int64)
    if cache is not None:
        cache["household_groups"] = (households, key, (group, fixed, named))
    return group, fixed, named


def effective_weight(households: gpd.GeoDataFrame, scenario: Scenario) -> np.ndarray:
    """Producers x equity weight of the household's desil x trips per year."""
    table = np.zeros(5)
    for desil, w in scenario.equity_weights.items():
        table[desil] = w
    category = households["category"].to_numpy(np.int64)
    bad = (category < 1) | (category > 4)
    if bad.any():
        raise InputDataError(
            f"{int(bad.sum())} household(s) have poverty category "
            f"{int(category[bad][0])}, not a desil from 1 to 4",
            where="households, column category",
            fix="use P3KE desil 1-4",
        )
    equity = table[category]
    weight = check_weights(households["weight"], file=None, where="households, column weight")
    return weight * equity * float(scenario.trips_per_year)


def _origin_words(
    group: np.ndarray,
    fixed: np.ndarray,
    named: np.ndarray,
    ok: np.ndarray,
    nearest: np.ndarray,
    near: NearestNodes,
    *,
    ids: list[str],
    snap_distance_m: float,
) -> tuple[pd.api.extensions.ExtensionArray, pd.api.extensions.ExtensionArray, np.ndarray]:
    """The origins' ``centre`` and ``excluded`` columns, and the used households per centre.

    The columns are coded into their few distinct words.
    ``centre``: the named centre, else (used households) the nearest. ``excluded``: why a
    household is not used ("" if it is). Built as one string column each from a handful of
    words, which costs far less than converting one Python string per household.
    """
    unknown = group < 0
    odd, odd_code = np.unique(named[unknown].astype(str), return_inverse=True)
    n_ids = len(ids)
    code = np.full(len(group), n_ids, np.int64)  # "": not named, not used
    known = fixed & ~unknown
    code[known] = group[known] - 1
    auto = ok & ~fixed
    code[auto] = nearest[auto]
    code[unknown] = n_ids + 1 + odd_code.reshape(-1)
    centre = _words([*ids, "", *odd.tolist()]).take(code)
    off = (~unknown) & ~ok
    far = off & _beyond_snap(near, snap_distance_m)
    snap = f"{snap_distance_m:.0f}"
    why = np.zeros(len(group), np.int64)
    why[far] = 1
    why[off & ~far] = 2
    why[unknown] = 3 + odd_code.reshape(-1)
    words = [
        "",
        f"no road within {snap} m (check its coordinates and their CRS)",
        f"no road within {snap} m {_NO_ROUTE} (check the roads around it)",
        *(f"centre '{c}' is not in the centres file" for c in odd.tolist()),
    ]
    per_centre = np.bincount(code[ok], minlength=n_ids)[:n_ids].astype(np.int64)
    return centre, _words(words).take(why), per_centre


def _snapped(
    near: NearestNodes,
    node_xy: np.ndarray,
    field0: np.ndarray,
    group: np.ndarray,
    snap_distance_m: float,
    cache: dict | None,
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`snap_households` on the nearest-centre field, kept while what it depends on
    is the same: the nodes that reach a centre, the households with a known destination
    and the snapping distance (a parameter change rarely alters them)."""
    reach, known = field0 < INF, group >= 0
    node, dist = kept(
        cache, "snapped_households",
        lambda: snap_households(near, node_xy, field0[:, None], np.where(known, 0, -1),
                                snap_distance_m=snap_distance_m),
        objects=(near,), values=(snap_distance_m,), arrays=(reach, known),
    )  # fmt: skip
    return node.copy(), dist.copy()


def _words(values: list[str]) -> pd.api.extensions.ExtensionArray:
    """Words typed as a frame column stores them (so a coded column matches a built one)."""
    return pd.Series(np.asarray(values, dtype=object)).array


def build_demand(
    households: gpd.GeoDataFrame,
    near: NearestNodes,
    node_xy: np.ndarray,
    graph: DirectedGraph,
    targets: tuple[np.ndarray, ...],
    group_index: dict[str, int],
    *,
    scenario: Scenario,
    margin: int,
    cache: dict | None = None,
) -> tuple[Demand, gpd.GeoDataFrame, np.ndarray, np.ndarray]:
    """The engine's :class:`Demand`, the origins table, the distance fields and the used
    households per centre (in ``group_index`` order).

    Group 0 (nearest centre) gets a full field; each named centre's field is computed only
    as far as its households need (see :func:`mataram_gis.engine.distance_fields`), which
    keeps a city with many centres fast. Centres lie in one strongly connected part, so a
    node that reaches one centre reaches all: snapping needs only the group-0 field.
    ``cache`` keeps the households' own columns of the origins layer between calls.
    """
    field0, nearest = nearest_targets(graph, targets[0])
    group, fixed, named = named_groups(households, group_index, cache)
    node, dist = _snapped(near, node_xy, field0, group, scenario.snap_distance_m, cache)
    ok = node >= 0
    weights = (tuple(sorted(scenario.equity_weights.items())), float(scenario.trips_per_year))
    weight = kept(
        cache, "household_weight", lambda: effective_weight(households, scenario),
        objects=(households,), values=weights,
    )  # fmt: skip
    weight = np.where(ok, weight, 0.0)
    settle = needed_nodes(Demand(node=np.where(ok, node, -1), weight=weight,
                                 group=np.where(ok, group, 0), targets=targets))  # fmt: skip
    fields = np.empty((graph.n_nodes, len(targets)), np.int64, order="F")
    fields[:, 0] = field0
    fields[:, 1:] = distance_fields(graph, targets[1:], settle=settle[1:], margin=margin)
    time_ms = np.full(len(households), np.nan)
    time_ms[ok] = fields[node[ok], group[ok]]
    nearest_used = nearest[np.where(ok, node, 0)]
    centre, excluded, per_centre = kept(
        cache, "origin_words",
        lambda: _origin_words(group, fixed, named, ok, nearest_used, near, ids=list(group_index),
                              snap_distance_m=scenario.snap_distance_m),
        objects=(named, near), values=(tuple(group_index.items()), scenario.snap_distance_m),
        arrays=(group, fixed, ok, nearest_used),
    )  # fmt: skip
    centre, excluded, per_centre = centre.copy(), excluded.copy(), per_centre.copy()
    origins = origins_frame(
        households,
        {
            "node": node,
            "weight": weight,
            "access_s": np.where(ok, dist / (scenario.walk_speed_kmh / 3.6), np.nan),
            "time_to_centre_s": time_ms / 1000.0,
            "centre": centre,
            "centre_fixed": fixed,
            "excluded": excluded,
        },
        cache,
    )
    group = np.where(ok, group, 0)
    n_excl = int((~ok).sum())
    if n_excl:
        logger.info("%d of %d households excluded (see the 'excluded' column)", n_excl, len(ok))
    demand = Demand(node=node, weight=weight, group=group, targets=targets)
    return demand, origins, fields, per_centre
