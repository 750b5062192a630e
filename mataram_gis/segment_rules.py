"""What a scenario makes of each road segment: times, treatment, candidacy and cost.

Per-segment rules of one scenario, arrays in the order of the network's segments; used by
:mod:`mataram_gis.analysis` to build the engine inputs and the ranking table.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd

from mataram_gis import speeds, treatments
from mataram_gis.condition import better_of
from mataram_gis.scenario import Scenario


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
