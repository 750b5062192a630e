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

from mataram_gis import speeds, treatments
from mataram_gis.condition import better_of
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
    "condition_source",
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


def segment_times(
    segments: gpd.GeoDataFrame, scenario: Scenario
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Traversal time before and after upgrade (ms; -1 = unusable) and the usable mask."""
    base, caps = scenario.speed_table(), scenario.cap_table()
    maxspeed = segments.get("maxspeed_kmh")
    kw = {
        "mode": scenario.mode,
        "base": base,
        "caps": caps,
        "factors": scenario.factor_table(),
        "maxspeed_kmh": maxspeed,
    }
    v_before = speeds.speed_kmh(segments["highway"], segments["condition"], **kw)
    upgraded = pd.Series(condition_after(segments, scenario), index=segments.index)
    v_after = speeds.speed_kmh(segments["highway"], upgraded, **kw)
    if scenario.mode != "walk" and "access" in segments:
        banned = segments["access"].fillna("").astype(str).isin(speeds.MOTOR_BANNED_ACCESS)
        v_before[banned.to_numpy()] = np.nan
    length = segments["length_m"].to_numpy()
    before = speeds.travel_time_ms(length, v_before)
    after = speeds.travel_time_ms(length, v_after)
    after = np.where(before >= 0, np.minimum(after, before), -1)
    return before, after, before >= 0


def treatments_of(segments: gpd.GeoDataFrame, scenario: Scenario) -> np.ndarray:
    """Treatment per segment from its condition (the scenario's mapping)."""
    return treatments.treatment_of(
        segments["condition"].astype(str).to_numpy(), scenario.condition_treatment
    )


def condition_after(segments: gpd.GeoDataFrame, scenario: Scenario) -> np.ndarray:
    """Condition once treated: the better of now and the treatment's target condition."""
    target = treatments.target_of(
        treatments_of(segments, scenario),
        default=scenario.target_condition,
        targets=scenario.treatment_target,
    )
    return better_of(segments["condition"].astype(str).to_numpy(), target)


def city_roads(segments: gpd.GeoDataFrame, scenario: Scenario) -> np.ndarray:
    """Segments under the scenario's authorities (status; lingkungan roads if the city's)."""
    n = len(segments)
    if not scenario.candidate_authorities:
        return np.ones(n, bool)
    status = segments.get("status", segments.get("authority", pd.Series("", index=segments.index)))
    status = status.fillna("").astype(str)
    ok = status.isin(scenario.candidate_authorities).to_numpy()
    if (
        scenario.lingkungan_is_city
        and "kota" in scenario.candidate_authorities
        and ("fungsi" in segments)
    ):
        ling = segments["fungsi"].astype(str).eq("lingkungan").to_numpy()
        ok = ok | (ling & ~status.isin(("nasional", "provinsi")).to_numpy())
    return ok


def candidates(segments: gpd.GeoDataFrame, usable: np.ndarray, scenario: Scenario) -> np.ndarray:
    """Segments eligible for ranking under the scenario's candidate filter."""
    ok = usable & (segments["length_m"].to_numpy() >= scenario.min_length_m)
    ok &= city_roads(segments, scenario)
    if scenario.exclude_good:
        ok &= condition_after(segments, scenario) != segments["condition"].astype(str).to_numpy()
    return ok


def upgrade_costs(segments: gpd.GeoDataFrame, scenario: Scenario) -> np.ndarray:
    """Cost (Rp) of each segment's treatment; 0 where it would not improve the condition.

    ``cost_basis`` ``m2`` (default): unit price (Rp/m2, by treatment and pavement) x width x
    length; ``km``: the older per-km table by road class.
    """
    improves = condition_after(segments, scenario) != segments["condition"].astype(str).to_numpy()
    if scenario.cost_basis == "km":
        return speeds.upgrade_cost_rp(
            segments["highway"], segments["condition"], segments["length_m"].to_numpy(),
            target=scenario.target_condition, unit_costs=scenario.cost_table(),
        )  # fmt: skip
    width = segments.get("lebar_m", segments.get("width_m"))
    width = np.full(len(segments), 4.5) if width is None else width.to_numpy(float)
    cost = treatments.treatment_cost(
        treatment=treatments_of(segments, scenario),
        perkerasan=segments.get("perkerasan", pd.Series("", index=segments.index)).to_numpy(),
        width_m=np.where(np.isfinite(width), width, 4.5),
        length_m=segments["length_m"].to_numpy(float),
        prices=scenario.price_table(),
    )
    return np.where(improves, cost, 0.0)


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
    log_exclusions(origins, snap_distance_m=scenario.snap_distance_m)  # nobody benefits: refuse
    timings["fields_s"] = time.perf_counter() - t0
    centres = snapped.centres.copy()
    counts = origins.loc[origins["excluded"] == "", "centre"].value_counts()
    centres["households"] = centres["centre_id"].map(counts).fillna(0).astype(np.int64)
    check_cancel(cancel)
    progress(0.65, "ranking segments")
    t1 = time.perf_counter()
    benefits = upgrade_benefits(graph, net.seg_u, net.seg_v, oneway, after, demand, fields=fields)
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
