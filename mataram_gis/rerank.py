"""What a re-rank keeps from the previous analysis of the same network.

A parameter change in the GUI re-runs :func:`mataram_gis.analysis.analyse` on the same
:class:`~mataram_gis.analysis.Prepared`. Most changes (weights, prices, trips, even
speeds) leave the usable network's structure as it was, so the structure is kept in the
Prepared's ``cache`` and reused whenever it is the same:

- the directed graph's CSR structure and its locality renumbering (:func:`regraph`);
- the main strongly connected part and its KD-tree for snapping centres (:func:`centre_core`);
- the scenario-independent columns of the ``origins`` layer (:func:`origins_frame`).

Everything is checked, not assumed: a different structure simply builds anew.
"""

from __future__ import annotations

import dataclasses

import geopandas as gpd
import numpy as np
from scipy.spatial import cKDTree

from mataram_gis.engine import DirectedGraph, build_graph


def regraph(
    cache: dict,
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    time_ms: np.ndarray,
    *,
    n_nodes: int,
) -> DirectedGraph:
    """:func:`~mataram_gis.engine.build_graph`, sharing the structure of the cached graph
    when the directed edges are the same (only the times are new)."""
    prev: DirectedGraph | None = cache.get("graph")
    ok = np.asarray(time_ms) >= 0
    bwd = ok & ~np.asarray(oneway, bool)
    if (
        prev is not None
        and prev.n_nodes == n_nodes
        and "rev_order" in prev.cache
        and np.array_equal(cache.get("graph_key_ok"), ok)
        and np.array_equal(cache.get("graph_key_bwd"), bwd)
    ):
        t = np.asarray(time_ms, np.int64)[prev.segment]
        return dataclasses.replace(
            prev,
            time_ms=t,
            rev_time=np.ascontiguousarray(t[prev.cache["rev_order"]]),
            fwd_time=np.ascontiguousarray(t[prev.cache["fwd_order"]]),
        )
    graph = build_graph(seg_u, seg_v, oneway, time_ms, n_nodes=n_nodes)
    cache.update(graph=graph, graph_key_ok=ok, graph_key_bwd=bwd)
    return graph


def centre_core(
    cache: dict, graph: DirectedGraph, node_xy: np.ndarray
) -> tuple[np.ndarray, cKDTree | None]:
    """Nodes of the graph's largest strongly connected part and a KD-tree of them (None
    when the part is empty), kept while the graph's structure is the same."""
    from mataram_gis.demand import largest_strong_component

    hit = cache.get("centre_core")
    if hit is not None and hit[0] is graph.rev_indptr:
        return hit[1], hit[2]
    core = np.flatnonzero(largest_strong_component(graph))
    tree = cKDTree(node_xy[core]) if len(core) else None
    cache["centre_core"] = (graph.rev_indptr, core, tree)
    return core, tree


def origins_frame(
    households: gpd.GeoDataFrame, columns: dict[str, object], cache: dict | None
) -> gpd.GeoDataFrame:
    """The ``origins`` layer: the households' own columns (kept in ``cache``) then ``columns``.

    The households' columns are ``household_id``, ``category`` and ``producers`` (their
    weight) and the geometry; ``columns`` are the scenario's, in layer order.
    """
    hit = None if cache is None else cache.get("origins")
    if hit is None or hit[0] is not households:
        base = gpd.GeoDataFrame(
            {
                "household_id": households["household_id"].astype(str).to_numpy(),
                "category": households["category"].to_numpy(np.int64),
                "producers": households["weight"].to_numpy(float),
                **{name: np.zeros(len(households)) for name in columns},
            },
            geometry=households.geometry.to_numpy(),
            crs=households.crs,
        )
        hit = (households, base)
        if cache is not None:
            cache["origins"] = hit
    out = hit[1].copy(deep=False)
    for name, values in columns.items():
        out[name] = values
    return out
