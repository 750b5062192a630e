"""Accessibility, equity and vulnerability added to an analysis or a results file.

The glue between the analysis (or a results GeoPackage) and the views of docs/ACCESS.md:
``criticality`` / ``households_stranded`` (and ``flood_exposed`` with a hazard layer),
``kelurahan`` / ``kecamatan`` of segments and households, the ``isochrones`` layer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd

from mataram_gis.admin import assign
from mataram_gis.criticality import ClosureLosses, closure_losses, hazard_exposure
from mataram_gis.isochrones import BANDS_MIN, isochrones
from mataram_gis.jobs import CancelCheck, Progress, check_cancel, no_progress
from mataram_gis.problem import UpgradeProblem
from mataram_gis.segment_table import top_ranked_rows

if TYPE_CHECKING:
    from mataram_gis.analysis import Analysis

logger = logging.getLogger(__name__)

#: Segment columns added by :func:`segment_columns` (``flood_exposed`` only with a hazard).
SEGMENT_ACCESS_COLUMNS = ("criticality", "households_stranded", "kelurahan", "kecamatan")


def problem_losses(problem: UpgradeProblem) -> ClosureLosses:
    """Closure losses of every row of the problem's ``segments`` (exact; with households on
    points of segments, :func:`mataram_gis.snap_closure.split_closure_losses`)."""
    if problem.split is not None:
        from mataram_gis.snap_closure import split_closure_losses

        return split_closure_losses(problem)
    return closure_losses(problem.graph, problem.seg_u, problem.seg_v, problem.oneway,
                          problem.demand)  # fmt: skip


def segment_columns(
    segments: gpd.GeoDataFrame,
    problem: UpgradeProblem,
    *,
    admin: gpd.GeoDataFrame | None = None,
    hazard: gpd.GeoDataFrame | None = None,
) -> pd.DataFrame:
    """``criticality``, ``households_stranded``, ``kelurahan``, ``kecamatan`` (and
    ``flood_exposed`` when a hazard layer is given), one row per row of ``segments``."""
    t0 = time.perf_counter()
    losses = problem_losses(problem)
    out = pd.DataFrame(
        {
            "criticality": losses.criticality,
            "households_stranded": losses.households_stranded.astype(np.int64),
        },
        index=segments.index,
    )
    out = out.join(assign(segments, admin))
    if hazard is not None:
        out["flood_exposed"] = hazard_exposure(segments, hazard)
    logger.info("vulnerability of %d segments in %.2f s", len(out), time.perf_counter() - t0)
    return out


def with_access_columns(
    segments: gpd.GeoDataFrame,
    origins: gpd.GeoDataFrame,
    problem: UpgradeProblem,
    *,
    admin: gpd.GeoDataFrame | None = None,
    hazard: gpd.GeoDataFrame | None = None,
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Copies of ``segments`` and ``origins`` with the access columns added (replaced)."""
    extra = segment_columns(segments, problem, admin=admin, hazard=hazard)
    seg = segments.drop(columns=[c for c in extra.columns if c in segments.columns])
    seg = pd.concat([seg, extra], axis=1)
    area = assign(origins, admin)
    org = origins.drop(columns=[c for c in area.columns if c in origins.columns])
    org = pd.concat([org, area], axis=1)
    return gpd.GeoDataFrame(seg, crs=segments.crs), gpd.GeoDataFrame(org, crs=origins.crs)


def isochrone_layer(
    segments: gpd.GeoDataFrame,
    centres: gpd.GeoDataFrame,
    problem: UpgradeProblem,
    *,
    bands: Iterable[float] = BANDS_MIN,
    upgraded: Iterable[int] = (),
) -> gpd.GeoDataFrame:
    """The ``isochrones`` layer (``centre``, ``minutes``, polygons) of a results table.

    ``upgraded``: rows of ``segments`` taken as upgraded (e.g. a programme); none by default.
    """
    return isochrones(
        segments.geometry.to_numpy(), problem.seg_u, problem.seg_v, problem.oneway,
        problem.times_with(upgraded), centres["centre_id"].astype(str).tolist(),
        centres["node"].to_numpy(np.int64), n_nodes=problem.n_nodes, crs=segments.crs,
        bands=tuple(bands),
    )  # fmt: skip


def access_layers(
    segments: gpd.GeoDataFrame,
    origins: gpd.GeoDataFrame,
    centres: gpd.GeoDataFrame,
    problem: UpgradeProblem,
    *,
    admin: gpd.GeoDataFrame | None = None,
    hazard: gpd.GeoDataFrame | None = None,
    bands: Iterable[float] | None = BANDS_MIN,
) -> dict[str, gpd.GeoDataFrame]:
    """``segments`` and ``origins`` with the access columns, and ``isochrones`` (unless
    ``bands`` is None or empty) and ``kelurahan`` (when ``admin`` is given) layers."""
    seg, org = with_access_columns(segments, origins, problem, admin=admin, hazard=hazard)
    out = {"segments": seg, "origins": org}
    if bands:
        out["isochrones"] = isochrone_layer(segments, centres, problem, bands=bands)
    if admin is not None:
        out["kelurahan"] = admin.to_crs(segments.crs)
    return out


@dataclass
class AccessViews:
    """Everything the GUI's accessibility view shows for one analysis and segment set.

    Attributes
    ----------
    rows
        Rows of ``segments`` taken as upgraded for "after" (the selection or the top ten).
    cells
        Travel-time cells (``minutes_before``, ``minutes_after``, ``minutes_saved``).
    isochrones
        The ``isochrones`` layer (before any upgrade).
    vulnerability
        ``segments`` rows with ``criticality``, ``households_stranded`` (all segments).
    by_desil, by_area
        Equity tables (``by_area`` by kelurahan, or None without boundaries).
    isolation
        Isolated households by kelurahan ("" when no boundaries).
    share_desil1, concentration
        Share of the benefit reaching desil 1 and the concentration index.
    isolated_cells, isolated_min
        250 m cells holding at least 5 isolated households (beyond ``isolated_min`` minutes
        door to centre, or off the network): the first of the briefing map's thresholds
        (:data:`mataram_gis.outputs.briefing_isolated.THRESHOLDS_MIN`) leaving a cell.
    """

    rows: np.ndarray
    cells: gpd.GeoDataFrame
    isochrones: gpd.GeoDataFrame
    vulnerability: pd.DataFrame
    by_desil: pd.DataFrame
    by_area: pd.DataFrame | None
    isolation: pd.DataFrame
    share_desil1: float
    concentration: float
    isolated_cells: gpd.GeoDataFrame | None = None
    isolated_min: float = 30.0


def _upgrade_rows(
    problem: UpgradeProblem, analysis: Analysis, segment_ids: Iterable[int], top: int
) -> np.ndarray:
    """Rows upgraded together: ``segment_ids``, or with none the ``top`` ranked segments."""
    ids = list(segment_ids)
    if ids:
        return problem.index_of(ids)
    return top_ranked_rows(analysis.segments, top)


def selection_views(
    analysis: Analysis,
    *,
    segment_ids: Iterable[int] = (),
    admin: gpd.GeoDataFrame | None = None,
    top: int = 10,
    problem: UpgradeProblem | None = None,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> dict[str, object]:
    """The parts of :class:`AccessViews` that depend on what is upgraded (the GUI's
    travel-time layer follows the selection with them): ``rows``, ``cells``, ``by_desil``,
    ``by_area``, ``share_desil1`` and ``concentration``. ``segment_ids`` are upgraded together
    (with none, the ``top`` ranked segments); ``problem`` saves rebuilding the network (and is
    returned as ``problem``)."""
    from mataram_gis.equity import (
        concentration_index,
        equity_table,
        household_times_with,
        share_to_desil1,
    )
    from mataram_gis.isolation import travel_time_cells

    problem = problem or UpgradeProblem.from_analysis(analysis)
    rows = _upgrade_rows(problem, analysis, segment_ids, top)
    progress(0.1, "travel times")
    times = household_times_with(problem, rows)
    check_cancel(cancel)
    origins = analysis.origins.join(assign(analysis.origins, admin))
    trips = float(analysis.scenario.trips_per_year)
    by_desil = equity_table(origins, times, by="category", trips_per_year=trips)
    by_area = (
        equity_table(origins, times, by="kelurahan", trips_per_year=trips)
        if admin is not None
        else None
    )
    progress(1.0, "done")
    return {
        "problem": problem,
        "rows": rows,
        "cells": travel_time_cells(origins, times.before_s, times.after_s),
        "by_desil": by_desil,
        "by_area": by_area,
        "share_desil1": share_to_desil1(by_desil),
        "concentration": concentration_index(by_desil),
    }


def access_views(
    analysis: Analysis,
    *,
    segment_ids: Iterable[int] = (),
    admin: gpd.GeoDataFrame | None = None,
    hazard: gpd.GeoDataFrame | None = None,
    top: int = 10,
    bands: Iterable[float] = BANDS_MIN,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> AccessViews:
    """Compute the accessibility views (a GUI job; a few seconds on the demo).

    ``segment_ids`` are upgraded together for "after" and the equity tables; with none, the
    ``top`` ranked segments. With ``hazard`` (flood-prone polygons) the vulnerability table
    says which segments are exposed (``flood_exposed``).
    """
    from mataram_gis.equity import (
        concentration_index,
        equity_table,
        household_times_with,
        share_to_desil1,
    )
    from mataram_gis.isolation import isolation_by_area, travel_time_cells

    problem = UpgradeProblem.from_analysis(analysis)
    seg = analysis.segments
    rows = _upgrade_rows(problem, analysis, segment_ids, top)
    progress(0.05, "travel times")
    times = household_times_with(problem, rows)
    origins = analysis.origins.join(assign(analysis.origins, admin))
    cells = travel_time_cells(origins, times.before_s, times.after_s)
    check_cancel(cancel)
    progress(0.25, "equity")
    trips = float(analysis.scenario.trips_per_year)
    by_desil = equity_table(origins, times, by="category", trips_per_year=trips)
    by_area = (
        equity_table(origins, times, by="kelurahan", trips_per_year=trips)
        if admin is not None
        else None
    )
    from mataram_gis.isolation import isolated_cells
    from mataram_gis.outputs.briefing_isolated import THRESHOLDS_MIN

    isolation = isolation_by_area(origins)
    for iso_min in THRESHOLDS_MIN:  # the first threshold that leaves a cell to show
        iso_cells = isolated_cells(origins, threshold_min=iso_min)
        if len(iso_cells):
            break
    check_cancel(cancel)
    progress(0.4, "vulnerability")
    losses = problem_losses(problem)
    vuln = pd.DataFrame(
        {
            "segment_id": seg["segment_id"].to_numpy(),
            "name": seg["name"].to_numpy(),
            "kelurahan": assign(seg, admin)["kelurahan"].to_numpy(),
            "criticality": losses.criticality,
            "households_stranded": losses.households_stranded,
            "benefit": seg["benefit"].to_numpy(),
        }
    )
    if hazard is not None:
        vuln["flood_exposed"] = hazard_exposure(seg, hazard)
    vuln = vuln.sort_values(["households_stranded", "criticality"], ascending=False)
    check_cancel(cancel)
    progress(0.6, "isochrones")
    iso = isochrone_layer(seg, analysis.centres, problem, bands=bands)
    progress(1.0, "done")
    return AccessViews(
        rows=rows,
        cells=cells,
        isochrones=iso,
        vulnerability=vuln.reset_index(drop=True),
        by_desil=by_desil,
        by_area=by_area,
        isolation=isolation,
        share_desil1=share_to_desil1(by_desil),
        concentration=concentration_index(by_desil),
        isolated_cells=iso_cells,
        isolated_min=iso_min,
    )


def enrich_analysis(
    analysis: Analysis,
    *,
    admin: gpd.GeoDataFrame | None = None,
    hazard: gpd.GeoDataFrame | None = None,
    bands: Iterable[float] | None = BANDS_MIN,
) -> dict[str, gpd.GeoDataFrame]:
    """Add the access columns to ``analysis.segments`` / ``origins`` (in place) and return
    the extra layers of the results GeoPackage (``isochrones``, ``kelurahan``).

    What ``rank`` writes by default (docs/ACCESS.md). The demo uses its synthetic kelurahan
    when no boundaries are given.
    """
    if admin is None and analysis.prepared.inputs.synthetic:
        from mataram_gis.demo.admin import demo_admin

        admin = demo_admin()
    t0 = time.perf_counter()
    problem = UpgradeProblem.from_analysis(analysis)
    layers = access_layers(
        analysis.segments, analysis.origins, analysis.centres, problem,
        admin=admin, hazard=hazard, bands=bands,
    )  # fmt: skip
    analysis.segments = layers.pop("segments")
    analysis.origins = layers.pop("origins")
    analysis.timings["access_s"] = time.perf_counter() - t0
    return layers


def vulnerability_columns(
    analysis: Analysis,
    *,
    hazard: gpd.GeoDataFrame | None = None,
    progress: Progress = no_progress,
    cancel: CancelCheck | None = None,
) -> pd.DataFrame:
    """``segment_id``, ``criticality``, ``households_stranded`` (and ``flood_exposed`` with a
    hazard layer) of every segment of the analysis: the GUI's optional ranking columns.

    A worker job (0.6 s at scale 1, ``benchmarks/bench_vulnerability.py``), exact like the
    results file's columns (:func:`problem_losses`).
    """
    progress(0.1, "vulnerability")
    losses = problem_losses(UpgradeProblem.from_analysis(analysis))
    check_cancel(cancel)
    seg = analysis.segments
    out = pd.DataFrame(
        {
            "segment_id": seg["segment_id"].to_numpy(np.int64),
            "criticality": losses.criticality,
            "households_stranded": losses.households_stranded.astype(np.int64),
        }
    )
    if hazard is not None:
        out["flood_exposed"] = hazard_exposure(seg, hazard)
    progress(1.0, "done")
    return out
