"""What a re-rank keeps from the previous analysis of the same network.

A parameter change in the GUI re-runs :func:`mataram_gis.analysis.analyse` on the same
:class:`~mataram_gis.analysis.Prepared`. Most changes (weights, prices, trips, even
speeds) leave the usable network's structure as it was, so the structure is kept in the
Prepared's ``cache`` and reused whenever it is the same:

- the directed graph's CSR structure and its locality renumbering (:func:`regraph`);
- the main strongly connected part and its KD-tree for snapping centres
  (:func:`mataram_gis.demand.snap_centres`);
- the scenario-independent columns of the ``origins`` layer (:func:`origins_frame`);
- whatever a step computed from inputs that are the same as last time (:func:`kept`: the
  households' snapped nodes, weights and origins words in
  :func:`mataram_gis.demand.build_demand`), and the ranking table's word columns while their
  codes are the same (:func:`kept_words`).

Everything is checked, not assumed: a different structure simply builds anew.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TypeVar

import geopandas as gpd
import numpy as np
import pandas as pd

from mataram_gis.digraph import DirectedGraph, build_graph

T = TypeVar("T")


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


def kept_words(
    words: list[str], code: np.ndarray, cache: dict | None, slot: str
) -> pd.api.extensions.ExtensionArray:
    """``words`` taken by ``code`` as a string column, kept in ``cache[slot]`` while the
    words and codes are the same: a re-rank rarely changes them, and converting one string
    per household was most of the origins layer's cost."""
    hit = None if cache is None else cache.get(slot)
    if hit is None or hit[0] != words or not np.array_equal(hit[1], code):
        hit = (words, code.copy(), pd.Series(np.asarray(words, dtype=object)).array.take(code))
        if cache is not None:
            cache[slot] = hit
    return hit[2].copy()  # each origins layer owns its column


def kept(
    cache: dict | None,
    slot: str,
    compute: Callable[[], T],
    *,
    objects: tuple = (),
    values: tuple = (),
    arrays: tuple[np.ndarray, ...] = (),
) -> T:
    """``compute()``, or what it returned last time (kept in ``cache[slot]``) when its inputs
    are the same: the same ``objects`` (by identity), equal ``values`` and equal ``arrays``
    (element by element). Checking costs microseconds; a parameter change leaves most
    inputs of the origins layer as they were. The caller copies what it will hand out."""
    hit = None if cache is None else cache.get(slot)
    if (
        hit is None
        or len(hit[0]) != len(objects)
        or any(a is not b for a, b in zip(hit[0], objects, strict=True))
        or hit[1] != values
        or len(hit[2]) != len(arrays)
        or not all(np.array_equal(a, b) for a, b in zip(hit[2], arrays, strict=True))
    ):
        hit = (objects, values, tuple(np.array(a, copy=True) for a in arrays), compute())
        if cache is not None:
            cache[slot] = hit
    return hit[3]
