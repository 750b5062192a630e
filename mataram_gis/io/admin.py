"""Reading administrative boundaries: kelurahan / desa and kecamatan polygons.

Accepts a GeoPackage, Shapefile (also zipped) or GeoJSON polygon layer with Indonesian or
English column names (matched like every other input, see ``docs/INPUTS.md``):

| field | accepted names |
|---|---|
| ``kelurahan`` | kelurahan, desa, nama_kelurahan, nama_desa, desa_kelurahan, village, name, nama |
| ``kecamatan`` | kecamatan, nama_kecamatan, kec, district, subdistrict |
| ``kode`` | kode, kode_kelurahan, kode_desa, kode_wilayah, kdepum, code, id |

A layer of kecamatan only (no kelurahan column) is accepted: the kecamatan name then
serves as the area's name. Returns the normalised ``admin`` frame: ``kelurahan``,
``kecamatan``, ``kode`` (str, "" when unknown), ``synthetic`` (bool), Polygon or
MultiPolygon geometry, CRS set.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import geopandas as gpd
import numpy as np
import pyogrio
import pyogrio.errors
import shapely

from mataram_gis.errors import InputDataError
from mataram_gis.io.columns import resolve_columns
from mataram_gis.io.validate import check_file, require_crs, require_rows, rows_text
from mataram_gis.io.vector import read_vector

logger = logging.getLogger(__name__)

ADMIN_SUFFIXES = (".gpkg", ".shp", ".zip", ".geojson", ".json")

ADMIN_COLUMNS: dict[str, tuple[str, ...]] = {
    "kelurahan": (
        "kelurahan", "desa", "nama_kelurahan", "nama_desa", "desa_kelurahan", "namobj",
        "village", "name", "nama",
    ),
    "kecamatan": ("kecamatan", "nama_kecamatan", "kec", "wadmkc", "district", "subdistrict"),
    "kode": ("kode", "kode_kelurahan", "kode_desa", "kode_wilayah", "kdepum", "code", "id"),
    "synthetic": ("synthetic",),
}  # fmt: skip
"""``namobj``/``wadmkc``/``kdepum``: the column names of BIG's (Badan Informasi Geospasial)
administrative boundary layers."""

_PREFERRED = ("kelurahan", "desa", "batas_kelurahan", "batas_desa", "admin", "kecamatan")
_POLYGON = {"Polygon", "MultiPolygon"}


def _pick_polygon_layer(path: Path, layer: str | None) -> str | None:
    """The polygon layer to read from a multi-layer file (None: the only one)."""
    if layer is not None or path.suffix.lower() not in (".gpkg",):
        return layer
    try:
        layers = pyogrio.list_layers(str(path))
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError):  # reported below
        return None
    if len(layers) <= 1:
        return None
    polygons = [str(n) for n, g in layers if str(g).replace(" Z", "") in _POLYGON]
    for name in _PREFERRED:
        for n in polygons:
            if n.lower() == name:
                return n
    if len(polygons) == 1:
        return polygons[0]
    raise InputDataError(
        f"the file holds several layers ({', '.join(str(n) for n, _ in layers)}) and it is "
        "not clear which one holds the kelurahan boundaries",
        file=str(path),
        where="layer",
        fix="name the layer to read, or save the boundaries as a file of their own",
    )


def _text(values: object) -> np.ndarray:
    """Column values as stripped text, "" for missing."""
    import pandas as pd

    s = pd.Series(values).astype(object).where(pd.notna(pd.Series(values)), "")
    return s.astype(str).str.strip().to_numpy(dtype=object)


def read_admin(
    path: str | Path,
    *,
    layer: str | None = None,
    column_map: Mapping[str, str | None] | None = None,
    crs: str | None = None,
) -> gpd.GeoDataFrame:
    """Read kelurahan (or kecamatan) boundary polygons.

    Parameters
    ----------
    path
        GeoPackage, Shapefile (or a zip of one) or GeoJSON with polygons.
    layer
        Layer of a multi-layer GeoPackage (default: the one named like kelurahan/desa).
    column_map
        Overrides ``{input column: field}`` (fields: kelurahan, kecamatan, kode).
    crs
        CRS to assume when the file has none.

    Returns
    -------
    geopandas.GeoDataFrame
        ``kelurahan``, ``kecamatan``, ``kode``, ``synthetic``, geometry (input CRS).

    Raises
    ------
    InputDataError
        Unreadable file, no polygons, no name column, no CRS, empty or invalid shapes.
    """
    path = check_file(path, suffixes=ADMIN_SUFFIXES, what="kelurahan boundaries")
    file = str(path)
    gdf = read_vector(path, layer=_pick_polygon_layer(path, layer), kind="line")
    require_rows(gdf, file=file, what="kelurahan boundaries")
    gdf = require_crs(gdf, file=file, crs=crs)
    types = gdf.geom_type
    bad = ~types.isin(_POLYGON)
    if bad.any():
        rows = np.flatnonzero(bad.to_numpy()) + 1
        found = sorted({str(t) for t in types[bad]})
        raise InputDataError(
            f"{rows_text(rows)} hold {', '.join(found)} geometries: kelurahan boundaries "
            "must be polygons (is this the roads or a points file?)",
            file=file,
            where="geometry",
            fix="choose the layer of kelurahan or kecamatan areas (polygons)",
        )
    cols = resolve_columns(gdf.columns.drop("geometry"), ADMIN_COLUMNS,
                           column_map=column_map, file=file)  # fmt: skip
    if "kelurahan" not in cols and "kecamatan" not in cols:
        raise InputDataError(
            "no column names the areas (kelurahan, desa or kecamatan)",
            file=file,
            where="columns",
            fix="name the column of area names 'kelurahan' (or 'desa'); found: "
            + ", ".join(str(c) for c in gdf.columns if c != "geometry"),
        )
    kec = _text(gdf[cols["kecamatan"]]) if "kecamatan" in cols else np.full(len(gdf), "", object)
    kel = _text(gdf[cols["kelurahan"]]) if "kelurahan" in cols else kec.copy()
    empty = kel == ""
    if empty.all():
        raise InputDataError(
            "every area name is empty",
            file=file,
            where=f"column {cols.get('kelurahan') or cols.get('kecamatan')}",
            fix="fill in the kelurahan names",
        )
    geoms = gdf.geometry.to_numpy()
    invalid = ~shapely.is_valid(geoms)
    if invalid.any():
        logger.info("%s: repaired %d invalid polygons", file, int(invalid.sum()))
        geoms = geoms.copy()
        geoms[invalid] = shapely.make_valid(geoms[invalid])
    out = gpd.GeoDataFrame(
        {
            "kelurahan": kel.astype(str),
            "kecamatan": kec.astype(str),
            "kode": _text(gdf[cols["kode"]]).astype(str) if "kode" in cols else "",
            "synthetic": gdf[cols["synthetic"]].fillna(False).astype(bool).to_numpy()
            if "synthetic" in cols
            else False,
        },
        geometry=geoms,
        crs=gdf.crs,
    )
    if empty.any():
        logger.info("%s: %d areas without a name kept as ''", file, int(empty.sum()))
    logger.info("read %d administrative areas from %s", len(out), file)
    return out


def read_hazard(path: str | Path, *, layer: str | None = None) -> gpd.GeoDataFrame:
    """Read flood-prone (or other hazard) areas: any polygon layer, attributes ignored.

    Returns
    -------
    geopandas.GeoDataFrame
        Polygon geometry only, input CRS.
    """
    path = check_file(path, suffixes=ADMIN_SUFFIXES, what="hazard areas")
    file = str(path)
    gdf = read_vector(path, layer=layer, kind="line")
    require_rows(gdf, file=file, what="hazard areas")
    gdf = require_crs(gdf, file=file)
    bad = ~gdf.geom_type.isin(_POLYGON)
    if bad.any():
        rows = np.flatnonzero(bad.to_numpy()) + 1
        raise InputDataError(
            f"{rows_text(rows)} are not polygons: hazard areas must be polygons",
            file=file,
            where="geometry",
            fix="choose the layer of flood-prone areas (polygons)",
        )
    geoms = shapely.make_valid(gdf.geometry.to_numpy())
    return gpd.GeoDataFrame(geometry=geoms, crs=gdf.crs)
