"""Checks every reader runs before work starts; each failure is one actionable InputDataError.

Row numbers in messages count data rows (features) from 1, as a spreadsheet or QGIS
attribute table shows them, without the header line.
"""

from __future__ import annotations

import logging
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError

from mataram_gis.errors import InputDataError

logger = logging.getLogger(__name__)

ROAD_SUFFIXES = (".gpkg", ".shp", ".zip", ".geojson", ".json", ".osm", ".pbf")
POINT_SUFFIXES = (".csv", ".txt", ".xlsx", ".gpkg", ".shp", ".zip", ".geojson", ".json")


def rows_text(rows: np.ndarray | list[int], *, limit: int = 5) -> str:
    """Describe 1-based row numbers for a message: "row 2", "rows 2, 5, ... (40 rows)"."""
    rows = [int(r) for r in rows]
    if len(rows) == 1:
        return f"row {rows[0]}"
    shown = ", ".join(str(r) for r in rows[:limit])
    if len(rows) > limit:
        return f"rows {shown}, ... ({len(rows)} rows)"
    return f"rows {shown}"


def check_file(path: str | Path, *, suffixes: tuple[str, ...], what: str) -> Path:
    """Check that ``path`` is a non-empty file with a supported suffix.

    Parameters
    ----------
    path
        The input file.
    suffixes
        Accepted lower-case suffixes.
    what
        What the file should hold ("roads", "centres", "households"), for messages.

    Returns
    -------
    pathlib.Path
    """
    path = Path(path)
    name = str(path)
    if not path.exists():
        raise InputDataError("file not found", file=name, fix=f"check the path of the {what} file")
    if path.is_dir():
        raise InputDataError(
            "this is a folder, not a file",
            file=name,
            fix=f"choose the {what} file itself (for a shapefile, the .shp or a .zip of it)",
        )
    suffix = path.suffix.lower()
    if suffix not in suffixes:
        raise InputDataError(
            f"unsupported file type {suffix or '(no extension)'!r} for {what}",
            file=name,
            fix=f"save the {what} as one of: {', '.join(suffixes)}",
        )
    if path.stat().st_size == 0:
        raise InputDataError(
            "the file is empty (0 bytes)",
            file=name,
            fix=f"the file was not saved completely: export the {what} again",
        )
    return path


def looks_binary(data: bytes) -> bool:
    """True when a text file's first bytes look like binary data (NUL bytes, control codes)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return control > max(2, len(head) // 100)


def require_rows(frame: pd.DataFrame, *, file: str, what: str) -> None:
    """Raise when a table or layer has no rows."""
    if len(frame) == 0:
        raise InputDataError(
            f"the {what} layer has no rows",
            file=file,
            fix=f"check that this is the {what} file and that it was exported with its data",
        )


def parse_crs(value: object, *, file: str, where: str) -> CRS:
    """Parse an EPSG code ("32750", 32750, "EPSG:32750") or any pyproj CRS text."""
    text = str(value).strip()
    if text.replace(".0", "").isdigit():
        text = f"EPSG:{int(float(text))}"
    try:
        return CRS.from_user_input(text)
    except CRSError:
        raise InputDataError(
            f"{text!r} is not a coordinate reference system pyproj knows",
            file=file,
            where=where,
            fix="give an EPSG code such as 4326 (lon/lat) or 32750 (UTM 50S, Mataram)",
        ) from None


def require_crs(gdf: gpd.GeoDataFrame, *, file: str, crs: str | None = None) -> gpd.GeoDataFrame:
    """Return ``gdf`` with its CRS set; ``crs`` fills a missing one; otherwise raise."""
    if gdf.crs is not None:
        return gdf
    if crs is not None:
        return gdf.set_crs(parse_crs(crs, file=file, where="crs"))
    fix = (
        "add the .prj file next to the .shp (export the layer again with its CRS) "
        "or give the CRS, e.g. crs='EPSG:32750'"
        if file.lower().endswith((".shp", ".zip"))
        else "save the layer with its coordinate reference system, or give the CRS"
    )
    raise InputDataError("the layer has no coordinate reference system (CRS)", file=file, fix=fix)


_KIND_TYPES = {"line": {"LineString", "MultiLineString"}, "point": {"Point", "MultiPoint"}}


def require_geometry(gdf: gpd.GeoDataFrame, *, kind: str, what: str, file: str) -> None:
    """Raise when the layer's geometries are not of ``kind`` ("line" or "point")."""
    types = gdf.geom_type.dropna()
    bad = ~types.isin(_KIND_TYPES[kind])
    if not bad.any():
        return
    found = sorted(set(types[bad]))
    rows = np.flatnonzero(~gdf.geom_type.isin(_KIND_TYPES[kind]) & gdf.geom_type.notna()) + 1
    hint = {
        "line": "roads must be lines; is this the centres or households file?",
        "point": f"{what} must be points; is this the roads file?",
    }[kind]
    raise InputDataError(
        f"{rows_text(rows)} hold {', '.join(found)} geometries: {hint}",
        file=file,
        where="geometry",
        fix=f"choose the {what} layer ({kind}s)",
    )


def check_lonlat(lon: np.ndarray, lat: np.ndarray, *, file: str, columns: tuple[str, str]) -> None:
    """Check longitude/latitude arrays: finite, in range, not swapped, one hemisphere.

    Parameters
    ----------
    lon, lat
        Float arrays (degrees).
    file
        For messages.
    columns
        The names of the lon and lat columns (or ``("x", "y")`` for geometries).
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    lon_col, lat_col = columns
    missing = np.flatnonzero(~np.isfinite(lon) | ~np.isfinite(lat)) + 1
    if len(missing):
        raise InputDataError(
            f"{rows_text(missing)}: coordinates are missing",
            file=file,
            where=f"columns {lon_col}/{lat_col}",
            fix="fill in the coordinates or delete those rows",
        )
    lat_bad = np.abs(lat) > 90
    lon_bad = np.abs(lon) > 180
    if lat_bad.any() and not (np.abs(lon) > 90).any():
        raise InputDataError(
            f"latitudes are beyond +-90 but longitudes all fit latitudes: "
            f"are the columns swapped? (e.g. {rows_text(np.flatnonzero(lat_bad) + 1)})",
            file=file,
            where=f"columns {lon_col}/{lat_col}",
            fix=f"swap the columns: {lon_col!r} holds latitude (lintang), {lat_col!r} longitude "
            "(bujur); in Mataram longitude is about 116.1 and latitude about -8.6",
        )
    if lat_bad.any() or lon_bad.any():
        rows = np.flatnonzero(lat_bad | lon_bad) + 1
        big = np.nanmax(np.abs(np.r_[lon, lat])) > 1000
        fix = (
            "these look like projected metres: name the columns x and y and give the EPSG "
            "code (e.g. 32750 for UTM 50S) with crs= or a crs column"
            if big
            else "longitude must be within -180..180 and latitude within -90..90 (degrees)"
        )
        raise InputDataError(
            f"{rows_text(rows)}: coordinates out of the valid range",
            file=file,
            where=f"columns {lon_col}/{lat_col}",
            fix=fix,
        )
    for values, col, word in ((lat, lat_col, "latitude"), (lon, lon_col, "longitude")):
        _check_sign(values, col=col, word=word, file=file)


def _check_sign(values: np.ndarray, *, col: str, word: str, file: str) -> None:
    """Raise when a few rows have the opposite sign of the rest at a similar magnitude."""
    if len(values) < 3:
        return
    neg = values < 0
    minority = neg if neg.sum() * 2 < len(values) else ~neg
    if not minority.any() or minority.all():
        return
    majority_mag = np.median(np.abs(values[~minority]))
    flipped = minority & (np.abs(np.abs(values) - majority_mag) < 1.0) & (majority_mag > 1.0)
    if flipped.any():
        rows = np.flatnonzero(flipped) + 1
        raise InputDataError(
            f"{rows_text(rows)}: {word} has the opposite sign of the other rows "
            "(wrong hemisphere?)",
            file=file,
            where=f"column {col}",
            fix="south latitudes and west longitudes are negative "
            "(Mataram: latitude about -8.6, longitude about 116.1)",
        )


def check_in_crs_area(x: np.ndarray, y: np.ndarray, *, crs: CRS, file: str, where: str) -> None:
    """Raise when projected coordinates fall outside the CRS's area of use (wrong EPSG?)."""
    area = crs.area_of_use
    if area is None or len(x) == 0:
        return
    lon, lat = Transformer.from_crs(crs, 4326, always_xy=True).transform(x, y)
    lon, lat = np.asarray(lon), np.asarray(lat)
    margin = 2.0
    bad = ~(
        np.isfinite(lon)
        & np.isfinite(lat)
        & (lon >= area.west - margin)
        & (lon <= area.east + margin)
        & (lat >= area.south - margin)
        & (lat <= area.north + margin)
    )
    if bad.any():
        raise InputDataError(
            f"{rows_text(np.flatnonzero(bad) + 1)}: coordinates lie outside the area of "
            f"{crs.name} ({area.name})",
            file=file,
            where=where,
            fix="check the EPSG code of the x/y columns (Mataram: 32750 = UTM zone 50S) "
            "and that x and y are not swapped",
        )


def to_number(
    values: pd.Series,
    *,
    column: str,
    file: str,
    what: str = "a number",
    allow_empty: bool = False,
    rows: np.ndarray | None = None,
) -> np.ndarray:
    """Parse a column as floats; accepts decimal commas; raise naming rows that are not numbers.

    Parameters
    ----------
    values
        Raw cells (numbers or text).
    column
        The input column name, for messages.
    file
        For messages.
    what
        What the column should hold, for messages.
    allow_empty
        Empty cells become NaN instead of an error (text still fails).
    rows
        1-based row number of each cell for messages (default: position + 1).

    Returns
    -------
    numpy.ndarray
        Float array (NaN only for empty cells when ``allow_empty``).
    """
    empty = values.isna().to_numpy()
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        out = values.to_numpy(dtype=float, na_value=np.nan)
    else:
        text = values.astype(object).where(values.notna(), "").astype(str).str.strip()
        empty = (text == "").to_numpy()
        comma = text.str.fullmatch(r"[+-]?\d*,\d+")
        text = text.where(~comma, text.str.replace(",", ".", regex=False))
        out = pd.to_numeric(text.where(~empty, None), errors="coerce").to_numpy(float)
    bad = ~np.isfinite(out) & ~(empty & allow_empty)
    if bad.any():
        where = np.flatnonzero(bad)
        numbers = rows[where] if rows is not None else where + 1
        raise InputDataError(
            f"{rows_text(numbers)}: empty or not {what}",
            file=file,
            where=f"column {column}",
            fix=f"put {what} in every row of {column!r} (decimal point or comma)",
        )
    return out


def check_unique(values: pd.Series, *, column: str, file: str) -> None:
    """Raise when an id column holds duplicates, naming the ids and their rows."""
    dup = values.duplicated(keep=False).to_numpy()
    if dup.any():
        ids = pd.unique(values[dup])[:5]
        raise InputDataError(
            f"duplicate ids {', '.join(repr(str(i)) for i in ids)} in "
            f"{rows_text(np.flatnonzero(dup) + 1)}",
            file=file,
            where=f"column {column}",
            fix="give every row its own id",
        )
