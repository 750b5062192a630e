"""The analysis pipeline: validated layers -> network -> engine -> results tables.

``prepare`` does the scenario-independent work once (network, reprojection); ``analyse``
runs one scenario on it in tens of milliseconds at city scale, so the GUI can re-rank live
whenever an assumption changes. The same functions run in the CLI and in GUI workers.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import numpy as np

from mataram_gis import engine_ready
from mataram_gis.demand import (
    NearestNodes,
    build_demand,
    destination_groups,
    nearest_nodes,
    snap_centres,
)
from mataram_gis.engine import (
    Demand,
    DirectedGraph,
    SegmentBenefits,
    upgrade_benefits,
)
from mataram_gis.errors import NetworkError
from mataram_gis.exclusions import WARN_EXCLUDED_SHARE as WARN_SHARE
from mataram_gis.exclusions import exclusion_counts, exclusion_warnings, log_exclusions
from mataram_gis.inventory import enrich_segments
from mataram_gis.io.inventory import RoadInventory
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.network import RoadNetwork, build_network
from mataram_gis.rerank import regraph
from mataram_gis.scenario import Scenario
from mataram_gis.segment_codes import codes_for
from mataram_gis.segment_rules import (  # noqa: F401  (re-exported)
    candidates,
    condition_after,
    ranking_table,
    segment_times,
    treatments_of,
    upgrade_costs,
)
from mataram_gis.segment_table import (  # noqa: F401  (SEGMENT_*: re-exported)
    SEGMENT_COLUMNS,
    SEGMENT_EXTRA,
    SEGMENT_INVENTORY,
    template_for,
)

logger = logging.getLogger(__name__)


@dataclass
class AnalysisInputs:
    """Normalised input layers and where they came from.

    Attributes
    ----------
    roads, centres, households
        Normalised frames (docs/INTERNALS.md).
    sources
        One dict per input file: ``role``, ``path``, ``sha256`` (empty for built-in data).
    synthetic
        True for the built-in demo.
    notes
        Reader messages to keep with the results (topology repairs, exclusions).
    inventory
        The city's ruas list and condition survey (:mod:`mataram_gis.io.inventory`), if any.
    """

    roads: gpd.GeoDataFrame
    centres: gpd.GeoDataFrame
    households: gpd.GeoDataFrame
    sources: list[dict[str, str]] = field(default_factory=list)
    synthetic: bool = False
    notes: list[str] = field(default_factory=list)
    inventory: RoadInventory | None = None


@dataclass
class Prepared:
    """Scenario-independent state: the network and the points in its CRS."""

    inputs: AnalysisInputs
    network: RoadNetwork
    centres: gpd.GeoDataFrame
    households: gpd.GeoDataFrame
    near: NearestNodes
    timings: dict[str, float] = field(default_factory=dict)
    #: Scenario-independent structures built on first use (segment codes, table template).
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class Analysis:
    """One scenario's complete result (what the results GeoPackage stores)."""

    scenario: Scenario
    prepared: Prepared
    segments: gpd.GeoDataFrame
    origins: gpd.GeoDataFrame
    centres: gpd.GeoDataFrame
    graph: DirectedGraph
    fields: np.ndarray
    demand: Demand
    before_ms: np.ndarray
    after_ms: np.ndarray
    usable: np.ndarray
    oneway: np.ndarray
    benefits: SegmentBenefits
    timings: dict[str, float] = field(default_factory=dict)
    ruas: gpd.GeoDataFrame | None = None
    #: ``fields`` are exact up to this many ms beyond each named group's farthest household
    #: (None: unknown); reused by the ruas ranking (mataram_gis.problem.UpgradeProblem).
    field_margin: int | None = None

    def summary(self) -> dict[str, Any]:
        """Totals for reports and the scenario record."""
        o = self.origins
        used = o["excluded"] == ""
        s = self.segments
        top = s.sort_values("rank").head(1)
        return {
            "segments": len(s),
            "segments_not_usable": int((~self.usable).sum()),
            "candidates": int(s["candidate"].sum()),
            "households": len(o),
            "households_used": int(used.sum()),
            "households_excluded": int((~used).sum()),
            "producers_used": float(o.loc[used, "producers"].sum()),
            "mean_time_to_centre_min": float(o.loc[used, "time_to_centre_s"].mean() / 60)
            if used.any()
            else None,
            "centres": len(self.centres),
            "top_segment_id": int(top["segment_id"].iloc[0]) if len(top) else None,
            "top_benefit": float(top["benefit"].iloc[0]) if len(top) else None,
            "exclusions": exclusion_counts(o),
            "warnings": exclusion_warnings(o, snap_distance_m=self.scenario.snap_distance_m),
        }


def prepare(
    inputs: AnalysisInputs,
    *,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> Prepared:
    """Build the network and bring the points into its metric CRS."""
    t0 = time.perf_counter()
    progress(0.05, "building the road network")
    network = build_network(inputs.roads)
    enriched, report = enrich_segments(network.segments, network.node_xy, inputs.inventory)
    network = dataclasses.replace(network, segments=enriched)
    for note in report.notes:
        if note not in inputs.notes:
            inputs.notes.append(note)
    check_cancel(cancel)
    centres = inputs.centres.to_crs(network.crs).reset_index(drop=True)
    households = inputs.households.to_crs(network.crs).reset_index(drop=True)
    # Normalise once here, not on every re-rank.
    households["centre"] = households["centre"].fillna("").astype(str).str.strip()
    households["category"] = households["category"].astype(int)
    households["weight"] = households["weight"].astype(float)
    if len(centres) == 0:
        raise NetworkError("there are no centres", fix="load a centres layer with points")
    near = nearest_nodes(households, network.node_xy)
    t = {"prepare_s": time.perf_counter() - t0}
    progress(0.3, "network ready")
    return Prepared(
        inputs=inputs,
        network=network,
        centres=centres,
        households=households,
        near=near,
        timings=t,
    )


def analyse(
    prepared: Prepared,
    scenario: Scenario,
    *,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> Analysis:
    """Run one scenario: times, destinations, engine, ranking table."""
    engine_ready.wait(
        "analysis"
    )  # a fresh install: the kernels are being compiled in the background
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    net = prepared.network
    segs = net.segments
    progress(0.35, "travel times")
    cache = prepared.cache
    codes = codes_for(segs, cache)
    before, after, usable = codes.times(scenario)
    oneway = segs["oneway"].to_numpy(bool) & (scenario.mode != "walk")
    graph = regraph(cache, net.seg_u, net.seg_v, oneway, before, n_nodes=net.n_nodes)
    check_cancel(cancel)
    progress(0.45, "snapping centres")
    snapped = snap_centres(prepared.centres, net.node_xy, graph, scenario=scenario, cache=cache)
    targets, group_index = destination_groups(snapped)
    gainable = (after >= 0) & (after < before)
    margin = int((before - after)[gainable].max()) if gainable.any() else 0
    check_cancel(cancel)
    progress(0.55, "snapping households")
    demand, origins, fields, per_centre = build_demand(
        prepared.households, prepared.near, net.node_xy, graph, targets, group_index,
        scenario=scenario, margin=margin, cache=cache,
    )  # fmt: skip
    snap = None
    if scenario.snap == "segment":  # households on points of segments (snap_demand.py)
        from mataram_gis.snap_demand import segment_demand

        snap, demand, origins, fields = segment_demand(
            prepared.households, segs.geometry.to_numpy(), graph, net.seg_u, net.seg_v,
            oneway, before, targets, group_index, origins, scenario=scenario,
        )  # fmt: skip
    if snap is not None or _may_warn(demand):
        log_exclusions(origins, snap_distance_m=scenario.snap_distance_m)  # none benefit: refuse
    timings["fields_s"] = time.perf_counter() - t0
    centres = snapped.centres.copy()
    if snap is None and len(group_index) == len(centres):  # ids unique: counted by index
        centres["households"] = per_centre
    else:
        counts = origins.loc[origins["excluded"] == "", "centre"].value_counts()
        centres["households"] = centres["centre_id"].map(counts).fillna(0).astype(np.int64)
    check_cancel(cancel)
    progress(0.65, "ranking segments")
    t1 = time.perf_counter()
    if snap is None:
        benefits = upgrade_benefits(graph, net.seg_u, net.seg_v, oneway, after, demand,
                                    fields=fields)  # fmt: skip
    else:
        from mataram_gis.snapping import snapped_benefits

        benefits = snapped_benefits(graph, net.seg_u, net.seg_v, oneway, after, snap, demand)
    timings["engine_s"] = time.perf_counter() - t1
    check_cancel(cancel)
    progress(0.9, "building the ranking table")
    table = template_for(codes, cache).table(scenario, before, after, usable, oneway, benefits)
    timings["analyse_s"] = time.perf_counter() - t0
    progress(1.0, "analysis done")
    return Analysis(
        scenario=scenario,
        prepared=prepared,
        segments=table,
        origins=origins,
        centres=centres,
        graph=graph,
        fields=fields,
        demand=demand,
        before_ms=before,
        after_ms=after,
        usable=usable,
        oneway=oneway,
        benefits=benefits,
        timings=timings,
        field_margin=margin if snap is None else None,
    )


def _may_warn(demand: Demand) -> bool:
    """False when :func:`log_exclusions` has nothing to say: some household is used with a
    weight above zero, and no more than the warning share is excluded (node ``-1``)."""
    n = len(demand.node)
    used = demand.node >= 0
    return not (n and (used & (demand.weight > 0)).any() and n - used.sum() <= WARN_SHARE * n)


def run_analysis(
    inputs: AnalysisInputs,
    scenario: Scenario,
    *,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> Analysis:
    """:func:`prepare` then :func:`analyse`."""
    prepared = prepare(inputs, progress=progress, cancel=cancel)
    result = analyse(prepared, scenario, progress=progress, cancel=cancel)
    result.timings.update(prepared.timings)
    return result
