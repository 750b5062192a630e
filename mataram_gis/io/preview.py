"""A first look at an input file before loading it: rows, detected role, columns and CRS.

The import dialog shows this preview and lets the user correct the column mapping and the
CRS; the corrections then go to the readers as ``column_map=`` and ``crs=``. Personal
columns are dropped before anything is shown (docs/INPUTS.md, "Personal data").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyogrio

from mataram_gis.errors import InputDataError
from mataram_gis.io.columns import (
    CENTRE_COLUMNS,
    HOUSEHOLD_COLUMNS,
    ROAD_COLUMNS,
    resolve_columns,
)
from mataram_gis.io.privacy import drop_personal, safe_names
from mataram_gis.io.tables import TABLE_SUFFIXES, read_table
from mataram_gis.io.validate import POINT_SUFFIXES, ROAD_SUFFIXES, check_file, parse_crs
from mataram_gis.io.vector import _shapefile_in_zip

logger = logging.getLogger(__name__)

ROLES: tuple[str, ...] = ("roads", "centres", "households")
FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "roads": ROAD_COLUMNS,
    "centres": CENTRE_COLUMNS,
    "households": HOUSEHOLD_COLUMNS,
}
"""Field tables per role: the fields a column can be mapped to."""
OSM_SUFFIXES = (".osm", ".pbf")
_NAME_HINTS = {
    "roads": ("jalan", "road", "ruas", "street", "osm"),
    "centres": ("sentra", "centre", "center", "industri"),
    "households": ("rumah", "household", "ruta", "p3ke", "dtks", "miskin", "penduduk"),
}
_LINES = ("LineString", "MultiLineString")


@dataclass
class TablePreview:
    """What a file holds, as far as the import dialog needs it.

    Attributes
    ----------
    path
        The file.
    role
        ``roads``, ``centres`` or ``households`` (detected, or as asked).
    table
        The first rows, attributes only, personal columns dropped (empty for OSM files).
    mapping
        ``{file column: field}`` detected for ``role`` (the readers' column map).
    crs
        The detected CRS as ``EPSG:n`` text (or the CRS's own text), None when unknown.
    crs_in_file
        True when the CRS is stored in the layer itself (it cannot be changed then).
    geometry
        ``line``, ``point`` or ``table`` (coordinates in columns) or ``osm``.
    n_rows
        Rows of the whole file (None when not counted, e.g. OSM).
    dropped
        Personal columns dropped from the preview.
    """

    path: Path
    role: str
    table: pd.DataFrame
    mapping: dict[str, str] = field(default_factory=dict)
    crs: str | None = None
    crs_in_file: bool = False
    geometry: str = "table"
    n_rows: int | None = None
    dropped: list[str] = field(default_factory=list)


def preview_table(path: str | Path, *, n: int = 20, role: str | None = None) -> TablePreview:
    """Read the first ``n`` rows of an input file and detect its role, columns and CRS.

    Parameters
    ----------
    path
        A roads, centres or households file in any format the readers accept.
    n
        Rows to keep in the preview.
    role
        Force the role instead of detecting it.

    Raises
    ------
    InputDataError
        When the file is missing, empty, of an unsupported type or unreadable.
    """
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role!r}; use one of {ROLES}")
    path = check_file(
        path, suffixes=tuple(sorted(set(ROAD_SUFFIXES + POINT_SUFFIXES))), what="input"
    )
    suffix = path.suffix.lower()
    if suffix in OSM_SUFFIXES:
        return TablePreview(path, "roads", pd.DataFrame(), crs="EPSG:4326", geometry="osm")
    if suffix in TABLE_SUFFIXES:
        frame = read_table(path)
        n_rows, geometry, crs, crs_in_file = len(frame), "table", None, False
    else:
        frame, n_rows, geometry, crs = _vector_head(path, n)
        crs_in_file = crs is not None
    role = role or detect_role(path, list(frame.columns), geometry)
    frame = frame.head(n) if geometry == "table" else frame
    kept = drop_personal(frame, person_names=role == "households", file=str(path))
    safe = safe_names(list(frame.columns))  # never a value taken for a column name
    dropped = [safe[i] for i, c in enumerate(frame.columns) if c not in kept.columns]
    columns = [c for c in kept.columns if c != "geometry"]
    found = resolve_columns(columns, FIELDS[role], file=str(path))
    mapping = {col: fld for fld, col in found.items()}
    if geometry == "table":
        crs = _table_crs(kept, found, file=str(path))
    table = pd.DataFrame(kept[columns]).reset_index(drop=True)
    logger.info("preview of %s: role %s, columns %s, crs %s", path, role, mapping, crs)
    return TablePreview(path, role, table, mapping, crs, crs_in_file, geometry, n_rows, dropped)


def _vector_head(path: Path, n: int) -> tuple[pd.DataFrame, int | None, str, str | None]:
    """The first rows of a vector layer, its row count, geometry kind and CRS."""
    source = _shapefile_in_zip(path) if path.suffix.lower() == ".zip" else str(path)
    try:
        layers = pyogrio.list_layers(source)
        layer = _first_data_layer(layers)
        info = pyogrio.read_info(source, layer=layer)
        frame = pyogrio.read_dataframe(source, layer=layer, max_features=n)
    except Exception as exc:
        raise InputDataError(
            f"cannot be opened as a vector layer ({str(exc)[:160]})",
            file=str(path),
            fix="check that the file is a GeoPackage, Shapefile or GeoJSON and not damaged",
        ) from None
    gtype = str(info.get("geometry_type") or "")
    kind = "line" if gtype.replace(" Z", "") in _LINES else "point"
    crs_text = info.get("crs")
    crs = None
    if crs_text:
        parsed = parse_crs(crs_text, file=str(path), where="crs")
        epsg = parsed.to_epsg()
        crs = f"EPSG:{epsg}" if epsg else parsed.to_string()
    count = info.get("features")
    return frame, (int(count) if count is not None and count >= 0 else None), kind, crs


def _first_data_layer(layers) -> str | None:
    """The layer the readers would pick by default (preferred names, else the first)."""
    names = [str(name) for name, _ in layers]
    for wanted in ("roads", "jalan", "centres", "sentra", "households", "rumah_tangga"):
        if wanted in [name.lower() for name in names]:
            return names[[name.lower() for name in names].index(wanted)]
    return names[0] if names else None


def detect_role(path: Path, columns: list[str], geometry: str) -> str:
    """Guess whether a file holds roads, centres or households."""
    if geometry in ("line", "osm"):
        return "roads"
    if "category" in resolve_columns(columns, {"category": HOUSEHOLD_COLUMNS["category"]}):
        return "households"
    name = path.name.lower()
    for role in ("households", "centres"):
        if any(hint in name for hint in _NAME_HINTS[role]):
            return role
    return "centres"


def _table_crs(frame: pd.DataFrame, found: dict[str, str], *, file: str) -> str | None:
    """The CRS of coordinate columns: WGS 84 for lon/lat, a crs/epsg column for x/y."""
    if "lon" in found and "lat" in found:
        return "EPSG:4326"
    if "crs" in found:
        values = frame[found["crs"]].astype(str).str.strip()
        values = values[values != ""]
        if len(values):
            try:
                epsg = parse_crs(values.iloc[0], file=file, where="crs").to_epsg()
            except InputDataError:
                return None
            return f"EPSG:{epsg}" if epsg else None
    return None


def role_fields(role: str) -> list[str]:
    """The fields a column can be mapped to for ``role`` (in table order)."""
    return list(FIELDS[role])
