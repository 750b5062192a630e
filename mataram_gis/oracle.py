"""Brute-force recomputation: the test oracle and the benchmark's yardstick.

One full shortest-path computation per segment, exactly what the peer tools do. Never
used by the engine; it exists to prove the engine right and to measure how much faster
the engine is.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from mataram_gis.engine import (
    INF,
    Demand,
    SegmentBenefits,
    build_graph,
    household_times,
    scipy_times_to,
)


def brute_force_household_times(
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    time_ms: np.ndarray,
    demand: Demand,
    *,
    n_nodes: int,
) -> np.ndarray:
    """Each household's network time (ms) with SciPy Dijkstra on the given segment times."""
    graph = build_graph(seg_u, seg_v, oneway, time_ms, n_nodes=n_nodes)
    fields = np.stack([scipy_times_to(graph, t) for t in demand.targets], axis=1)
    return household_times(fields, demand)


def brute_force_benefits(
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    before_ms: np.ndarray,
    after_ms: np.ndarray,
    demand: Demand,
    *,
    n_nodes: int,
    segments: Iterable[int] | None = None,
) -> SegmentBenefits:
    """Benefit of each segment by recomputing every shortest path with it upgraded."""
    before_ms = np.asarray(before_ms, np.int64)
    base = brute_force_household_times(seg_u, seg_v, oneway, before_ms, demand, n_nodes=n_nodes)
    n_seg = len(seg_u)
    wsec = np.zeros(n_seg)
    hh = np.zeros(n_seg, np.int64)
    hsec = np.zeros(n_seg)
    todo = range(n_seg) if segments is None else segments
    for s in todo:
        if before_ms[s] < 0 or after_ms[s] < 0 or after_ms[s] >= before_ms[s]:
            continue
        t = before_ms.copy()
        t[s] = after_ms[s]
        new = brute_force_household_times(seg_u, seg_v, oneway, t, demand, n_nodes=n_nodes)
        ok = base < INF
        saved = np.where(ok, base - new, 0)
        gain = saved > 0
        wsec[s] = float(np.sum(demand.weight[gain] * saved[gain])) / 1000.0
        hh[s] = int(gain.sum())
        hsec[s] = float(saved[gain].sum()) / 1000.0
    return SegmentBenefits(weighted_seconds=wsec, households=hh, household_seconds=hsec)


def networkx_benefit(
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    before_ms: np.ndarray,
    after_ms: np.ndarray,
    demand: Demand,
    segment: int,
) -> float:
    """Weighted seconds saved by one segment, recomputed with networkx (the peers' way)."""
    import networkx as nx  # here: networkx takes a third of a second to import (issue 15)

    def times(t: np.ndarray) -> np.ndarray:
        g = nx.MultiDiGraph()
        for s, (a, b) in enumerate(zip(seg_u, seg_v, strict=True)):
            if t[s] < 0:
                continue
            g.add_edge(int(b), int(a), weight=int(t[s]))  # reversed: search from targets
            if not oneway[s]:
                g.add_edge(int(a), int(b), weight=int(t[s]))
        per_group = []
        for targets in demand.targets:
            src = [int(x) for x in targets if x in g]
            per_group.append(nx.multi_source_dijkstra_path_length(g, src) if src else {})
        out = np.full(len(demand.node), INF, np.int64)
        for i, (node, grp) in enumerate(zip(demand.node, demand.group, strict=True)):
            if node >= 0:
                out[i] = per_group[grp].get(int(node), INF)
        return out

    before_ms = np.asarray(before_ms, np.int64)
    base = times(before_ms)
    t = before_ms.copy()
    t[segment] = min(after_ms[segment], before_ms[segment])
    new = times(t)
    saved = np.where(base < INF, base - new, 0)
    return float(np.sum(demand.weight * np.maximum(saved, 0))) / 1000.0
