"""What a scenario makes of each road segment: times, treatment, candidacy and cost.

Per-segment rules of one scenario, arrays in the order of the network's segments. These
functions take a segment frame and code it on every call; the analysis keeps the coding
per network (:mod:`mataram_gis.segment_codes`) and builds its ranking table from a
template (:mod:`mataram_gis.segment_table`), with the same results.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np

from mataram_gis.engine import SegmentBenefits
from mataram_gis.scenario import Scenario
from mataram_gis.segment_codes import SegmentCodes
from mataram_gis.segment_table import TableTemplate


def segment_times(
    segments: gpd.GeoDataFrame, scenario: Scenario
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Traversal time before and after upgrade (ms; -1 = unusable) and the usable mask."""
    return SegmentCodes.build(segments).times(scenario)


def treatments_of(segments: gpd.GeoDataFrame, scenario: Scenario) -> np.ndarray:
    """Treatment per segment from its condition (the scenario's mapping)."""
    return SegmentCodes.build(segments).treatments(scenario)


def condition_after(segments: gpd.GeoDataFrame, scenario: Scenario) -> np.ndarray:
    """Condition once treated: the better of now and the treatment's target condition."""
    return SegmentCodes.build(segments).condition_after(scenario)


def city_roads(segments: gpd.GeoDataFrame, scenario: Scenario) -> np.ndarray:
    """Segments under the scenario's authorities (status; lingkungan roads if the city's)."""
    return SegmentCodes.build(segments).city_roads(scenario)


def candidates(segments: gpd.GeoDataFrame, usable: np.ndarray, scenario: Scenario) -> np.ndarray:
    """Segments eligible for ranking under the scenario's candidate filter."""
    return SegmentCodes.build(segments).candidates(usable, scenario)


def upgrade_costs(segments: gpd.GeoDataFrame, scenario: Scenario) -> np.ndarray:
    """Cost (Rp) of each segment's treatment; 0 where it would not improve the condition.

    ``cost_basis`` ``m2`` (default): unit price (Rp/m2, by treatment and pavement) x width x
    length; ``km``: the older per-km table by road class.
    """
    return SegmentCodes.build(segments).costs(scenario)


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
    template = TableTemplate.build(SegmentCodes.build(segs))
    return template.table(scenario, before, after, usable, oneway, benefits)
