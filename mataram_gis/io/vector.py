"""Opening vector files (GeoPackage, Shapefile, zipped Shapefile, GeoJSON) with clear errors."""

from __future__ import annotations

import importlib.util
import logging
import zipfile
from pathlib import Path

import geopandas as gpd
import pyogrio
from pyogrio.errors import DataLayerError, DataSourceError

from mataram_gis.errors import InputDataError

logger = logging.getLogger(__name__)

#: pyogrio reads 3-4x faster through Arrow when pyarrow is installed (it is a requirement).
_HAS_ARROW = importlib.util.find_spec("pyarrow") is not None

VECTOR_SUFFIXES = (".gpkg", ".shp", ".zip", ".geojson", ".json")
_LINE = ("LineString", "MultiLineString", "LineString Z", "MultiLineString Z")
_PREFERRED = {
    "line": ("roads", "jalan", "ruas_jalan", "road", "edges"),
    "point": ("centres", "centers", "sentra", "households", "rumah_tangga"),
}
"""Layer names read by default from a multi-layer file (e.g. the demo's roads + rivers)."""
_POINT = ("Point", "MultiPoint", "Point Z", "MultiPoint Z")
_LAYER_FIX = {
    "line": "name the roads layer, e.g. --roads-layer jalan (in the desktop app, choose it in "
    "the import dialog)",
    "point": "save the points in a file of their own (e.g. export that layer to its own "
    "GeoPackage, or to CSV with lon/lat columns)",
}
"""How to say which layer to read, by kind: options that exist on the command line."""


def _shapefile_in_zip(path: Path) -> str:
    """The GDAL path of the one shapefile inside a zip; raise when parts are missing."""
    name = str(path)
    try:
        with zipfile.ZipFile(path) as zf:
            members = [m for m in zf.namelist() if not m.endswith("/")]
    except zipfile.BadZipFile:
        raise InputDataError(
            "this is not a readable zip file",
            file=name,
            fix="zip the shapefile again (.shp, .shx, .dbf and .prj together)",
        ) from None
    shps = [m for m in members if m.lower().endswith(".shp")]
    if not shps:
        raise InputDataError(
            "the zip holds no shapefile (.shp)",
            file=name,
            fix="zip the .shp together with its .shx, .dbf and .prj files",
        )
    if len(shps) > 1:
        raise InputDataError(
            f"the zip holds several shapefiles: {', '.join(shps)}",
            file=name,
            fix="zip one shapefile per file",
        )
    stem = shps[0][:-4].lower()
    lower = {m.lower() for m in members}
    for part in (".dbf", ".shx"):
        if stem + part not in lower:
            raise InputDataError(
                f"the zipped shapefile {shps[0]} has no {part} file",
                file=name,
                fix=f"zip the {part} file of the shapefile together with the .shp "
                "(a shapefile is .shp, .shx, .dbf and .prj)",
            )
    return f"/vsizip/{path.resolve()}/{shps[0]}"


def _check_shapefile_parts(path: Path) -> None:
    """Raise when a .shp lacks its .dbf or .shx sibling."""
    siblings = {p.name.lower() for p in path.parent.iterdir()}
    stem = path.stem.lower()
    for part in (".dbf", ".shx"):
        if stem + part not in siblings:
            raise InputDataError(
                f"the shapefile has no {part} file next to it",
                file=str(path),
                fix=f"copy {path.stem}{part} into the same folder as the .shp",
            )


def _pick_layer(source: str, *, layer: str | None, kind: str, file: str) -> str | None:
    """Choose the layer to read: the given one, the only one, or the only one of ``kind``."""
    try:
        layers = pyogrio.list_layers(source)
    except (DataSourceError, DataLayerError) as exc:
        raise InputDataError(
            f"cannot be opened as a vector layer ({exc})",
            file=file,
            fix="check that the file is a GeoPackage, Shapefile or GeoJSON and not damaged",
        ) from None
    names = [str(n) for n, _ in layers]
    if layer is not None:
        if layer not in names:
            raise InputDataError(
                f"there is no layer {layer!r}",
                file=file,
                where="layer",
                fix=f"choose one of the layers: {', '.join(names)}",
            )
        return layer
    if len(names) <= 1:
        return None
    preferred = [n for n in names if n.lower() in _PREFERRED[kind]]
    if len(preferred) == 1:
        return preferred[0]
    wanted = _LINE if kind == "line" else _POINT
    matching = [n for n, g in layers if g in wanted]
    if len(matching) == 1:
        return str(matching[0])
    raise InputDataError(
        f"the file holds several layers ({', '.join(names)}) and it is not clear which one "
        f"to read",
        file=file,
        where="layer",
        fix=_LAYER_FIX[kind],
    )


def read_vector(path: Path, *, layer: str | None = None, kind: str) -> gpd.GeoDataFrame:
    """Read a vector layer with pyogrio.

    Parameters
    ----------
    path
        A checked file (see :func:`mataram_gis.io.validate.check_file`).
    layer
        Layer name for multi-layer files (GeoPackage).
    kind
        "line" or "point": used to pick the layer of a multi-layer file.

    Returns
    -------
    geopandas.GeoDataFrame
        As stored (CRS may be missing; the caller checks).
    """
    file = str(path)
    suffix = path.suffix.lower()
    source = str(path)
    if suffix == ".zip":
        source = _shapefile_in_zip(path)
    elif suffix == ".shp":
        _check_shapefile_parts(path)
    chosen = _pick_layer(source, layer=layer, kind=kind, file=file)
    try:
        gdf = gpd.read_file(source, layer=chosen, engine="pyogrio", use_arrow=_HAS_ARROW)
    except (DataSourceError, DataLayerError, ValueError) as exc:
        raise InputDataError(
            f"cannot be read as a vector layer ({exc})",
            file=file,
            fix="check that the file is a GeoPackage, Shapefile or GeoJSON and not damaged",
        ) from None
    if not isinstance(gdf, gpd.GeoDataFrame) or "geometry" not in gdf:
        raise InputDataError(
            "the layer has no geometry column (a plain table?)",
            file=file,
            fix="export the layer with its geometry, or use a CSV with lon/lat columns",
        )
    logger.info("read %d features from %s", len(gdf), file)
    return gdf
