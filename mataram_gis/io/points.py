"""Reading industrial centres and households (CSV, XLSX, GeoPackage, GeoJSON, Shapefile)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from mataram_gis.errors import InputDataError
from mataram_gis.exclusions import check_weights
from mataram_gis.io import vocab
from mataram_gis.io.columns import (
    CENTRE_COLUMNS,
    COORDINATE_COLUMNS,
    HOUSEHOLD_COLUMNS,
    accepted_names,
    resolve_columns,
)
from mataram_gis.io.privacy import drop_personal
from mataram_gis.io.tables import TABLE_SUFFIXES, read_table
from mataram_gis.io.validate import (
    POINT_SUFFIXES,
    check_file,
    check_in_crs_area,
    check_lonlat,
    check_unique,
    parse_crs,
    require_crs,
    require_geometry,
    require_rows,
    rows_text,
    to_number,
)
from mataram_gis.io.vector import read_vector

logger = logging.getLogger(__name__)

CENTRE_SCHEMA = ("centre_id", "name", "sector", "synthetic", "geometry")
HOUSEHOLD_SCHEMA = ("household_id", "weight", "category", "centre", "synthetic", "geometry")


def read_centres(
    path: str | Path,
    *,
    column_map: Mapping[str, str | None] | None = None,
    crs: str | None = None,
) -> gpd.GeoDataFrame:
    """Read industrial centres (sentra industri) into the centres schema.

    Parameters
    ----------
    path
        CSV/XLSX with coordinate columns, or a point layer (GeoPackage, GeoJSON, Shapefile).
    column_map
        ``{input column: field}`` overrides of the column map (docs/INPUTS.md).
    crs
        CRS of x/y columns, or of a point layer that has none.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``centre_id`` (unique; "C01", "C02"... when absent), ``name`` (the id when
        absent), ``sector``, ``synthetic``, ``geometry``; input CRS, input row order.
    """
    frame, geometry, cols, file = _read_points(
        path, table=CENTRE_COLUMNS, column_map=column_map, crs=crs, what="centres"
    )
    n = len(frame)
    if "centre_id" in cols:
        ids = _text(frame, cols["centre_id"])
        blank = (ids == "").to_numpy()
        if blank.any():
            raise InputDataError(
                f"{rows_text(np.flatnonzero(blank) + 1)}: empty centre id",
                file=file,
                where=f"column {cols['centre_id']}",
                fix="give every centre an id, or delete the id column to number them C01, C02...",
            )
        check_unique(ids, column=cols["centre_id"], file=file)
    else:
        width = max(2, len(str(n)))
        ids = pd.Series([f"C{i:0{width}d}" for i in range(1, n + 1)], dtype=str)
        logger.info("%s: no centre id column; ids C%s.. generated", file, "1".zfill(width))
    names = _text(frame, cols["name"]) if "name" in cols else ids.copy()
    names = names.where(names != "", ids)
    out = pd.DataFrame(
        {
            "centre_id": ids.to_numpy(),
            "name": names.to_numpy(),
            "sector": _text(frame, cols["sector"]).to_numpy() if "sector" in cols else "",
            "synthetic": _flag(frame, cols),
        }
    )
    return _finish(out, geometry, CENTRE_SCHEMA)


def read_households(
    path: str | Path,
    *,
    column_map: Mapping[str, str | None] | None = None,
    crs: str | None = None,
) -> gpd.GeoDataFrame:
    """Read poor households (or producers) into the households schema.

    Personal columns (names, NIK, KK, addresses, phones...) are dropped on reading.

    Parameters
    ----------
    path
        CSV/XLSX with coordinate columns, or a point layer (GeoPackage, GeoJSON, Shapefile).
    column_map
        ``{input column: field}`` overrides of the column map (docs/INPUTS.md).
    crs
        CRS of x/y columns, or of a point layer that has none.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``household_id`` (the 1-based input row number as text), ``weight``,
        ``category`` (desil 1-4), ``centre`` ("" = nearest), ``synthetic``, ``geometry``.
    """
    frame, geometry, cols, file = _read_points(
        path, table=HOUSEHOLD_COLUMNS, column_map=column_map, crs=crs, what="households"
    )
    n = len(frame)
    if "id" in cols:
        ids = _text(frame, cols["id"])
        check_unique(ids[ids != ""], column=cols["id"], file=file)
    if "weight" in cols:
        weight = to_number(
            frame[cols["weight"]], column=cols["weight"], file=file, what="a number >= 0"
        )
        negative = np.flatnonzero(weight < 0)
        if len(negative):
            raise InputDataError(
                f"{rows_text(negative + 1)}: negative weight",
                file=file,
                where=f"column {cols['weight']}",
                fix="weights count producers or members: use 0 or more",
            )
        check_weights(weight, file=file, where=f"column {cols['weight']}")
    else:
        weight = np.ones(n)
        logger.info(
            "%s: no weight column (%s); every household weighs 1",
            file,
            accepted_names(HOUSEHOLD_COLUMNS, "weight"),
        )
    if "category" not in cols:
        raise InputDataError(
            "there is no poverty category column",
            file=file,
            fix=f"add a column {accepted_names(HOUSEHOLD_COLUMNS, 'category')} with P3KE desil "
            "1-4 or ekstrem / miskin / rentan, or map yours with "
            "column_map={'your column': 'category'}",
        )
    category = _category(frame, cols["category"], file=file)
    out = pd.DataFrame(
        {
            "household_id": [str(i) for i in range(1, n + 1)],
            "weight": weight.astype(float),
            "category": category,
            "centre": _text(frame, cols["centre"]).to_numpy() if "centre" in cols else "",
            "synthetic": _flag(frame, cols),
        }
    )
    return _finish(out, geometry, HOUSEHOLD_SCHEMA)


def _category(frame: pd.DataFrame, col: str, *, file: str) -> np.ndarray:
    """Poverty category per row as desil 1-4."""
    mapped, unknown = vocab.map_words(vocab.as_words(frame[col]), vocab.CATEGORY_WORDS)
    if unknown.any():
        raise InputDataError(
            f"{rows_text(np.flatnonzero(unknown) + 1)}: unknown poverty category",
            file=file,
            where=f"column {col}",
            fix="use P3KE desil 1, 2, 3 or 4, or ekstrem (1), miskin (2), rentan / hampir "
            "miskin (3)",
        )
    return mapped.to_numpy(dtype=np.int64)


def _text(frame: pd.DataFrame, col: str) -> pd.Series:
    """A column as stripped text ("" for empty), integral numbers without ".0"."""
    words = vocab.as_words(frame[col].reset_index(drop=True))
    return words.astype(object).where(words.notna(), "").astype(str).str.strip()


def _flag(frame: pd.DataFrame, cols: dict[str, str]) -> np.ndarray:
    """The ``synthetic`` column as bool (False when absent)."""
    if "synthetic" not in cols:
        return np.zeros(len(frame), dtype=bool)
    words = vocab.normalise_words(_text(frame, cols["synthetic"]))
    return words.isin(["true", "1", "yes", "ya"]).to_numpy()


def _finish(
    out: pd.DataFrame, geometry: gpd.GeoSeries, schema: tuple[str, ...]
) -> gpd.GeoDataFrame:
    """Attach the geometry and fix the dtypes of the schema."""
    gdf = gpd.GeoDataFrame(out, geometry=geometry.reset_index(drop=True))
    for col in schema:
        if col in ("centre_id", "name", "sector", "household_id", "centre"):
            gdf[col] = gdf[col].astype(str)
    gdf["synthetic"] = gdf["synthetic"].astype(bool)
    return gdf[list(schema)]


def _read_points(
    path: str | Path,
    *,
    table: Mapping[str, tuple[str, ...]],
    column_map: Mapping[str, str | None] | None,
    crs: str | None,
    what: str,
) -> tuple[pd.DataFrame, gpd.GeoSeries, dict[str, str], str]:
    """Read, privacy-filter and locate a point table. Returns (attributes, points, cols, file)."""
    path = check_file(path, suffixes=POINT_SUFFIXES, what=what)
    file = str(path)
    person_names = what == "households"
    if path.suffix.lower() in TABLE_SUFFIXES:
        frame = read_table(path)
        require_rows(frame, file=file, what=what)
        frame = drop_personal(frame, person_names=person_names, file=file).reset_index(drop=True)
        cols = resolve_columns(frame.columns, table, column_map=column_map, file=file)
        return frame, _points_from_columns(frame, cols, crs=crs, file=file), cols, file
    gdf = read_vector(path, kind="point")
    require_rows(gdf, file=file, what=what)
    gdf = require_crs(gdf, file=file, crs=crs)
    require_geometry(gdf, kind="point", what=what, file=file)
    gdf = drop_personal(gdf, person_names=person_names, file=file).reset_index(drop=True)
    geoms = gdf.geometry.to_numpy()
    bad = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    bad |= shapely.get_num_geometries(geoms) > 1
    if bad.any():
        raise InputDataError(
            f"{rows_text(np.flatnonzero(bad) + 1)}: missing, empty or multi-part point",
            file=file,
            where="geometry",
            fix="give every row exactly one point",
        )
    geoms = np.where(shapely.get_type_id(geoms) == 4, shapely.get_geometry(geoms, 0), geoms)
    _check_coordinates(
        shapely.get_x(geoms), shapely.get_y(geoms), crs=gdf.crs, file=file, columns=("x", "y")
    )
    cols = resolve_columns(
        [c for c in gdf.columns if c != "geometry"], table, column_map=column_map, file=file
    )
    frame = pd.DataFrame(gdf.drop(columns="geometry"))
    return frame, gpd.GeoSeries(geoms, crs=gdf.crs), cols, file


def _check_coordinates(
    x: np.ndarray, y: np.ndarray, *, crs, file: str, columns: tuple[str, str]
) -> None:
    """Range checks in degrees for geographic CRS, area-of-use checks for projected ones."""
    if crs.is_geographic:
        check_lonlat(x, y, file=file, columns=columns)
    else:
        check_in_crs_area(x, y, crs=crs, file=file, where=f"columns {columns[0]}/{columns[1]}")


def _points_from_columns(
    frame: pd.DataFrame, cols: dict[str, str], *, crs: str | None, file: str
) -> gpd.GeoSeries:
    """Point geometries from lon/lat (degrees) or x/y (+ EPSG) columns."""
    if "lon" in cols and "lat" in cols:
        xcol, ycol = cols["lon"], cols["lat"]
        target = (
            parse_crs(crs, file=file, where="crs")
            if crs
            else parse_crs(4326, file=file, where="crs")
        )
    elif "x" in cols and "y" in cols:
        xcol, ycol = cols["x"], cols["y"]
        if crs:
            target = parse_crs(crs, file=file, where="crs")
        elif "crs" in cols:
            codes = _text(frame, cols["crs"])
            uniq = pd.unique(codes[codes != ""])
            if len(uniq) != 1:
                raise InputDataError(
                    f"the {cols['crs']!r} column must hold one CRS for all rows "
                    f"(found {len(uniq)} different values)",
                    file=file,
                    where=f"column {cols['crs']}",
                    fix="give the same EPSG code in every row, e.g. 32750",
                )
            target = parse_crs(uniq[0], file=file, where=f"column {cols['crs']}")
        else:
            raise InputDataError(
                "x/y coordinates without a coordinate reference system",
                file=file,
                where=f"columns {xcol}/{ycol}",
                fix="give the EPSG code of x/y (crs='EPSG:32750' for UTM 50S, or a column "
                "'epsg'), or use lon/lat columns in degrees",
            )
    else:
        raise InputDataError(
            "there are no coordinate columns",
            file=file,
            fix=f"add {accepted_names(COORDINATE_COLUMNS, 'lon')} and "
            f"{accepted_names(COORDINATE_COLUMNS, 'lat')} columns in degrees, or x and y with "
            "an EPSG code; or map yours with column_map={'your column': 'lon'}",
        )
    x = to_number(frame[xcol], column=xcol, file=file, what="a coordinate")
    y = to_number(frame[ycol], column=ycol, file=file, what="a coordinate")
    _check_coordinates(x, y, crs=target, file=file, columns=(xcol, ycol))
    return gpd.GeoSeries(shapely.points(x, y), crs=target)
