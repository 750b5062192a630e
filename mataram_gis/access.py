"""Accessibility, equity and vulnerability added to an analysis or a results file.

The glue between the analysis (or a results GeoPackage) and the views of docs/ACCESS.md:
``criticality`` / ``households_stranded`` (and ``flood_exposed`` with a hazard layer),
``kelurahan`` / ``kecamatan`` of segments and households, the ``isochrones`` layer.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable

import geopandas as gpd
import numpy as np
import pandas as pd

from mataram_gis.admin import assign
from mataram_gis.criticality import ClosureLosses, closure_losses, hazard_exposure
from mataram_gis.isochrones import BANDS_MIN, isochrones
from mataram_gis.problem import UpgradeProblem

logger = logging.getLogger(__name__)

#: Segment columns added by :func:`segment_columns` (``flood_exposed`` only with a hazard).
SEGMENT_ACCESS_COLUMNS = ("criticality", "households_stranded", "kelurahan", "kecamatan")


def problem_losses(problem: UpgradeProblem) -> ClosureLosses:
    """Closure losses of every row of the problem's ``segments`` (exact)."""
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
