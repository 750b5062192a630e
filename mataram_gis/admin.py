"""Which kelurahan / kecamatan each segment, household and map cell lies in; place labels.

Rules (documented in docs/ACCESS.md):

- a point belongs to the area that contains it; a point on a shared boundary to the first
  such area in the layer's order; a point outside every area to none ("");
- a segment belongs to the area containing the midpoint of its line (half its length);
  a road running along a boundary is thus named after one side, never split;
- names are compared as given (no case folding): the layer is the city's own list.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

#: Columns added to a frame by :func:`assign`.
ADMIN_FIELDS = ("kelurahan", "kecamatan")


def area_index(admin: gpd.GeoDataFrame, points: np.ndarray) -> np.ndarray:
    """Row of ``admin`` containing each shapely point (``-1``: outside every area).

    ``points`` must be in ``admin``'s CRS. Boundary points go to the first area.
    """
    out = np.full(len(points), -1, np.int64)
    if len(points) == 0 or len(admin) == 0:
        return out
    tree = shapely.STRtree(admin.geometry.to_numpy())
    pt_idx, area_idx = tree.query(points, predicate="intersects")
    if len(pt_idx):
        order = np.lexsort((area_idx, pt_idx))
        pt_idx, area_idx = pt_idx[order], area_idx[order]
        first = np.ones(len(pt_idx), bool)
        first[1:] = pt_idx[1:] != pt_idx[:-1]
        out[pt_idx[first]] = area_idx[first]
    return out


def representative_points(frame: gpd.GeoSeries | gpd.GeoDataFrame) -> np.ndarray:
    """Points that place each feature: the midpoint of a line, the point itself otherwise."""
    geoms = np.asarray(frame.geometry.to_numpy() if hasattr(frame, "geometry") else frame)
    types = shapely.get_type_id(geoms)
    lines = np.isin(types, (1, 5))  # LineString, MultiLineString
    out = geoms.copy()
    if lines.any():
        out[lines] = shapely.line_interpolate_point(geoms[lines], 0.5, normalized=True)
    poly = np.isin(types, (3, 6))
    if poly.any():
        out[poly] = shapely.point_on_surface(geoms[poly])
    return out


def assign(frame: gpd.GeoDataFrame, admin: gpd.GeoDataFrame | None) -> pd.DataFrame:
    """``kelurahan`` and ``kecamatan`` of every row of ``frame`` ("" where unknown).

    Parameters
    ----------
    frame
        Segments (lines), households or cells (points/polygons), any CRS.
    admin
        Normalised boundaries (:func:`mataram_gis.io.admin.read_admin`), or None.

    Returns
    -------
    pandas.DataFrame
        Same index as ``frame``, columns :data:`ADMIN_FIELDS`.
    """
    empty = pd.DataFrame({f: "" for f in ADMIN_FIELDS}, index=frame.index)
    if admin is None or len(admin) == 0 or len(frame) == 0:
        return empty
    if frame.crs is not None and admin.crs is not None and frame.crs != admin.crs:
        admin = admin.to_crs(frame.crs)
    idx = area_index(admin, representative_points(frame))
    inside = idx >= 0
    for f in ADMIN_FIELDS:
        values = admin[f].astype(str).to_numpy(dtype=object)
        col = np.full(len(frame), "", dtype=object)
        col[inside] = values[idx[inside]]
        empty[f] = col
    return empty


def place_label(name: str, kelurahan: str, *, lang: str = "id") -> str:
    """A road named with its place: ``"Jl. Pejanggik, Kel. Mataram Timur"``.

    An unnamed road gives the place alone; an unknown place gives the name alone.
    """
    kel = f"Kel. {kelurahan}" if kelurahan else ""
    if not name:
        if not kel:
            return "(tanpa nama)" if lang == "id" else "(unnamed)"
        return ("Jalan di " if lang == "id" else "Road in ") + kel
    return f"{name}, {kel}" if kel else name


def kecamatan_areas(admin: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Kecamatan polygons dissolved from the kelurahan (``kecamatan``, geometry)."""
    named = admin.loc[admin["kecamatan"] != ""]
    if len(named) == 0:
        return gpd.GeoDataFrame({"kecamatan": []}, geometry=[], crs=admin.crs)
    out = named.dissolve(by="kecamatan", as_index=False)[["kecamatan", "geometry"]]
    return out.reset_index(drop=True)
