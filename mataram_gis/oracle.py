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


# -- the split model of point-on-segment snapping (mataram_gis.snap_split) -------------
def split_point_times(
    seg_u: np.ndarray,
    seg_v: np.ndarray,
    oneway: np.ndarray,
    time_ms: np.ndarray,
    demand: Demand,
    row: np.ndarray,
    frac: np.ndarray,
) -> np.ndarray:
    """Network time (ms, ``INF``: none) of each household from its point, recomputed on an
    explicit networkx graph with every segment really split at its households' points.

    Household ``i`` stands at fraction ``frac[i]`` of segment ``row[i]`` (``row = -1``: at
    ``demand.node``). A point with ``0 < f < 1`` is a node of its own, ``round(f t)`` ms
    from ``u`` while the segment takes ``t`` ms; ``f = 0`` / ``1`` is ``u`` / ``v`` itself.
    Segments with ``time_ms < 0`` are closed (their inner points have no road).
    """
    import networkx as nx  # here: networkx takes a third of a second to import (issue 15)

    row = np.asarray(row, np.int64)
    frac = np.asarray(frac, float)
    inside: dict[int, set[float]] = {}
    for r, f in zip(row, frac, strict=True):
        if r >= 0 and 0.0 < f < 1.0:
            inside.setdefault(int(r), set()).add(float(f))
    g = nx.MultiDiGraph()
    for s, (a, b) in enumerate(zip(seg_u, seg_v, strict=True)):
        t = int(time_ms[s])
        if t < 0:
            continue
        fr = sorted(inside.get(s, ()))
        names = [("n", int(a))] + [("p", s, f) for f in fr] + [("n", int(b))]
        pos = [0] + [int(np.clip(np.rint(f * t), 0, t)) for f in fr] + [t]
        for i in range(len(names) - 1):
            w = pos[i + 1] - pos[i]
            g.add_edge(names[i + 1], names[i], weight=w)  # reversed: search from centres
            if not oneway[s]:
                g.add_edge(names[i], names[i + 1], weight=w)
    per_group = []
    for targets in demand.targets:
        src = [("n", int(x)) for x in targets]  # a centre reaches itself, roads or not
        g.add_nodes_from(src)
        per_group.append(nx.multi_source_dijkstra_path_length(g, src) if src else {})
    out = np.full(len(row), INF, np.int64)
    for i, (r, f) in enumerate(zip(row, frac, strict=True)):
        if r >= 0:
            key = ("n", int(seg_u[r])) if f <= 0 else ("n", int(seg_v[r])) if f >= 1 else None
            key = key or ("p", int(r), float(f))
        elif demand.node[i] >= 0:
            key = ("n", int(demand.node[i]))
        else:
            continue
        out[i] = per_group[demand.group[i]].get(key, INF)
    return out


def split_household_times(problem: object, rows: Iterable[int] = ()) -> np.ndarray:
    """:func:`split_point_times` of a problem with ``split`` and the given rows upgraded."""
    p = problem
    sp = p.split  # type: ignore[attr-defined]
    return split_point_times(p.seg_u, p.seg_v, p.oneway, p.times_with(rows), p.demand,  # type: ignore[attr-defined]
                             sp.hh_row, sp.hh_frac)  # fmt: skip


def split_set_benefit(problem: object, rows: Iterable[int]) -> tuple[float, int]:
    """Weighted hours per year and households gaining with ``rows`` upgraded together."""
    rows = list(rows)
    base = split_household_times(problem)
    new = split_household_times(problem, rows)
    saved = np.where(base < INF, base - new, 0)
    weight = problem.demand.weight  # type: ignore[attr-defined]
    return float(np.sum(weight * saved)) / 3.6e6, int((saved > 0).sum())


def split_closures(problem: object) -> tuple[np.ndarray, ...]:
    """Brute force of :func:`mataram_gis.snap_closure.split_closure_losses`: close each row,
    send the households inside it to their alternative point, recompute everything.

    Returns weighted seconds, households delayed, household seconds, households stranded
    and stranded weight, per row (as :class:`mataram_gis.criticality.ClosureLosses`).
    """
    p = problem
    sp = p.split  # type: ignore[attr-defined]
    d = p.demand  # type: ignore[attr-defined]
    n_h = len(d.weight)
    inner = (sp.hh_row >= 0) & (sp.hh_frac > 0) & (sp.hh_frac < 1)
    base = split_household_times(p)
    n_seg = p.n_segments  # type: ignore[attr-defined]
    out = [np.zeros(n_seg), np.zeros(n_seg, np.int64), np.zeros(n_seg),
           np.zeros(n_seg, np.int64), np.zeros(n_seg)]  # fmt: skip
    for s in range(n_seg):
        t = np.asarray(p.before_ms, np.int64).copy()  # type: ignore[attr-defined]
        t[s] = -1
        own = np.flatnonzero(inner & (sp.hh_row == s))
        # the households inside s walk on to their alternative points (extra entries)
        row = np.concatenate([sp.hh_row, sp.alt_row[own]])
        frac = np.concatenate([sp.hh_frac, sp.alt_frac[own]])
        ext = Demand(node=np.concatenate([d.node, np.full(len(own), -1)]),
                     weight=np.concatenate([d.weight, d.weight[own]]),
                     group=np.concatenate([d.group, d.group[own]]), targets=d.targets)  # fmt: skip
        times = split_point_times(p.seg_u, p.seg_v, p.oneway, t, ext, row, frac)  # type: ignore[attr-defined]
        new = times[:n_h].copy()
        alt = times[n_h:]
        new[own] = np.where((sp.alt_row[own] >= 0) & (alt < INF), alt + sp.alt_extra_ms[own],
                            INF)  # fmt: skip
        had = base < INF
        lost = had & (new >= INF)
        late = had & ~lost & (new > base)
        extra = np.where(late, new - base, 0)
        out[0][s] = float(np.sum(d.weight[late] * extra[late])) / 1000.0
        out[1][s] = int(late.sum())
        out[2][s] = float(extra.sum()) / 1000.0
        out[3][s] = int(lost.sum())
        out[4][s] = float(d.weight[lost].sum())
    return tuple(out)
