"""Isolated households and travel-time maps, aggregated so that no household can be read back.

A household is *isolated* when

- its trip to its centre (walked access leg + network time) takes longer than a threshold
  (``far``), or
- no road leading to a centre lies within the snapping distance (``off_network``: the
  analysis excluded it for that reason).

These are the places where a new link, not an upgrade, is needed. Published outputs show
them like every household (see :mod:`mataram_gis.outputs.privacy`): counts per 250 m grid
cell with cells under 5 households suppressed, and counts per kelurahan with counts under 5
shown as empty (``<NA>``).
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely import box

from mataram_gis.outputs.privacy import CELL_M, MIN_COUNT

#: Start of the ``excluded`` reasons given to households with no road leading to a centre
#: within the snapping distance (:mod:`mataram_gis.demand`, :mod:`mataram_gis.snap_demand`).
OFF_NETWORK_REASON = "no road within"
#: Default threshold (minutes, door to centre) beyond which a household counts as far.
THRESHOLD_MIN = 30.0


def isolation_flags(
    origins: pd.DataFrame, *, threshold_min: float = THRESHOLD_MIN
) -> pd.DataFrame:
    """Per household: ``far`` and ``off_network`` flags and the door-to-centre minutes.

    Returns
    -------
    pandas.DataFrame
        Same index as ``origins``: ``minutes`` (access + network, NaN when excluded),
        ``far``, ``off_network``, ``isolated`` (either).
    """
    reason = origins["excluded"].fillna("").astype(str)
    off = reason.str.startswith(OFF_NETWORK_REASON).to_numpy()
    used = (reason == "").to_numpy()
    minutes = (origins["access_s"].fillna(0.0) + origins["time_to_centre_s"]) / 60.0
    minutes = minutes.where(used)
    far = used & (minutes.to_numpy(float) > threshold_min)
    return pd.DataFrame(
        {"minutes": minutes, "far": far, "off_network": off, "isolated": far | off},
        index=origins.index,
    )


def _suppress(counts: pd.Series, min_count: int) -> pd.Series:
    out = counts.astype("Int64")
    return out.mask((out > 0) & (out < min_count))


def isolation_by_area(
    origins: pd.DataFrame,
    *,
    by: str = "kelurahan",
    threshold_min: float = THRESHOLD_MIN,
    min_count: int = MIN_COUNT,
) -> pd.DataFrame:
    """Isolated households per area (``origins`` must carry the ``by`` column).

    Returns
    -------
    pandas.DataFrame
        ``by``, ``households``, ``far``, ``off_network``, ``isolated``, ``isolated_share``,
        sorted by ``isolated`` (most first); counts under ``min_count`` are ``<NA>`` and
        their share too. Households outside every area are listed under "".
    """
    flags = isolation_flags(origins, threshold_min=threshold_min)
    frame = flags[["far", "off_network", "isolated"]].astype(np.int64)
    frame[by] = origins[by].fillna("").astype(str).to_numpy()
    frame["households"] = 1
    out = frame.groupby(by, sort=True)[["households", "far", "off_network", "isolated"]].sum()
    out = out.reset_index().sort_values(["isolated", by], ascending=[False, True])
    share = out["isolated"] / out["households"]
    for col in ("households", "far", "off_network", "isolated"):
        out[col] = _suppress(out[col], min_count)
    out["isolated_share"] = share.where(out["isolated"].notna().to_numpy())
    return out.reset_index(drop=True)


def _cells(origins: gpd.GeoDataFrame, cell_m: float) -> tuple[float, float, np.ndarray]:
    """Grid origin and each household's ``(row, col)`` (the grid of outputs/privacy.py)."""
    x = origins.geometry.x.to_numpy()
    y = origins.geometry.y.to_numpy()
    ok = np.isfinite(x) & np.isfinite(y)
    x0 = float(np.floor(x[ok].min() / cell_m) * cell_m) if ok.any() else 0.0
    y0 = float(np.floor(y[ok].min() / cell_m) * cell_m) if ok.any() else 0.0
    rc = np.full((len(x), 2), -1, np.int64)
    rc[ok, 0] = ((y[ok] - y0) // cell_m).astype(np.int64)
    rc[ok, 1] = ((x[ok] - x0) // cell_m).astype(np.int64)
    return x0, y0, rc


def cell_means(
    origins: gpd.GeoDataFrame,
    values: dict[str, np.ndarray],
    *,
    mask: np.ndarray | None = None,
    cell_m: float = CELL_M,
    min_count: int = MIN_COUNT,
) -> gpd.GeoDataFrame:
    """Per grid cell: households counted and the mean of each value over them.

    Parameters
    ----------
    origins
        Household points in a metric CRS.
    values
        Column name -> one value per household (NaN values are ignored in the mean).
    mask
        Households to count (default: those used by the analysis).
    cell_m, min_count
        Cell size; cells with fewer households than ``min_count`` are dropped.

    Returns
    -------
    geopandas.GeoDataFrame
        Cell squares with ``households`` and one mean column per value.
    """
    if mask is None:
        mask = (origins["excluded"].fillna("") == "").to_numpy()
    x0, y0, rc = _cells(origins, cell_m)
    keep = mask & (rc[:, 0] >= 0)
    frame = pd.DataFrame({"row": rc[keep, 0], "col": rc[keep, 1], "households": 1})
    for name, v in values.items():
        frame[name] = np.asarray(v, float)[keep]
    g = frame.groupby(["row", "col"], sort=True)
    out = g[list(values)].mean()
    out["households"] = g["households"].sum()
    out = out.loc[out["households"] >= min_count].reset_index()
    xs = x0 + out["col"].to_numpy() * cell_m
    ys = y0 + out["row"].to_numpy() * cell_m
    geoms = box(xs, ys, xs + cell_m, ys + cell_m)
    cols = ["households", *values]
    return gpd.GeoDataFrame(out[cols], geometry=geoms, crs=origins.crs)


def isolated_cells(
    origins: gpd.GeoDataFrame,
    *,
    threshold_min: float = THRESHOLD_MIN,
    cell_m: float = CELL_M,
    min_count: int = MIN_COUNT,
) -> gpd.GeoDataFrame:
    """Grid cells of isolated households (count and mean minutes of the far ones)."""
    flags = isolation_flags(origins, threshold_min=threshold_min)
    return cell_means(
        origins,
        {"minutes": flags["minutes"].to_numpy(float),
         "off_network": flags["off_network"].to_numpy(float)},
        mask=flags["isolated"].to_numpy(),
        cell_m=cell_m,
        min_count=min_count,
    )  # fmt: skip


def travel_time_cells(
    origins: gpd.GeoDataFrame,
    before_s: np.ndarray,
    after_s: np.ndarray,
    *,
    cell_m: float = CELL_M,
    min_count: int = MIN_COUNT,
) -> gpd.GeoDataFrame:
    """Mean network minutes to the centre per cell: ``minutes_before``, ``minutes_after``,
    ``minutes_saved`` (the travel-time map layer; cells under ``min_count`` dropped)."""
    before = np.asarray(before_s, float) / 60.0
    after = np.asarray(after_s, float) / 60.0
    return cell_means(
        origins,
        {"minutes_before": before, "minutes_after": after, "minutes_saved": before - after},
        cell_m=cell_m,
        min_count=min_count,
    )
