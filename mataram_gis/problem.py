"""The upgrade problem: everything needed to evaluate a SET of upgrades exactly.

An :class:`UpgradeProblem` holds the engine inputs of one analysis as plain arrays, one
entry per *usable* segment (the rows of the ``segments`` results layer, in that order):
end nodes, direction, travel time before and after upgrade (integer ms), upgrade cost,
the candidate mask and the households (:class:`~mataram_gis.engine.Demand`).

It can be built from a live :class:`~mataram_gis.analysis.Analysis` or rebuilt from a
results GeoPackage alone (:meth:`UpgradeProblem.from_results`), which is also a proof
that the file is self-contained: the rebuilt problem reproduces the engine's numbers
exactly. :func:`evaluate` is the reference evaluation of a set of upgrades: one SciPy
shortest-path recomputation with all chosen segments upgraded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from mataram_gis.engine import (
    INF,
    Demand,
    DirectedGraph,
    build_graph,
    distance_fields,
    node_demand,
    upgrade_benefits,
)
from mataram_gis.errors import InputDataError

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis
    from mataram_gis.engine import SegmentBenefits
    from mataram_gis.results import Results
    from mataram_gis.snap_split import SplitLayout

#: Weighted milliseconds per weighted household-hour.
MS_PER_HOUR = 3_600_000.0


@dataclass(frozen=True, eq=False)
class UpgradeProblem:
    """Engine inputs of one analysis, indexed by row of the ``segments`` layer.

    Attributes
    ----------
    seg_u, seg_v, oneway
        End nodes and direction of each segment (row ``i``).
    before_ms, after_ms
        Traversal time (integer ms) now and once upgraded (``after_ms <= before_ms``).
    cost
        Upgrade cost in rupiah.
    candidate
        Segments that may be chosen: ranked (``rank`` not null) and faster once upgraded.
    demand
        Households (:class:`~mataram_gis.engine.Demand`).
    n_nodes
        Number of network nodes.
    segment_ids
        ``segment_id`` of each row.
    names
        Street name of each row (``""`` when unnamed).
    length_m
        Length of each row in metres.
    split
        With point-on-segment snapping, the virtual split of the rows at the households'
        points (:mod:`mataram_gis.snap_split`): the graph is then the split network and
        ``demand.node`` the households' points; None (node snapping) otherwise.
    known_fields, known_margin
        Distance fields the analysis already computed (``(n_nodes, n_groups)``, or None):
        group 0 whole, each other group exact up to ``known_margin`` ms beyond its farthest
        household and ``INF`` farther (:func:`mataram_gis.engine.distance_fields` with
        ``settle``). :func:`mataram_gis.set_gains.set_gains` uses them instead of
        :attr:`base_fields` for every set saving at most ``known_margin`` ms.
    """

    seg_u: np.ndarray
    seg_v: np.ndarray
    oneway: np.ndarray
    before_ms: np.ndarray
    after_ms: np.ndarray
    cost: np.ndarray
    candidate: np.ndarray
    demand: Demand
    n_nodes: int
    segment_ids: np.ndarray
    names: np.ndarray
    length_m: np.ndarray
    split: SplitLayout | None = None
    known_fields: np.ndarray | None = None
    known_margin: int = -1

    # -- constructors -----------------------------------------------------------------
    @classmethod
    def from_analysis(cls, analysis: Analysis) -> UpgradeProblem:
        """The problem of a live analysis (rows of ``analysis.segments``)."""
        s = analysis.segments
        ids = s["segment_id"].to_numpy(np.int64)
        out = cls._build(
            s,
            before=np.asarray(analysis.before_ms, np.int64)[ids],
            after=np.asarray(analysis.after_ms, np.int64)[ids],
            demand=analysis.demand,
            n_nodes=int(analysis.graph.n_nodes),
            origins=analysis.origins,
        )
        margin = getattr(analysis, "field_margin", None)
        if margin is None or out.split is not None:
            return out
        return replace(out, known_fields=analysis.fields, known_margin=int(margin))

    @classmethod
    def from_results(cls, results: Results) -> UpgradeProblem:
        """Rebuild the problem from a results GeoPackage's own layers only.

        Times come from ``time_before_s``/``time_after_s`` (ms = round(s x 1000)); the
        households from ``origins`` (``node``, ``weight``, ``centre``, ``centre_fixed``,
        ``excluded``) and the destinations from ``centres`` (``node``).
        """
        s, o, c = results.segments, results.origins, results.centres
        where = str(results.path) if results.path else None
        for layer, frame, cols in (
            ("segments", s, ("u", "v", "oneway", "time_before_s", "time_after_s")),
            ("origins", o, ("node", "weight", "centre", "centre_fixed", "excluded")),
            ("centres", c, ("centre_id", "node")),
        ):
            missing = [col for col in cols if col not in frame.columns]
            if missing:
                raise InputDataError(
                    f"layer {layer} lacks column(s) {', '.join(missing)}",
                    file=where,
                    fix="give a results file written by 'python main.py rank'",
                )
        before = np.rint(s["time_before_s"].to_numpy(float) * 1000.0).astype(np.int64)
        after = np.rint(s["time_after_s"].to_numpy(float) * 1000.0).astype(np.int64)
        demand = demand_from_layers(o, c)
        nodes = [s["u"].to_numpy(np.int64), s["v"].to_numpy(np.int64), demand.node]
        nodes += list(demand.targets)
        n_nodes = int(max(int(a.max()) for a in nodes if len(a)) + 1)
        return cls._build(s, before=before, after=after, demand=demand, n_nodes=n_nodes,
                          origins=o)  # fmt: skip

    @classmethod
    def _build(
        cls,
        s: object,
        *,
        before: np.ndarray,
        after: np.ndarray,
        demand: Demand,
        n_nodes: int,
        origins: object = None,
    ) -> UpgradeProblem:
        after = np.where(after < 0, before, np.minimum(after, before))
        split = None
        if origins is not None and "snap_fraction" in origins:  # type: ignore[operator]
            from mataram_gis.snap_split import layout_from_origins

            split, demand = layout_from_origins(s, origins, demand, n_nodes=n_nodes)
            n_nodes = split.n_nodes if split is not None else n_nodes
        rank = s["rank"]  # type: ignore[index]
        cand = rank.notna().to_numpy(bool) & (after < before) & (before >= 0)
        cost = s["upgrade_cost"].to_numpy(float)  # type: ignore[index]
        cand &= np.isfinite(cost) & (cost >= 0)
        return cls(
            seg_u=s["u"].to_numpy(np.int64),  # type: ignore[index]
            seg_v=s["v"].to_numpy(np.int64),  # type: ignore[index]
            oneway=s["oneway"].to_numpy(bool),  # type: ignore[index]
            before_ms=np.asarray(before, np.int64),
            after_ms=np.asarray(after, np.int64),
            cost=np.nan_to_num(cost, nan=0.0),
            candidate=cand,
            demand=demand,
            n_nodes=n_nodes,
            segment_ids=s["segment_id"].to_numpy(np.int64),  # type: ignore[index]
            names=s["name"].fillna("").astype(str).to_numpy(object),  # type: ignore[index]
            length_m=s["length_m"].to_numpy(float),  # type: ignore[index]
            split=split,
        )

    # -- derived, cached --------------------------------------------------------------
    @property
    def n_segments(self) -> int:
        """Number of rows (usable segments)."""
        return len(self.seg_u)

    @property
    def n_groups(self) -> int:
        """Number of destination groups."""
        return len(self.demand.targets)

    @cached_property
    def graph(self) -> DirectedGraph:
        """The network before any upgrade."""
        return self.graph_with(())

    @cached_property
    def base_fields(self) -> np.ndarray:
        """``(n_nodes, n_groups)`` travel times (ms) before any upgrade."""
        return distance_fields(self.graph, self.demand.targets)

    @cached_property
    def node_weight(self) -> np.ndarray:
        """``(n_nodes, n_groups)`` summed household weight per node and group."""
        return node_demand(self.demand, n_nodes=self.n_nodes, n_groups=self.n_groups)[0]

    @cached_property
    def node_count(self) -> np.ndarray:
        """``(n_nodes, n_groups)`` household count per node and group."""
        return node_demand(self.demand, n_nodes=self.n_nodes, n_groups=self.n_groups)[1]

    def index_of(self, segment_ids: Iterable[int]) -> np.ndarray:
        """Row indices of the given ``segment_id`` values (error if unknown)."""
        ids = np.asarray(list(segment_ids), np.int64)
        order = np.argsort(self.segment_ids)
        pos = np.searchsorted(self.segment_ids, ids, sorter=order)
        pos = np.minimum(pos, len(order) - 1)
        rows = order[pos]
        bad = self.segment_ids[rows] != ids
        if bad.any():
            raise InputDataError(f"unknown segment_id(s): {ids[bad][:10].tolist()}")
        return rows

    def times_with(self, chosen: Iterable[int]) -> np.ndarray:
        """Segment times (ms) with the chosen rows upgraded."""
        t = self.before_ms.copy()
        rows = np.asarray(list(chosen), np.int64)
        if len(rows):
            t[rows] = self.after_ms[rows]
        return t

    def graph_with(self, chosen: Iterable[int]) -> DirectedGraph:
        """The network with the chosen rows upgraded (split at the households' points when
        :attr:`split` is set: then ``segment`` of an edge is its row)."""
        if self.split is not None:
            from mataram_gis.snap_split import split_graph

            return split_graph(self.split, self.oneway, self.times_with(chosen))
        return build_graph(
            self.seg_u, self.seg_v, self.oneway, self.times_with(chosen), n_nodes=self.n_nodes
        )

    @cached_property
    def edge_before_ms(self) -> np.ndarray:
        """Time of each edge of :attr:`graph` (and of every :meth:`graph_with`) today."""
        if self.split is None:
            return self.before_ms[self.graph.segment]
        from mataram_gis.snap_split import edge_times

        return edge_times(self.split, self.graph, self.before_ms)

    @cached_property
    def edge_after_ms(self) -> np.ndarray:
        """Time of each edge of :attr:`graph` once its row is upgraded."""
        if self.split is None:
            return self.after_ms[self.graph.segment]
        from mataram_gis.snap_split import edge_times

        return edge_times(self.split, self.graph, self.after_ms)

    def single_benefits(
        self,
        graph: DirectedGraph,
        demand: Demand,
        fields: np.ndarray,
        segments: np.ndarray | None = None,
    ) -> SegmentBenefits:
        """Exact gain of upgrading each row alone on ``graph`` (a state of this problem's
        network, with its exact ``fields``); :func:`mataram_gis.engine.upgrade_benefits`
        with node snapping."""
        if self.split is not None:
            from mataram_gis.snap_split import single_benefits

            return single_benefits(self, graph, demand, fields, segments)
        return upgrade_benefits(graph, self.seg_u, self.seg_v, self.oneway, self.after_ms,
                                demand, fields=fields, segments=segments)  # fmt: skip

    def fields_with(self, chosen: Iterable[int]) -> np.ndarray:
        """Travel times (ms) from every node to each group with the chosen rows upgraded."""
        return distance_fields(self.graph_with(chosen), self.demand.targets)

    def benefit_of_fields(self, fields: np.ndarray) -> float:
        """Weighted household-hours per year saved by ``fields`` versus no upgrade."""
        base = self.base_fields
        ok = base < INF
        saved = np.where(ok, base - np.where(ok, fields, 0), 0)
        return float(np.sum(self.node_weight * saved)) / MS_PER_HOUR


def demand_from_layers(origins: object, centres: object) -> Demand:
    """The engine's :class:`Demand` from the ``origins`` and ``centres`` layers."""
    c_nodes = centres["node"].to_numpy(np.int64)  # type: ignore[index]
    index = {str(cid): i + 1 for i, cid in enumerate(centres["centre_id"])}  # type: ignore[index]
    excluded = origins["excluded"].fillna("").astype(str).to_numpy() != ""  # type: ignore[index]
    node = origins["node"].fillna(-1).to_numpy(np.int64)  # type: ignore[index]
    weight = origins["weight"].fillna(0.0).to_numpy(float)  # type: ignore[index]
    fixed = origins["centre_fixed"].fillna(False).to_numpy(bool)  # type: ignore[index]
    centre = origins["centre"].fillna("").astype(str).to_numpy()  # type: ignore[index]
    group = np.array([index.get(c, 0) if f else 0 for c, f in zip(centre, fixed, strict=True)])
    use = ~excluded & (node >= 0)
    return Demand(
        node=np.where(use, node, -1).astype(np.int64),
        weight=np.where(use, weight, 0.0),
        group=np.where(use, group, 0).astype(np.int64),
        targets=(c_nodes,) + tuple(np.array([n], np.int64) for n in c_nodes),
    )


def analysis_from_results(results: Results) -> UpgradeProblem:
    """Rebuild the engine inputs from a results GeoPackage (see :class:`UpgradeProblem`)."""
    return UpgradeProblem.from_results(results)


def evaluate(problem: UpgradeProblem, chosen: Iterable[int]) -> float:
    """Exact benefit of upgrading all ``chosen`` rows together, by recomputation.

    Parameters
    ----------
    problem
        The upgrade problem.
    chosen
        Row indices (not ``segment_id``) of the segments to upgrade.

    Returns
    -------
    float
        Weighted household-hours per year saved (SciPy Dijkstra with all upgrades applied).
    """
    return problem.benefit_of_fields(problem.fields_with(chosen))
