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
import pandas as pd

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
    build_graph,
    upgrade_benefits,
)
from mataram_gis.errors import NetworkError
from mataram_gis.exclusions import exclusion_counts, exclusion_warnings, log_exclusions
from mataram_gis.inventory import enrich_segments
from mataram_gis.io.inventory import RoadInventory
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.network import RoadNetwork, build_network
from mataram_gis.scenario import Scenario
from mataram_gis.segment_rules import (
    candidates,
    condition_after,
    segment_times,
    treatments_of,
    upgrade_costs,
)

logger = logging.getLogger(__name__)

#: Columns of the ``segments`` results layer fixed by the data contract, in order.
SEGMENT_COLUMNS: tuple[str, ...] = (
    "segment_id", "u", "v", "oneway", "name", "highway", "condition", "length_m",
    "time_before_s", "time_after_s", "benefit", "households_benefiting", "upgrade_cost",
    "benefit_per_cost", "rank",
)  # fmt: skip
#: Extra segment columns we add after the contract ones.
SEGMENT_EXTRA: tuple[str, ...] = (
    "authority", "surface", "mean_minutes_saved", "candidate", "synthetic",
)  # fmt: skip
#: Road-inventory columns of the ``segments`` layer (DESIGN.md "Extensions"), after the extras.
SEGMENT_INVENTORY: tuple[str, ...] = (
    "nomor_ruas", "nama_ruas", "status", "status_source", "fungsi", "lebar_m", "perkerasan",
    "sta_from_m", "sta_to_m", "iri", "treatment", "condition_after", "area_m2", "nomor_source",
)  # fmt: skip


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
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    net = prepared.network
    segs = net.segments
    progress(0.35, "travel times")
    before, after, usable = segment_times(segs, scenario)
    oneway = segs["oneway"].to_numpy(bool) & (scenario.mode != "walk")
    graph = build_graph(net.seg_u, net.seg_v, oneway, before, n_nodes=net.n_nodes)
    check_cancel(cancel)
    progress(0.45, "snapping centres")
    snapped = snap_centres(prepared.centres, net.node_xy, graph, scenario=scenario)
    targets, group_index = destination_groups(snapped)
    gainable = (after >= 0) & (after < before)
    margin = int((before - after)[gainable].max()) if gainable.any() else 0
    check_cancel(cancel)
    progress(0.55, "snapping households")
    demand, origins, fields = build_demand(
        prepared.households, prepared.near, net.node_xy, graph, targets, group_index,
        scenario=scenario, margin=margin,
    )  # fmt: skip
    snap = None
    if scenario.snap == "segment":  # households on points of segments (snap_demand.py)
        from mataram_gis.snap_demand import segment_demand

        snap, demand, origins, fields = segment_demand(
            prepared.households, segs.geometry.to_numpy(), graph, net.seg_u, net.seg_v,
            oneway, before, targets, group_index, origins, scenario=scenario,
        )  # fmt: skip
    log_exclusions(origins, snap_distance_m=scenario.snap_distance_m)  # nobody benefits: refuse
    timings["fields_s"] = time.perf_counter() - t0
    centres = snapped.centres.copy()
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
    table = ranking_table(segs, scenario, before, after, usable, oneway, benefits)
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
    )


def ranking_table(
    segs: gpd.GeoDataFrame,
    scenario: Scenario,
    before: np.ndarray,
    after: np.ndarray,
    usable: np.ndarray,
    oneway: np.ndarray,
    benefits: SegmentBenefits,
) -> gpd.GeoDataFrame:
    """The ``segments`` results layer: usable segments with benefit, cost and rank."""
    cost = upgrade_costs(segs, scenario)
    benefit = benefits.weighted_seconds / 3600.0
    hh = benefits.households
    with np.errstate(divide="ignore", invalid="ignore"):
        bpc = np.where(cost > 0, benefit / cost, np.nan)
        mean_min = np.where(hh > 0, benefits.household_seconds / hh / 60.0, 0.0)
    cand = candidates(segs, usable, scenario)
    out = gpd.GeoDataFrame(
        {
            "segment_id": segs["segment_id"].to_numpy(np.int64),
            "u": segs["u"].to_numpy(np.int64),
            "v": segs["v"].to_numpy(np.int64),
            "oneway": oneway,
            "name": segs["name"].fillna("").astype(str).to_numpy(),
            "highway": segs["highway"].astype(str).to_numpy(),
            "condition": segs["condition"].astype(str).to_numpy(),
            "length_m": segs["length_m"].to_numpy(float),
            "time_before_s": before / 1000.0,
            "time_after_s": after / 1000.0,
            "benefit": benefit,
            "households_benefiting": hh.astype(np.int64),
            "upgrade_cost": cost,
            "benefit_per_cost": bpc,
            "rank": np.zeros(len(segs), np.int64),
            "authority": segs.get("status", segs.get("authority", pd.Series("", index=segs.index)))
            .fillna("")
            .astype(str)
            .to_numpy(),
            "surface": segs.get("surface", pd.Series("", index=segs.index))
            .fillna("")
            .astype(str)
            .to_numpy(),
            "mean_minutes_saved": mean_min,
            "candidate": cand,
            "synthetic": segs.get("synthetic", pd.Series(False, index=segs.index))
            .fillna(False)
            .astype(bool)
            .to_numpy(),
        },
        geometry=segs.geometry.to_numpy(),
        crs=segs.crs,
    )
    for name, values in inventory_columns(segs, scenario).items():
        out[name] = values
    out = out.loc[usable].copy()
    ranked = out.loc[out["candidate"]].sort_values(
        ["benefit", "benefit_per_cost", "segment_id"],
        ascending=[False, False, True],
        na_position="last",
    )
    rank = pd.Series(pd.NA, index=out.index, dtype="Int64")
    rank.loc[ranked.index] = np.arange(1, len(ranked) + 1)
    out["rank"] = rank
    return out.reset_index(drop=True)


def inventory_columns(segs: gpd.GeoDataFrame, scenario: Scenario) -> dict[str, np.ndarray]:
    """The :data:`SEGMENT_INVENTORY` columns of the ranking table."""
    out: dict[str, np.ndarray] = {}
    for name in SEGMENT_INVENTORY:
        if name in segs:
            out[name] = segs[name].to_numpy()
    out["treatment"] = treatments_of(segs, scenario).astype(str)
    out["condition_after"] = condition_after(segs, scenario).astype(str)
    if "lebar_m" in segs:
        out["area_m2"] = segs["lebar_m"].to_numpy(float) * segs["length_m"].to_numpy(float)
    return {k: out[k] for k in SEGMENT_INVENTORY if k in out}


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
